mkdir -p tmp/a/b; touch tmp/a/b/f tmp/a/g
rm -rf tmp
[ -e tmp ] || echo "tmp removed"
rm -rf does/not/exist; echo "rc=$?"
rm -r src/scripts
ls src
