sed 's/apple/APPLE/' words.txt
sed 's/a/_/g' words.txt | head -3
echo "hello world" | sed 's/o/0/2'
echo "path/to/file" | sed 's|/|::|g'
