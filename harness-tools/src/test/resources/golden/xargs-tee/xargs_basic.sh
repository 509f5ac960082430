echo "a b c" | xargs echo
printf '1\n2\n3\n' | xargs echo items:
printf 'x\ny\nz\n' | xargs -n 1 echo line
printf 'x y z w\n' | xargs -n 2 echo
