total=0
for f in data.csv words.txt numbers.txt; do
  n=$(wc -l < "$f")
  total=$((total + n))
  echo "$f $n"
done
echo "total $total"
