cut -c1-10 logs/app.log | sort -u
cut -c1 words.txt | tr -d '\n'; echo
echo "abcdefgh" | cut -c2,4,6-
cut -d, -f1 -s words.txt | wc -l
