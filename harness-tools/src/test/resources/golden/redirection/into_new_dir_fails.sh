echo x > nodir/file.txt
echo "rc=$?"
mkdir -p nodir && echo x > nodir/file.txt && cat nodir/file.txt
echo y > docs
echo "redirect to dir rc=$?"
