printf '  lead\ntrail   \n  both  \n' > ws.txt
sed 's/^[ \t]*//' ws.txt | awk '{print "[" $0 "]"}'
sed 's/[[:space:]]*$//' ws.txt | awk '{print "[" $0 "]"}'
sed -e 's/^ *//' -e 's/ *$//' ws.txt | awk '{print "[" $0 "]"}'
