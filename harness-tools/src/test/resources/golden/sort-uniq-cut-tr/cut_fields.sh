cut -d, -f2 data.csv | head -3
cut -d, -f2,4 data.csv | tail -2
cut -d, -f3- data.csv | head -2
cut -d' ' -f3 logs/app.log | sort -u
cut -d: -f1 "notes dir/meeting notes.txt"
