summarize() {
  local f=$1
  printf '%-12s %3d lines %4d bytes\n' "$(basename "$f")" "$(wc -l < "$f")" "$(wc -c < "$f")"
}
for f in README.md data.csv words.txt; do summarize "$f"; done
