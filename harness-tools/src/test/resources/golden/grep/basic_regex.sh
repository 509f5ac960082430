grep '^import' src/main/java/com/acme/app/*.java
grep 'capacity\b' src/main/java/com/acme/app/InventoryBuilder.java | head -2
grep '[0-9]\{2\}\.[0-9]' data.csv
grep -c 'o\+' words.txt
grep 'a.e' words.txt
