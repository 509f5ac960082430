cp -r docs docs-copy
find docs-copy | sort
cp -r src/scripts backup
ls backup
diff -r docs docs-copy && echo "identical trees"
