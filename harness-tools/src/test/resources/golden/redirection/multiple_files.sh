for f in a b c; do echo "$f" > "$f.txt"; done
cat a.txt b.txt c.txt
cat a.txt b.txt > ab.txt
cat ab.txt
echo more >> ab.txt; wc -l ab.txt
