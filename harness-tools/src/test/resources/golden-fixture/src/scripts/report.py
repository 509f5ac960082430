#!/usr/bin/env python3
"""Summarise the inventory CSV."""
import csv
import sys


def load(path):
    with open(path) as f:
        return list(csv.DictReader(f))


def main():
    rows = load(sys.argv[1] if len(sys.argv) > 1 else "data.csv")
    # TODO: group by category
    total = sum(int(r["quantity"]) for r in rows)
    print(f"{len(rows)} rows, {total} items")


if __name__ == "__main__":
    main()
