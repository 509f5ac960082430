mkdir build
mkdir -p build/a/b/c
ls -R build
mkdir build 2>/dev/null; echo "exists rc=$?"
mkdir -p build; echo "-p rc=$?"
mkdir x/y 2>/dev/null; echo "no parent rc=$?"
