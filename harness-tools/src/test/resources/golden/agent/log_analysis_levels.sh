echo "== levels"
awk '{print $3}' logs/app.log | sort | uniq -c | sort -rn
echo "== top error messages"
grep ERROR logs/app.log | cut -d' ' -f5- | sort | uniq -c | sort -k1,1rn -k2 | head -5
echo "== errors per hour"
grep ERROR logs/app.log | awk '{split($2, t, ":"); print t[1]}' | sort | uniq -c
