echo "key=value" | sed 's/\(.*\)=\(.*\)/\2=\1/'
sed 's/[0-9][0-9]*/<&>/' docs/CHANGELOG.txt
echo "abc" | sed 's/b/[&&]/'
