for dir in docs src/scripts; do
  echo "== $dir"
  for f in "$dir"/*; do
    [ -f "$f" ] || continue
    echo "$(wc -l < "$f") $f"
  done
done
