ls data.csv missing &> both.txt
echo "rc=$?"
grep -c data.csv both.txt
wc -l < both.txt
cat README.md &>/dev/null && echo "quiet ok"
