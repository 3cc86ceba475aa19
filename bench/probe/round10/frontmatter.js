// Front matter: alias bombs, huge values, deep nesting, many keys; time and whether the claim after it is still flagged.
'use strict';
const L = require('./lib');
const bomb = (k) => {
  let s = 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
  for (let i = 1; i < k; i++)
    s +=
      `a${i}: &a${i} [` +
      Array(10)
        .fill(`*a${i - 1}`)
        .join(', ') +
      ']\n';
  return s + 'date: 2025-01-01\n';
};
const cases = {
  'alias-bomb-9': bomb(9),
  'alias-bomb-date-is-alias': bomb(9).replace('date: 2025-01-01', 'date: *a8'),
  'huge-title-1MB': 'title: "' + 'x'.repeat(1 << 20) + '"\ndate: 2025-01-01\n',
  'huge-title-4MB': 'title: "' + 'x'.repeat(4 << 20) + '"\ndate: 2025-01-01\n',
  'many-keys-100k': Array.from({ length: 100000 }, (_, i) => `k${i}: v`).join('\n') + '\ndate: 2025-01-01\n',
  'deep-flow-5k': 'x: ' + '['.repeat(5000) + ']'.repeat(5000) + '\ndate: 2025-01-01\n',
  'deep-flow-50k': 'x: ' + '['.repeat(50000) + ']'.repeat(50000) + '\ndate: 2025-01-01\n',
  'deep-block-5k':
    Array.from({ length: 5000 }, (_, i) => ' '.repeat(i) + `k${i}:`).join('\n') + ' v\ndate: 2025-01-01\n',
  'spaces-line-1MB': ' '.repeat(1 << 20) + '\ndate: 2025-01-01\n',
  'spaces-before-date': 'date:' + ' '.repeat(1 << 20) + '2025-01-01\n',
  'long-comment': '#' + '#'.repeat(1 << 20) + '\ndate: 2025-01-01\n',
  'many-docs': 'date: 2025-01-01\n' + '...\n---\n'.repeat(10000),
  'quote-escapes': 'title: "' + '\\\\'.repeat(1 << 19) + '"\ndate: 2025-01-01\n',
  'unclosed-quote-big': 'title: "' + 'x\n'.repeat(200000) + 'date: 2025-01-01\n',
  'merge-keys': 'b: &b {date: 2026-01-01}\n<<: *b\ndate: 2025-01-01\n',
};
for (const [id, fm] of Object.entries(cases)) {
  const f = L.write(`fm/${id}.md`, '---\n' + fm + '---\n\n' + L.CLAIM + '\n');
  const r = L.run(['check', '--format', 'json', f]);
  let note = `rc=${r.rc} ${r.timedOut ? 'TIMEOUT' : ''}`;
  let flag = '';
  if (r.timedOut || r.ms > 5000) flag = 'FLAG';
  if (L.stack(r.stderr)) {
    flag = 'FLAG';
    note += ' stack';
  }
  if (L.jsonOk(r.stdout)) {
    const j = JSON.parse(r.stdout);
    const fl = j.files[0];
    note += ` asOf=${fl.asOf} h200=${L.flagged(r.stdout)} notes=${JSON.stringify(fl.notes || []).slice(0, 160)}`;
    if (!L.flagged(r.stdout)) flag = 'FLAG';
  } else note += ' nojson ' + r.stderr.slice(0, 200);
  L.record({ id: 'fm:' + id, ms: r.ms, rc: r.rc, flag, note });
}
