if [ -f pom.xml ]; then echo "maven project"; else echo "no pom.xml"; fi
ls build 2>/dev/null || echo "no build dir yet"
test -d .config && ls -a .config | grep -v '^\.\.\?$'
cat .hidden
