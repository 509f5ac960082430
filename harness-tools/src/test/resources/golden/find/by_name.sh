find . -name '*.java' | sort
find src -name '*Builder*' | sort
find . -iname 'readme*'
find docs -name '*.md' -o -name '*.txt' | sort
