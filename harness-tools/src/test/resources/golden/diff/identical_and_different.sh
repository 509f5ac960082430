cp words.txt copy.txt
diff words.txt copy.txt; echo "rc=$?"
echo extra >> copy.txt
diff words.txt copy.txt; echo "rc=$?"
