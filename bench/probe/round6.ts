/**
 * The sixth outside probe (docs/hardening.md, "Round six"): hostile inputs across the seven groups of the
 * reliability report, none of them a case of round five (bench/probe/round5.ts): TOML and malformed front matter,
 * setext headings, footnotes and reference links, HTML blocks and comments, wide tables, ordinal dates, combining
 * marks, emoji and RTL text in names, UTF-16 BE, pack numbers and dates, `sweep` and `explain` oddities.
 * `npm run build --silent && npx tsx bench/probe/round6.ts [idPrefix|group]`. Prints one line per case and the
 * failures; exit 1 if any case fails. Time cases count regex work with the block time budget switched off, and
 * compare sizes (doubling the input should at most about double the work), never an absolute time.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { entityCard } from '../../src/engine';
import { hoverAt } from '../../src/extension/logic/hover';
import { acmePack } from '../../test/helpers/packs-fixtures';
import {
  OPTS,
  CLI,
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
  acme,
  packRecord,
  liveContent,
  hoverOf,
  md,
  runProbe,
  caseList,
} from './harness';

// ---------- the cases ----------
const { cases, add } = caseList('S');

// 1. Time: doubling at most ~doubles the work.
add('time', 'one table row thousands of cells wide', () =>
  linear((n) => '| ' + fill('H200 | 96 GB | ', n) + '\n|' + fill('---|', n / 6) + '\n'),
);
add('time', 'deeply nested ordered lists', () =>
  linear((n) =>
    Array.from(
      { length: Math.floor(n / 40) },
      (_, i) => ' '.repeat(Math.min(i * 3, 300)) + `${i + 1}. The H200 has 96 GB.`,
    ).join('\n'),
  ),
);
add('time', 'nested blockquotes and lists alternating', () => linear((n) => fill('> - ', n / 2) + WRONG));
add('time', 'inline HTML comments between claims', () =>
  linear((n) => fill('<!-- c --> The H200 has 96 GB <!-- d --> ', n)),
);
add('time', 'HTML comment openers "<!--" on one line, never closed', () => linear((n) => fill('<!-- H200 96 GB ', n)));
add('time', 'thousands of reference link definitions', () =>
  linear((n) => fill('[r]: https://x.example/a "The H200 has 96 GB"\n', n, 'The [H200][r] has 96 GB.\n\n')),
);
add('time', 'reference links used everywhere', () =>
  linear((n) => fill('[H200][r] [96 GB][r] ', n, '', '\n\n[r]: https://x.example/')),
);
add('time', 'thousands of footnote definitions', () =>
  linear((n) => fill('[^n]: The H200 has 96 GB.\n\n', n, 'See[^n].\n\n')),
);
add('time', 'setext headings back to back', () => linear((n) => fill('The H200 has 96 GB\n---\n', n)));
add('time', 'setext underline runs without text between', () =>
  linear((n) => fill('The H200 has 96 GB\n===\n===\n', n)),
);
add('time', 'TOML front matter, large', () =>
  linear((n) => '+++\n' + fill('title = "The H200 has 96 GB"\n', n) + '+++\n' + WRONG),
);
add('time', 'unclosed YAML front matter, large', () =>
  linear((n) => '---\n' + fill('title: The H200 has 96 GB\n', n) + WRONG),
);
add('time', 'one extremely long word holding chip names', () =>
  linear((n) => fill('H200x96GBy', n, 'The ', ' has 96 GB.')),
);
add('time', 'combining marks stacked on letters', () => linear((n) => fill('H\u0301\u0302\u0303200 96\u0308 GB ', n)));
add('time', 'emoji ZWJ sequences between claims', () => linear((n) => fill('👩‍👩‍👧‍👦 H200 96 GB 🏳️‍🌈 ', n)));
add('time', 'RTL text with chip names', () => linear((n) => fill('شريحة H200 لديها 96 GB من الذاكرة، ', n)));
add('time', 'fullwidth digit runs', () => linear((n) => fill('９６ＧＢ ', n, 'The H200 has ')));
add('time', 'ordinal dates chain: "on the 31st of June 2023, "', () =>
  linear((n) => fill('on the 31st of June 2023, on the 3rd of March 2021, ', n, 'The H100 was restricted ', 'again.')),
);
add('time', 'ISO-like impossible dates 2026-13-01 everywhere', () =>
  linear((n) => fill('2026-13-01 2023-06-31 ', n, 'Nvidia announced the H100 on ', '.')),
);
add('time', 'long decimal numbers 96.0000…', () =>
  linear((n) => fill('96.' + '0'.repeat(50) + ' GB, ', n, 'The H200 has ')),
);
add('time', 'image openers "![" and "](" runs', () => linear((n) => fill('![H200](', n, '', ' 96 GB')));
add('time', 'HTML entity runs', () => linear((n) => fill('&#72;200 &amp; &#x39;6 GB ', n)));
add('time', 'autolink openers "<https://"', () =>
  linear((n) => fill('<https://x.example/H200 ', n, 'The H200 has 96 GB ')),
);
add('time', 'backslash runs', () => linear((n) => fill('\\\\\\* H200 ', n, '', '96 GB')));
add('time', 'HTML block with blank-line-free content', () =>
  linear((n) => '<div>\n' + fill('The H200 has 96 GB.\n', n) + '</div>\n\n' + WRONG),
);
add('time', 'CRLF table', () => linear((n) => '| chip | memory |\r\n|---|---|\r\n' + fill('| H200 | 96 GB |\r\n', n)));
add('time', 'tab runs inside a sentence', () => linear((n) => fill('\t', n, 'The H200 has', '96 GB.')));
add('time', 'slashed numbers 96 GB/141 GB/…', () => linear((n) => fill('96 GB/141 GB/', n, 'The H200 has ', '80 GB.')));

// 2. Lost or silently wrong results.
const mustFind = (text: string, fact = 'h200.memory_capacity') => {
  const r = check(text);
  return expect(
    claimed(r).some((c) => c.includes(fact)) || hasNote(r),
    `no finding, no note: ${JSON.stringify(claimed(r))}`,
  );
};
const asOfOrNote = (text: string, want: string) => {
  const r = checkDated(text);
  return expect(r.asOf === want || hasNote(r), `as-of ${r.asOf} (${r.asOfOrigin ?? '?'}), no note`);
};
const refusedWithNote = (text: string, bad: string) => {
  const r = checkDated(text);
  return expect(!r.asOf.startsWith(bad) && hasNote(r), `as-of ${r.asOf}, notes ${JSON.stringify(r.notes)}`);
};
add('lost', 'TOML front matter date (+++) is used or said', () =>
  asOfOrNote('+++\ntitle = "Draft"\ndate = 2023-01-10\n+++\n\n' + WRONG, '2023-01-10'),
);
add('lost', 'TOML front matter quoted date', () =>
  asOfOrNote('+++\ndate = "2023-01-10"\n+++\n\n' + WRONG, '2023-01-10'),
);
add('lost', 'front matter date "the 31st of June 2023" refused with a note', () =>
  refusedWithNote('---\ndate: the 31st of June 2023\n---\n\n' + WRONG, '2023-06'),
);
add('lost', 'front matter date 2026-13-01 refused', () =>
  refusedWithNote('---\ndate: 2026-13-01\n---\n\n' + WRONG, '2026-13'),
);
add('lost', 'front matter date 2023-06-31 refused', () =>
  refusedWithNote('---\ndate: 2023-06-31\n---\n\n' + WRONG, '2023-06-31'),
);
// The day is a day of the calendar; the time of day is not used (the as-of date is a day): the day is right.
add('lost', 'front matter date with hour 25: its day is used', () =>
  asOfOrNote('---\ndate: 2023-01-10T25:61:00\n---\n\n' + WRONG, '2023-01-10'),
);
add('lost', 'front matter date !!str tag', () =>
  asOfOrNote('---\ndate: !!str 2023-01-10\n---\n\n' + WRONG, '2023-01-10'),
);
add(
  'lost',
  'front matter date .nan / .inf',
  () =>
    refusedWithNote('---\ndate: .nan\n---\n\n' + WRONG, 'x') ??
    refusedWithNote('---\ndate: -.inf\n---\n\n' + WRONG, 'x'),
);
add('lost', 'front matter date 1e400', () => refusedWithNote('---\ndate: 1e400\n---\n\n' + WRONG, 'x'));
add('lost', 'front matter date five-digit year 12023-01-10', () =>
  refusedWithNote('---\ndate: 12023-01-10\n---\n\n' + WRONG, '12023'),
);
add('lost', 'front matter with a tab indent (malformed YAML)', () =>
  asOfOrNote('---\ntitle: x\n\tdate: 2023-01-10\n---\n\n' + WRONG, '2023-01-10'),
);
add('lost', 'front matter date in a nested duplicate-key map', () =>
  asOfOrNote('---\nmeta: { a: 1, a: 2 }\ndate: 2023-01-10\n---\n\n' + WRONG, '2023-01-10'),
);
add('lost', 'front matter date with a YAML comment', () =>
  asOfOrNote('---\ndate: 2023-01-10 # published\n---\n\n' + WRONG, '2023-01-10'),
);
add('lost', 'front matter date, CR-only lines', () =>
  asOfOrNote('---\rdate: 2023-01-10\r---\r\r' + WRONG.replace('\n', '\r'), '2023-01-10'),
);
add('lost', 'front matter closed by "..." (YAML end)', () =>
  asOfOrNote('---\ndate: 2023-01-10\n...\n\n' + WRONG, '2023-01-10'),
);
add('lost', 'claim in a setext heading', () => mustFind('The Nvidia H200 has 96 GB of HBM3e memory\n===\n'));
add('lost', 'claim in a setext h2 after a paragraph line', () =>
  mustFind('Intro line\nThe Nvidia H200 has 96 GB of memory\n---\n'),
);
add('lost', 'claim in a footnote definition', () =>
  mustFind('Body[^1].\n\n[^1]: The Nvidia H200 has 96 GB of HBM3e memory.\n'),
);
add('lost', 'claim with a reference link on the chip', () =>
  mustFind('The Nvidia [H200][h] has 96 GB of memory.\n\n[h]: https://x.example/h200\n'),
);
add('lost', 'claim after an HTML comment closing on the same line', () =>
  mustFind('<!--\nnote\n--> The Nvidia H200 has 96 GB of memory.\n'),
);
add('lost', 'claim after a multi-line HTML comment with blank lines', () =>
  mustFind('<!--\n\nhidden\n\n-->\n\n' + WRONG),
);
add('lost', 'claim after an HTML block <details> with blank lines', () =>
  mustFind('<details>\n<summary>x</summary>\n\n' + WRONG + '\n</details>\n'),
);
add('lost', 'claim after a <pre> block holding a blank line', () => mustFind('<pre>\na\n\nb\n</pre>\n\n' + WRONG));
add('lost', 'claim after a <script> block holding "<!--"', () => mustFind('<script>\n<!--\n</script>\n\n' + WRONG));
add('lost', 'claim in a table cell with an escaped pipe', () =>
  mustFind('| chip | memory |\n|---|---|\n| Nvidia H200 \\| SXM | 96 GB |\n'),
);
add('lost', 'claim in a 30-deep nested list', () =>
  mustFind(
    Array.from({ length: 30 }, (_, i) => ' '.repeat(i * 2) + '- item').join('\n') +
      '\n' +
      ' '.repeat(60) +
      '- ' +
      WRONG,
  ),
);
add('lost', 'claim after 10,000 setext headings', () => mustFind('h\n=\n'.repeat(10000) + '\n' + WRONG));
add('lost', 'claim after 10,000 footnote references', () =>
  mustFind('x[^1] '.repeat(10000) + '\n\n[^1]: n\n\n' + WRONG),
);
// A visible combining mark ("H2́00") is not read as H200 either, but the reader sees it: not counted.
add('lost', 'claim with an invisible combining mark (CGJ) in the chip name', () =>
  mustFind('The Nvidia H2\u034f00 has 96 GB of memory.'),
);
add('lost', 'zero-width space between a number and its unit', () =>
  mustFind('The Nvidia H200 has 96\u200b GB of memory.'),
);
add(
  'lost',
  'Mongolian vowel separator / word joiner / soft hyphen after the number',
  () =>
    mustFind('The Nvidia H200 has 96\u180e GB of memory.') ??
    mustFind('The Nvidia H200 has 96\u2060 GB of memory.') ??
    mustFind('The Nvidia H200 has 96\u00ad GB of memory.'),
);
add('lost', 'variation selector inside the number is not read as "6 GB"', () => {
  const r = check('The Nvidia H200 has 9\ufe0e6 GB of memory.');
  return expect(
    hasNote(r) && !r.findings.some((f) => f.claim === '6 GB'),
    `notes ${r.notes?.length ?? 0}, claims ${JSON.stringify(r.findings.map((f) => f.claim))}`,
  );
});
add('lost', 'claim after an HTML comment on the same line', () =>
  mustFind('<!-- TODO: check --> The Nvidia H200 has 96 GB of memory.\n'),
);
add('lost', 'claim with an emoji right after the chip name', () => mustFind('The Nvidia H200🚀 has 96 GB of memory.'));
add('lost', 'ZWJ inside "Nvidia"', () => mustFind('The Nvi\u200ddia H200 has 96 GB of memory.'));
add('lost', 'claim inside RTL text (Arabic sentence)', () => mustFind('شريحة Nvidia H200 لديها 96 GB من الذاكرة.'));
add('lost', 'claim after an RTL mark at the line start', () => mustFind('\u200fThe Nvidia H200 has 96 GB of memory.'));
add('lost', 'claim with a variation selector after the number', () =>
  mustFind('The Nvidia H200 has 96\ufe0f GB of memory.'),
);
add('lost', 'claim in a sentence with a 5,000-character word before it', () =>
  mustFind('x'.repeat(5000) + ' ' + WRONG),
);
add('lost', 'claim after a BOM in the middle of the text', () => mustFind('Intro.\n\n\ufeff' + WRONG));
add('lost', 'claim after NUL bytes in an earlier paragraph', () => mustFind('a\u0000b\n\n' + WRONG));
add('lost', 'decomposed letter in the draft (Zu + U+0308 + rich) against a composed pack name', () => {
  const p = packRecord(acme('ok').replace('name: Acme X1', 'name: Zürich X1'));
  const r = check('The Zu\u0308rich X1 has 40 GB of memory.', p.record);
  return expect(r.findings.length > 0 || hasNote(r), `no finding, no note (errors ${p.errors.join(',')})`);
});
add('lost', 'pack name that no draft can match (decomposed, a ZWJ inside, a control) is refused', () => {
  const out: string[] = [];
  for (const n of ['Zu\u0308rich X1', 'Acme X\u200d1', 'Acme\u0007 X1', 'Acme\u00ad X1'.replace(' ', '')]) {
    const p = packRecord(acmePack({ name: n, description: 'ok' }));
    if (!p.errors.length) out.push(`${JSON.stringify(n)} accepted`);
  }
  const emoji = packRecord(acmePack({ name: 'Acme 👩‍💻', description: 'ok' }));
  if (emoji.errors.length) out.push(`emoji name refused: ${emoji.errors.join(',')}`);
  return expect(!out.length, out.join('; '));
});
add(
  'lost',
  '&nbsp; / &#160; / &thinsp; between a number and its unit',
  () =>
    mustFind('The Nvidia H200 has 96&nbsp;GB of memory.') ??
    mustFind('The Nvidia H200 has 96&#160;GB of memory.') ??
    mustFind('The Nvidia H200 has 96&thinsp;GB of memory.'),
);
add('lost', '&nbsp; in a table cell', () => mustFind('| chip | memory |\n|---|---|\n| Nvidia H200 | 96&nbsp;GB |\n'));
add('lost', 'impossible day in prose: "the 31st of June 2023"', () => {
  const r = check('Nvidia announced the H100 on the 31st of June 2023.');
  return expect(
    hasNote(r) || !r.findings.some((f) => /June 2023/.test(f.claim)),
    `read as ${JSON.stringify(r.findings.map((f) => f.claim))}, no note`,
  );
});
add('lost', 'impossible ISO date in prose: 2026-13-01', () => {
  const r = check('Nvidia announced the H100 on 2026-13-01.');
  return expect(
    hasNote(r) || !r.findings.some((f) => f.factId === 'h100.announced'),
    `read as ${JSON.stringify(r.findings.map((f) => f.claim))}, no note`,
  );
});
add('lost', 'draft of only a TOML front matter holding a claim is not judged as prose silently', () => {
  const r = check('+++\ntitle = "The Nvidia H200 has 96 GB of memory"\n+++\n');
  return expect(!r.findings.some((f) => f.range.start.line === 0), `a finding in the +++ line`);
});

// 3. Crashes (the engine never throws).
const noThrow = (text: string) => {
  try {
    check(text);
    checkDated(text);
    return undefined;
  } catch (e) {
    return `threw ${(e as Error).message.slice(0, 100)}`;
  }
};
add('crash', '10,000 headings of every level', () =>
  noThrow(Array.from({ length: 10000 }, (_, i) => '#'.repeat((i % 6) + 1) + ' H200 96 GB').join('\n')),
);
add('crash', '5,000-deep nested list', () =>
  noThrow(Array.from({ length: 5000 }, (_, i) => ' '.repeat(i * 2) + '-').join('\n') + WRONG),
);
add('crash', 'front matter of only "---\\n---"', () => noThrow('---\n---\n' + WRONG));
add('crash', 'unclosed front matter, 1 MB', () => noThrow('---\n' + 'a: b\n'.repeat(200000)));
add('crash', 'lone surrogate in front matter', () =>
  noThrow('---\ndate: 2023-01-1\ud800\ntitle: \udc00\n---\n' + WRONG),
);
add('crash', 'front matter: YAML merge-key chain', () =>
  noThrow(
    '---\na: &a { x: 1 }\nb: &b { <<: *a }\nc: &c { <<: [*a, *b] }\nd: { <<: [*c, *b, *a] }\ndate: 2023-01-10\n---\n' +
      WRONG,
  ),
);
add('crash', 'front matter: 10,000 keys', () =>
  noThrow(
    '---\n' + Array.from({ length: 10000 }, (_, i) => `k${i}: v`).join('\n') + '\ndate: 2023-01-10\n---\n' + WRONG,
  ),
);
add('crash', '100,000 footnote definitions', () => noThrow('[^a]: x\n'.repeat(100000)));
add('crash', 'a TOML front matter with NULs', () => noThrow('+++\n\u0000date = 2023\u0000\n+++\n' + WRONG));
add('crash', 'mixed CR, LF, CRLF, U+2028, NEL line ends', () =>
  noThrow('a\rb\r\nc\u2028d\u0085e\n\r' + WRONG + '\r\r\n'),
);
add('crash', 'hover at odd offsets: -1, past the end, inside a surrogate pair, NaN', () => {
  const draft = '😀 The Nvidia H200 has 96 GB of memory.\r\n';
  const engine = fresh();
  const result = engine.check(draft, OPTS);
  try {
    for (const at of [-1, 0, 1, draft.length, draft.length + 10, Number.NaN, 1e12, 2.5])
      hoverAt(engine.index, result, at, 'file:///d.md');
    return undefined;
  } catch (e) {
    return `threw ${(e as Error).message.slice(0, 100)}`;
  }
});
add('crash', 'pack: amount 1e400, .nan, -.inf, a string', () => {
  const out: string[] = [];
  for (const a of ['1e400', '.nan', '-.inf', '"48"', '0x30', '-0']) {
    try {
      const p = packRecord(acme('ok').replace('amount: 48', `amount: ${a}`));
      const r = check('The Acme X1 has 40 GB of memory.', p.record);
      const wrong = p.errors.length === 0 && ['1e400', '.nan', '-.inf', '"48"'].includes(a);
      if (wrong) out.push(`${a} accepted (${claimed(r).join(',')})`);
    } catch (e) {
      out.push(`${a} threw ${(e as Error).message.slice(0, 60)}`);
    }
  }
  return expect(!out.length, out.join('; '));
});
add('crash', 'pack: dates 2026-13-01 / 2023-06-31 / "the 31st of June"', () => {
  const out: string[] = [];
  for (const d of ['2026-13-01', '2023-06-31', '"the 31st of June 2023"', '2023-02-29']) {
    try {
      const p = packRecord(acme('ok').replace('asOf: 2026-01-05', `asOf: ${d}`));
      if (!p.errors.length) out.push(`${d} accepted`);
    } catch (e) {
      out.push(`${d} threw ${(e as Error).message.slice(0, 60)}`);
    }
  }
  return expect(!out.length, out.join('; '));
});

// 4. Injection / active content.
add('inject', 'description: link reference definition smuggled by newlines', () => {
  const p = packRecord(
    acme('See [docs].\n\n[docs]: command:workbench.action.terminal.new\n\n[x]: https://evil.example/t.png'),
  );
  const bad = liveContent(hoverOf(p.record, 'The Acme X1 has 40 GB of memory.', 'Acme')).concat(
    liveContent(entityCard(fresh(p.record).index, 'acme-x1', { asOf: OPTS.asOf })),
  );
  return expect(!bad.length, bad.join('; '));
});
add('inject', 'description: backslash before an escaped bracket', () => {
  const p = packRecord(
    acme('\\[x](command:workbench.action.terminal.new) \\![t](https://evil.example/t.png) \\<img src=x>'),
  );
  const bad = liveContent(hoverOf(p.record, 'The Acme X1 has 40 GB of memory.', 'Acme')).concat(
    liveContent(entityCard(fresh(p.record).index, 'acme-x1', { asOf: OPTS.asOf })),
  );
  return expect(!bad.length, bad.join('; '));
});
add('inject', 'description: HTML entities spelling a link', () => {
  const p = packRecord(
    acme(
      '&#91;x&#93;&#40;command:workbench.action.terminal.new&#41; &lt;img src=x&gt; &#33;[t](https://evil.example/t.png)',
    ),
  );
  const bad = liveContent(entityCard(fresh(p.record).index, 'acme-x1', { asOf: OPTS.asOf }));
  return expect(!bad.length, bad.join('; '));
});
add('inject', 'description: setext heading / fenced code / table breaking the card', () => {
  const p = packRecord(acme('x\n===\n```\n| a |\n|---|\n![t](https://evil.example/t.png)'));
  const card = entityCard(fresh(p.record).index, 'acme-x1', { asOf: OPTS.asOf });
  const html = md.render(card);
  const plain = md.render(entityCard(fresh(packRecord(acme('x')).record).index, 'acme-x1', { asOf: OPTS.asOf }));
  const bad = liveContent(card);
  const tables = (h: string) => h.split('<table>').length;
  if (/<h1>|<pre>/.test(html) || tables(html) !== tables(plain))
    bad.push('pack text became a heading, code or a table');
  return expect(!bad.length, bad.join('; '));
});
const HOSTILE =
  '[run](command:workbench.action.terminal.new) ![t](https://evil.example/t.png) <img src=x onerror=alert(1)> [l](javascript:alert(1))';
add(
  'inject',
  'citation quote, alias, variant name, publisher name and examples with markdown in hover and card',
  () => {
    const pack = acme('ok')
      .replace('quote: "The X1 has 48 GB."', `quote: ${JSON.stringify('The X1 has 48 GB. ' + HOSTILE)}`)
      .replace('name: The Desk', `name: ${JSON.stringify('The Desk ' + HOSTILE)}`)
      .replace('publisher: The Desk', `publisher: ${JSON.stringify('The Desk ' + HOSTILE)}`)
      .replace(
        '    name: Acme X1\n',
        `    name: Acme X1\n    aliases: [${JSON.stringify('X1 ' + HOSTILE)}]\n    variants:\n      - { id: pro, name: ${JSON.stringify('Acme X1 Pro ' + HOSTILE)} }\n`,
      )
      .replace(
        '    asOf: 2026-01-05\n',
        `    asOf: 2026-01-05\n    examples: { passes: [${JSON.stringify('The Acme X1 has 48 GB. ' + HOSTILE)}], flags: ["The Acme X1 has 40 GB."] }\n`,
      );
    const p = packRecord(pack);
    const draft = 'The Acme X1 has 40 GB of memory. The Acme X1 Pro is new.';
    const bad = liveContent(hoverOf(p.record, draft, '40 GB'))
      .concat(liveContent(hoverOf(p.record, draft, 'Acme')))
      .concat(liveContent(hoverOf(p.record, draft, 'Pro')))
      .concat(liveContent(entityCard(fresh(p.record).index, 'acme-x1', { asOf: OPTS.asOf })));
    if (process.env.ROUND6_DEBUG) console.log(p.errors);
    return expect(!bad.length, `${bad.join('; ')} (pack errors: ${p.errors.join(', ').slice(0, 200)})`);
  },
);
add('inject', 'entity name with RTL override and combining marks in the hover', () => {
  const p = packRecord(
    acme('ok').replace('name: Acme X1', 'name: "Acme X1\\u202e[x](command:workbench.action.terminal.new)\\u0301"'),
  );
  const bad = liveContent(hoverOf(p.record, 'The Acme X1 has 40 GB of memory.', 'Acme'));
  return expect(!bad.length, bad.join('; '));
});
add('inject', 'source URL with angle brackets and spaces', () => {
  const out: string[] = [];
  for (const u of [
    'https://desk.example/<a>b',
    'https://desk.example/a b (c)',
    'https://desk.example/a"onmouseover="x',
    'https://desk.example/a\\)(command:x)',
    'https://evil.example\\@desk.example/',
  ]) {
    const p = packRecord(acme('ok').replace('url: https://desk.example/memo', `url: ${JSON.stringify(u)}`));
    const bad = liveContent(hoverOf(p.record, 'The Acme X1 has 40 GB of memory.', '40 GB')).concat(
      liveContent(entityCard(fresh(p.record).index, 'acme-x1', { asOf: OPTS.asOf })),
    );
    if (bad.length) out.push(`${u}: ${bad.join(',')}`);
  }
  return expect(!out.length, out.join('; '));
});
const sweepMarkdownBad = (md2: string) => {
  const bad = liveContent(md2);
  if (/(?<!\\)<(?:img|script|a )/i.test(md2)) bad.push('raw HTML in markdown output');
  return bad;
};
add('inject', 'sweep --format markdown: file name with markdown and HTML', () => {
  const dir = tree({
    '[x](javascript:alert(1)) <img src=x onerror=alert(1)>.md': 'Nvidia announced the H100 in March 2022.\n',
  });
  const r = cli(['sweep', '--format', 'markdown', '.'], dir);
  const bad = sweepMarkdownBad(r.out);
  return expect(
    r.code !== null && r.code < 2 && !bad.length,
    `exit ${r.code}: ${bad.join('; ')} ${r.err.slice(0, 80)}`,
  );
});
add('inject', 'sweep --format markdown: draft text with markdown and HTML', () => {
  const dir = tree({
    'd.md':
      'The Nvidia H200 <img src=x onerror=alert(1)> [x](javascript:alert(1)) has 141 GB of HBM3e memory, Nvidia said in March 2024.\n',
  });
  const r = cli(['sweep', '--format', 'markdown', '.'], dir);
  const bad = sweepMarkdownBad(r.out);
  return expect(r.code !== null && r.code < 2 && !bad.length, `exit ${r.code}: ${bad.join('; ')}`);
});
add('inject', 'sweep text output: control characters in a file name', () => {
  const dir = tree({ 'a\u001b[2Jb\rc.md': 'Nvidia announced the H100 in March 2022.\n' });
  const r = cli(['sweep', '.'], dir);
  return expect(!CONTROL.test(r.out + r.err), `raw control chars: ${JSON.stringify((r.out + r.err).slice(0, 120))}`);
});
add('inject', 'sweep and explain: bidi controls in a file name and pack text', () => {
  const dir = tree({
    'a\u202egnp.md': 'Nvidia announced the H100 in March 2022.\n',
    '.factdesk/p.facts.yaml': acme('ok \u2066evil\u2069 \u202e'),
  });
  const a = cli(['sweep', '.'], dir);
  const b = cli(['explain', 'acme-x1'], dir);
  return expect(
    !BIDI.test(a.out + a.err + b.out + b.err),
    `raw bidi: ${JSON.stringify((a.out + b.out).slice(0, 120))}`,
  );
});
add('inject', 'record test / record stats: control characters in pack text', () => {
  const dir = tree({
    '.factdesk/p.facts.yaml': acme('ok\u001b[2J\rFORGED').replace('name: Acme X1', 'name: "Acme\\e[31m X1"'),
    'd.md': 'x\n',
  });
  const a = cli(['record', 'test'], dir);
  const b = cli(['record', 'stats'], dir);
  const all = a.out + a.err + b.out + b.err;
  return expect(!CONTROL.test(all), `raw control chars: ${JSON.stringify(all.slice(0, 160))}`);
});
add('inject', 'explain: entity argument with control characters', () => {
  const r = cli(['explain', 'h200\u001b[2J\rFORGED'], tree({}));
  return expect(!CONTROL.test(r.out + r.err), `raw control chars: ${JSON.stringify((r.out + r.err).slice(0, 120))}`);
});
add('inject', 'check: path argument with control characters (missing file)', () => {
  const r = cli(['check', 'no\u001b[31mpe\r.md'], tree({}));
  return expect(
    r.code === 2 && !CONTROL.test(r.out + r.err),
    `exit ${r.code}: ${JSON.stringify((r.out + r.err).slice(0, 120))}`,
  );
});
add('inject', 'github format: CR and %0D in a file name', () => {
  const dir = tree({ 'a\r::warning::x.md': WRONG });
  const r = cli(['check', '--format', 'github', '.'], dir);
  return expect(!/\r/.test(r.out) && !/^::warning::x/m.test(r.out), `raw: ${JSON.stringify(r.out.slice(0, 160))}`);
});

// 5. Output validity.
const parses = (s: string) => {
  try {
    JSON.parse(s);
    return true;
  } catch {
    return false;
  }
};
add('output', 'JSON: U+2028 and a lone surrogate in a file name', () => {
  const dir = tree({ 'a\u2028b.md': WRONG });
  const r = cli(['check', '--format', 'json', '.'], dir);
  return expect(parses(r.out) && r.code === 1, `exit ${r.code}, parses ${parses(r.out)}`);
});
add('output', 'sweep --format json parses with odd names', () => {
  const dir = tree({ 'a "b".md': 'Nvidia announced the H100 in March 2022.\n', 'c\nd.md': 'x\n' });
  const r = cli(['sweep', '--format', 'json', '.'], dir);
  return expect(parses(r.out), `exit ${r.code}: ${r.out.slice(0, 80)} ${r.err.slice(0, 80)}`);
});
add('output', 'SARIF of a CRLF + BOM draft: region points at the claim', () => {
  const text = '\ufeffIntro.\r\n\r\nThe Nvidia H200 has 96 GB of HBM3e memory.\r\n';
  const dir = tree({ 'd.md': text });
  const r = cli(['check', '--format', 'sarif', 'd.md'], dir);
  const region = JSON.parse(r.out).runs[0].results[0]?.locations[0].physicalLocation.region;
  return expect(region?.startLine === 3 && region?.startColumn === 21, `region ${JSON.stringify(region)}`);
});
add('output', 'JSON offsets of a UTF-16-astral + CR-only draft slice to the claim', () => {
  const text = '😀\r😀 The Nvidia H200 has 96 GB of HBM3e memory.\r';
  const dir = tree({ 'd.md': text });
  const r = cli(['check', '--format', 'json', 'd.md'], dir);
  const f = JSON.parse(r.out).files[0].findings[0];
  const lines = text.split('\r');
  const got = f ? lines[f.range.start.line]!.slice(f.range.start.character, f.range.end.character) : '';
  return expect(got === '96 GB', `sliced ${JSON.stringify(got)}`);
});
add('output', 'jsonl with 300 files: one JSON per line', () => {
  const dir = tree(Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`d${i}.md`, WRONG])));
  const r = cli(['check', '--format', 'jsonl', '.'], dir);
  const lines = r.out.split('\n').filter(Boolean);
  return expect(
    lines.length >= 300 && lines.every(parses),
    `${lines.length} lines, bad ${lines.filter((l) => !parses(l)).length}`,
  );
});

// 6. Validation and exit codes.
const exit2 = (args: string[], env: Record<string, string> = {}, files: Record<string, string> = { 'd.md': WRONG }) => {
  const dir = tree(files);
  const r = cli(args, dir, env);
  return expect(
    r.code === 2 && !/^ +at /m.test(r.err),
    `exit ${r.code}${r.timedOut ? ' (timed out)' : ''}: ${(r.err || r.out).split('\n')[0]?.slice(0, 100)}`,
  );
};
add('exit', '--as-of 2023-06-31', () => exit2(['check', '--as-of', '2023-06-31', 'd.md']));
add('exit', '--as-of 2026-13-01', () => exit2(['check', '--as-of', '2026-13-01', 'd.md']));
add('exit', '--as-of in fullwidth digits', () => exit2(['check', '--as-of', '２０２３-01-01', 'd.md']));
add('exit', '--as-of "the 31st of June 2023"', () => exit2(['check', '--as-of', 'the 31st of June 2023', 'd.md']));
add('exit', '--as-of with a time 2023-01-01T00:00Z', () => exit2(['check', '--as-of', '2023-01-01T00:00Z', 'd.md']));
add(
  'exit',
  '--as-of 10000-01-01 / -2023-01-01',
  () => exit2(['check', '--as-of', '10000-01-01', 'd.md']) ?? exit2(['check', '--as-of', '-2023-01-01', 'd.md']),
);
add('exit', '--as-of given twice, different', () => {
  const dir = tree({ 'd.md': WRONG });
  const r = cli(['check', '--as-of', '2023-01-01', '--as-of', '2024-01-01', 'd.md'], dir);
  return expect(
    r.code === 2 || /as of 2024-01-01|as of 2023-01-01/.test(r.out),
    `exit ${r.code}: ${r.out.slice(-120)}`,
  );
});
add('exit', 'explain --as-of 2023-02-30', () => exit2(['explain', 'nvidia-h200', '--as-of', '2023-02-30']));
add('exit', 'sweep --at 2026-13-01', () => exit2(['sweep', '--at', '2026-13-01', 'd.md']));
add('exit', 'sweep --since-record garbage', () => exit2(['sweep', '--since-record', '../../etc', 'd.md']));
add(
  'exit',
  'FACTDESK_TODAY=NaN / 2023-06-31',
  () =>
    exit2(['check', 'd.md'], { FACTDESK_TODAY: 'NaN' }) ?? exit2(['check', 'd.md'], { FACTDESK_TODAY: '2023-06-31' }),
);
add('exit', 'explain of an empty or odd entity', () => {
  const out: string[] = [];
  for (const e of ['', '__proto__', 'constructor', '../../etc/passwd', 'h200\u0007']) {
    const r = cli(['explain', e], tree({}));
    if (r.code !== 2 || /^ +at /m.test(r.err))
      out.push(`${JSON.stringify(e)}: exit ${r.code} ${r.err.split('\n')[0]?.slice(0, 60)}`);
  }
  return expect(!out.length, out.join('; '));
});
add('exit', 'unknown option after the paths', () => exit2(['check', 'd.md', '--frobnicate']));
add('exit', 'record validate: pack with duplicate keys in one fact', () => {
  const dir = tree({
    'p.facts.yaml': acme('ok').replace('    asOf: 2026-01-05\n', '    asOf: 2026-01-05\n    asOf: 2020-01-01\n'),
  });
  const r = cli(['record', 'validate', 'p.facts.yaml'], dir);
  return expect(
    r.code === 1 && /duplicate|unique|asOf/i.test(r.err + r.out),
    `exit ${r.code}: ${(r.err + r.out).slice(0, 120)}`,
  );
});
add('exit', 'record validate: pack with a huge amount 1e400', () => {
  const dir = tree({ 'p.facts.yaml': acme('ok').replace('amount: 48', 'amount: 1e400') });
  const r = cli(['record', 'validate', 'p.facts.yaml'], dir);
  return expect(r.code === 1, `exit ${r.code}: ${(r.err + r.out).slice(0, 120)}`);
});
add('exit', 'record validate: an empty pack file, a `null` pack, a list pack', () => {
  const out: string[] = [];
  for (const t of ['', 'null\n', '- a\n- b\n', '~\n']) {
    const dir = tree({ 'p.facts.yaml': t });
    const r = cli(['record', 'validate', 'p.facts.yaml'], dir);
    if (r.code === null || /^ +at /m.test(r.err) || (r.code === 0 && t.startsWith('-')))
      out.push(`${JSON.stringify(t)}: exit ${r.code}`);
  }
  return expect(!out.length, out.join('; '));
});

// 7. Files and settings.
add('files', 'UTF-16 BE draft with BOM gets a word', () => {
  const le = Buffer.from(WRONG, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1]!;
    be[i + 1] = le[i]!;
  }
  const dir = tree({ 'd.md': Buffer.concat([Buffer.from([0xfe, 0xff]), be]) });
  const r = cli(['check', 'd.md'], dir);
  return expect(
    r.code === 1 || /UTF-16|encoding/i.test(r.out + r.err),
    `exit ${r.code}: ${(r.out + r.err).slice(0, 120)}`,
  );
});
add('files', 'UTF-8 BOM draft with CR-only lines', () => {
  const dir = tree({ 'd.md': '\ufeffIntro.\r\r' + WRONG.replace('\n', '\r') });
  const r = cli(['check', '--format', 'json', 'd.md'], dir);
  const f = parses(r.out) ? JSON.parse(r.out).files[0].findings[0] : undefined;
  return expect(f?.range.start.line === 2, `finding ${JSON.stringify(f?.range)}`);
});
add('files', '3,000 small files 40 folders deep', () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 3000; i++)
    files[Array.from({ length: i % 40 }, (_, j) => `d${j}`).join('/') + `${i % 40 ? '/' : ''}f${i}.md`] = WRONG;
  const dir = tree(files);
  const t0 = Date.now();
  const r = cli(['check', '--format', 'json', '.'], dir, {}, 60000);
  const n = parses(r.out) ? JSON.parse(r.out).files.length : -1;
  return expect(!r.timedOut && n === 3000, `exit ${r.code}, ${n} files, ${Date.now() - t0} ms`);
});
add('files', 'symlink to itself and a link chain', () => {
  const dir = tree({ 'd.md': WRONG });
  fs.symlinkSync('self', path.join(dir, 'self'));
  fs.symlinkSync('b', path.join(dir, 'a.md'));
  fs.symlinkSync('a.md', path.join(dir, 'b'));
  const r = cli(['check', '.'], dir, {}, 15000);
  return expect(
    !r.timedOut && r.code === 1 && !/^ +at /m.test(r.err),
    `exit ${r.code}${r.timedOut ? ' hung' : ''}: ${r.err.slice(0, 100)}`,
  );
});
add('files', 'a folder named x.md', () => {
  const dir = tree({ 'x.md/d.md': WRONG });
  const r = cli(['check', 'x.md'], dir);
  return expect(r.code === 1 && !/^ +at /m.test(r.err), `exit ${r.code}: ${r.err.slice(0, 100)}`);
});
add('files', 'a draft replaced by a folder while the run walks', () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 400; i++) files[`f${i}.md`] = WRONG.repeat(20);
  const dir = tree(files);
  const child = spawnSync(
    'sh',
    [
      '-c',
      `node ${JSON.stringify(CLI)} check --format json . > out.json & for i in $(seq 200 399); do rm -f f$i.md; mkdir -p f$i.md; done; wait; cat out.json`,
    ],
    { cwd: dir, encoding: 'utf8', timeout: 30000, maxBuffer: 256 * 1024 * 1024 },
  );
  return expect(
    parses(child.stdout) && !/^ +at /m.test(child.stderr),
    `parses ${parses(child.stdout)}: ${child.stdout.slice(0, 80)} stderr ${child.stderr
      .split('\n')
      .filter((l) => !/not a regular file/.test(l))
      .join(' | ')
      .slice(0, 300)}`,
  );
});
add('files', 'workspace pack with billion-laughs merge keys', () => {
  const lol =
    acme('ok') +
    'x0: &x0 { a: 1, b: 2 }\nx1: &x1 { <<: [*x0, *x0, *x0, *x0, *x0, *x0, *x0, *x0] }\nx2: &x2 { <<: [*x1, *x1, *x1, *x1, *x1, *x1, *x1, *x1] }\nx3: &x3 { <<: [*x2, *x2, *x2, *x2, *x2, *x2, *x2, *x2] }\nx4: &x4 { <<: [*x3, *x3, *x3, *x3, *x3, *x3, *x3, *x3] }\nx5: &x5 { <<: [*x4, *x4, *x4, *x4, *x4, *x4, *x4, *x4] }\nx6: { <<: [*x5, *x5, *x5, *x5, *x5, *x5, *x5, *x5] }\n';
  const dir = tree({ '.factdesk/p.facts.yaml': lol, 'd.md': WRONG });
  const r = cli(['check', 'd.md'], dir, {}, 15000);
  return expect(!r.timedOut && r.code !== null && !/^ +at /m.test(r.err), `exit ${r.code}${r.timedOut ? ' hung' : ''}`);
});
add('files', 'workspace pack with anchors and aliases across facts is read or refused with a word', () => {
  const pack =
    acme('ok').replace(
      '    citations: [{ source: desk-memo, quote: "The X1 has 48 GB." }]',
      '    citations: &c [{ source: desk-memo, quote: "The X1 has 48 GB." }]',
    ) +
    '  - id: acme-x1.tdp\n    kind: quantity\n    entity: acme-x1\n    attribute: tdp\n    value: { amount: 300, unit: W }\n    citations: *c\n    asOf: 2026-01-05\n';
  const dir = tree({ '.factdesk/p.facts.yaml': pack, 'd.md': 'The Acme X1 has a TDP of 200 W.\n' });
  const r = cli(['check', '--format', 'json', 'd.md'], dir);
  const found = parses(r.out) && JSON.stringify(JSON.parse(r.out)).includes('acme-x1.tdp');
  return expect(found || /alias|anchor/i.test(r.err), `exit ${r.code}: ${r.err.slice(0, 120)}`);
});
add('files', 'a pack over the size limit by one byte is refused with a word', () => {
  const big = acme('ok') + '#' + 'x'.repeat(2 * 1024 * 1024) + '\n';
  const dir = tree({ 'p.facts.yaml': big, 'd.md': WRONG });
  const r = cli(['check', '--pack', 'p.facts.yaml', 'd.md'], dir);
  return expect(r.code === 2 || /large|size|MB/i.test(r.err), `exit ${r.code}: ${r.err.slice(0, 120)}`);
});
add('files', 'an unreadable draft (chmod 000; as root it is readable)', () => {
  const dir = tree({ 'd.md': WRONG, 'e.md': WRONG });
  fs.chmodSync(path.join(dir, 'd.md'), 0);
  const r = cli(['check', '.'], dir);
  return expect(r.code === 1 || r.code === 2, `exit ${r.code}: ${r.err.slice(0, 100)}`);
});

// ---------- run ----------

runProbe(cases);
