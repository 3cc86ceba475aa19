#!/bin/sh
# `check --workspace` with N drafts that all disagree on a value the record lacks (MI308 memory): N doubling.
CLI=${CLI:-/work/wt-probe11/dist/cli.js}
base=$1; shift
for n in "$@"; do
  d=$base/w$n; mkdir -p "$d"; rm -f "$d"/*.md
  i=0; while [ $i -lt $n ]; do printf -- '---\ndate: 2026-11-30\n---\n# D\n\nThe MI308 has %s GB of memory.\n\nThe H100 is an AMD chip.\n' $((i + 8)) > "$d/d$i.md"; i=$((i+1)); done
  s=$(date +%s.%N); timeout 60 node "$CLI" check --workspace --format json "$d" > "$d.json" 2>"$d.err"; rc=$?; e=$(date +%s.%N)
  echo "n=$n rc=$rc t=$(echo "$e - $s" | bc) bytes=$(wc -c < "$d.json") disagreements=$(python3 -c "import json;d=json.load(open('$d.json'));print(len(d.get('disagreements',[])))" 2>&1 | tail -1) err=$(head -c 100 "$d.err")"
done
