find . -name src -prune -o -type f -name '*.md' -print | sort
find docs -type f -print | sort
find . -path ./logs -prune -o -name '*.log' -print | wc -l
