cat words.txt missing.txt numbers.txt 2>/dev/null
echo "rc=$?"
