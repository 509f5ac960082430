awk '$0 ~ /took [0-9]+ms/ {print $NF}' logs/app.log | sort | uniq -c
awk '$2 !~ /^08/ {n++} END {print n}' logs/app.log
awk 'match($0, /[0-9]+ms/) {print substr($0, RSTART, RLENGTH)}' logs/app.log | head -3
