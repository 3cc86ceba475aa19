#!/usr/bin/env python3
"""Workspace pack with N entities (each 5 aliases) and N facts, N doubling; a draft naming many of them.
Usage: pack-huge-lists.py DIR N..."""
import sys, os, subprocess, time
base = sys.argv[1]
for n in map(int, sys.argv[2:]):
    d = f"{base}/n{n}"; os.makedirs(d + "/.factdesk", exist_ok=True)
    L = ["entities:"]
    for i in range(n):
        L.append(f'  - {{ id: zc{i}, kind: chip, name: "ZC-{i}", aliases: ["ZC{i}", "Zeta {i}", "Zeta Chip {i}", "Z{i} accelerator", "ZC {i} GPU"], description: "d" }}')
    L.append("facts:")
    for i in range(n):
        L += [f"  - id: zc{i}.memory", "    kind: quantity", f"    entity: zc{i}", "    attribute: memory_capacity",
              f"    value: {{ amount: {i % 500 + 1}, unit: GB }}", "    citations: [{ source: anandtech-h100-nvl, quote: q }]"]
    open(d + "/.factdesk/big.facts.yaml", "w").write("\n".join(L) + "\n")
    body = "\n\n".join(f"The ZC-{i} has {i % 500 + 2} GB of memory." for i in range(0, n, max(1, n // 200)))
    open(d + "/a.md", "w").write("---\ndate: 2026-11-30\n---\nThe H100 is an AMD chip.\n\n" + body + "\n")
    t = time.time(); r = subprocess.run(["timeout", "60", "node", os.environ.get("CLI", "/work/wt-probe11/dist/cli.js"), "check", "a.md"], cwd=d, capture_output=True, text=True)
    print(f"n={n} rc={r.returncode} t={time.time()-t:.2f}s errors={r.stdout.count(': error:')} h100.vendor={'h100.vendor' in r.stdout} err={r.stderr[:150]!r}", flush=True)
