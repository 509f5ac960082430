cut -d, -f4 data.csv | tail -n +2 | sort -n | tr '\n' ' '
echo
cut -d, -f4 data.csv | tail -n +2 | sort -rn | head -1
