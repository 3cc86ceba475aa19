#!/usr/bin/env bash
# R10-01: an eventCues phrase of K optional words ("*?" or "(and|word)?") in a pack; time `check` of one 49-word sentence.
F=${FD_CLI:-/work/wt-probe10/dist/cli.js}
D=/tmp/probe10/pk3/lz; mkdir -p $D/.factdesk; cd $D
node -e 'process.stdout.write("The US restricted the H20 in April 2023 "+"and word ".repeat(20)+"end.\n\nThe H200 has 96 GB of memory.\n")' > d.md
for part in '*?' '(and|word)?'; do for k in 14 16 18 20 22 24; do
  ph=$(node -e 'console.log(Array(+process.argv[1]).fill(process.argv[2]).join(" ")+" zzz")' $k "$part")
  printf 'eventCues:\n  - family: restrict\n    phrases: ["%s"]\n' "$ph" > .factdesk/p.facts.yaml
  s=$(date +%s%N); timeout 60 node $F check d.md > /dev/null 2>&1; rc=$?
  echo "part=$part k=$k rc=$rc $(( ($(date +%s%N)-s)/1000000 ))ms"
done; done
