sort -n numbers.txt | tr '\n' ' '; echo
sort -rn numbers.txt | head -3
sort -t, -k4,4n data.csv | head -3
sort -t, -k5,5nr data.csv | head -2
