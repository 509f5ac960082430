find . -type f | wc -l
find . -name '.*' | sort
find . -type f -name '*.env' | sort
