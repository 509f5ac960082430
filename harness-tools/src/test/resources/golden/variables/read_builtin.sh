read a b rest <<< "one two three four"
echo "a=$a b=$b rest=$rest"
while IFS=, read -r id name cat qty price; do
  echo "$name:$qty"
done < data.csv | head -4
