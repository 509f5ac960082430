grep -rn 'UnsupportedOperationException' src | sort
grep -n -B2 -A2 'UnsupportedOperationException' src/main/java/com/acme/app/Inventory.java
grep -rn 'remove' src/main | sort | cut -d: -f1,2
