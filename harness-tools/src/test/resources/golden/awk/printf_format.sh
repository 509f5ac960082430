awk -F, 'NR > 1 {printf "%-10s %5d %8.2f\n", $2, $4, $4 * $5}' data.csv | head -4
awk 'BEGIN {printf "%05d|%x|%o|%e\n", 42, 255, 8, 1234.5}'
awk 'BEGIN {printf "%s %c %%\n", "str", 65}'
