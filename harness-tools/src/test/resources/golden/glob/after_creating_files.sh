mkdir gen
touch gen/b.log gen/a.log gen/c.txt gen/10.log gen/2.log
echo gen/*.log
echo gen/*
rm gen/*.log
echo gen/*
