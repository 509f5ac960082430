x=global
f() { local x=local; echo "in f: $x"; y=set-by-f; }
f
echo "after f: $x $y"
g() { local n=$1; if [ $n -le 0 ]; then echo done; return; fi; echo $n; g $((n-1)); }
g 3
