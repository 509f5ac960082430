for f in notes\ dir/*.txt; do wc -l < "$f"; done
echo notes*/*
cat notes\ dir/todo*
