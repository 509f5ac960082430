find docs -name '*.md' | sort | xargs wc -l
echo "data.csv words.txt" | xargs cat | wc -l
