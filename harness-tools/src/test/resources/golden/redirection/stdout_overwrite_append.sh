echo first > out.txt
echo second >> out.txt
cat out.txt
echo replaced > out.txt
cat out.txt
wc -l < out.txt
