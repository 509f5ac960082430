cat <<EOT | sort | uniq -c
b
a
b
c
a
b
EOT
