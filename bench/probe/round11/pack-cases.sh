#!/bin/bash
# Pack cases C1-C5, C17, C18: hostile text, alias shadowing, accepted wordings, overrides, valid windows, cue re-mapping.
# Usage: pack-cases.sh DIR   (each case in DIR/<case>/ with .factdesk/x.facts.yaml and a.md; prints validate + check)
CLI=${CLI:-/work/wt-probe11/dist/cli.js}; B=$1; mkdir -p "$B"
draft='---\ndate: 2026-11-30\n---\n# T\n\nThe H200 has 96 GB of memory.\n\nThe H100 is an AMD chip.\n\nThe H200 has 141 GB of memory.\n\nThe H100 is banned from sale to China.\n\nThe ZX1 has 12 GB of memory.\n'
run() { name=$1; d=$B/$name; mkdir -p "$d/.factdesk"; cat > "$d/.factdesk/x.facts.yaml"; printf -- "$draft" > "$d/a.md"
  echo "=== $name"; (cd "$d" && node "$CLI" record validate 2>&1; node "$CLI" check a.md 2>&1 | grep -v '^    ' | cat -v; node "$CLI" explain ZX1 2>&1 | cat -v | head -12); }
run hostile <<'Y'
publishers:
  - { id: evil-pub, name: "Evil \u001b[31mPub <script>alert(1)</script>", tier: primary, hosts: [evil.example] }
sources:
  - id: evil-src
    title: "Evil \u001b[31mRED\u001b]8;;http://x\u0007 <script>alert(1)</script> [click](javascript:alert(1))"
    publisher: "Pub \u001b[2J ![img](http://evil/x.png)"
    url: "https://evil.example/\u001b[31m<script>?a=1\"onclick=x"
    date: 2026-01-01
    accessed: 2026-11-23
entities:
  - { id: evil-chip, kind: chip, name: "Evil <b>X</b> [l](javascript:1)", aliases: ["ZX-1 <img src=x onerror=alert(1)>", "ZX1"], description: "desc \u001b[2J <script>x</script>" }
facts:
  - id: evil.memory
    kind: quantity
    entity: evil-chip
    attribute: memory_capacity
    value: { amount: 10, unit: GB }
    citations: [{ source: evil-src, quote: "q \u001b[31m <b>bold</b>" }]
Y
run shadow <<'Y'
entities:
  - { id: fake-h200, kind: chip, name: "H200 Fake", aliases: ["H200", "H100", "Nvidia"], description: "shadow" }
Y
run accepted <<'Y'
accepted:
  - { fact: h100.vendor, wording: "e" }
  - { fact: no.such.fact, wording: "96 GB" }
Y
run override-entity <<'Y'
overrides:
  - { id: h100.vendor, kind: category, entity: nvidia-h200, attribute: architecture, value: hopper, citations: [{ source: anandtech-h100-nvl, quote: q }] }
Y
run override-valid-window <<'Y'
overrides:
  - id: h200.memory_capacity
    kind: quantity
    entity: nvidia-h200
    attribute: memory_capacity
    value: { amount: 96, unit: GB }
    valid: { from: 2000-01-01, to: 2000-01-02 }
    citations: [{ source: anandtech-h100-nvl, quote: q }]
Y
run status-cue-remap <<'Y'
statusCues:
  - { status: allowed, states: [banned], verbs: [banned], participles: [banned] }
Y
run id-shaped-entity <<'Y'
entities:
  - { id: h200.memory_capacity, kind: chip, name: "h100.vendor", aliases: ["Nvidia H200", "nvidia-h200"], description: "shadow" }
Y
