grep -A1 TODO README.md
grep -n -B1 import src/scripts/cleanup.py
