#!/bin/sh
# Pack source URL with ESC / '>' / HTML reaches `sweep --format markdown` raw. Usage: sweep-md-url.sh DIR
CLI=${CLI:-/work/wt-probe11/dist/cli.js}
d=$1; mkdir -p "$d/.factdesk"; cd "$d" || exit 2
cat > .factdesk/evil.facts.yaml <<'Y'
publishers:
  - { id: evil-pub, name: "Evil Pub", tier: primary, hosts: [evil.example] }
sources:
  - id: evil-src
    title: "T"
    publisher: "P"
    url: "https://evil.example/x> <img src=x onerror=alert(1)> \u001b[31mRED"
    date: 2026-01-01
    accessed: 2026-11-23
entities:
  - { id: zx-chip, kind: chip, name: "ZX1", aliases: [], description: "d" }
facts:
  - id: zx.memory
    kind: quantity
    entity: zx-chip
    attribute: memory_capacity
    value: { amount: 10, unit: GB }
    citations: [{ source: evil-src, quote: "q" }]
Y
printf -- '---\ndate: 2026-11-30\n---\nThe ZX1 has 12 GB of memory.\n' > a.md
node "$CLI" record validate
node "$CLI" sweep --at 2026-12-01 --format markdown a.md > sweep.md
echo "raw ESC bytes in sweep.md: $(grep -c "$(printf '\033')" sweep.md)"; grep -o 'P, .*' sweep.md | cat -v
NODE_PATH=${NODE_PATH:-/work/main/node_modules} node -e "const md=require('markdown-it')({html:true});const h=md.render(require('fs').readFileSync('sweep.md','utf8'));console.log(h.split('\n').filter(l=>/evil\.example/.test(l)).join('\n'))" | cat -v
