printf '%s\n' one two three
printf '%d items\n' 42
printf '%5s|%-5s|\n' ab cd
printf '%03d %x %o\n' 7 255 8
printf '%.2f\n' 3.14159
printf 'a\tb\n'
printf '%s-%s\n' a b c
