echo "to stderr" >&2
echo "to stdout"
{ echo a; echo b >&2; } 2>/dev/null
( echo c >&2 ) 2>&1
echo d 1>&2 2>/dev/null
