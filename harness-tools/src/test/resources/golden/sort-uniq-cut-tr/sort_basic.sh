sort words.txt
sort -r words.txt | head -2
sort -u words.txt
sort numbers.txt
