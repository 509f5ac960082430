mkdir r; cd r
touch a1 a2 b1 b2 c3 A1
echo [a-b]1
echo [ab][12]
echo ?[2-3]
echo [[:upper:]]*
echo [[:digit:]]* 2>/dev/null
