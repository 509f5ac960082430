false | true; echo "last wins: $?"
true | false; echo "last fails: $?"
cat missing.txt 2>/dev/null | wc -l; echo "status: $?"
grep -c ERROR logs/app.log | grep -q 28; echo "nested: $?"
