#!/usr/bin/env python3
"""A claim flagged alone ("The H200 has 96 GB of memory.") with odd things added in or next to it; look-alike names.
Reports which variants lose the finding. Usage: nearby-odd.py DIR"""
import sys, os, subprocess, json
d = sys.argv[1]; os.makedirs(d, exist_ok=True)
H = "---\ndate: 2026-11-30\n---\n"
V = {
 "plain": "The H200 has 96 GB of memory.",
 "bold-name": "The **H200** has 96 GB of memory.",
 "link-name": "The [H200](https://nvidia.com/h200) has 96 GB of memory.",
 "code-name": "The `H200` has 96 GB of memory.",
 "bold-value": "The H200 has **96 GB** of memory.",
 "footnote": "The H200 has 96 GB[^1] of memory.\n\n[^1]: note",
 "footnote-after": "The H200 has 96 GB of memory.[^1]\n\n[^1]: note",
 "inline-html": "The <span>H200</span> has 96 GB of memory.",
 "html-after": "The H200 has 96 GB of memory. <br>",
 "emoji": "🚀 The H200 has 96 GB of memory. 🎉",
 "zwj-emoji": "👩‍💻 The H200 has 96 GB of memory.",
 "escaped-star": "\\*The H200 has 96 GB of memory.\\*",
 "math": "With $x^2$ the H200 has 96 GB of memory.",
 "comment-mid": "The H200 <!-- c --> has 96 GB of memory.",
 "comment-before": "<!-- c --> The H200 has 96 GB of memory.",
 "strike": "The H200 has ~~80 GB~~ 96 GB of memory.",
 "heading": "## The H200 has 96 GB of memory",
 "table": "| chip | memory |\n|---|---|\n| H200 | 96 GB |",
 "list": "- The H200 has 96 GB of memory.",
 "task": "- [ ] The H200 has 96 GB of memory.",
 "nested-quote-list": "1. - The H200 has 96 GB of memory.",
 "hard-break": "The H200 has  \n96 GB of memory.",
 "soft-break": "The H200 has\n96 GB of memory.",
 "url-before": "See https://x.example/a. The H200 has 96 GB of memory.",
 "abbr-before": "E.g. the H200 has 96 GB of memory.",
 "long-before": ("word " * 3000).strip() + ". The H200 has 96 GB of memory.",
 "nbsp-value": "The H200 has 96\u00a0GB of memory.",
 "thin-space": "The H200 has 96\u2009GB of memory.",
 "no-space": "The H200 has 96GB of memory.",
 "cyrillic-H": "The \u041d200 has 96 GB of memory.",
 "fullwidth": "The \uff28\uff12\uff10\uff10 has 96 GB of memory.",
 "soft-hyphen": "The H2\u00ad00 has 96 GB of memory.",
 "zwsp-name": "The H2\u200b00 has 96 GB of memory.",
 "zwj-name": "The H200\u200d has 96 GB of memory.",
 "fullwidth-digits-value": "The H200 has \uff19\uff16 GB of memory.",
 "arabic-digits": "The H200 has \u0669\u0666 GB of memory.",
 "combining": "The H200\u0301 has 96 GB of memory.",
 "lowercase": "the h200 has 96 gb of memory.",
 "rtl-mark": "The \u200fH200 has 96 GB of memory.",
 "bidi-override": "The \u202eH200\u202c has 96 GB of memory.",
 "ignore-in-other-line": "Other line <!-- factdesk-ignore-line: x -->\nThe H200 has 96 GB of memory.",
 "unclosed-backtick": "`unclosed The H200 has 96 GB of memory.",
 "unclosed-bracket": "[unclosed The H200 has 96 GB of memory.",
 "star-list-marker": "* The H200 has 96 GB of memory.",
 "quote-marks-far": "“Great,” he said. The H200 has 96 GB of memory.",
 "apostrophe-open": "Nvidia’s chip: the H200 has 96 GB of memory.",
 "tab-indent-1": "\tThe H200 has 96 GB of memory.",
 "3-space-indent": "   The H200 has 96 GB of memory.",
 "after-setext": "Title\n---\nThe H200 has 96 GB of memory.",
 "entity-amp": "AT&amp;T said the H200 has 96 GB of memory.",
 "numeric-entity-name": "The &#72;200 has 96 GB of memory.",
}
cli = os.environ.get("CLI", "/work/wt-probe11/dist/cli.js")
for k, v in V.items():
    p = os.path.join(d, k + ".md"); open(p, "w").write(H + v + "\n")
    r = subprocess.run(["timeout", "60", "node", cli, "check", "--format", "json", p], capture_output=True, text=True)
    try:
        f0 = json.loads(r.stdout)["files"][0]; hit = [f"{f['verdict']}/{f['severity']}" for f in f0["findings"] if f["factId"] == "h200.memory_capacity"]
        other = [f["factId"] for f in f0["findings"] if f["factId"] != "h200.memory_capacity"]
        nir = len(f0.get("notInRecord", []) or [])
    except Exception as e:
        hit = "ERR " + r.stderr[:150]; other = []; nir = 0
    print(f"{k:24} {hit or 'LOST'} {other if other else ''}{' nir='+str(nir) if nir else ''}")
