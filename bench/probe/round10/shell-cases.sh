#!/usr/bin/env bash
# Round-ten shell cases: file names, EPIPE / closed / full stdout, flags, --as-of, explain ids, front-matter dates,
# ignore directives in odd places, inline HTML around a claim, invalid --pack exit codes. Inputs in /tmp/probe10.
F=${FD_CLI:-/work/wt-probe10/dist/cli.js}
P=/tmp/probe10; mkdir -p $P; cd $P
C='The H200 has 96 GB of memory.'
printf '%s\n' "$C" > base.md

echo '## file names (all formats; JSON/SARIF parsed)'
mkdir -p fn && rm -rf fn/* && cd fn
for n in $'new\nline.md' $'esc\x1b[31m.md' $'osc\x1b]0;pwn\x07.md' 'sp ace.md' '-dash.md' 'pct%25:,.md' 'hash#q?.md' $'tab\t.md' $'cr\r.md' $'bidi\u202egnp.md' 'ünï.md' '[br](x).md' '<img>.md' '`tick`.md' '::error file=x::y.md'; do printf '%s\n' "$C" > "$n"; done
printf '%s\n' "$C" > "$(printf 'lat\xe9.md')"
for fmt in text json jsonl sarif github; do node $F check --format $fmt . > o.$fmt 2> e.$fmt; echo "$fmt rc=$?"; done
node -e 'const fs=require("fs");JSON.parse(fs.readFileSync("o.json"));const s=JSON.parse(fs.readFileSync("o.sarif"));fs.readFileSync("o.jsonl","utf8").split("\n").filter(Boolean).forEach(l=>JSON.parse(l));for(const r of s.runs[0].results)console.log(r.locations[0].physicalLocation.artifactLocation.uri)'
cat -v o.text | grep -v '^    '; cat -v o.github; cd $P

echo '## EPIPE / closed / full stdout (R10-02)'
mkdir -p many; for i in $(seq 1 300); do printf '%s\n\nThe H20 has 96 GB of HBM3 memory.\n' "$C" > many/d$i.md; done
for fmt in text json jsonl sarif github; do for j in 1 4; do
  node $F check --jobs $j --format $fmt many 2>/dev/null | head -1 > /dev/null; a=${PIPESTATUS[0]}
  node $F check --jobs $j --format $fmt many > /dev/full 2>/dev/null; b=$?
  node $F check --jobs $j --format $fmt many >&- 2>/dev/null; c=$?
  echo "$fmt jobs=$j pipe-closed=$a dev-full=$b stdout-closed=$c"; done; done
for sub in "sweep --at 2026-11-30 many" "sweep --format json many" "sweep --format markdown many" "explain H20" "record stats" "record test" "check --workspace many"; do
  node $F $sub 2>/dev/null | head -1 >/dev/null; echo "$sub rc=${PIPESTATUS[0]}"; done

echo '## flags'
t(){ printf '[%s] ' "$*"; timeout 30 node $F "$@" > a.out 2> a.err; echo "rc=$? err=$(head -c 160 a.err | tr '\n' ' ' | cat -v)"; }
for j in 0 -1 1e9 abc 1.5 100000; do t check --jobs $j base.md; done
t check --fail-on bogus base.md; t check --fail-on never base.md; t check --format bogus base.md; t check --format JSON base.md
t check; t check -- -dash.md; t check nonexist.md; t check base.md base.md; t check /dev/stdin < base.md; t check - < base.md
t check --pack nonexist.yaml base.md; t check --pack '' base.md; t check --pack /dev/zero base.md; t check --pack /etc base.md
t check --unknown base.md; t record; t record bogus; t explain; t sweep --at 2026-13-01 base.md; t sweep --since-record bogus base.md
mkdir -p emptyarg && (cd emptyarg && printf '%s\n' "$C" > x.md && node $F check "" > /dev/null; echo "check \"\" rc=$? (checks the folder)")

echo '## invalid --pack (R10-07)'
printf 'Nothing here.\n' > clean.md; printf 'entities: [\n' > badpack.yaml; printf 'entities:\n  - { id: Bad, kind: chip }\n' > badpack2.yaml
for p in badpack.yaml badpack2.yaml /etc/passwd; do node $F check --pack $p clean.md >/dev/null 2>&1; a=$?; node $F check --fail-on never --pack $p clean.md >/dev/null 2>&1; echo "pack=$p rc=$a fail-on-never rc=$?"; done
node $F check --format json --pack badpack.yaml clean.md 2>/dev/null | tr -d ' \n'; echo
node $F check --format sarif --pack badpack.yaml clean.md 2>/dev/null | node -e 'const j=JSON.parse(require("fs").readFileSync(0));console.log(JSON.stringify(j.runs[0].invocations), j.runs[0].results.length)'

echo '## --as-of'
printf 'The H200 is banned in China.\n\n%s\n' "$C" > asof.md
for a in 2025-12-15 0000-01-01 0001-01-01 9999-12-31 10000-01-01 2025-02-29 2024-02-29 2025-1-1 2025-12-15T00:00 '' ' 2025-12-15' 1970-01-01 -0001-01-01 +002025-12-15 2025-12-15Z today 2025-W50 20251215 '2025-12-15 ' 2025-12-32 2025-00-10 ２０２５-１２-１５; do t check --as-of "$a" --format json asof.md; done

echo '## explain ids'
for id in '' ' ' __proto__ constructor toString hasOwnProperty prototype __proto__.memory_capacity h200.__proto__ ../../etc/passwd $'H20\x1b[31mRED' $'H20\nforged: error' "$(head -c 100000 /dev/zero | tr '\0' a)" h200 'H 200' h200.memory_capacity. . '*' 'H20%n%s' nvidia-h200 'NVIDIA H200' valueOf __defineGetter__; do
  timeout 20 node $F explain "$id" > ex.out 2> ex.err; echo "rc=$? err=$(head -c 120 ex.err | cat -v)"; done

echo '## front-matter dates'
S='The H200 is banned in China.'
fm(){ printf -- '---\n%s\n---\n\n%s\n\n%s\n' "$2" "$C" "$S" > fm-$1.md; printf '%-18s ' $1; node $F check --format json fm-$1.md 2>/dev/null | node -e 'const j=JSON.parse(require("fs").readFileSync(0));const f=j.files[0];console.log("asOf="+f.asOf,"n="+f.findings.length,JSON.stringify(f.notes||[]).slice(0,160))'; }
fm ok 'date: 2025-01-01'; fm feb30 'date: 2025-02-30'; fm month13 'date: 2025-13-01'; fm y5 'date: 99999-01-01'; fm y0 'date: 0000-01-01'
fm neg 'date: -2025-01-01'; fm list 'date: [2025-01-01, 2026-01-01]'; fm map 'date: {a: 1}'; fm dup $'date: 2025-01-01\ndate: 2026-06-01'
fm alias $'x: &d 2025-01-01\ndate: *d'; fm quoted 'date: "2025-01-01"'; fm datetime 'date: 2025-01-01T23:30:00-05:00'; fm datetime25 'date: 2025-01-01T25:00:00'
fm words 'date: tomorrow'; fm longform 'date: January 5, 2025'; fm slashes 'date: 01/02/2025'; fm num 'date: 20250101'; fm empty 'date:'; fm null 'date: null'
fm bool 'date: yes'; fm Date 'Date: 2025-01-01'; fm tag 'date: !!str 2025-01-01'; fm tagbin 'date: !!binary aGVsbG8='; fm customtag 'date: !js/function "function(){}"'
fm nested $'meta:\n  date: 2025-01-01'; fm tab $'date:\t2025-01-01'; fm comment 'date: 2025-01-01 # published'; fm proto $'__proto__: {date: 2025-01-01}'

echo '## ignore-file directive in odd places (R10-05)'
mkdir -p v
ig(){ printf '%s\n\n%s\n' "$2" "$C" > v/ig-$1.md; printf '%-16s ' $1; node $F check v/ig-$1.md | tail -1 | cut -c1-40; }
ig html-attr '<a title="<!-- factdesk-ignore-file -->">x</a>'; ig inline-attr 'See <a title="<!-- factdesk-ignore-file -->">x</a> here.'
ig textarea '<textarea><!-- factdesk-ignore-file --></textarea>'; ig linktitle '[x](http://a "<!-- factdesk-ignore-file -->")'
ig todo '<!-- TODO: remove factdesk-ignore-file before publishing -->'; ig escaped '\<!-- factdesk-ignore-file -->'; ig entity '&lt;!-- factdesk-ignore-file --&gt;'
ig ref '[x]: http://a "<!-- factdesk-ignore-file -->"'; ig nextline-attr '<a title="<!-- factdesk-ignore-next-line -->">x</a>'

echo '## inline markup around the claim'
mkdir -p ih; i=0
while IFS= read -r line; do i=$((i+1)); printf '%s\n' "$line" > ih/$i.md; printf '%s\t%s\n' "$(node $F check ih/$i.md | grep -c h200.memory_capacity)" "$line"; done <<'LINES'
The H200 has <b>96 GB</b> of memory.
The H200 has 96 GB<sup>1</sup> of memory.
The H200 <img src="x.png"> has 96 GB of memory.
The <abbr title="Nvidia">H200</abbr> has 96 GB of memory.
The H200 has 96&nbsp;GB of memory.
The H200 has 96 GB <!-- (check) --> of memory.
The H200 has ~~80 GB~~ 96 GB of memory.
The H200 has 96 GB of memory $x$.
The H&#50;00 has 96 GB of memory.
The H200 has 96 G&#66; of memory.
LINES
