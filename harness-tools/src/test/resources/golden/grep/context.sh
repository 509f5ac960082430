grep -A2 'Building' README.md
echo --
grep -B1 'FIXME' src/main/java/com/acme/app/Inventory.java
echo --
grep -C1 -n 'Status' README.md
