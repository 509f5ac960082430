only_errors() { grep ERROR; }
numbered() { awk '{print NR": "$0}'; }
cat logs/app.log | only_errors | head -3 | numbered
