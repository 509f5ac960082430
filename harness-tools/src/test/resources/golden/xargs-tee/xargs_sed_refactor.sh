grep -rl 'StringUtils' src | sort | xargs sed -i 's/StringUtils/TextUtils/g'
grep -rn 'TextUtils' src | sort
grep -rc 'StringUtils' src | grep -v ':0$' | wc -l
