seq 5
seq 2 4
seq 1 3 10
seq 5 -1 1
seq -s, 1 5
seq -w 8 11
seq 0 2>/dev/null | wc -l
