find . -name '*Test.java' | sort
for t in $(find . -name '*Test.java' | sort); do
  cls=$(basename "$t" .java)
  echo "$cls: $(grep -c '@Test' "$t") test(s)"
done
grep -rn 'void .*()' src/test | sed 's/^.*void //; s/().*$//' | sort
