grep -n TODO README.md
grep -n class src/main/java/com/acme/app/*.java
grep -l TODO src/scripts/*.py
grep -L TODO src/scripts/*.py
grep -h package src/main/java/com/acme/util/*.java
