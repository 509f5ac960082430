awk '{print $1}' logs/access.log | sort | uniq -c | sort -k1,1rn -k2 | head -3
awk '$9 >= 400 {print $9}' logs/access.log | sort | uniq -c
awk '{bytes += $10} END {print "bytes", bytes}' logs/access.log
