touch new.txt
wc -c < new.txt
echo content > kept.txt
touch kept.txt
cat kept.txt
touch a b c
ls a b c
touch nodir/x 2>/dev/null; echo "rc=$?"
