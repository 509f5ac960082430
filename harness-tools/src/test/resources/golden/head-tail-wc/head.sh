head -3 README.md
head -n 2 data.csv
head -c 20 README.md; echo
head -n -8 words.txt 2>/dev/null | wc -l
head -2 words.txt numbers.txt
