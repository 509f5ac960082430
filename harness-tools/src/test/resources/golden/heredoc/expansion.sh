name=Inventory
count=$(wc -l < data.csv)
cat <<EOT
Class: $name
Rows: $count
Math: $((2 + 3))
Escaped: \$name
EOT
