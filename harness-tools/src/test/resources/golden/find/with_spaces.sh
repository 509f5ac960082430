find . -name '* *' | sort
find "notes dir" -type f | sort | while read -r f; do echo "[$f] $(wc -l < "$f")"; done
