cat logs/app.log | grep -v DEBUG | awk '{print $3}' | sort | uniq -c | sort -rn | head -3
