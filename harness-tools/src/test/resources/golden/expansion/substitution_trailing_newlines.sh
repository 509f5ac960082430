v=$(printf 'a\nb\n\n\n')
echo "[$v]"
w=$(printf '   spaced   ')
echo "[$w]"
echo [$w]
