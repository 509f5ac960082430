grep -E 'WARN|ERROR' logs/app.log | grep -o '\[[a-z]*\]' | tr -d '[]' | sort | uniq -c | sort -k1,1rn -k2
echo "slowest queries:"
grep -o 'took [0-9]*ms' logs/app.log | awk '{print $2}' | tr -d 'ms' | sort -n | uniq | tail -3
