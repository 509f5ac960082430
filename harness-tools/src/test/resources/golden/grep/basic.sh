grep TODO README.md
grep -c ERROR logs/app.log
grep -v '^$' "file with spaces.txt"
grep builder README.md; echo "rc=$?"
