find . -type f -size +2k | sort
find . -type f -name '*.log' | sort | xargs wc -l | sort -n
