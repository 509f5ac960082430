{
  echo "# report"
  echo "rows: $(tail -n +2 data.csv | wc -l)"
  grep -c ERROR logs/app.log
} > report.txt
cat report.txt
for i in 1 2 3; do echo "n$i"; done > loop.txt
cat loop.txt
