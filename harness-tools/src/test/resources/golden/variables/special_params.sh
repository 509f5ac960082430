set -- alpha beta "gamma delta"
echo "count: $#"
echo "first: $1, third: $3"
for a in "$@"; do echo "arg=$a"; done
echo "star: $*"
shift
echo "after shift: $1 ($#)"
