find src -name '*.java' | sort | xargs wc -l
find src -name '*.py' | sort | xargs cat | grep -cv '^\s*$'
echo "total java lines: $(find src -name '*.java' -exec cat {} + | wc -l)"
