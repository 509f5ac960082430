grep -o '[0-9]*ms' logs/app.log | sort | uniq -c | sort -rn | head -3
grep -oE '\[[a-z]+\]' logs/app.log | sort | uniq -c
grep -o 'TODO.*' README.md
