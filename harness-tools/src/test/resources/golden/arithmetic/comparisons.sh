a=5; b=10
(( a < b )) && echo "a < b"
(( a == 5 )) && echo "a is 5"
(( a > b )) || echo "a not > b"
echo $((a < b)) $((a > b)) $((a != b))
echo $(( a > 3 ? 100 : 200 ))
