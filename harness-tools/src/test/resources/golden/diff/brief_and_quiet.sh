cp data.csv d2.csv
diff -q data.csv d2.csv; echo "rc=$?"
echo "11,extra,misc,1,1.00" >> d2.csv
diff -q data.csv d2.csv; echo "rc=$?"
diff data.csv missing.csv 2>/dev/null; echo "missing rc=$?"
