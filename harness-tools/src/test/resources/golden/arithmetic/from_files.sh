total=0
while read -r n; do total=$((total + n)); done < numbers.txt
echo "total=$total"
count=$(wc -l < numbers.txt)
echo "avg=$((total / count))"
max=$(sort -n numbers.txt | tail -1); echo "max=$max"
