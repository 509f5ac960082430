name=target
target=value
echo "${!name}"
list="a b c"
echo "${list// /,}"
set -- x y z
echo "${@: -1}" "${#@}"
