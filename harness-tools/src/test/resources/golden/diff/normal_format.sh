printf 'a\nb\nc\nd\n' > one.txt
printf 'a\nB\nc\nd\ne\n' > two.txt
diff one.txt two.txt
echo "rc=$?"
