usage() {
  cat <<EOT
usage: $1 [options]
  -h  help
EOT
}
usage tool
usage other | head -1
