set -e
echo "one"
false || echo "guarded false is fine"
if ! grep -q zzz README.md; then echo "not found handled"; fi
cat missing-file.txt
echo "never printed"
