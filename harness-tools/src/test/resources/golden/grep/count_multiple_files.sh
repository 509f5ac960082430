grep -c TODO README.md src/scripts/report.py src/scripts/cleanup.py
grep -c import src/main/java/com/acme/*/*.java
