sha256sum words.txt
md5sum words.txt numbers.txt
echo -n "" | sha256sum
echo "abc" | md5sum
sha256sum missing.txt 2>/dev/null; echo "rc=$?"
