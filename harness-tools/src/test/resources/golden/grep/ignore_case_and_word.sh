grep -i builder docs/CHANGELOG.txt
grep -ic todo src/scripts/report.py
grep -w add src/main/java/com/acme/app/Inventory.java
grep -iw api README.md docs/CHANGELOG.txt
