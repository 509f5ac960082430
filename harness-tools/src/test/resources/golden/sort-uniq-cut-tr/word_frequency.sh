cat README.md docs/guide/*.md | tr -cs 'A-Za-z' '\n' | tr A-Z a-z | grep -v '^$' | sort | uniq -c | sort -k1,1rn -k2 | head -8
