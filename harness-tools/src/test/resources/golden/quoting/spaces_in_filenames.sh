cat "file with spaces.txt" | wc -l
cat file\ with\ spaces.txt | head -1
for f in notes\ dir/*; do echo "file: $f"; done
ls "notes dir"
