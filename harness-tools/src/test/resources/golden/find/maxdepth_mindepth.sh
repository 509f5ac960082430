find . -maxdepth 1 -type f | sort
find . -maxdepth 1 -type d | sort
find src -mindepth 3 -maxdepth 3 | sort
find docs -maxdepth 0
