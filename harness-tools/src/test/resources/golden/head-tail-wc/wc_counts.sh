wc -l README.md
wc -w README.md
wc -c README.md
wc README.md
wc -l < logs/app.log
wc -l notrail.txt empty.txt
