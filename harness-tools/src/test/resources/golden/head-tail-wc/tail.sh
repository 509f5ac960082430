tail -3 logs/app.log | cut -c1-30
tail -n 2 words.txt
tail -n +9 data.csv
tail -c 10 README.md
tail -1 notrail.txt; echo
