cat missing.txt 2> err.txt
echo "rc=$?"
test -s err.txt && echo "stderr captured"
ls data.csv missing.txt 2>/dev/null
echo "rc=$?"
