mkdir -p build/out
touch build/out/a.class build/out/b.class
find build | sort
find build -type f -name '*.class' | wc -l
find . -type d -name out
