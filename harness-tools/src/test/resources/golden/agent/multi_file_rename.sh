mkdir -p migrated
for f in src/scripts/*.py; do
  name=$(basename "$f" .py)
  cp "$f" "migrated/${name}_v2.py"
done
ls migrated
grep -l TODO migrated/* | sort
rm -r migrated && echo "cleaned"
