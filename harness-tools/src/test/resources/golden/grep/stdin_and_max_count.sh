cat logs/app.log | grep -m 2 WARN
echo "abc" | grep b
grep -m1 -n ERROR logs/app.log
seq 1 20 | grep -c 1
