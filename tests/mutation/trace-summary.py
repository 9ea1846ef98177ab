#!/usr/bin/env python3
"""Counts what a running (or stopped) Stryker campaign has tested so far, from its trace log.

    tests/mutation/stryker.sh ... -- --log-to-file
    python3 tests/mutation/trace-summary.py tests/mutation/output/<campaign>/logs/log-<date>.txt

Prints killed / timeout / survived per mutated file, then every timeout and survivor with its change. A test
session that ends "success" after the whole test-run timeout is counted as a timeout, as Stryker counts it.
A session that tests several mutants at once and fails is counted as undetermined for each of them: the log says that
one of them was killed, not which (the JSON report, written at the end, has each mutant's status).
"""
import collections
import datetime
import re
import sys

if len(sys.argv) != 2:
    sys.exit(__doc__)

current = None
created, file_of = {}, {}
runs = []
start = {}
limit = float("inf")
for line in open(sys.argv[1], encoding="utf-8", errors="replace"):
    stamp = re.match(r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6})", line)
    now = datetime.datetime.fromisoformat(stamp.group(1)) if stamp else None
    if m := re.search(r'\[DBG\] Mutating "([^"]+)"', line):
        current = m.group(1).split("/src/ClaimModel/")[-1]
    elif m := re.search(r"\[DBG\] Mutant (\d+) created (.*)", line):
        created[int(m.group(1))] = m.group(2)[:200]
        file_of[int(m.group(1))] = current
    elif "Testing [" in line:
        # With --concurrency above 1 the runners' sessions interleave: each session's start is kept by its mutants.
        for mutant in re.findall(r"(\d+): ", line.split("Testing [", 1)[1]):
            start[int(mutant)] = now
    elif m := re.search(r"Using (\d+) ms as test run timeout", line):
        limit = int(m.group(1)) / 1000
    elif m := re.search(r'Test run for "(.*)" is "(\w+)"', line):
        result = {"failed": "killed", "success": "survived"}.get(m.group(2), m.group(2))
        mutants = [int(x) for x in re.findall(r"(\d+): ", m.group(1))]
        began = min((start[x] for x in mutants if x in start), default=None)
        if result == "survived" and began and now and (now - began).total_seconds() >= limit:
            result = "timeout"
        if result == "killed" and len(mutants) > 1:
            # A session of several mutants fails when one of them is killed; which ones is not in the log.
            result = "undetermined"
        for mutant in mutants:
            runs.append((mutant, result))

per_file = collections.defaultdict(collections.Counter)
for mutant, result in runs:
    per_file[file_of.get(mutant)][result] += 1
total = collections.Counter()
for name in sorted(per_file, key=str):
    counts = per_file[name]
    total.update(counts)
    print(f"{name}: killed {counts['killed']}, timeout {counts['timeout']}, survived {counts['survived']}, undetermined {counts['undetermined']}")
detected = total["killed"] + total["timeout"]
tested = detected + total["survived"] + total["undetermined"]
print(f"total: {tested} tested, killed {total['killed']}, timeout {total['timeout']}, survived {total['survived']}, "
      f"undetermined {total['undetermined']} (in a failed session of several mutants: killed or survived)"
      + (f", score between {100 * detected / tested:.1f} % and {100 * (detected + total['undetermined']) / tested:.1f} %"
         " (no-coverage mutants not counted; the JSON report has the exact score)" if tested else ""))
for mutant, result in runs:
    if result not in ("killed", "undetermined"):
        print(result, mutant, file_of.get(mutant), created.get(mutant))
