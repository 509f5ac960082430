seq 1 100000 | head -3
cat logs/app.log | head -1 | cut -c1-10
