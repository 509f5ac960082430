awk 'BEGIN {print "start"} {n++} END {print n " lines"}' README.md
awk -v threshold=10 -F, 'NR > 1 && $4 > threshold {print $2}' data.csv
awk 'BEGIN {OFS="-"} {$1 = $1; print}' "file with spaces.txt"
awk 'BEGIN {FS=","} NR==1 {print $1, $5}' data.csv
