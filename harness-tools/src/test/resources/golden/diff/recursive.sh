cp -r docs docs2
echo "new line" >> docs2/guide/usage.md
rm docs2/CHANGELOG.txt
diff -r docs docs2
echo "rc=$?"
