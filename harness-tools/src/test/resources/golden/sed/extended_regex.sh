sed -E 's/([a-z]+),([a-z]+)/\2,\1/' data.csv | head -3
echo "2026-03-14" | sed -E 's/([0-9]{4})-([0-9]{2})-([0-9]{2})/\3.\2.\1/'
sed -E 's/[0-9]+/N/g' numbers.txt | sort | uniq -c
