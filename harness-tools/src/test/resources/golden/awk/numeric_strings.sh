awk 'BEGIN {print 1 + "2", "3" * 4, 10 / 4, 7 % 3}'
awk 'BEGIN {x = "10"; y = "9"; print (x > y), (x + 0 > y + 0)}'
awk '{print $1 * 2}' numbers.txt | tr '\n' ' '
echo
awk 'BEGIN {print int(3.9), int(-3.9)}'
