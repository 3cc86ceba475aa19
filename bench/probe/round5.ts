/**
 * The fifth outside probe (docs/hardening.md, "Round six"): hostile inputs across the seven groups of the
 * reliability report, written from the outside (engine API, the hover logic, the CLI in dist/) without looking at
 * the fixes. `npm run build --silent && npx tsx bench/probe/round5.ts [idPrefix]`. Prints one line per case and the
 * failures; exit 1 if any case fails. Time cases count regex work with the block time budget switched off, and
 * compare sizes (doubling the input should at most about double the work), never an absolute time.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { entityCard } from '../../src/engine';
import {
  OPTS,
  CLI,
  record,
  fresh,
  check,
  checkDated,
  claimed,
  hasNote,
  fill,
  linear,
  tree,
  cli,
  CONTROL,
  BIDI,
  WRONG,
  expect,
  GOOD_SOURCE,
  acme,
  packRecord,
  liveContent,
  hoverOf,
  runProbe,
  caseList,
} from './harness';

// ---------- the cases ----------
const { cases, add } = caseList('P');

// 1. Time: doubling at most ~doubles the work.
add('time', '"that day" / "the next day" chain on one line', () =>
  linear((n) =>
    fill(
      'The next day, that day, the day after that, a week later, ',
      n,
      'Nvidia announced the H100 in March 2021. ',
      'it was banned.',
    ),
  ),
);
add('time', 'one long line of dated clauses', () =>
  linear((n) => fill('on March 3, 2021, then on 4 April 2022, ', n, 'The H100 was restricted ', 'again.')),
);
add('time', 'deeply nested blockquote with a claim', () => linear((n) => '> '.repeat(Math.floor(n / 4)) + WRONG));
add('time', 'deeply nested list with a claim', () =>
  linear((n) =>
    Array.from(
      { length: Math.floor(n / 60) },
      (_, i) => ' '.repeat(Math.min(i * 2, 400)) + '- The H200 has 96 GB.',
    ).join('\n'),
  ),
);
add('time', 'huge table of claims', () =>
  linear((n) => '| chip | memory |\n|---|---|\n' + fill('| H200 | 96 GB |\n', n)),
);
add('time', 'thousands of headings', () => linear((n) => fill('# The H200 has 96 GB\n', n)));
add('time', 'zero-width characters between words', () =>
  linear((n) => fill('H200\u200b \u200c96\u200dGB\u2060 ', n, 'The ', '.')),
);
add('time', 'bidi controls runs', () => linear((n) => fill('\u202e\u2066H200 96 GB\u2069\u202c ', n)));
add('time', 'NBSP runs between number and unit', () => linear((n) => fill('The H200 has 96\u00a0\u202f GB, ', n)));
add('time', 'nested emphasis openers', () => linear((n) => fill('*_**__', n, 'The H200 has 96 GB ')));
add('time', 'unclosed backtick runs', () => linear((n) => fill('`` ` ``` H200 ', n)));
add('time', 'chip-name list with numbers', () =>
  linear((n) => fill('H200, H100, A100, B200, 96 GB, 80 GB, ', n, 'The ', '.')),
);
add('time', '"between October 2022 and" chains', () =>
  linear((n) => fill('between October 2022 and ', n, 'The H100 was restricted ', 'May 2023.')),
);
add('time', '"from 2021 to 2022 to" chains', () =>
  linear((n) => fill('from 2021 to 2022 to ', n, 'The A100 was restricted ', '2023.')),
);
add('time', 'open parentheses', () => linear((n) => fill('(H200 ', n, '', ' 96 GB')));
add('time', 'link reference definition openers', () => linear((n) => fill('[a]: <', n, '', '\n\nThe H200 has 96 GB.')));
add('time', 'unclosed HTML tags', () => linear((n) => fill('<div><span a="', n, '', 'The H200 has 96 GB.')));
add('time', 'footnote references', () => linear((n) => fill('[^1]', n, 'The H200 has 96 GB', '.\n\n[^1]: note')));
add('time', 'front matter with many aliases', () =>
  linear((n) => '---\na: &a x\n' + fill('b: *a\n', n) + '---\n' + WRONG),
);
add('time', 'quote-mark runs “„«', () => linear((n) => fill('“„«‘ H200 ', n, '', '96 GB')));
add('time', 'number ranges "96-141-80-"', () => linear((n) => fill('96-141-', n, 'The H200 has ', ' GB.')));
add('time', 'mixed-script words (Cyrillic/Greek look-alikes)', () =>
  linear((n) => fill('Н200 Nvіdia ΑΒ100 ９６ GB ', n)),
);
add('time', 'day-like numbers 29–99 everywhere', () =>
  linear((n) => fill('30 GB, 31 cores, 29 of 99 on 30 June 2023, ', n)),
);
add('time', 'CR-only lines', () => linear((n) => fill('The H200 has 96 GB.\r', n)));

// 2. Lost or silently wrong results.
const mustFind = (text: string, fact = 'h200.memory_capacity') => {
  const r = check(text);
  return expect(
    claimed(r).some((c) => c.includes(fact)) || hasNote(r),
    `no finding, no note: ${JSON.stringify(claimed(r))}`,
  );
};
add('lost', 'NBSP between 96 and GB', () => mustFind('The Nvidia H200 has 96\u00a0GB of memory.'));
add('lost', 'narrow NBSP between 96 and GB', () => mustFind('The Nvidia H200 has 96\u202fGB of memory.'));
add('lost', 'zero-width space inside "H200"', () => mustFind('The Nvidia H2\u200b00 has 96 GB of memory.'));
add('lost', 'soft hyphen inside "H200"', () => mustFind('The Nvidia H2\u00ad00 has 96 GB of memory.'));
add('lost', 'zero-width joiner inside "96"', () => mustFind('The Nvidia H200 has 9\u200d6 GB of memory.'));
add('lost', 'bidi override around the number', () => mustFind('The Nvidia H200 has \u202e69\u202c GB of memory.'));
add('lost', 'fullwidth digits ９６ GB', () => mustFind('The Nvidia H200 has ９６ GB of memory.'));
add('lost', 'zero-width space after a range dash: 2021–\u200b2022 not read as 2021 alone', () => {
  const r = check('Nvidia announced the H100 in 2021\u2013\u200b2022.');
  return expect(
    hasNote(r) && !r.findings.some((f) => f.claim === '2021'),
    `notes ${r.notes?.length ?? 0}, claims ${JSON.stringify(r.findings.map((f) => f.claim))}`,
  );
});
add('lost', 'Cyrillic Н in H200', () => mustFind('The Nvidia \u041d200 has 96 GB of memory.'));
add('lost', 'claim after 10,000 headings', () => mustFind('# h\n'.repeat(10000) + WRONG));
add('lost', 'claim in the last row of a 5,000-row table', () =>
  mustFind('| chip | memory |\n|---|---|\n' + '| A | b |\n'.repeat(5000) + '| Nvidia H200 | 96 GB |\n'),
);
add('lost', 'claim in a 60-deep blockquote', () => mustFind('> '.repeat(60) + WRONG));
add('lost', 'claim after a code span holding <!--', () => mustFind('Use `<!--` to comment.\n\n' + WRONG));
add('lost', 'claim after an indented code block holding <!--', () => mustFind('    <!--\n\n' + WRONG));
add('lost', 'claim after a fenced block holding <!--', () => mustFind('```\n<!--\n```\n\n' + WRONG));
add('lost', 'claim after <!-- inside a link title', () => mustFind('[x](https://a.example "<!--")\n\n' + WRONG));
add('lost', 'lone surrogate in the sentence', () => mustFind('The Nvidia H200 \ud800has 96 GB of memory.'));
add('lost', 'BOM then front matter date', () => {
  const r = checkDated('\ufeff---\ndate: 2023-01-10\n---\n\n' + WRONG);
  return expect(r.asOf === '2023-01-10' || hasNote(r), `as-of ${r.asOf} (${r.asOfOrigin}), no note`);
});
add('lost', 'CRLF: finding on the right line', () => {
  const r = check('Intro.\r\n\r\n' + WRONG.replace('\n', '\r\n'));
  const f = r.findings.find((x) => x.factId === 'h200.memory_capacity');
  return expect(!!f && f.range.start.line === 2, `finding ${f ? `line ${f.range.start.line}` : 'missing'}`);
});
add('lost', 'CR-only: finding on the right line', () => {
  const r = check('Intro.\r\rMore.\r\r' + WRONG.replace('\n', '\r'));
  const f = r.findings.find((x) => x.factId === 'h200.memory_capacity');
  return expect(!!f && f.range.start.line === 4, `finding ${f ? `line ${f.range.start.line}` : 'missing'}`);
});
add('lost', 'U+2028 line separator: range consistent with the text', () => {
  const text = 'Intro.\u2028More.\n\n' + WRONG;
  const r = check(text);
  const f = r.findings.find((x) => x.factId === 'h200.memory_capacity');
  return expect(
    !!f && text.slice(f.span.start, f.span.end) === '96 GB',
    `span ${f ? JSON.stringify(text.slice(f.span.start, f.span.end)) : 'missing'}`,
  );
});
add('lost', 'front matter date via YAML alias', () => {
  const r = checkDated('---\nbase: &d 2023-01-10\ndate: *d\n---\n\n' + WRONG);
  return expect(r.asOf === '2023-01-10' || hasNote(r), `as-of ${r.asOf} (${r.asOfOrigin}), no note`);
});
add('lost', 'front matter date 2024-02-30 refused', () => {
  const r = checkDated('---\ndate: 2024-02-30\n---\n\n' + WRONG);
  return expect(r.asOf !== '2024-02-30' && hasNote(r), `as-of ${r.asOf} notes ${JSON.stringify(r.notes)}`);
});
add('lost', 'front matter date 2023-11-31T10:00:00Z refused', () => {
  const r = checkDated('---\ndate: 2023-11-31T10:00:00Z\n---\n\n' + WRONG);
  return expect(!r.asOf.startsWith('2023-11-3') && hasNote(r), `as-of ${r.asOf} notes ${JSON.stringify(r.notes)}`);
});
// Year 0000 is a day of the proleptic calendar (isCalendarDate keeps it, by test): accepted, but never silently.
add('lost', 'front matter date "0000-01-01" is used and said', () => {
  const r = checkDated('---\ndate: 0000-01-01\n---\n\n' + WRONG);
  return expect(
    r.asOf === '0000-01-01' &&
      r.asOfOrigin === 'front-matter' &&
      r.findings.some((f) => f.detail.includes('as of 0000-01-01')),
    `as-of ${r.asOf} (${r.asOfOrigin})`,
  );
});
add('lost', 'front matter date as a number 20230110', () => {
  const r = checkDated('---\ndate: 20230110\n---\n\n' + WRONG);
  return expect(hasNote(r) || r.asOf === '2023-01-10', `as-of ${r.asOf} (${r.asOfOrigin}) silently`);
});
add('lost', 'front matter with duplicate date keys', () => {
  const r = checkDated('---\ndate: 2023-01-10\ndate: 2025-06-01\n---\n\n' + WRONG);
  return expect(hasNote(r), `as-of ${r.asOf}, no note about the duplicate`);
});

const mustFindEvent = (text: string) => mustFind(text, 'h100.announced');
add('lost', 'impossible day in the text: February 30, 2022', () =>
  mustFindEvent('Nvidia announced the H100 on February 30, 2022.'),
);
add('lost', 'impossible day in the text: February 29, 2022 (no leap year)', () =>
  mustFindEvent('Nvidia announced the H100 on February 29, 2022.'),
);
add('lost', 'impossible day in the text: 2022-02-30', () => mustFindEvent('Nvidia announced the H100 on 2022-02-30.'));
add('lost', 'impossible day in the text: 31 April 2022 is not read as April silently', () => {
  const r = check('Nvidia announced the H100 on 31 April 2022.');
  return expect(hasNote(r), `no note; read as ${JSON.stringify(r.findings.map((f) => f.claim))}`);
});
add('lost', 'front matter date with a BOM and CRLF', () => {
  const r = checkDated('\ufeff---\r\ndate: 2023-01-10\r\n---\r\n\r\n' + WRONG);
  return expect(r.asOf === '2023-01-10' || hasNote(r), `as-of ${r.asOf} (${r.asOfOrigin}), no note`);
});

// 3. Crashes (the engine never throws).
const noThrow = (text: string) => {
  try {
    check(text);
    return undefined;
  } catch (e) {
    return `threw ${(e as Error).message.slice(0, 100)}`;
  }
};
add('crash', 'YAML billion laughs in front matter', () =>
  noThrow(
    '---\na: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: [*f,*f,*f,*f,*f,*f,*f,*f,*f]\ndate: 2023-01-10\n---\n' +
      WRONG,
  ),
);
add('crash', 'front matter __proto__ and constructor keys', () => {
  const r = noThrow(
    '---\n__proto__: { polluted: yes }\nconstructor: { prototype: { polluted: yes } }\ndate: 2023-01-10\n---\n' + WRONG,
  );
  return r ?? expect(!({} as Record<string, unknown>).polluted, 'Object.prototype polluted');
});
add('crash', 'front matter recursive alias', () => noThrow('---\na: &a [*a]\n---\n' + WRONG));
add('crash', '1 MB single line without spaces', () => noThrow('H200'.repeat(256 * 1024)));
add('crash', 'only NUL bytes', () => noThrow('\u0000'.repeat(10000)));
add('crash', '20,000 nested brackets', () => noThrow('['.repeat(20000) + WRONG + ']'.repeat(20000)));
add('crash', '5,000 nested inline HTML', () => noThrow('<b>'.repeat(5000) + WRONG));
add('crash', 'only lone surrogates', () => noThrow('\udc00\ud800'.repeat(5000)));
add('crash', 'pack with __proto__ / constructor ids', () => {
  const p = packRecord(
    acme('ok') +
      `  - id: __proto__\n    kind: quantity\n    entity: constructor\n    attribute: memory_capacity\n    value: { amount: 1, unit: GB }\n    citations: [{ source: desk-memo, quote: "q" }]\n    asOf: 2026-01-05\n`,
  );
  const polluted =
    ({} as Record<string, unknown>).amount !== undefined || ({} as Record<string, unknown>).kind !== undefined;
  try {
    check('The Acme X1 has 40 GB.', p.record);
  } catch (e) {
    return `check threw ${(e as Error).message}`;
  }
  return expect(!polluted && p.errors.length > 0, `polluted=${polluted} errors=${p.errors.length}`);
});
add('crash', 'pack entity id "hasOwnProperty" / "toString"', () => {
  try {
    const p = packRecord(
      acme('ok')
        .replace('id: acme-x1\n    kind: chip', 'id: toString\n    kind: chip')
        .replace('entity: acme-x1', 'entity: toString'),
    );
    check('The Acme X1 has 40 GB.', p.record);
    return undefined;
  } catch (e) {
    return `threw ${(e as Error).message.slice(0, 100)}`;
  }
});

// 4. Injection / active content.
const HOSTILE_MD =
  '[run](command:workbench.action.terminal.new) ![t](https://evil.example/t.png) <img src=x onerror=alert(1)> <script>x</script> [l](javascript:alert(1)) <https://evil.example/auto>';
add('inject', 'entity description markdown in the hover', () => {
  const p = packRecord(acme(HOSTILE_MD));
  const bad = liveContent(hoverOf(p.record, 'The Acme X1 has 40 GB of memory.', 'Acme'));
  return expect(!bad.length, bad.join('; '));
});
add('inject', 'entity name markdown in the fact card', () => {
  const p = packRecord(acme('ok').replace('name: Acme X1', `name: ${JSON.stringify('Acme X1 ' + HOSTILE_MD)}`));
  const bad = liveContent(entityCard(fresh(p.record).index, 'acme-x1', { asOf: OPTS.asOf }));
  return expect(!bad.length, bad.join('; ') || `errors ${p.errors.join(',')}`);
});
add('inject', 'source title/url/publisher in the hover', () => {
  const text = acme('ok')
    .replace('title: Desk memo', `title: ${JSON.stringify('Memo ' + HOSTILE_MD + ' "quoted" `tick` ]] [[')}`)
    .replace('url: https://desk.example/memo', 'url: "https://desk.example/a)(command:workbench.action.terminal.new)"');
  const p = packRecord(text);
  const bad = liveContent(hoverOf(p.record, 'The Acme X1 has 40 GB of memory.', '40 GB'));
  return expect(!bad.length, bad.join('; ') || (p.errors.length ? '' : ''));
});
add('inject', 'source url javascript: / command: / data:', () => {
  const out: string[] = [];
  for (const u of [
    'javascript:alert(1)',
    'command:workbench.action.terminal.new',
    'data:text/html,x',
    'HTTPS://evil.example/%29(command:x)',
    'https://evil.example/ x)',
  ]) {
    const p = packRecord(acme('ok').replace('url: https://desk.example/memo', `url: ${JSON.stringify(u)}`));
    const bad = liveContent(hoverOf(p.record, 'The Acme X1 has 40 GB of memory.', '40 GB'));
    if (bad.length) out.push(`${u}: ${bad.join(',')}`);
  }
  return expect(!out.length, out.join('; '));
});
add('inject', 'event summary markdown in the card', () => {
  const ev = `  - id: acme-x1.announced.2025-01-01\n    kind: event\n    entity: acme-x1\n    type: announced\n    date: 2025-01-01\n    summary: ${JSON.stringify('Announced ' + HOSTILE_MD)}\n    citations: [{ source: desk-memo, quote: "The X1 has 48 GB." }]\n    asOf: 2026-01-05\n`;
  const p = packRecord(acme('ok', ev));
  const bad = liveContent(entityCard(fresh(p.record).index, 'acme-x1', { asOf: OPTS.asOf }));
  return expect(!bad.length, bad.join('; ') || `errors ${p.errors.join(',')}`);
});
add('inject', 'draft URI with ) and quotes in hover command args', () => {
  const h = hoverOf(record, WRONG, '96 GB', 'file:///tmp/a)%22(command:workbench.action.terminal.new)/x".md');
  const bad = liveContent(h).filter((b) => !b.startsWith('pack text'));
  return expect(!bad.length && !/\]\(command:workbench/.test(h), bad.join('; '));
});
add('inject', 'draft text quoted in the hover is inert', () => {
  const draft =
    'The Nvidia H200 [x](command:workbench.action.terminal.new) has 96 GB of memory ![t](https://evil.example/t.png).';
  const bad = liveContent(hoverOf(record, draft, '96 GB'));
  return expect(!bad.length, bad.join('; '));
});
add('inject', 'ANSI / OSC 8 in a file name (text output)', () => {
  const name = 'a\u001b[2J\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007.md';
  const dir = tree({ [name]: WRONG });
  const r = cli(['check', '.'], dir);
  return expect(
    !CONTROL.test(r.out + r.err),
    `raw control chars in output: ${JSON.stringify((r.out + r.err).slice(0, 120))}`,
  );
});
add('inject', 'newline in a file name forges no finding line', () => {
  const name = 'ok.md\nevil.md:1:1: error: forged [x]';
  const dir = tree({ [name.replace(/\//g, '_')]: WRONG });
  const r = cli(['check', '.'], dir);
  return expect(!/^evil\.md:1:1/m.test(r.out), `forged line: ${JSON.stringify(r.out.slice(0, 160))}`);
});
add('inject', 'github format: file name cannot inject workflow commands', () => {
  const name = 'a.md\n::warning file=x::forged';
  const dir = tree({ [name]: WRONG });
  const r = cli(['check', '--format', 'github', '.'], dir);
  return expect(
    !/^::warning file=x::forged/m.test(r.out) && !/^::(?!error|warning|notice)/m.test(r.out),
    `injected: ${JSON.stringify(r.out.slice(0, 200))}`,
  );
});
add('inject', 'github format: % and : in a file name are escaped', () => {
  const dir = tree({ 'a%0A::x,y:z.md': WRONG });
  const r = cli(['check', '--format', 'github', '.'], dir);
  const line = r.out.split('\n').find((l) => l.startsWith('::error'));
  return expect(!!line && /file=a%250A%3A%3Ax%2Cy%3Az\.md/.test(line), `line ${JSON.stringify(line)}`);
});
add('inject', 'bidi controls in a file name (text output)', () => {
  const dir = tree({ 'a\u202egnp.md': WRONG });
  const r = cli(['check', '.'], dir);
  return expect(!BIDI.test(r.out), `raw bidi in output: ${JSON.stringify(r.out.slice(0, 80))}`);
});
add('inject', 'ANSI in pack source publisher/title on the terminal', () => {
  const pack = acme('ok')
    .replace('name: The Desk', 'name: "The Desk\\e[31m\\rFORGED"')
    .replace('publisher: The Desk', 'publisher: "The Desk\\e[31m\\rFORGED"')
    .replace('title: Desk memo', 'title: "Memo\\e]8;;https://evil.example\\aX"');
  const dir = tree({ '.factdesk/p.facts.yaml': pack, 'd.md': 'The Acme X1 has 40 GB of memory.\n' });
  const r = cli(['check', 'd.md'], dir);
  const v = cli(['record', 'validate'], dir);
  const all = r.out + r.err + v.out + v.err;
  return expect(!CONTROL.test(all), `raw control chars: ${JSON.stringify(all.slice(0, 200))}`);
});
add('inject', 'ANSI in a pack file name (record validate)', () => {
  const dir = tree({ '.factdesk/\u001b[31mx.facts.yaml': 'facts: [' });
  const v = cli(['record', 'validate'], dir);
  return expect(!CONTROL.test(v.out + v.err), `raw control chars: ${JSON.stringify((v.out + v.err).slice(0, 200))}`);
});
add('inject', 'ANSI inside the draft quoted in text output', () => {
  const dir = tree({ 'd.md': 'The Nvidia H200 has 96\u001b[8m GB of memory \u001b]0;title\u0007.\n' });
  const r = cli(['check', 'd.md'], dir);
  return expect(!CONTROL.test(r.out + r.err), `raw control chars: ${JSON.stringify(r.out.slice(0, 200))}`);
});

add('inject', 'explain: ANSI in a pack entity description', () => {
  const dir = tree({
    '.factdesk/p.facts.yaml': acme('ok\u001b[2J\u001b]8;;https://evil.example\u0007x\rFORGED'),
    'd.md': 'x\n',
  });
  const r = cli(['explain', 'acme-x1'], dir);
  return expect(
    r.code === 0 && !CONTROL.test(r.out + r.err),
    `exit ${r.code}: ${JSON.stringify((r.out + r.err).slice(0, 160))}`,
  );
});

// 5. Output validity.
const RFC3986 = /^(?:[\w\-.~:/?#[\]@!$&'()*+,;=]|%[\dA-F]{2})*$/i;
add('output', 'SARIF URIs of odd names are RFC 3986 and resolve back', () => {
  const names = ['a b.md', 'issue#12.md', '100%.md', 'q?.md', 'c:d.md', 'é.md', '😀.md', '[x].md', 'semi;colon.md'];
  const dir = tree(Object.fromEntries(names.map((n) => [n, WRONG])));
  const r = cli(['check', '--format', 'sarif', '.'], dir);
  let log: { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
  try {
    log = JSON.parse(r.out);
  } catch {
    return `not JSON: ${r.out.slice(0, 80)} ${r.err.slice(0, 80)}`;
  }
  const uris = log.runs.flatMap((run) => run.results.map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri));
  const bad = uris.filter(
    (u) =>
      !RFC3986.test(u) || !names.includes(decodeURIComponent(new URL(u, 'file:///root/').pathname.split('/').pop()!)),
  );
  return expect(
    uris.length === names.length && !bad.length,
    `uris ${uris.length}/${names.length}, bad ${JSON.stringify(bad)}`,
  );
});
add('output', 'SARIF columns of a line with astral characters', () => {
  const dir = tree({ 'd.md': '😀😀 The Nvidia H200 has 96 GB of memory.\n' });
  const r = cli(['check', '--format', 'sarif', 'd.md'], dir);
  const log = JSON.parse(r.out);
  const run = log.runs[0];
  const region = run.results[0]?.locations[0].physicalLocation.region;
  const kind = run.columnKind ?? 'unicodeCodePoints';
  // "96 GB" starts at UTF-16 index 25 (column 26), code point index 23 (column 24).
  const want = kind === 'utf16CodeUnits' ? 26 : 24;
  return expect(region?.startColumn === want, `columnKind ${kind}, startColumn ${region?.startColumn}, want ${want}`);
});
add('output', 'JSON output of a draft with lone surrogates and NULs parses', () => {
  const dir = tree({ 'd.md': 'The Nvidia H200 \ud800 has 96\u0000 GB of memory.\n' + WRONG });
  const r = cli(['check', '--format', 'json', 'd.md'], dir);
  try {
    JSON.parse(r.out);
    return undefined;
  } catch {
    return `invalid JSON: ${r.out.slice(0, 80)}`;
  }
});
add('output', 'JSONL: one JSON per line with a newline in a file name', () => {
  const dir = tree({ 'a\nb.md': WRONG, 'c.md': WRONG });
  const r = cli(['check', '--format', 'jsonl', '.'], dir);
  const lines = r.out.split('\n').filter(Boolean);
  const bad = lines.filter((l) => {
    try {
      JSON.parse(l);
      return false;
    } catch {
      return true;
    }
  });
  return expect(
    lines.length > 0 && !bad.length,
    `bad lines ${bad.length}/${lines.length}: ${JSON.stringify(bad[0]?.slice(0, 80))}`,
  );
});
add('output', 'EPIPE with --format json | head -c 10', () => {
  const dir = tree(Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`d${i}.md`, WRONG.repeat(50)])));
  const r = spawnSync(
    'sh',
    ['-c', `node ${JSON.stringify(CLI)} check --format json . | head -c 10 >/dev/null; echo "rc=\${PIPESTATUS:-}"`],
    { cwd: dir, encoding: 'utf8', timeout: 30000 },
  );
  return expect(
    !/at .*\(node:|Error:|internal error/i.test(r.stderr ?? ''),
    `stderr: ${(r.stderr ?? '').slice(0, 160)}`,
  );
});

// 6. Validation and exit codes.
/** `record validate`: a pack with errors exits 1 (its findings) naming the error; only unreadable input exits 2. */
const refused = (pack: string, want: RegExp) => {
  const dir = tree({ 'p.facts.yaml': pack });
  const r = cli(['record', 'validate', 'p.facts.yaml'], dir, {}, 15000);
  return expect(
    !r.timedOut && r.code === 1 && want.test(r.err) && r.err.length < 20000,
    `exit ${r.code}${r.timedOut ? ' (timed out)' : ''}: ${r.err.slice(0, 120)}`,
  );
};
const exit2 = (args: string[], env: Record<string, string> = {}, files: Record<string, string> = { 'd.md': WRONG }) => {
  const dir = tree(files);
  const r = cli(args, dir, env);
  return expect(
    r.code === 2 && !/^ +at /m.test(r.err),
    `exit ${r.code}${r.timedOut ? ' (timed out)' : ''}: ${r.err.split('\n')[0]?.slice(0, 100)}`,
  );
};
add('exit', '--as-of 2023-02-29', () => exit2(['check', '--as-of', '2023-02-29', 'd.md']));
add('exit', '--as-of 2025-1-5', () => exit2(['check', '--as-of', '2025-1-5', 'd.md']));
add('exit', '--as-of with trailing text "2025-01-05x"', () => exit2(['check', '--as-of', '2025-01-05x', 'd.md']));
add('exit', '--as-of= (empty)', () => exit2(['check', '--as-of=', 'd.md']));
add('exit', 'FACTDESK_TODAY=2025-04-31', () => exit2(['check', 'd.md'], { FACTDESK_TODAY: '2025-04-31' }));
add(
  'exit',
  '--jobs 0 / --jobs 1e9 / --jobs 2x',
  () =>
    exit2(['check', '--jobs', '0', 'd.md']) ??
    exit2(['check', '--jobs', '1e9', 'd.md']) ??
    exit2(['check', '--jobs', '2x', 'd.md']),
);
add('exit', '--format twice, conflicting', () => exit2(['check', '--format', 'json', '--format', 'xml', 'd.md']));
add('exit', '--fail-on bogus', () => exit2(['check', '--fail-on', 'bogus', 'd.md']));
add('exit', '--pack pointing to a directory', () => exit2(['check', '--pack', '.', 'd.md']));
add('exit', '--pack with an invalid pack fails the run, naming the error', () => {
  const dir = tree({ 'd.md': 'nothing here\n', 'p.facts.yaml': 'facts: [' });
  const r = cli(['check', '--pack', 'p.facts.yaml', 'd.md'], dir);
  return expect(r.code === 1 && /p\.facts\.yaml:\d+:\d+: error/.test(r.err), `exit ${r.code}: ${r.err.slice(0, 100)}`);
});
add('exit', '--as-of 0000-01-01 is used and said in the summary', () => {
  const dir = tree({ 'd.md': WRONG });
  const r = cli(['check', '--as-of', '0000-01-01', 'd.md'], dir);
  return expect(r.code === 1 && /in 1 file \(as of 0000-01-01\)/.test(r.out), `exit ${r.code}: ${r.out.slice(-160)}`);
});
add('exit', 'record validate: override changing the unit to W', () => {
  const pack =
    GOOD_SOURCE +
    'overrides:\n  - id: h200.memory_capacity\n    kind: quantity\n    entity: nvidia-h200\n    attribute: memory_capacity\n    value: { amount: 700, unit: W }\n    citations: [{ source: desk-memo, quote: "q" }]\n    asOf: 2026-01-05\n';
  return refused(pack, /not W/);
});
add('exit', 'record validate: accepted wording of only punctuation', () => {
  const fact = acme('ok').replace('    asOf: 2026-01-05\n', '    asOf: 2026-01-05\n    accepted: ["…"]\n');
  const dir = tree({ 'p.facts.yaml': fact });
  const r = cli(['record', 'validate', 'p.facts.yaml'], dir);
  const r2 = cli(['check', '--pack', 'p.facts.yaml', '--format', 'json', 'd.md'], dir);
  void r2;
  return expect(r.code === 2 || /accepted/.test(r.out + r.err), `exit ${r.code}: ${(r.out + r.err).slice(0, 120)}`);
});
add('exit', 'record validate: same fact id twice in one pack', () => {
  const pack =
    acme('ok') +
    '  - id: acme-x1.memory_capacity\n    kind: quantity\n    entity: acme-x1\n    attribute: memory_capacity\n    value: { amount: 96, unit: GB }\n    citations: [{ source: desk-memo, quote: "q" }]\n    asOf: 2026-01-05\n';
  return refused(pack, /duplicate fact id/);
});
add('exit', 'record validate: same source id twice, different urls', () => {
  const pack = acme('ok').replace(
    'entities:',
    '  - id: desk-memo\n    title: Other\n    publisher: The Desk\n    url: https://desk.example/other\n    date: 2026-01-05\n    accessed: 2026-01-05\nentities:',
  );
  return refused(pack, /duplicate source id/);
});

// 7. Files and settings.
add('files', 'pack that is a FIFO (workspace .factdesk)', () => {
  const dir = tree({ 'd.md': WRONG });
  fs.mkdirSync(path.join(dir, '.factdesk'));
  spawnSync('mkfifo', [path.join(dir, '.factdesk', 'f.facts.yaml')]);
  const r = cli(['check', 'd.md'], dir, {}, 15000);
  return expect(!r.timedOut, 'hung');
});
add('files', 'pack symlink to /dev/urandom via --pack', () => {
  const dir = tree({ 'd.md': WRONG });
  fs.symlinkSync('/dev/urandom', path.join(dir, 'p.facts.yaml'));
  const r = cli(['check', '--pack', 'p.facts.yaml', 'd.md'], dir, {}, 15000);
  return expect(!r.timedOut && r.code === 2, `exit ${r.code}${r.timedOut ? ' hung' : ''}`);
});
add('files', 'draft path is /dev/zero', () => {
  const dir = tree({});
  const r = cli(['check', '/dev/zero'], dir, {}, 15000);
  return expect(!r.timedOut && r.code === 2, `exit ${r.code}${r.timedOut ? ' hung' : ''}`);
});
add('files', 'settings glob reaching outside via symlinked folder', () => {
  const secret = tree({ 'secret.facts.yaml': 'API_TOKEN: hunter2\nOTHER_SECRET: x\n' });
  const dir = tree({
    '.vscode/settings.json': JSON.stringify({ 'factdesk.packs': ['link/*.facts.yaml'] }),
    'd.md': WRONG,
  });
  fs.symlinkSync(secret, path.join(dir, 'link'));
  const r = cli(['check', 'd.md'], dir);
  return expect(!/API_TOKEN|hunter2|OTHER_SECRET/.test(r.out + r.err), `leaked: ${(r.out + r.err).slice(0, 160)}`);
});
add('files', 'settings glob with an absolute path', () => {
  const secret = tree({ 'secret.facts.yaml': 'API_TOKEN: hunter2\n' });
  const dir = tree({
    '.vscode/settings.json': JSON.stringify({ 'factdesk.packs': [path.join(secret, '*.facts.yaml')] }),
    'd.md': WRONG,
  });
  const r = cli(['check', 'd.md'], dir);
  return expect(!/API_TOKEN|hunter2/.test(r.out + r.err), `leaked: ${(r.out + r.err).slice(0, 160)}`);
});
add('files', 'settings glob "{..,.}/**" brace escape', () => {
  const outer = tree({
    'secret.facts.yaml': 'API_TOKEN: hunter2\n',
    'ws/d.md': WRONG,
    'ws/.vscode/settings.json': JSON.stringify({ 'factdesk.packs': ['{..,.}/*.facts.yaml', '..\\*.facts.yaml'] }),
  });
  const r = cli(['check', 'd.md'], path.join(outer, 'ws'));
  return expect(!/API_TOKEN|hunter2/.test(r.out + r.err), `leaked: ${(r.out + r.err).slice(0, 160)}`);
});
add('files', 'settings.json with comments, trailing commas and a BOM', () => {
  const settings = '\ufeff{\n  // packs\n  "factdesk.packs": ["extra/*.facts.yaml",],\n}\n';
  const dir = tree({
    '.vscode/settings.json': settings,
    'extra/p.facts.yaml': acme('ok'),
    'd.md': 'The Acme X1 has 40 GB of memory.\n',
  });
  const r = cli(['check', '--format', 'json', 'd.md'], dir);
  try {
    const j = JSON.parse(r.out);
    return expect(j.files[0].findings.length > 0, `pack not applied: ${r.err.slice(0, 120)}`);
  } catch {
    return `exit ${r.code}: ${r.err.slice(0, 120)}`;
  }
});
add('files', 'symlink loop in a folder walk', () => {
  const dir = tree({ 'a/d.md': WRONG });
  fs.symlinkSync('..', path.join(dir, 'a', 'loop'));
  const r = cli(['check', '.'], dir, {}, 15000);
  return expect(!r.timedOut && r.code === 1, `exit ${r.code}${r.timedOut ? ' hung' : ''}`);
});
add('files', 'UTF-16LE draft with BOM', () => {
  const dir = tree({ 'd.md': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(WRONG, 'utf16le')]) });
  const r = cli(['check', 'd.md'], dir);
  return expect(
    r.code === 1 || /UTF-16|encoding/i.test(r.out + r.err),
    `exit ${r.code}, no word: ${(r.out + r.err).slice(0, 120)}`,
  );
});
add('files', 'Latin-1 draft (invalid UTF-8)', () => {
  const dir = tree({ 'd.md': Buffer.from('Caf\xe9. The Nvidia H200 has 96 GB of memory.\n', 'latin1') });
  const r = cli(['check', 'd.md'], dir);
  return expect(
    r.code === 1 || /UTF-8|encoding/i.test(r.out + r.err),
    `exit ${r.code}: ${(r.out + r.err).slice(0, 120)}`,
  );
});
add('files', 'pack with CRLF and BOM', () => {
  const dir = tree({
    'p.facts.yaml': '\ufeff' + acme('ok').replace(/\n/g, '\r\n'),
    'd.md': 'The Acme X1 has 40 GB of memory.\n',
  });
  const r = cli(['check', '--pack', 'p.facts.yaml', '--format', 'json', 'd.md'], dir);
  try {
    return expect(JSON.parse(r.out).files[0].findings.length > 0, 'pack not applied');
  } catch {
    return `exit ${r.code}: ${r.err.slice(0, 160)}`;
  }
});
add('files', 'pack YAML billion laughs is refused fast', () => {
  const lol =
    'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\nh: [*g,*g,*g,*g,*g,*g,*g,*g,*g]\n';
  return refused(lol, /alias|YAML/i);
});
add('files', 'pack with YAML merge keys and aliases in facts', () => {
  const pack = acme('ok').replace(
    'facts:\n',
    'facts:\n  - &base\n    id: acme-x1.tdp\n    kind: quantity\n    entity: acme-x1\n    attribute: tdp\n    value: { amount: 300, unit: W }\n    citations: [{ source: desk-memo, quote: "q" }]\n    asOf: 2026-01-05\n  - <<: *base\n    id: acme-x1.tdp\n',
  );
  return refused(pack, /facts\[1\]/);
});
add('files', 'draft file name that is not valid UTF-8', () => {
  const dir = tree({});
  const bad = Buffer.concat([Buffer.from(dir + '/'), Buffer.from([0x66, 0xff, 0x2e, 0x6d, 0x64])]);
  fs.writeFileSync(bad, WRONG);
  const r = cli(['check', '.'], dir);
  return expect(
    r.code === 1 || /name|UTF-8|skipped/i.test(r.out + r.err),
    `exit ${r.code}: ${(r.out + r.err).slice(0, 120)}`,
  );
});

// ---------- run ----------

runProbe(cases);
