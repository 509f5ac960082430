head -1 data.csv
echo "rows: $(($(wc -l < data.csv) - 1))"
echo "tools:"; grep ',tools,' data.csv | cut -d, -f2 | sort
echo "inventory value:"
awk -F, 'NR > 1 {v += $4 * $5} END {printf "%.2f\n", v}' data.csv
echo "most stocked:"; tail -n +2 data.csv | sort -t, -k4,4nr | head -1
