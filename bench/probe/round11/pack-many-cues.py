#!/usr/bin/env python3
"""Many near-limit eventCues phrases (each ~200 ways) x draft size. Usage: pack-many-cues.py DIR NPHRASES NWORDS"""
import sys, os, subprocess, time
d, nph, nw = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
os.makedirs(d + "/.factdesk", exist_ok=True)
lines = ["eventCues:"]
for i in range(nph):
    # 2*2*2*5*5 = 200 ways
    lines += ["  - family: restrict", "    phrases:", f'      - "restrict(s|ed)? (the)? *? *{{4}} *{{4}} zq{i}x"']
open(d + "/.factdesk/slow.facts.yaml", "w").write("\n".join(lines) + "\n")
filler = "\n\n".join(" ".join(["restricted the H100 China in 2023."] * 20) for _ in range(max(1, nw // 120)))
open(d + "/d.md", "w").write("---\ndate: 2026-11-30\n---\nThe H100 is an AMD chip.\n\n" + filler + " the H100 in April 2023.\n")
t = time.time()
r = subprocess.run(["timeout", "120", "node", os.environ.get("CLI", "/work/wt-probe11/dist/cli.js"), "check", "d.md"], cwd=d, capture_output=True, text=True)
print(f"phrases={nph} words={nw} rc={r.returncode} t={time.time()-t:.2f}s", r.stderr.strip()[:200], "| h100.vendor flagged:", "h100.vendor" in r.stdout)
