printf '%%d is literal\n'
printf 'no newline'; echo
printf '%c\n' hello
printf '%10.3f|\n' 2.5
printf '%-8s:%3d\n' apple 5 banana 12
printf '%s\n'
