echo "hello" | rev
rev words.txt | head -3
tac words.txt
tac numbers.txt | head -2
printf 'abc\n' | rev | rev
