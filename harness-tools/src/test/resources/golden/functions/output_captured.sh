upper() { tr '[:lower:]' '[:upper:]'; }
echo "shout" | upper
count_lines() { wc -l < "$1"; }
echo "README: $(count_lines README.md)"
result=$(upper <<< "captured")
echo "$result"
