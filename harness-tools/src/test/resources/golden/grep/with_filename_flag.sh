grep -H TODO README.md
grep -hn def src/scripts/*.py
grep -Hc class src/main/java/com/acme/app/App.java
