x=outer
(x=inner; echo "in subshell: $x")
echo "after subshell: $x"
echo "pipeline" | { read line; y=$line; echo "inside: $y"; }
echo "y after pipe: [${y}]"
