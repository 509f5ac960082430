a=abc; b=abd
[ "$a" = abc ] && echo eq
[ "$a" != "$b" ] && echo ne
[ -z "" ] && echo "empty string"
[ -n "$a" ] && echo "nonempty"
[ 10 -gt 9 ] && echo "10 > 9"
[ 3 -le 3 ] && [ 2 -ne 3 ] && echo "le and ne"
[ ! -f nothing ] && echo negation
