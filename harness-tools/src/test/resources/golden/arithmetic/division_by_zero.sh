echo "before"
(echo $((1 / 0))) 2>/dev/null
echo "status: $?"
x=0
(( x )) ; echo "zero is false: $?"
(( x + 1 )); echo "one is true: $?"
