cat missing.txt 2>&1 | grep -c missing
ls data.csv nope 2>&1 >/dev/null | wc -l
ls data.csv nope >all.txt 2>&1; echo "rc=$?"
wc -l < all.txt
