[ -r README.md ] && echo readable
[ -w README.md ] && echo writable
[ -d src -a -f data.csv ] && echo "both"
[ -f nope -o -d docs ] && echo "either"
[ data.csv -nt nope ] 2>/dev/null; echo "rc=$?"
[ "$(wc -l < words.txt)" -eq 7 ] && echo "seven words"
