#!/usr/bin/env python3
"""Odd date forms on a recorded event (US restricted H100 exports: 7 Oct 2022; record says not April 2023).
Usage: odd-dates.py DIR"""
import sys, os, subprocess, json
d = sys.argv[1]; os.makedirs(d, exist_ok=True)
H = "---\ndate: 2026-11-30\n---\n"
forms = ["in April 2023", "on October 7, 2022", "on 7 October 2022", "on 2022-10-07", "on 2023-04-01",
 "on 10/7/22", "on 7/10/22", "on 10/7/2022", "on 4/1/23", "on 07.10.2022", "on 01.04.2023", "on 7.10.22",
 "in '23", "in April '23", "in Apr. 2023", "on Friday, October 7, 2022", "on Thursday, October 7, 2022",
 "on Monday, April 3, 2023", "on Thursday", "last Friday", "in Oct 2O22", "in October 2O22", "in Αpril 2023",
 "in April 2023\u200b", "in April\u00a02023", "in April 2O23", "in 2023", "in FY2023", "on the 7th of October, 2022",
 "in Q2 2023", "in 1Q23", "on 2022/10/07", "on 20221007", "on Oct. 7th '22", "in April of 2023", "in april 2023",
 "IN APRIL 2023", "in April, 2023", "in April 2023 (or so)", "on 31 April 2023", "on 30 February 2023", "on 0/0/23",
 "on 13/13/23", "in April 99999", "in April 2023 BC", "in the year 2023", "on 7 October 2022 or April 2023"]
cli = os.environ.get("CLI", "/work/wt-probe11/dist/cli.js")
text = H + "\n\n".join(f"The US restricted H100 exports to China {f}." for f in forms) + "\n"
p = os.path.join(d, "dates.md"); open(p, "w").write(text)
r = subprocess.run(["timeout", "60", "node", cli, "check", "--format", "json", p], capture_output=True, text=True)
j = json.loads(r.stdout); f0 = j["files"][0]
by = {}
for f in f0["findings"]: by.setdefault(f["range"]["start"]["line"], []).append(f"{f['verdict']}: {f['message']}")
nir = {}
for f in f0.get("notInRecord", []) or []:
    ln = f.get("range", {}).get("start", {}).get("line"); nir.setdefault(ln, []).append("notInRecord")
for i, f in enumerate(forms):
    ln = 3 + 2 * i
    print(f"{f!r:40} {by.get(ln, nir.get(ln, ['-']))}")
