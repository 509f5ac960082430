awk '{print $1}' words.txt | head -2
awk -F, '{print $2, $4}' data.csv | head -4
awk -F, 'NR > 1 {print $2 ":" $NF}' data.csv | tail -2
awk '{print NF}' "file with spaces.txt"
