echo hidden > /dev/null
cat /dev/null | wc -c
grep -q TODO README.md > /dev/null && echo "found silently"
cat missing 2>/dev/null; echo "rc=$?"
