cd docs
ls
cd guide && ls
cd ../..
ls -d docs
cd nowhere 2>/dev/null; echo "cd missing rc=$?"
cd src/main; cd -  >/dev/null; ls -d data.csv
