#!/usr/bin/env python3
"""Database statements and commits in a slice of the app's log (JdbcTemplate and the transaction manager
at DEBUG). Usage: sqlcount.py REQUESTS < slice.log
Prints "statements commits" per request on the first line, then each statement's text with its count
per request. Log records may span lines (Spring Session's SQL is multi-line): a record starts with a date.
"""
import collections
import re
import sys

n = int(sys.argv[1])
records, current = [], []
for line in sys.stdin:
    if re.match(r"^\d{4}-\d\d-\d\d", line) and current:
        records.append("".join(current))
        current = []
    current.append(line)
if current:
    records.append("".join(current))

texts = collections.Counter()
commits = 0
for r in records:
    # every prepared path (query, update, batch) logs this once; plain Statement paths log the others
    m = re.search(r"Executing prepared SQL statement \[(.*)\]", r, re.S) or re.search(
        r"Executing SQL (?:query|update|statement) \[(.*)\]", r, re.S)
    if m:
        texts[" ".join(m.group(1).split())] += 1
    if "Initiating transaction commit" in r:
        commits += 1
print(f"{sum(texts.values()) / n:.1f} {commits / n:.1f}")
for text, c in texts.most_common():
    print(f"    {c / n:.1f} × {text}")
