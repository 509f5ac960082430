seq 1 50 | head -3
seq 1 50 | tail -2
seq 1 50 | wc -l
echo "one two" | wc -w
printf 'a\nb' | wc -l
