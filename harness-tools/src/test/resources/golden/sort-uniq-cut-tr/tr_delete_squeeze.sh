echo "a   b    c" | tr -s ' '
echo "phone: 555-1234" | tr -d '0-9'
echo "phone: 555-1234" | tr -cd '0-9'; echo
echo "aaabbbccc" | tr -s 'a-c'
tr -s '\n' < "file with spaces.txt"
