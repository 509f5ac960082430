words="one two   three"
for w in $words; do echo "[$w]"; done
for w in "$words"; do echo "[$w]"; done
set -- $words
echo $#
