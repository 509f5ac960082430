total=0
tail -n +2 data.csv > rows.tmp
while IFS=, read -r id name cat qty price; do
  total=$((total + qty))
done < rows.tmp
echo "quantity total: $total"
rm -f rows.tmp
ls rows.tmp 2>/dev/null || echo "cleaned up"
