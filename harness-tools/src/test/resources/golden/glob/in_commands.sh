wc -l *.txt
cat docs/guide/*.md | grep -c '^#'
head -1 src/main/java/com/acme/app/*.java
