unset missing
empty=""
echo "${missing:-default}"
echo "${empty:-default-for-empty}"
echo "${empty-not-used}"
echo "${missing-dash}"
echo "${missing:=assigned}"; echo "$missing"
set_var=value; echo "${set_var:+alternate}" "[${missing2:+alt}]"
