basename src/main/java/com/acme/app/App.java
basename src/main/java/com/acme/app/App.java .java
dirname src/main/java/com/acme/app/App.java
dirname file.txt
basename /a/b/
dirname /a/b/
basename -s .md docs/guide/install.md
