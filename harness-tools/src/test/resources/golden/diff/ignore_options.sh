printf 'Hello World\nfoo  bar\n' > a.txt
printf 'hello world\nfoo bar\n' > b.txt
diff -i a.txt b.txt; echo "i rc=$?"
diff -w a.txt b.txt; echo "w rc=$?"
diff -i -w a.txt b.txt; echo "iw rc=$?"
diff -b a.txt b.txt | head -2; echo "b rc=$?"
