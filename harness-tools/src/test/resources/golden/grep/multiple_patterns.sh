grep -e INFO -e DEBUG logs/app.log | wc -l
printf 'ERROR\nWARN\n' > pats.txt
grep -f pats.txt logs/app.log | wc -l
grep -v -e INFO -e DEBUG logs/app.log | wc -l
