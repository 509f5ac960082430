awk 'FNR == 1 {print FILENAME}' words.txt numbers.txt
awk 'END {print NR}' words.txt numbers.txt
awk 'NR == FNR {seen[$1] = 1; next} ($1 in seen)' words.txt words.txt | wc -l
