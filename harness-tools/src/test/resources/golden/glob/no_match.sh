echo *.xyz
for f in *.nomatch; do echo "got: $f"; done
ls *.xyz 2>/dev/null; echo "ls rc=$?"
