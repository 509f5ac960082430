printf 'B\na\nC\nb\n' | sort
printf 'B\na\nC\nb\n' | sort -f
sort -c numbers.txt 2>/dev/null; echo "sorted? $?"
sort -n numbers.txt -o sorted.txt; cat sorted.txt | head -2
printf '1.5\n10\n-2\n1e2\n' | sort -g 2>/dev/null | head -4
