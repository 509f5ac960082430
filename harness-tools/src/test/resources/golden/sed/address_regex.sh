sed '/ERROR/!d' logs/app.log | wc -l
sed -n '/^server\./s/=.*//p' config/app.properties
sed '/TODO/s/^/>> /' README.md | grep '^>>'
