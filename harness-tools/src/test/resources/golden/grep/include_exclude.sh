grep -rn TODO --include='*.py' . | sort
grep -rl TODO --include=*.java src | sort
grep -rl TODO --exclude='*.java' . | sort
grep -rl port --exclude-dir=src . | sort
