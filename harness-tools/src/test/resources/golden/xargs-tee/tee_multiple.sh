seq 3 | tee a.txt b.txt | wc -l
cat a.txt b.txt | tr '\n' ' '; echo
grep WARN logs/app.log | tee warns.txt | head -1 | cut -c1-25
wc -l < warns.txt
