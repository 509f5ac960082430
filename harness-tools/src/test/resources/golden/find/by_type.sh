find . -type d | sort
find docs -type f | sort
find src/scripts -type f -name '*.py' | sort
