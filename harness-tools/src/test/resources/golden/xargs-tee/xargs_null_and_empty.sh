find "notes dir" -type f -print0 | sort -z | xargs -0 wc -l
echo -n "" | xargs echo "ran anyway"
printf '' | xargs -r echo "should not run"; echo "rc=$?"
