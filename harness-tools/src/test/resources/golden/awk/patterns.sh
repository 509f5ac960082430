awk '/ERROR/ {n++} END {print n}' logs/app.log
awk -F, '$4 > 20' data.csv
awk -F, '$3 == "home" {print $2}' data.csv
awk 'NR == 2, NR == 4' words.txt
awk 'length($0) > 5' words.txt
