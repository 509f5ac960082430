grep -n TODO README.md | while IFS=: read -r num text; do
  echo "line $num ->$text"
done
