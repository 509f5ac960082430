set -- "a b" c
printf '[%s]\n' "$@"
printf '[%s]\n' "$*"
printf '[%s]\n' $@
IFS=-; echo "$*"
