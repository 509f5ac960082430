ls missing 2>/dev/null; echo "rc=$?"
ls data.csv missing 2>/dev/null; echo "rc=$?"
ls -d nope/ 2>&1 | wc -l
