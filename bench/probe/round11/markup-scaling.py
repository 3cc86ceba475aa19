#!/usr/bin/env python3
"""Pathological markup, doubling sizes; a real claim follows in its own paragraph and must still be flagged.
Usage: markup-scaling.py DIR [KIND...]"""
import sys, os, subprocess, time, json
d = sys.argv[1]; os.makedirs(d, exist_ok=True)
H = "---\ndate: 2026-11-30\n---\n"; C = "The H200 has 96 GB of memory."
gens = {
 "open-brackets": lambda n: "[" * n,
 "bracket-paren": lambda n: "[a](" * n,
 "emph-mix": lambda n: "*a _b " * n,
 "backtick-runs": lambda n: " ".join("`" * (i % 50 + 1) for i in range(n)),
 "lt-runs": lambda n: "<a " * n,
 "html-comment-open": lambda n: "<!-- " * n,
 "nested-quote": lambda n: ">" * min(n, 1150) + " " + C,
 "nested-list": lambda n: "\n".join("  " * i + "- x" for i in range(min(n, 1100))),
 "link-refdefs": lambda n: "\n".join(f"[r{i}]: http://x/{i}" for i in range(n)) + "\n\n" + " ".join(f"[r{i}]" for i in range(n)),
 "table-wide": lambda n: "|" + "a|" * n + "\n|" + "-|" * n + "\n" + ("|" + "H200 96 GB|" * n + "\n") * 5,
 "entity-refs": lambda n: "&amp;" * n,
 "underscores": lambda n: "_" * n + "a" + "_" * n,
 "star-runs": lambda n: "**a" * n,
 "autolinks": lambda n: "<http://a" * n,
 "dollar-words": lambda n: " ".join("$1 billion" for _ in range(n)),
 "h-names": lambda n: " ".join("H100 H200 H20 H800" for _ in range(n // 4)) + ".",
 "sentence-no-stop": lambda n: " ".join(["the H200 has"] * (n // 3)),
 "digits": lambda n: "1" * n,
 "dates": lambda n: " ".join("on 3/4/25, Monday 12.01.24" for _ in range(n // 4)),
}
cli = os.environ.get("CLI", "/work/wt-probe11/dist/cli.js")
kinds = sys.argv[2:] or list(gens)
for k in kinds:
    prev = None; out = []
    for n in (1000, 2000, 4000, 8000, 16000):
        body = gens[k](n)
        p = os.path.join(d, f"{k}-{n}.md"); open(p, "w").write(H + body + "\n\n" + C + "\n")
        t = time.time()
        r = subprocess.run(["timeout", "60", "node", cli, "check", "--format", "json", p], capture_output=True, text=True)
        el = time.time() - t
        try:
            j = json.loads(r.stdout); ok = any(f["factId"] == "h200.memory_capacity" and f["range"]["start"]["line"] == body.count("\n") + 5 for f in j["files"][0]["findings"])
        except Exception: ok = "ERR:" + r.stderr[:120]
        out.append(f"{n}:{el:.2f}s{'' if ok is True else ' LOST' if ok is False else ' '+ok}{'' if r.returncode==1 else ' rc='+str(r.returncode)}")
        if r.returncode == 124: break
    print(f"{k:18}", " ".join(out), flush=True)
