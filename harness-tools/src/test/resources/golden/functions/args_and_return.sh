count_args() { echo "$# args: $*"; return $#; }
count_args a b c
echo "returned $?"
is_java() { case "$1" in *.java) return 0 ;; *) return 1 ;; esac; }
for f in App.java run.py; do
  if is_java "$f"; then echo "$f yes"; else echo "$f no"; fi
done
