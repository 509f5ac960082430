sed '1d' data.csv | head -2
sed '/^$/d' "file with spaces.txt"
sed '/^#/d' config/app.properties | head -3
sed '2,$d' words.txt
