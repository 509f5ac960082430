grep -E 'WARN|ERROR' logs/app.log | wc -l
grep -E '^[0-9]+,[a-z]+,tools,' data.csv
grep -E 'took [0-9]{4,}ms' logs/app.log | head -3
grep -cE '(GET|POST) /items' logs/app.log
