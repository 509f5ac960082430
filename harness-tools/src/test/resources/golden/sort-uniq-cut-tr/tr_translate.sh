echo "hello world" | tr a-z A-Z
echo "hello world" | tr '[:lower:]' '[:upper:]'
echo "a,b,c" | tr , '\n'
echo "hello" | tr el ip
tr -d '\n' < words.txt; echo
