sed '1i\
# words' words.txt | head -2
sed '/cherry/a\
after cherry' words.txt
sed '$a end' numbers.txt | tail -2
sed '2c\
replaced' words.txt | head -3
