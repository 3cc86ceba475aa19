#!/bin/sh
# Pathological eventCues phrases vs. drafts of growing size. Usage: pack-slow-cues.sh DIR PHRASE WORDS...
# Writes DIR/.factdesk/slow.facts.yaml and DIR/d-N.md (N words of filler before a real claim), times check.
CLI=${CLI:-/work/wt-probe11/dist/cli.js}
dir=$1; phrase=$2; shift 2
mkdir -p "$dir/.factdesk"
cat > "$dir/.factdesk/slow.facts.yaml" <<Y
eventCues:
  - family: restrict
    phrases:
      - "$phrase"
Y
node "$CLI" record validate --pack "$dir/.factdesk/slow.facts.yaml" 2>&1 | tail -1
for n in "$@"; do
  python3 - "$dir/d-$n.md" "$n" <<'P'
import sys
f,n=sys.argv[1],int(sys.argv[2])
words=" ".join(["restricted the H100 China"]*(n//4))
open(f,"w").write("---\ndate: 2026-11-30\n---\nThe H100 is an AMD chip. "+words+" the H100 in April 2023.\n")
P
  s=$(date +%s.%N); (cd "$dir" && timeout 60 node "$CLI" check "d-$n.md" >/dev/null 2>&1); rc=$?; e=$(date +%s.%N)
  echo "words=$n rc=$rc time=$(echo "$e - $s" | bc)"
done
