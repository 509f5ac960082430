set -- outer1 outer2
show() { echo "inside: $# $1"; }
show inner
echo "outside: $# $1"
shift_all() { shift $#; echo "after shift: $#"; }
shift_all a b c
echo "still: $#"
