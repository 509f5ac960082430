sed 'y/abc/ABC/' words.txt | head -3
echo "Hello" | sed 's/hello/bye/I'
sed -n 'n;p' words.txt
