#!/usr/bin/env python3
"""The lone claim "The H200 has 96 GB of memory." with a parenthetical, dash appositive or fronted clause added.
Usage: nearby-clauses.py DIR"""
import sys, os, subprocess, json
d = sys.argv[1]; os.makedirs(d, exist_ok=True)
H = "---\ndate: 2026-11-30\n---\n"
v = ["The H200 (see Fig. 3) has 96 GB of memory.", "The H200 (see figure three) has 96 GB of memory.",
     "The H200 — a Hopper chip — has 96 GB of memory.", "The H200, a Hopper chip, has 96 GB of memory.",
     "Unlike the H100, the H200 has 96 GB of memory.", "Unlike the A100, the H200 has 96 GB of memory.",
     "The H200—a Hopper chip—has 96 GB of memory.", "Wait… The H200 has 96 GB of memory.",
     "Per U.S. rules the H200 has 96 GB of memory.", "The H200 (see Fig. 3, p. 12, vol. 2; cf. Smith et al.) has 96 GB of memory."]
p = os.path.join(d, "n.md"); open(p, "w").write(H + "\n\n".join(v) + "\n")
r = subprocess.run(["node", os.environ.get("CLI", "/work/wt-probe11/dist/cli.js"), "check", "--format", "json", p], capture_output=True, text=True)
f = json.loads(r.stdout)["files"][0]
hit = {x["range"]["start"]["line"] for x in f["findings"] if x["factId"] == "h200.memory_capacity"}
for i, s in enumerate(v):
    print("flagged" if 3 + 2 * i in hit else "LOST   ", s)
print("notInRecord:", len(f.get("notInRecord", []) or []))
