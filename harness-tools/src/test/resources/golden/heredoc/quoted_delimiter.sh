name=x
cat <<'EOT'
literal $name and $(echo no) and `echo no`
EOT
cat <<"EOT"
also literal $name
EOT
