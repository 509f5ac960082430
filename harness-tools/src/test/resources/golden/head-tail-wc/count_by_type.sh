for ext in java py md; do
  n=$(find . -name "*.$ext" | wc -l)
  lines=$(find . -name "*.$ext" | xargs cat | wc -l)
  echo "$ext: $n files, $lines lines"
done
