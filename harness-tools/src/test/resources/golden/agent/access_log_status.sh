echo "status codes:"
awk '{print $9}' logs/access.log | sort | uniq -c | sort -k1,1rn -k2
echo "top paths with errors:"
awk '$9 >= 400 {print $7}' logs/access.log | sort | uniq -c | sort -k1,1rn -k2 | head -3
echo "requests: $(wc -l < logs/access.log)"
