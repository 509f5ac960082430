grep ERROR logs/app.log | tee errors.txt | wc -l
wc -l < errors.txt
head -2 errors.txt
