echo "start"
check() { [ -f "$1" ] || { echo "missing $1"; exit 3; }; }
check data.csv
echo "data.csv present"
check nope.txt
echo "not reached"
