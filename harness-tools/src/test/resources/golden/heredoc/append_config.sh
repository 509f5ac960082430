cat >> config/app.properties <<EOT
cache.size=64
EOT
tail -2 config/app.properties
grep -c = config/app.properties
