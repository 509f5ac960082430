head missing.txt 2>/dev/null; echo "head rc=$?"
tail missing.txt 2>/dev/null; echo "tail rc=$?"
wc -l missing.txt 2>/dev/null; echo "wc rc=$?"
wc -l words.txt missing.txt 2>/dev/null; echo "wc mixed rc=$?"
