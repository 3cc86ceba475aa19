#!/usr/bin/env bash
# Round-ten pack files: sizes, nesting, alias bombs, special files, paths outside the folder, eventCue phrase syntax.
F=${FD_CLI:-/work/wt-probe10/dist/cli.js}
R=/tmp/probe10/pk2; rm -rf $R; mkdir -p $R
run() { # name dir
  ( cd "$2"; printf 'The H200 has 96 GB of memory.\n' > d.md; s=$(date +%s%N); timeout 60 node $F check d.md > c.out 2> c.err; c=$?; e=$(( ($(date +%s%N)-s)/1000000 ))
    printf '== %s: check rc=%s %sms h200=%s\n   stderr: %s\n   notes: %s\n' "$1" $c $e "$(grep -c h200.memory_capacity c.out)" "$(head -c 300 c.err | tr '\n' '|' | cat -v)" "$(grep -i note c.out | head -c 200 | cat -v)" )
}
mk() { mkdir -p $R/$1/.factdesk; echo $R/$1; }
d=$(mk bomb); { echo 'x0: &x0 [a, a, a, a, a, a, a, a, a, a]'; for i in $(seq 1 9); do p=$((i-1)); echo "x$i: &x$i [*x$p, *x$p, *x$p, *x$p, *x$p, *x$p, *x$p, *x$p, *x$p, *x$p]"; done; } > $d/.factdesk/p.facts.yaml; run alias-bomb $d
d=$(mk deepflow); node -e 'process.stdout.write("entities: "+"[".repeat(100000)+"]".repeat(100000)+"\n")' > $d/.factdesk/p.facts.yaml; run deep-flow-100k $d
d=$(mk deepblock); node -e 'let s="entities:\n";for(let i=0;i<3000;i++)s+=" ".repeat(i+1)+"- \n";process.stdout.write(s)' > $d/.factdesk/p.facts.yaml; run deep-block-seq $d
d=$(mk big5m); node -e 'let s="entities:\n";for(let i=0;i<50000;i++)s+=`  - { id: e${i}, kind: chip, name: Zork${i}, aliases: [], description: "x" }\n`;process.stdout.write(s)' > $d/.factdesk/p.facts.yaml; ls -la $d/.factdesk/p.facts.yaml | awk '{print "   size",$5}'; run entities-50k $d
d=$(mk errs); node -e 'let s="entities:\n";for(let i=0;i<200000;i++)s+=`  - { id: E, kind: x }\n`;process.stdout.write(s)' > $d/.factdesk/p.facts.yaml; run errors-200k $d
d=$(mk longstr); node -e 'process.stdout.write("entities:\n  - { id: a, kind: chip, name: \"Zork\", aliases: [], description: \""+"x".repeat(1.5e6)+"\" }\n")' > $d/.factdesk/p.facts.yaml; run long-description $d
d=$(mk fifo); mkfifo $d/.factdesk/p.facts.yaml; run fifo $d
d=$(mk zero); ln -s /dev/zero $d/.factdesk/p.facts.yaml; run dev-zero $d
d=$(mk urandom); ln -s /dev/urandom $d/.factdesk/p.facts.yaml; run dev-urandom $d
d=$(mk dir); mkdir $d/.factdesk/p.facts.yaml; run directory $d
d=$(mk outside); ln -s /etc/passwd $d/.factdesk/p.facts.yaml; run symlink-etc-passwd $d
d=$(mk loop); ln -s p.facts.yaml $d/.factdesk/p.facts.yaml; run symlink-self-loop $d
d=$(mk dangling); ln -s /nonexistent.yaml $d/.factdesk/p.facts.yaml; run dangling $d
d=$(mk unreadable); echo 'entities: []' > $d/.factdesk/p.facts.yaml; chmod 000 $d/.factdesk/p.facts.yaml; run unreadable-as-root $d
d=$(mk bom); printf '\xef\xbb\xbfentities: []\r\n' > $d/.factdesk/p.facts.yaml; run bom-crlf $d
d=$(mk u16); printf 'entities: []\n' | iconv -t UTF-16 > $d/.factdesk/p.facts.yaml; run utf16 $d
d=$(mk nul); printf 'entities: []\n\0\n' > $d/.factdesk/p.facts.yaml; run nul $d
d=$(mk empty); : > $d/.factdesk/p.facts.yaml; run empty $d
d=$(mk scalar); echo '42' > $d/.factdesk/p.facts.yaml; run scalar-doc $d
d=$(mk multidoc); printf 'entities: []\n---\nentities: []\n' > $d/.factdesk/p.facts.yaml; run multi-doc $d
d=$(mk dupkeys); printf 'entities: []\nentities: []\n' > $d/.factdesk/p.facts.yaml; run dup-keys $d
# settings globs
d=$R/set1; mkdir -p $d/.vscode $R/outsidepacks; cp /tmp/probe10/pk/base/.factdesk/acme.facts.yaml $R/outsidepacks/x.facts.yaml; echo '{"factdesk.packs": ["../outsidepacks/*.yaml"]}' > $d/.vscode/settings.json; run glob-parent $d
d=$R/set2; mkdir -p $d/.vscode; echo '{"factdesk.packs": ["/etc/*"]}' > $d/.vscode/settings.json; run glob-absolute $d
d=$R/set3; mkdir -p $d/.vscode; node -e 'console.log(JSON.stringify({"factdesk.packs":["{"+"a,".repeat(5000)+"b}{"+"a,".repeat(5000)+"b}"]}))' > $d/.vscode/settings.json; run glob-brace-bomb $d
d=$R/set4; mkdir -p $d/.vscode; node -e 'console.log(JSON.stringify({"factdesk.packs":["*".repeat(2000)+"x"]}))' > $d/.vscode/settings.json; run glob-many-stars $d
d=$R/set5; mkdir -p $d/.vscode; node -e 'console.log(JSON.stringify({"factdesk.packs":["**/".repeat(30)+"*.yaml"]}))' > $d/.vscode/settings.json; mkdir -p $d/$(printf 'a/%.0s' $(seq 1 40)); run glob-globstar-deep $d
d=$R/set6; mkdir -p $d/.vscode $d/l; ln -s .. $d/l/up; echo '{"factdesk.packs": ["**/*.yaml"]}' > $d/.vscode/settings.json; run glob-symlink-loop $d
d=$R/set7; mkdir -p $d/.vscode; echo '{"factdesk.packs": "not-a-list"}' > $d/.vscode/settings.json; run settings-not-list $d
d=$R/set8; mkdir -p $d/.vscode; printf '\xef\xbb\xbf{"factdesk.packs": [],}' > $d/.vscode/settings.json; run settings-bom-trailing $d
d=$R/set9; mkdir -p $d/.vscode; echo '{"factdesk.packs": ["+(a|a)+(a|a)+(a|a)+(a|a)+(a|a)+(a|a)+(a|a)+(a|a)*.yaml"]}' > $d/.vscode/settings.json; run glob-extglob $d
d=$R/set10; mkdir -p $d/.vscode; echo '{"factdesk.packs": ["[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["]}' > $d/.vscode/settings.json; run glob-brackets $d
