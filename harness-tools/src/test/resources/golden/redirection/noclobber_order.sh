echo one > f.txt
cat f.txt > g.txt
echo two >> g.txt
cat < g.txt > h.txt
cat h.txt
: > f.txt
wc -c < f.txt
