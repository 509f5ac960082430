rm words.txt
ls words.txt 2>/dev/null; echo "gone rc=$?"
rm missing.txt 2>/dev/null; echo "rm missing rc=$?"
rm -f missing.txt; echo "rm -f rc=$?"
rm docs 2>/dev/null; echo "rm dir rc=$?"
rm -r docs; ls -d docs 2>/dev/null; echo "rm -r rc=$?"
