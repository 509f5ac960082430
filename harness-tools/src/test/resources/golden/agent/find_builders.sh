find src -name '*.java' | grep -i builder | sort
