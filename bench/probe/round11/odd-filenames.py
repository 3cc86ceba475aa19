#!/usr/bin/env python3
"""Draft files with hostile names (ESC, BEL, newline, '::', '%', ',', unicode bidi, quotes) in every format.
Checks raw control chars in text/github output and JSON/SARIF/JSONL validity. Usage: odd-filenames.py DIR"""
import os, sys, subprocess, json
d = sys.argv[1]; os.makedirs(d, exist_ok=True)
for f in os.listdir(d): os.remove(os.path.join(d, f))
body = "---\ndate: 2026-11-30\n---\nThe H200 has 96 GB of memory.\n"
names = ["e\x1b[31mred\x1b[0m.md", "bel\x07.md", "nl\n::error file=x::pwn.md", "cr\rfake.md", "a::b,c%25:d.md",
         "bidi\u202etxt.md.md", "quote\"'<b>.md", "tab\tx.md", "-dash.md", " space .md", "%0A.md", "osc\x1b]8;;http:\\evil\x07link\x1b]8;;\x07.md"]
for n in names: open(os.path.join(d, n), "w").write(body)
cli = os.environ.get("CLI", "/work/wt-probe11/dist/cli.js")
def bad_ctrl(s): return sorted({hex(ord(c)) for c in s if (ord(c) < 32 and c not in "\n") or ord(c) == 127 or 0x80 <= ord(c) < 0xa0 or c in "\u202e\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d"})
for fmt in ["text", "json", "jsonl", "sarif", "github"]:
    r = subprocess.run(["timeout", "60", "node", cli, "check", "--format", fmt, "--", *[os.path.join(d, n) for n in names]], capture_output=True, text=True)
    note = ""
    if fmt in ("json", "sarif"):
        try: j = json.loads(r.stdout); note = "valid"
        except Exception as e: note = "INVALID " + str(e)
        if fmt == "json": note += f" files={len(j['files'])}"
        if fmt == "sarif": note += f" results={len(j['runs'][0]['results'])}"
    if fmt == "jsonl":
        try: ls = [json.loads(l) for l in r.stdout.splitlines()]; note = f"valid lines={len(ls)}"
        except Exception as e: note = "INVALID " + str(e)
    if fmt == "github":
        cmds = [l for l in r.stdout.splitlines() if l.startswith("::")]
        note = f"lines={len(r.stdout.splitlines())} commands={len(cmds)} " + " | ".join(l[:90] for l in r.stdout.splitlines() if "pwn" in l or "fake" in l)
    if fmt == "text":
        errs = [l for l in r.stdout.splitlines() if ": error:" in l]
        note = f"error lines={len(errs)} first-col-lines={[l[:40] for l in errs][:12]}"
    print(f"{fmt:6} rc={r.returncode} ctrl-in-stdout={bad_ctrl(r.stdout)} ctrl-in-stderr={bad_ctrl(r.stderr)} {note}")
# sweep too
for fmt in ["text", "json", "markdown"]:
    r = subprocess.run(["timeout", "60", "node", cli, "sweep", "--at", "2026-11-30", "--format", fmt, "--", *[os.path.join(d, n) for n in names]], capture_output=True, text=True)
    print(f"sweep {fmt:8} rc={r.returncode} ctrl={bad_ctrl(r.stdout)} {r.stdout[:0]}")
