grep -c x <<EOT
x1
y2
x3
EOT
wc -l <<EOT
one
two
EOT
while read -r k v; do echo "$k=$v"; done <<EOT
host localhost
port 8080
EOT
