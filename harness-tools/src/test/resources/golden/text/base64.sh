echo "hello world" | base64
echo "aGVsbG8gd29ybGQK" | base64 -d
base64 words.txt
base64 words.txt | base64 -d | diff - words.txt && echo "round trip ok"
printf 'x' | base64
