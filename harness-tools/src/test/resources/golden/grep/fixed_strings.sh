grep -F '[http]' logs/app.log | wc -l
grep -F 'a.e' words.txt; echo "rc=$?"
grep -F -e apple -e date words.txt
grep -x apple words.txt | wc -l
