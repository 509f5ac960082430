awk '{print $3}' logs/app.log | sort | uniq -c | sort -rn
awk '$3 == "ERROR" {print $4}' logs/app.log | sort | uniq -c | sort -k1,1rn -k2
