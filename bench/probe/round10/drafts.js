// Pathological drafts: each generator at doubling sizes, the claim in a later block and in the same paragraph.
'use strict';
const L = require('./lib');
const rep = (s, n) => s.repeat(Math.max(1, Math.ceil(n / s.length))).slice(0, n);
const G = {
  dots: (n) => rep('.', n),
  bang: (n) => rep('!?', n),
  ellipsis: (n) => rep('…', n),
  emdash: (n) => rep('—', n),
  stars: (n) => rep('*', n),
  underscores: (n) => rep('_', n),
  backticks: (n) => rep('`', n),
  tildes: (n) => rep('~', n),
  pipes: (n) => rep('|', n),
  brackets: (n) => rep('[', n),
  parens: (n) => rep('(', n),
  lts: (n) => rep('<', n),
  amps: (n) => rep('&#', n),
  hashes: (n) => rep('#', n),
  backslashes: (n) => rep('\\', n),
  squotes: (n) => rep("'", n),
  dquotes: (n) => rep('"', n),
  curlyopen: (n) => rep('“', n),
  curlyalt: (n) => rep('“a ', n),
  guillemets: (n) => rep('«', n),
  linkopen: (n) => rep('[a](', n),
  imgopen: (n) => rep('![', n),
  emalt: (n) => rep('*a _b ', n),
  codealt: (n) => rep('`a ``b ', n),
  spans: (n) => rep('<span>', n),
  htmlattr: (n) => rep('<a href="', n),
  entity: (n) => rep('&amp;', n),
  digits: (n) => rep('1234567890', n),
  commas: (n) => rep(',000', n),
  dotsdigits: (n) => rep('1.', n),
  spacednums: (n) => rep('1 2 ', n),
  percents: (n) => rep('12.5% ', n),
  dollars: (n) => rep('$1 billion ', n),
  gbs: (n) => rep('96 GB, ', n),
  isodates: (n) => rep('2025-01-01 ', n),
  longdates: (n) => rep('January 1, 2025, ', n),
  months: (n) => rep('in April ', n),
  chips: (n) => rep('H200 ', n),
  chipsand: (n) => rep('H200 and ', n),
  which: (n) => rep('the H200, which the H100, ', n),
  nots: (n) => rep('not ', n),
  hyphens: (n) => rep('H200-', n),
  slashes: (n) => rep('H200/', n),
  mixed: (n) => rep('H200 96 GB April 2025 25% banned ', n),
  quotesnested: (n) => rep('"‘“', n),
  parensnested: (n) => rep('(H200 ', n),
  footnotes: (n) => rep('[^1]', n),
  autolinks: (n) => rep('<http://a', n),
  urls: (n) => rep('http://a.b/', n),
  emails: (n) => rep('a@b.', n),
  colons: (n) => rep(':', n),
  semis: (n) => rep(';', n),
  dashes: (n) => rep('-', n),
  equals: (n) => rep('=', n),
  zwsp: (n) => rep('\u200b', n),
  nbsp: (n) => rep('\u00a0', n),
  combining: (n) => rep('a\u0301\u0302\u0303', n),
  cjk: (n) => rep('英伟达H200芯片', n),
  emoji: (n) => rep('👍🏽', n),
  rtl: (n) => rep('\u202eH200 ', n),
  spaces: (n) => rep(' ', n),
  tabs: (n) => rep('\t', n),
  softbreaks: (n) => rep('a\n', n),
  crs: (n) => rep('a\r', n),
};
const sizes = (process.env.SIZES || '8000,16000,32000').split(',').map(Number);
const only = process.env.ONLY ? process.env.ONLY.split(',') : Object.keys(G);
for (const name of only) {
  const g = G[name];
  const times = [];
  let bad = [];
  for (const n of sizes) {
    for (const where of ['after', 'same']) {
      const body = where === 'after' ? g(n) + '\n\n' + L.CLAIM + '\n' : g(n) + ' ' + L.CLAIM + '\n';
      const f = L.write(`d/${name}-${n}-${where}.md`, body);
      const r = L.run(['check', f]);
      if (where === 'after') times.push(r.ms);
      if (r.timedOut) bad.push(`timeout ${where} n=${n}`);
      if (L.stack(r.stderr + r.stdout)) bad.push(`stack ${where} n=${n}`);
      if (r.rc === 2 || r.rc === null) bad.push(`rc=${r.rc} ${where} n=${n}`);
      if (where === 'after' && !L.flagged(r.stdout)) bad.push(`LOST(after) n=${n}`);
      if (where === 'same' && !L.flagged(r.stdout) && !/skipped|not checked/i.test(r.stdout + r.stderr))
        bad.push(`lost-silently(same) n=${n}`);
      const ctl = L.rawControls(r.stdout + r.stderr);
      if (ctl.length) bad.push(`controls ${ctl.join(' ')} ${where} n=${n}`);
    }
  }
  const ratios = times.slice(1).map((t, i) => (t / times[i]).toFixed(2));
  const slow = times.some((t) => t > 5000);
  L.record({
    id: `draft:${name}`,
    ms: times[times.length - 1],
    rc: '-',
    flag: bad.length || slow ? 'FLAG' : 'ok',
    note: `times=${times.map(Math.round).join('/')} ratios=${ratios.join(',')} ${bad.join('; ')}`,
  });
}
