#!/usr/bin/env python3
"""Odd JSON-RPC to `factdesk mcp`: malformed lines, batches, wrong types, huge text, odd dates, parallel calls.
Prints each response (trimmed) and checks the server is still alive after each."""
import subprocess, json, sys, time, os
cli = os.environ.get("CLI", "/work/wt-probe11/dist/cli.js")
p = subprocess.Popen(["node", cli, "mcp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1, cwd=sys.argv[1] if len(sys.argv) > 1 else ".")
def send(obj, raw=None, wait=True, timeout=30):
    line = raw if raw is not None else json.dumps(obj)
    p.stdin.write(line + "\n"); p.stdin.flush()
    if not wait: return None
    t = time.time()
    import select
    r, _, _ = select.select([p.stdout], [], [], timeout)
    if not r: return f"NO REPLY in {timeout}s"
    out = p.stdout.readline(); return f"{time.time()-t:.2f}s " + out.strip()[:400]
init = {"jsonrpc": "2.0", "id": 0, "method": "initialize", "params": {"protocolVersion": "2024-11-05", "capabilities": {}, "clientInfo": {"name": "t", "version": "1"}}}
print("init", send(init)[:120])
send({"jsonrpc": "2.0", "method": "notifications/initialized"}, wait=False)
def call(i, name, args): return {"jsonrpc": "2.0", "id": i, "method": "tools/call", "params": {"name": name, "arguments": args}}
H = "---\ndate: 2026-11-30\n---\n"
cases = [
 ("malformed", None, "{not json"),
 ("batch", None, json.dumps([call(100, "record_coverage", {}), call(101, "record_coverage", {})])),
 ("text-number", call(2, "check_draft", {"text": 5}), None),
 ("text-missing", call(3, "check_draft", {}), None),
 ("asOf-bad", call(4, "check_draft", {"text": "The H200 has 96 GB of memory.", "asOf": "2026-02-30"}), None),
 ("asOf-obj", call(5, "check_draft", {"text": "x", "asOf": {"a": 1}}), None),
 ("unknown-tool", call(6, "rm_rf", {}), None),
 ("proto-entity", call(7, "explain_entity", {"entity": "__proto__"}), None),
 ("proto-fact", call(8, "lookup_fact", {"factId": "constructor"}), None),
 ("lookup-attr-odd", call(9, "lookup_fact", {"entity": "H200", "attribute": "__proto__"}), None),
 ("extra-arg", call(10, "check_draft", {"text": "The H200 has 96 GB of memory.", "path": "/etc/passwd"}), None),
 ("id-null", {"jsonrpc": "2.0", "id": None, "method": "tools/list"}, None),
 ("id-obj", {"jsonrpc": "2.0", "id": {"x": 1}, "method": "tools/list"}, None),
 ("ansi-text", call(11, "check_draft", {"text": "The H200 has 96 GB of memory.\u001b[2J\u0007 <script>"}), None),
 ("ignore-file", call(12, "check_draft", {"text": "<!-- factdesk-ignore-file -->\nThe H200 has 96 GB of memory."}), None),
 ("big-text-1MB", call(13, "check_draft", {"text": H + ("The H100 is fast. " * 50 + "\n\n") * 1100 + "The H200 has 96 GB of memory.\n"}), None),
 # ("huge-text-25MB", …) closes the session by design: over 10 MB per message (exit 2, one stderr line)
 ("coverage-kind-odd", call(15, "record_coverage", {"kind": "__proto__"}), None),
 ("lone-surrogate", None, '{"jsonrpc":"2.0","id":16,"method":"tools/call","params":{"name":"check_draft","arguments":{"text":"The H200 has 96 GB \\ud800 of memory."}}}'),
 ("after-all", call(17, "check_draft", {"text": "The H200 has 96 GB of memory."}), None),
]
for name, obj, raw in cases:
    print(f"{name:18}", send(obj, raw, timeout=5), "| alive" if p.poll() is None else f"| DEAD rc={p.returncode}")
    if p.poll() is not None: break
p.stdin.close(); time.sleep(0.5); print("stderr:", p.stderr.read()[:600])
