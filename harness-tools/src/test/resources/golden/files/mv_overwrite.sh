echo new > a.txt
echo old > b.txt
mv a.txt b.txt
cat b.txt
ls a.txt 2>/dev/null || echo "a.txt moved"
mv "file with spaces.txt" "renamed file.txt"
cat "renamed file.txt" | head -1
