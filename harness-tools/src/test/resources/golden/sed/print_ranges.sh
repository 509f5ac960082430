sed -n '2,4p' data.csv
sed -n '1p;$p' words.txt
sed -n '/Building/,/Layout/p' README.md
sed -n '$=' logs/app.log
