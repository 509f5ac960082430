mkdir empty1 empty2
rmdir empty1 && echo "removed empty1"
touch empty2/f
rmdir empty2 2>/dev/null; echo "non-empty rc=$?"
rmdir nothere 2>/dev/null; echo "missing rc=$?"
mkdir -p p/q/r; rmdir -p p/q/r; ls -d p 2>/dev/null; echo "-p rc=$?"
