ls data.csv docs words.txt
ls README.md "notes dir"
