awk '{print}' missing.txt 2>/dev/null; echo "rc=$?"
awk 'BEGIN {exit 3}'; echo "rc=$?"
awk '/apple/ {found = 1} END {exit !found}' words.txt && echo "has apple"
