cp data.csv backup.csv
diff -q data.csv backup.csv && echo same
mkdir dest
cp words.txt numbers.txt dest/
ls dest
cp missing.txt x 2>/dev/null; echo "cp missing rc=$?"
cp docs copy 2>/dev/null; echo "cp dir without -r rc=$?"
