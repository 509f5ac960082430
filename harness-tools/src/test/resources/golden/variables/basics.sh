greeting=hello
target="the world"
echo "$greeting, $target"
echo "${greeting}s"
unset greeting
echo "[${greeting}]"
readonly_var=1; echo $readonly_var
