#!/usr/bin/env bash
# Round-ten pack cases: each case is a folder /tmp/probe10/pk/<name>/ with .factdesk/p.facts.yaml and d.md;
# prints record validate's and check's exit codes, the check's finding lines and its first stderr line.
F=${FD_CLI:-/work/wt-probe10/dist/cli.js}
ROOT=/tmp/probe10/pk
HEAD='publishers:
  - { id: acme-press, name: Acme Press, tier: named-outlet, hosts: [acme.example] }
sources:
  - { id: acme-page, title: Acme page, publisher: Acme Press, url: "https://acme.example/x1", date: 2025-01-01, accessed: 2026-01-01 }
'
CIT='citations: [{ source: acme-page, quote: "q" }]'
DRAFT='The H200 has 96 GB of memory.

The Acme X1 has 40 GB of memory.

The H20 was designed by Nvidia.
'
case_() { # name, pack body (after HEAD), [draft]
  local d=$ROOT/$1; rm -rf "$d"; mkdir -p "$d/.factdesk"; printf '%s%s\n' "$HEAD" "$2" > "$d/.factdesk/p.facts.yaml"; printf '%s' "${3:-$DRAFT}" > "$d/d.md"
  ( cd "$d"; s=$(date +%s%N); timeout 60 node $F record validate > v.out 2>&1; v=$?; timeout 60 node $F check d.md > c.out 2> c.err; c=$?; e=$(( ($(date +%s%N)-s)/1000000 ))
    printf '== %s: validate rc=%s check rc=%s %sms\n   validate: %s\n   findings: %s\n   stderr: %s\n' "$1" $v $c $e "$(head -c 300 v.out | tr '\n' ' ' | cat -v)" "$(grep -E '^d.md|note' c.out | sed 's/^d.md://' | cut -c1-110 | tr '\n' '|' | cat -v)" "$(head -c 200 c.err | cat -v)" )
}
ACME='entities:
  - { id: acme-x1, kind: chip, name: Acme X1, aliases: [], description: "Test chip." }
facts:
  - { id: acme-x1.memory_capacity, kind: quantity, entity: acme-x1, attribute: memory_capacity, value: { amount: 80, unit: GB }, '"$CIT"' }
'
case_ baseline "$ACME"
case_ override-unit-TB "$ACME"'overrides:
  - { id: h200.memory_capacity, kind: quantity, entity: nvidia-h200, attribute: memory_capacity, value: { amount: 0.141, unit: TB }, '"$CIT"' }'
case_ override-unit-GiB "$ACME"'overrides:
  - { id: h200.memory_capacity, kind: quantity, entity: nvidia-h200, attribute: memory_capacity, value: { amount: 131, unit: GiB }, '"$CIT"' }'
case_ override-attr "$ACME"'overrides:
  - { id: h200.memory_capacity, kind: quantity, entity: nvidia-h200, attribute: tdp, value: { amount: 700, unit: W }, '"$CIT"' }'
case_ override-entity "$ACME"'overrides:
  - { id: h200.memory_capacity, kind: quantity, entity: acme-x1, attribute: memory_capacity, value: { amount: 141, unit: GB }, '"$CIT"' }'
case_ override-missing "$ACME"'overrides:
  - { id: h200.nonexistent, kind: quantity, entity: nvidia-h200, attribute: memory_capacity, value: { amount: 96, unit: GB }, '"$CIT"' }'
case_ override-twice "$ACME"'overrides:
  - { id: h200.memory_capacity, kind: quantity, entity: nvidia-h200, attribute: memory_capacity, value: { amount: 96, unit: GB }, '"$CIT"' }
  - { id: h200.memory_capacity, kind: quantity, entity: nvidia-h200, attribute: memory_capacity, value: { amount: 200, unit: GB }, '"$CIT"' }'
case_ override-valid-past "$ACME"'overrides:
  - { id: h200.memory_capacity, kind: quantity, entity: nvidia-h200, attribute: memory_capacity, value: { amount: 96, unit: GB }, valid: { from: 2020-01-01, to: 2020-06-01 }, '"$CIT"' }'
case_ override-valid-inverted "$ACME"'overrides:
  - { id: h200.memory_capacity, kind: quantity, entity: nvidia-h200, attribute: memory_capacity, value: { amount: 141, unit: GB }, valid: { from: 2030-01-01, to: 2020-01-01 }, '"$CIT"' }'
case_ override-negative "$ACME"'overrides:
  - { id: h200.memory_capacity, kind: quantity, entity: nvidia-h200, attribute: memory_capacity, value: { amount: -141, unit: GB }, '"$CIT"' }'
case_ override-nan "$ACME"'overrides:
  - { id: h200.memory_capacity, kind: quantity, entity: nvidia-h200, attribute: memory_capacity, value: { amount: .nan, unit: GB }, '"$CIT"' }'
case_ override-inf "$ACME"'overrides:
  - { id: h200.memory_capacity, kind: quantity, entity: nvidia-h200, attribute: memory_capacity, value: { amount: .inf, unit: GB }, '"$CIT"' }'
case_ override-huge "$ACME"'overrides:
  - { id: h200.memory_capacity, kind: quantity, entity: nvidia-h200, attribute: memory_capacity, value: { amount: 1e308, unit: GB }, '"$CIT"' }'
case_ override-string-amount "$ACME"'overrides:
  - { id: h200.memory_capacity, kind: quantity, entity: nvidia-h200, attribute: memory_capacity, value: { amount: "96", unit: GB }, '"$CIT"' }'
case_ fact-dup-bundled-id "$ACME"'  - { id: h200.memory_capacity, kind: quantity, entity: nvidia-h200, attribute: memory_capacity, value: { amount: 96, unit: GB }, '"$CIT"' }'
case_ fact-second-same-attr "$ACME"'  - { id: h200.memory-two, kind: quantity, entity: nvidia-h200, attribute: memory_capacity, value: { amount: 96, unit: GB }, '"$CIT"' }'
case_ fact-dup-in-pack "$ACME"'  - { id: acme-x1.memory_capacity, kind: quantity, entity: acme-x1, attribute: memory_capacity, value: { amount: 40, unit: GB }, '"$CIT"' }'
case_ entity-dup-bundled 'entities:
  - { id: nvidia-h200, kind: company, name: Totally Different, aliases: [], description: "Replaced." }'
case_ alias-steals-H200 'entities:
  - { id: acme-x1, kind: chip, name: Acme X1, aliases: [H200], description: "Test chip." }
facts:
  - { id: acme-x1.memory_capacity, kind: quantity, entity: acme-x1, attribute: memory_capacity, value: { amount: 96, unit: GB }, '"$CIT"' }'
case_ name-is-H200 'entities:
  - { id: acme-x1, kind: chip, name: H200, aliases: [], description: "Test chip." }'
case_ alias-Nvidia 'entities:
  - { id: acme-x1, kind: company, name: Acme, aliases: [Nvidia], description: "Test." }'
case_ alias-the 'entities:
  - { id: acme-x1, kind: chip, name: Acme X1, aliases: [the, The, memory, GB, "96", has, a], description: "Test chip." }'
case_ alias-one-char 'entities:
  - { id: acme-x1, kind: chip, name: X, aliases: ["1", "9", "6"], description: "Test chip." }'
case_ accepted-substring "$ACME"'accepted:
  - { fact: h200.memory_capacity, wording: "6" }'
case_ accepted-space "$ACME"'accepted:
  - { fact: h200.memory_capacity, wording: " " }'
case_ accepted-other-fact "$ACME"'accepted:
  - { fact: acme-x1.memory_capacity, wording: "96 GB" }'
case_ accepted-missing-fact "$ACME"'accepted:
  - { fact: no.such.fact, wording: "96 GB" }'
case_ accepted-draft-glob "$ACME"'accepted:
  - { fact: h200.memory_capacity, wording: "96 GB", draft: "other.md" }'
case_ statuscue-has "$ACME"'statusCues:
  - { status: banned, verbs: [has], states: [memory] }'
case_ cue-designed-by-reversed "$ACME"'cues:
  - { attribute: vendor, order: value-first, subject: [chip], value: [company], phrases: [designed by] }'
case_ reviewed-future "$ACME"'reviewed: 2999-01-01'
case_ recordVersion "$ACME"'recordVersion: 9.9.9'
case_ changes-in-pack "$ACME"'changes:
  - { version: 9.9.9, date: 2026-01-01, title: x, added: [acme-x1.memory_capacity] }'
case_ yaml-merge-key 'x: &e { id: acme-x1, kind: chip, name: Acme X1, description: "T." }
entities:
  - <<: *e
    aliases: [H200]'
case_ yaml-proto '__proto__: { entities: [] }
'"$ACME"
case_ unknown-key "$ACME"'factz: []'
