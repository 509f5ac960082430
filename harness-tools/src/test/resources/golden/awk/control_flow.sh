awk '{ if ($1 > 5) print $1, "big"; else print $1, "small" }' numbers.txt
awk 'BEGIN { for (i = 1; i <= 3; i++) printf "%d ", i * i; print "" }'
awk 'BEGIN { i = 0; while (i < 3) { i++; if (i == 2) continue; print "i", i } }'
awk 'NR == 3 { exit } { print }' words.txt
