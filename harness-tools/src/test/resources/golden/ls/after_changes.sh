mkdir newdir
touch newdir/z.txt newdir/a.txt newdir/M.txt newdir/_under.txt newdir/10.txt newdir/9.txt
ls newdir
ls -1 newdir | wc -l
rm newdir/a.txt
ls newdir
