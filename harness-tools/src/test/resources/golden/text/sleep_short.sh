sleep 0
echo "slept 0"
sleep 0.1 && echo "slept briefly"
sleep bogus 2>/dev/null; echo "rc=$?"
