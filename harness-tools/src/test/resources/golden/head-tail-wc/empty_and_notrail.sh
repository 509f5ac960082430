wc -l empty.txt notrail.txt
head -1 empty.txt | wc -c
cat notrail.txt | wc -w
tail -n 1 notrail.txt | wc -c
