count=$(wc -l < data.csv)
echo "rows: $count"
echo "java files: $(find src -name '*.java' | wc -l)"
nested=$(echo "outer $(echo inner)")
echo "$nested"
echo "backticks: `echo old style`"
