echo "logged line" | tee out.log
cat out.log
echo "second" | tee -a out.log > /dev/null
cat out.log
