i=0
while [ $i -lt 3 ]; do echo "while $i"; i=$((i+1)); done
until [ $i -eq 0 ]; do echo "until $i"; i=$((i-1)); done
n=0
while read -r line; do n=$((n+1)); done < README.md
echo "README lines: $n"
