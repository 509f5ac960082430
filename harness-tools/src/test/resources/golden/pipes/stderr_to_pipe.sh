cat data.csv missing.txt 2>&1 | wc -l
ls missing-dir 2>&1 | grep -c "No such file"
{ echo out; echo err >&2; } 2>&1 | sort
