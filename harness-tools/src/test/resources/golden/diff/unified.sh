printf 'a\nb\nc\nd\ne\nf\n' > one.txt
printf 'a\nb\nC\nd\ne\nf\ng\n' > two.txt
diff -u one.txt two.txt | tail -n +3
diff -u one.txt two.txt > /dev/null; echo "rc=$?"
diff -U1 one.txt two.txt | tail -n +3
