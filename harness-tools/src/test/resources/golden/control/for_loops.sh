for f in docs/guide/*.md; do
  echo "$(basename "$f" .md): $(head -1 "$f")"
done
for i in 1 2 3; do printf '%s ' "$i"; done; echo
for ((i=0; i<3; i++)); do echo "i=$i"; done
for x in; do echo never; done; echo "empty list ok"
