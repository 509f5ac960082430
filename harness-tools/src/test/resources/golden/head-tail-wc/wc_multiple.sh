wc -l *.txt
wc -lw data.csv words.txt
cat *.txt | wc -l
wc -m words.txt
