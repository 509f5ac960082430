cp src/main/java/com/acme/app/App.java App.orig
sed -i 's/DEFAULT_PORT = 8080/DEFAULT_PORT = 9090/' src/main/java/com/acme/app/App.java
diff App.orig src/main/java/com/acme/app/App.java
diff -u App.orig src/main/java/com/acme/app/App.java | grep '^[-+][^-+]'
