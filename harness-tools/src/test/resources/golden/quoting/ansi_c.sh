echo $'line1\nline2'
echo $'tab\there'
printf '%s\n' $'it\'s'
x=$'a\tb'
echo "${#x}"
