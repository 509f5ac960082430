head -20 logs/app.log | tail -5 | cut -c12-19
sed -n '10,12p' logs/app.log | wc -l
head -100 logs/app.log | grep -c INFO
