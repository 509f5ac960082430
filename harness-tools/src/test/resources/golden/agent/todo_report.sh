echo "TODO report"
grep -rn -E 'TODO|FIXME' --include=*.java --include=*.py --include=*.md . | sort | while IFS=: read -r file line text; do
  printf '%s:%s %s\n' "${file#./}" "$line" "$(echo "$text" | sed 's/^ *//')"
done
echo "total: $(grep -rE 'TODO|FIXME' --include=*.java --include=*.py --include=*.md . | wc -l)"
