mv words.txt fruits.txt
ls fruits.txt words.txt 2>/dev/null
mkdir archive
mv fruits.txt numbers.txt archive/
ls archive
mv archive stored
ls -d stored archive 2>/dev/null; echo "rc=$?"
mv missing.txt x 2>/dev/null; echo "mv missing rc=$?"
