for f in $(ls docs/guide); do echo "doc: $f"; done
set -- $(echo one two three)
echo "$#: $2"
n=0; for w in $(cat words.txt); do n=$((n+1)); done; echo $n
