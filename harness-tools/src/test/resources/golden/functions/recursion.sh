fib() {
  local n=$1
  if [ "$n" -lt 2 ]; then echo "$n"; return; fi
  local a b
  a=$(fib $((n - 1)))
  b=$(fib $((n - 2)))
  echo $((a + b))
}
for i in 0 1 2 5 10; do echo "fib($i)=$(fib $i)"; done
