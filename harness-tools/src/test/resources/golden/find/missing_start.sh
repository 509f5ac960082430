find nowhere -name '*.x' 2>/dev/null; echo "rc=$?"
find . -name 'nothing-matches' | wc -l
find docs nowhere -type f 2>/dev/null | sort; echo "rc=$?"
