stat -c '%n %s' data.csv words.txt
stat -c %F docs data.csv
stat missing 2>/dev/null; echo "rc=$?"
