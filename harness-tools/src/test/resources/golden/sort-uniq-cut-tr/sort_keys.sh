sort -t, -k3,3 -k2,2 data.csv | tail -n +1 | head -5
sort -k2 "notes dir/meeting notes.txt"
printf 'b 2\na 2\nc 1\n' | sort -k2,2n -k1,1
sort -t, -k3,3 -s data.csv | cut -d, -f2,3 | head -4
