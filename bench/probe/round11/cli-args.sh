#!/bin/bash
# CLI argument edge cases; prints rc, stderr and the start of stdout for each. Run in a folder holding a.md.
C="node ${CLI:-/work/wt-probe11/dist/cli.js}"
for args in "explain" "explain ''" "explain H100 H200" "explain --as-of 2026-13-45 H100" "explain --as-of 99999-01-01 H100" "explain --as-of 0000-01-01 H100" "explain --pack /nonexistent H100" "explain __proto__" "explain constructor" "explain toString" "explain ../../etc/passwd" "check" "check --format xml a.md" "check --jobs 0 a.md" "check --jobs -1 a.md" "check --jobs 1e9 a.md" "check --jobs abc a.md" "check --fail-on bogus a.md" "check --as-of 2026-02-30 a.md" "check --as-of '' a.md" "check /nonexistent.md" "check --pack" "check -- a.md" "check --format=json a.md" "sweep --at 2026-02-31 a.md" "sweep --since-record nope a.md" "sweep --format sarif a.md" "record" "record bogus" "record validate /nonexistent.yaml" "record stats extra" "bogus" "--version" "check --as-of 2026-11-30 --as-of 2025-01-01 a.md" "check ." "check /dev/null" "check /proc/self/status" "check --pack /nonexistent.yaml a.md" "check --pack bad.yaml --fail-on never a.md" "record stats --pack /nonexistent.yaml" "record test --pack /nonexistent.yaml"; do
  printf 'bogus: [\n' > bad.yaml
  out=$(eval timeout 60 $C $args 2>err </dev/null | head -c 200 | tr '\n' ' '); rc=$(eval timeout 60 $C $args >/dev/null 2>&1 </dev/null; echo $?)
  printf '%-45s rc=%s err=%s out=%s\n' "$args" "$rc" "$(head -c 150 err | tr '\n' '|')" "${out:0:80}"
done | cat -v
