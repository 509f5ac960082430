cat words.txt | sort | uniq
echo "a b c" | tr ' ' '\n' | wc -l
printf '3\n1\n2\n' | sort -n | head -2
