i=0
((i++))
((i += 5))
echo $i
((i *= 2)); echo $i
((i--)); echo $i
x=$((i << 2)); echo $x
