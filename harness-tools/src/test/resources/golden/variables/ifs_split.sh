line="a:b::c"
IFS=: read -r f1 f2 f3 f4 <<< "$line"
echo "[$f1][$f2][$f3][$f4]"
old=$IFS; IFS=,
set -- $(echo "x,y,z")
IFS=$old
echo "$# $2"
