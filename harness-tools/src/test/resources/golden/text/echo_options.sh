echo plain
echo -n "no newline"; echo
echo -e "a\tb\nc"
echo -E 'a\tb'
echo
echo "multiple" "args"
