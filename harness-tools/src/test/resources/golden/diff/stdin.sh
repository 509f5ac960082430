sort words.txt | diff - words.txt
echo "rc=$?"
sort words.txt | uniq > u1.txt
sort -u words.txt | diff u1.txt - && echo "same unique list"
