sha256sum data.csv words.txt > sums.txt
sha256sum -c sums.txt
echo changed >> words.txt
sha256sum -c sums.txt 2>/dev/null; echo "rc=$?"
