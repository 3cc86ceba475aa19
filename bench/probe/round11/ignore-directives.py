#!/usr/bin/env python3
"""Ignore directives in odd places. Each draft has the claim C (flagged alone) placed after the directive.
Usage: ignore-directives.py DIR  -> writes DIR/*.md and prints which claims each draft still flags."""
import sys, os, subprocess, re
d = sys.argv[1]; os.makedirs(d, exist_ok=True)
H = "---\ndate: 2026-11-30\n---\n"; C = "The H200 has 96 GB of memory."; V = "The H100 is an AMD chip."
cases = {
 "fence": H + "```\n<!-- factdesk-ignore-file -->\n```\n\n" + C + "\n",
 "tilde-fence": H + "~~~md\n<!-- factdesk-ignore-file -->\n~~~\n\n" + C + "\n",
 "inlinecode": H + "Use `<!-- factdesk-ignore-file -->` to silence a draft.\n\n" + C + "\n",
 "double-backtick": H + "Use ``<!-- factdesk-ignore-file -->`` to silence.\n\n" + C + "\n",
 "indented-code": H + "Para.\n\n    <!-- factdesk-ignore-file -->\n\n" + C + "\n",
 "frontmatter": "---\ndate: 2026-11-30\nx: \"<!-- factdesk-ignore-file -->\"\n---\n" + C + "\n",
 "linktarget": H + "[link](http://x/<!-- factdesk-ignore-file -->)\n\n" + C + "\n",
 "link-title": H + "[link](http://x \"<!-- factdesk-ignore-file -->\")\n\n" + C + "\n",
 "mention-in-comment": H + "<!-- note: do not use factdesk-ignore-file here -->\n\n" + C + "\n",
 "unclosed-comment": H + "<!--\n<!-- factdesk-ignore-file -->\n\n" + C + "\n",
 "uppercase": H + "<!-- FACTDESK-IGNORE-FILE -->\n\n" + C + "\n",
 "next-then-blank": H + "<!-- factdesk-ignore-next-line -->\n\n" + C + "\n",
 "next-then-3-blank": H + "<!-- factdesk-ignore-next-line -->\n\n\n\n" + C + "\n\n" + V + "\n",
 "list-item": H + "- <!-- factdesk-ignore-next-line -->\n- " + C + "\n- " + V + "\n",
 "blockquote-file": H + "> <!-- factdesk-ignore-file -->\n\n" + C + "\n",
 "ignline-at-start": H + "<!-- factdesk-ignore-line: -->" + C + "\n\n" + V + "\n",
 "ignline-two-claims": H + V + " " + C + " <!-- factdesk-ignore-line: x -->\n",
 "next-at-line-end": H + C + "<!-- factdesk-ignore-next-line -->\n" + V + "\n",
 "html-block": H + "<div>\n<!-- factdesk-ignore-file -->\n</div>\n\n" + C + "\n",
 "backslash-escaped": H + "\\<!-- factdesk-ignore-file -->\n\n" + C + "\n",
 "entity-escaped": H + "&lt;!-- factdesk-ignore-file --&gt;\n\n" + C + "\n",
 "in-table-cell": H + "| a | b |\n|---|---|\n| `<!-- factdesk-ignore-file -->` | x |\n\n" + C + "\n",
 "last-line": H + C + "\n<!-- factdesk-ignore-next-line -->",
 "ignore-next-in-para": H + "Intro text\n<!-- factdesk-ignore-next-line -->\n" + C + "\n" + V + "\n",
 "crlf": (H + "<!-- factdesk-ignore-next-line -->\n" + C + "\n" + V + "\n").replace("\n", "\r\n"),
 "cr-only": (H + "<!-- factdesk-ignore-next-line -->\n" + C + "\n" + V + "\n").replace("\n", "\r"),
 "setext-heading": H + "<!-- factdesk-ignore-next-line -->\n" + C + "\n===\n\n" + V + "\n",
}
cli = os.environ.get("CLI", "/work/wt-probe11/dist/cli.js")
for name, text in cases.items():
    p = os.path.join(d, name + ".md"); open(p, "w", newline="").write(text)
    r = subprocess.run(["timeout", "60", "node", cli, "check", "--format", "json", p], capture_output=True, text=True)
    import json
    try:
        j = json.loads(r.stdout); fs = [(f["factId"], f["range"]["start"]["line"] + 1) for f in j["files"][0]["findings"]]
    except Exception as e:
        fs = "ERR " + r.stdout[:100] + r.stderr[:200]
    print(f"{name:22} rc={r.returncode} {fs}")
