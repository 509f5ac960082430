sed 's/a/b/' missing.txt; echo "rc=$?"
sed -n '1p' data.csv missing.txt 2>/dev/null; echo "rc=$?"
