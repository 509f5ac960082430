let a=4*5
let "b = a + 1"
echo $a $b
declare -i c=7
c+=3
echo $c
c="c * 2"; echo $c
