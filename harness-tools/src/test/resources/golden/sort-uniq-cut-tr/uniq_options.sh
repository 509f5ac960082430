sort words.txt | uniq -c
sort words.txt | uniq -d
sort words.txt | uniq -u
uniq words.txt | wc -l
printf 'a\nA\na\n' | uniq -i
