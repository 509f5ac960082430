printf '%s|' "a b" c 'd  e'
echo
printf "%s=%s\n" key "value with spaces"
