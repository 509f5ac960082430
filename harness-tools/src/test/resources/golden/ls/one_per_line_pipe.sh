ls | wc -l
ls src/main/java/com/acme/app | grep -c java
ls *.txt | sort -r
