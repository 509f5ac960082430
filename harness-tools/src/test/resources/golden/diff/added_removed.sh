printf 'x\ny\n' > a.txt
printf 'w\nx\ny\nz\n' > b.txt
diff a.txt b.txt
diff b.txt a.txt
: > e.txt
diff e.txt a.txt
