empty=""
echo "[$empty]" [$empty] ''"" "a"'b'c
set -- "" "x" ""
echo "count=$#"
printf '<%s>\n' "$@"
