// Whole-draft scaling: one generator's 4 KB paragraphs repeated to 0.5 / 1 / 2 / 4 MB, the claim last.
'use strict';
const L = require('./lib');
const rep = (s, n) => s.repeat(Math.ceil(n / s.length)).slice(0, n);
const G = {
  prose: (n) => rep('Nvidia sold the H20 to Alibaba in April 2025 for $12,000 each, about 25% above cost. ', n),
  codealt: (n) => rep('`a ``b ', n),
  parensnested: (n) => rep('(H200 ', n),
  spans: (n) => rep('<span>', n),
  stars: (n) => rep('*', n),
  backslashes: (n) => rep('\\', n),
  mixed: (n) => rep('H200 96 GB April 2025 25% banned ', n),
  table: (n) => '| Chip | Memory |\n|---|---|\n' + rep('| H200 | 141 GB |\n', n),
  lists: (n) => rep('- H200 has 141 GB\n', n),
  quotes: (n) => rep('> H200 has 141 GB\n', n),
  headings: (n) => rep('# H200 141 GB\n', n),
  html: (n) => rep('<div>H200</div>\n', n),
  comments: (n) => rep('<!-- x --> H200 ', n),
  refs: (n) => rep('[a]: http://x\n', n),
  lazy: (n) => rep('> a\nb\n', n),
};
const sizes = (process.env.SIZES || '500000,1000000,2000000,4000000').split(',').map(Number);
const only = process.env.ONLY ? process.env.ONLY.split(',') : Object.keys(G);
for (const name of only) {
  const times = [];
  const bad = [];
  for (const total of sizes) {
    const para = G[name](4000);
    const body = (para + '\n\n').repeat(Math.ceil(total / (para.length + 2))) + L.CLAIM + '\n';
    const f = L.write(`big/${name}-${total}.md`, body);
    const r = L.run(['check', '--format', 'json', f], { timeout: 120 });
    times.push(r.ms);
    if (r.timedOut) {
      bad.push(`timeout total=${total}`);
      break;
    }
    if (L.stack(r.stderr)) bad.push(`stack ${r.stderr.slice(0, 200)}`);
    if (!L.jsonOk(r.stdout)) bad.push(`bad json total=${total} rc=${r.rc} ${r.stderr.slice(0, 200)}`);
    else if (!L.flagged(r.stdout)) bad.push(`LOST total=${total}`);
  }
  const ratios = times.slice(1).map((t, i) => (t / times[i]).toFixed(2));
  L.record({
    id: `big:${name}`,
    ms: times[times.length - 1],
    rc: '-',
    flag: bad.length || ratios.some((x) => x > 2.5) ? 'FLAG' : 'ok',
    note: `times=${times.map(Math.round).join('/')} ratios=${ratios.join(',')} ${bad.join('; ')}`,
  });
}
