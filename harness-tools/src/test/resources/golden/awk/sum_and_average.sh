awk -F, 'NR > 1 {sum += $4} END {print "total", sum}' data.csv
awk -F, 'NR > 1 {s += $4; n++} END {printf "avg %.2f\n", s / n}' data.csv
awk '{s += $1} END {print s, NR}' numbers.txt
