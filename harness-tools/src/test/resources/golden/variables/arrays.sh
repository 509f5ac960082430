fruits=(apple banana "cherry pie")
echo "${fruits[0]}"
echo "${#fruits[@]}"
for f in "${fruits[@]}"; do echo "- $f"; done
fruits+=(date)
echo "${fruits[3]} ${#fruits[@]}"
echo "${fruits[@]:1:2}"
