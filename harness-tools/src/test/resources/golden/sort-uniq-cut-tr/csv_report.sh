tail -n +2 data.csv | cut -d, -f3 | sort | uniq -c | sort -rn
tail -n +2 data.csv | sort -t, -k4,4nr | cut -d, -f2 | head -3 | tr '\n' ',' | sed 's/,$//'
echo
