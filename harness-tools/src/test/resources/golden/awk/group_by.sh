awk -F, 'NR > 1 {q[$3] += $4} END {for (c in q) print c, q[c]}' data.csv | sort
awk -F, 'NR > 1 {n[$3]++} END {for (c in n) print n[c], c}' data.csv | sort -rn
