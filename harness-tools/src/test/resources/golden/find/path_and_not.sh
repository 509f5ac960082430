find . -path '*test*' -type f | sort
find src -type f ! -name '*.java' | sort
find . -type f -not -path './src/*' -name '*.md' | sort
