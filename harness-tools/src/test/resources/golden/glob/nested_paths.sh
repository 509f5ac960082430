echo src/main/java/com/acme/*/*.java
echo */*.md
echo */*/*.md
for f in src/scripts/*.py; do echo "$(basename "$f")"; done
