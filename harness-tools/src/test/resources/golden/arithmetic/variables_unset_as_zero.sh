unset nothing
echo $((nothing + 1))
str=12
echo $((str * 2))
ref=str
echo $((ref + 1))
echo $(( -5 % 3 ))
