wc -l < data.csv
sort < words.txt | uniq -c
tr a-z A-Z < "notes dir/todo list.txt"
