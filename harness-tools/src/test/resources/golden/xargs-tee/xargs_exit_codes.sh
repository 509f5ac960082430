echo missing.txt | xargs cat 2>/dev/null; echo "rc=$?"
echo words.txt | xargs grep -q zebra; echo "rc=$?"
echo README.md | xargs grep -c TODO
