cat -n words.txt
cat -n "file with spaces.txt"
cat notrail.txt; echo
cat words.txt - numbers.txt < empty.txt | wc -l
