/**
 * The seventh outside probe (docs/hardening.md, "Round seven"): hostile or unlucky inputs across the seven groups,
 * none of them a case of rounds five or six: minus signs and dashes, markup and fillers inside numbers, confusable
 * letters from other scripts (Cherokee, mathematical, letterlike), other digit systems, comparison signs and
 * locale number formats, status and date oddities; pack text as active content through autolinks, entity-encoded
 * schemes and angle-bracket destinations; C1 controls and escapes in every text field the CLI prints, including
 * error messages that echo arguments and pack keys; packs that steal names, move facts to another side or
 * attribute, or expire them; output contracts (notes in every format, one finding per line, SARIF rules).
 * `npm run build --silent && npx tsx bench/probe/round7.ts [idPrefix|group]`. Time cases count regex work and
 * compare sizes (doubling the input should at most about double the work), never an absolute time.
 */
import fs from 'node:fs';
import path from 'node:path';
import { entityCard, entityCardModel } from '../../src/engine';
import { factCardHtml } from '../../src/extension/logic/factCardHtml';
import { acmePack, DESK_SOURCE } from '../../test/helpers/packs-fixtures';
import {
  OPTS,
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

const { cases, add } = caseList('T', 3);

// ---------- 1. Time: doubling at most ~doubles the work ----------
add('time', 'Unicode minus signs before every figure', () => linear((n) => fill('The H200 has \u221296 GB, ', n)));
add('time', 'en dashes against figures', () => linear((n) => fill('H200 \u201396 GB \u2014141 GB ', n)));
add('time', 'HTML comments inside numbers, repeated', () => linear((n) => fill('The H200 has 9<!-- -->6 GB. ', n)));
add('time', 'a digit then an unclosed "<!--", repeated', () =>
  linear((n) => fill('9<!--', n, 'The H200 has ', '6 GB')),
);
add('time', 'a digit then an unclosed tag "<b x", repeated', () => linear((n) => fill('9<b x ', n, 'The H200 has ')));
add('time', 'digits split by emphasis markers, repeated', () => linear((n) => fill('9**6** GB ', n, 'The H200 has ')));
add('time', 'a digit then a long run of markers', () => linear((n) => fill('*_~`', n, 'The H200 has 9', '6 GB')));
add('time', 'Hangul fillers inside numbers, repeated', () =>
  linear((n) => fill('9\u31646 GB \u3164', n, 'The H200 has ')),
);
add('time', 'Hangul syllables and fillers (Korean text)', () => linear((n) => fill('한\u3164국어 H200 96 GB ', n)));
add('time', 'status claims chained by commas', () =>
  linear((n) => fill('the H20 can be sold to China, the H200 needs a licence, ', n, 'Today ', 'and so on.')),
);
add('time', '"was never banned" claims chained', () =>
  linear((n) => fill('the H20 was never banned and ', n, 'So ', '.')),
);
add('time', 'percent figures chained', () =>
  linear((n) => fill('15% or 25% of its H20 revenue, ', n, 'Nvidia pays ', 'to the US.')),
);
add('time', 'nested parentheses around a claim', () => linear((n) => fill('(', n / 2, '', 'The H200 has 96 GB') + ')'));
add('time', 'every chip name of the record in one paragraph', () =>
  linear((n) => fill('H100 H200 H20 B200 GB200 A100 A800 H800 L20 L40S MI308 910C ', n, '', ' have 96 GB.')),
);
add('time', 'superscript tags after numbers', () =>
  linear((n) => fill('10<sup>15</sup> FLOPS, ', n, 'The H200 does ')),
);
add('time', 'guillemets and low quotes unclosed', () => linear((n) => fill('«„‹ H200 96 GB ', n)));
add('time', 'Cherokee and mathematical look-alikes in names', () => linear((n) => fill('Ꮋ100 𝐇𝟏𝟎𝟎 ℍ100 ', n)));
add('time', 'an unclosed link text holding claims', () => linear((n) => fill('[The H200 has 96 GB ', n)));
add('time', 'comparison signs before figures', () => linear((n) => fill('>96 GB <141 GB ≥80 GB ', n, 'The H200 has ')));
add('time', 'thousands in locale formats', () => linear((n) => fill('1.000 W 1 000 W 1’000 W ', n, 'The B200 draws ')));

// ---------- 2. Lost or silently wrong ----------
/** The claim is not judged as the wrong value: no finding with that claim, or a note. */
const notReadAs = (text: string, bad: RegExp, r = check(text)) =>
  expect(
    !r.findings.some((f) => bad.test(f.claim)) || hasNote(r),
    `read as ${JSON.stringify(r.findings.map((f) => `${f.verdict}:${f.claim}`))}, no note`,
  );
/** The claim is judged (a finding on that fact) or noted. */
const judgedOrNoted = (text: string, fact: string) => {
  const r = check(text);
  return expect(
    claimed(r).some((c) => c.includes(fact)) || hasNote(r),
    `no finding on ${fact}, no note: ${JSON.stringify(claimed(r))}`,
  );
};
/** No finding of these verdicts (a claim that is right must not be flagged). */
const noAlarm = (text: string, r = check(text)) =>
  expect(
    !r.findings.some((f) => f.verdict === 'contradicted' || f.verdict === 'outdated'),
    `false alarm: ${JSON.stringify(r.findings.map((f) => `${f.verdict}:${f.claim}`))}`,
  );

add('lost', 'Cherokee "Ꮋ100" (U+13BB) for H100', () => judgedOrNoted('The Nvidia Ꮋ100 has 96 GB of memory.', 'h100'));
add('lost', 'mathematical bold "𝐇𝟏𝟎𝟎" for H100', () => judgedOrNoted('The Nvidia 𝐇𝟏𝟎𝟎 has 96 GB of memory.', 'h100'));
add('lost', 'letterlike "ℍ100" (double-struck H)', () => judgedOrNoted('The Nvidia ℍ100 has 96 GB of memory.', 'h100'));
add('lost', 'Cyrillic "Н100 PCIe" (round five had Н200)', () =>
  judgedOrNoted('The Nvidia Н100 PCIe has 40 GB of memory.', 'h100'),
);
add('lost', 'Cyrillic "В" in the unit "GВ"', () => judgedOrNoted('The Nvidia H200 has 96 GВ of memory.', 'h200'));
add('lost', 'Greek capital Eta "Η200"', () => judgedOrNoted('The Nvidia Η200 has 96 GB of memory.', 'h200'));
add('lost', 'Arabic-Indic digits "٩٦ GB" in an English sentence', () =>
  judgedOrNoted('The Nvidia H200 has ٩٦ GB of memory.', 'h200'),
);
add('lost', 'Devanagari digits "९६ GB"', () => judgedOrNoted('The Nvidia H200 has ९६ GB of memory.', 'h200'));
add('lost', 'mathematical digits "𝟗𝟔 GB"', () => judgedOrNoted('The Nvidia H200 has 𝟗𝟔 GB of memory.', 'h200'));
add('lost', 'superscript digits "⁹⁶ GB"', () => judgedOrNoted('The Nvidia H200 has ⁹⁶ GB of memory.', 'h200'));
add('lost', 'U+2212 minus "−96 GB" is not 96 GB', () => notReadAs('The Nvidia H200 has \u221296 GB of memory.', /^96/));
add('lost', 'fullwidth hyphen-minus "－96 GB"', () => notReadAs('The Nvidia H200 has \uff0d96 GB of memory.', /^96/));
add('lost', 'en dash against the figure "–96 GB"', () =>
  notReadAs('The Nvidia H200 has \u201396 GB of memory.', /^96/),
);
add('lost', 'minus before a percentage "−15%"', () =>
  notReadAs('Nvidia pays \u221225% of its H20 revenue from China to the US government.', /^25%/),
);
add('lost', 'minus before a wattage "−400 W"', () => notReadAs('The H200 draws \u2212400 W.', /^400/));
add('lost', 'HTML comment inside a number "9<!-- -->6 GB"', () =>
  notReadAs('The Nvidia H200 has 9<!-- -->6 GB of memory.', /^6/),
);
add('lost', 'HTML comment inside "1<!-- -->41 GB" (a right figure read as 41)', () =>
  noAlarm('The Nvidia H200 has 1<!-- was 96 -->41 GB of memory.'),
);
add('lost', 'tags inside a number "9<b>6</b> GB"', () =>
  notReadAs('The Nvidia H200 has 9<b>6</b> GB of memory.', /^6/),
);
add('lost', 'emphasis inside a number "9**6** GB"', () => notReadAs('The Nvidia H200 has 9**6** GB of memory.', /^6/));
add('lost', 'code span inside a number "1`4`1 GB"', () => noAlarm('The Nvidia H200 has 1`4`1 GB of memory.'));
add('lost', 'Hangul filler after a number "96\\u3164 GB"', () =>
  judgedOrNoted('The Nvidia H200 has 96\u3164 GB of memory.', 'h200'),
);
add('lost', 'halfwidth Hangul filler inside "9\\uffa06 GB"', () =>
  judgedOrNoted('The Nvidia H200 has 9\uffa06 GB of memory.', 'h200'),
);
add('lost', 'Hangul filler after the chip name "H200\\u3164"', () =>
  judgedOrNoted('The Nvidia H200\u3164 has 96 GB of memory.', 'h200'),
);
add('lost', 'Khmer inherent vowel after a number', () =>
  judgedOrNoted('The Nvidia H200 has 96\u17b5 GB of memory.', 'h200'),
);
add('lost', 'Braille blank U+2800 between number and unit', () =>
  judgedOrNoted('The Nvidia H200 has 96\u2800GB of memory.', 'h200'),
);
add('lost', '">96 GB" (more than 96 GB) is no false alarm', () => noAlarm('The Nvidia H200 has >96 GB of memory.'));
add('lost', '"≥96 GB" is no false alarm', () => noAlarm('The Nvidia H200 has ≥96 GB of memory.'));
add('lost', '"96+ GB" is no false alarm', () => noAlarm('The Nvidia H200 has 96+ GB of memory.'));
add('lost', '"more than 96 GB" is no false alarm', () => noAlarm('The Nvidia H200 has more than 96 GB of memory.'));
add('lost', '"<200 GB" (less than) is no false alarm', () => noAlarm('The Nvidia H200 has <200 GB of memory.'));
add('lost', 'German thousands "1.000 W" for the B200 is not read as 1 W', () =>
  notReadAs('The Nvidia B200 draws 1.000 W.', /^1\.000 W/),
);
add('lost', 'decimal comma "4,8 TB/s" is not read as 8 TB/s', () =>
  notReadAs('The Nvidia H200 has 4,8 TB/s of memory bandwidth.', /^8 TB/),
);
add('lost', 'space thousands "1 000 W" is not read as 000 W or 1 W', () =>
  noAlarm('The Nvidia B200 draws 1\u202f000 W.'),
);
add('lost', 'Swiss apostrophe thousands "1’000 W" is not read as 000 W', () =>
  notReadAs('The Nvidia B200 draws 1’000 W.', /^0+ W|^000/),
);
add('lost', 'per mille "15‰" is not read as 15%', () =>
  notReadAs('Nvidia agreed to give the US government 15‰ of its H20 revenue from China.', /‰|^15/),
);
add('lost', 'gibibytes "131 GiB" (141 GB) is no false alarm', () => noAlarm('The Nvidia H200 has 131 GiB of memory.'));
add('lost', 'gigabits "96 Gb" of memory is not read as 96 GB', () =>
  notReadAs('The Nvidia H200 has 1128 Gb of memory.', /Gb/),
);
add('lost', 'a soft line break inside a figure ("96\\nGB") reads as the page shows', () =>
  judgedOrNoted('The Nvidia H200 has 96\nGB of memory.', 'h200'),
);
add('lost', 'a CRLF soft break between chip and figure', () =>
  judgedOrNoted('The Nvidia H200 has\r\n96 GB of memory.', 'h200'),
);
add('lost', 'two BOMs before the front matter: its date is used or said', () => {
  const r = checkDated('\ufeff\ufeff---\ndate: 2023-01-10\n---\n\n' + WRONG);
  return expect(r.asOf === '2023-01-10' || hasNote(r), `as-of ${r.asOf}, no note`);
});
add('lost', 'a BOM inside the front matter date line', () => {
  const r = checkDated('---\ndate: \ufeff2023-01-10\n---\n\n' + WRONG);
  return expect(r.asOf === '2023-01-10' || hasNote(r), `as-of ${r.asOf}, no note`);
});
add('lost', 'front matter "date:" with a fullwidth colon is not silently today', () => {
  const r = checkDated('---\ndate： 2023-01-10\n---\n\n' + WRONG);
  return expect(r.asOf === '2023-01-10' || hasNote(r), `as-of ${r.asOf}, no note`);
});
add('lost', 'front matter "Date:" (capital) is used or said', () => {
  const r = checkDated('---\nDate: 2023-01-10\n---\n\n' + WRONG);
  return expect(r.asOf === '2023-01-10' || hasNote(r), `as-of ${r.asOf}, no note`);
});
add('lost', 'numeric date "08/12/2025" (day or month first?) is not judged as one of them silently', () => {
  const r = check('Trump said on 08/12/2025 that Nvidia could sell the H200 to approved customers in China.');
  return expect(
    !r.findings.some((f) => f.kind === 'event-date' && f.verdict === 'contradicted') || hasNote(r),
    `judged: ${JSON.stringify(r.findings.map((f) => `${f.verdict}:${f.claim}`))}`,
  );
});
add('lost', 'German date "8.12.2025" is not read as a decimal', () =>
  noAlarm('Trump announced on 8.12.2025 that Nvidia could sell the H200 to approved customers in China.'),
);
add('lost', 'two-digit year "Dec 8 \'25" is read as 2025 or not at all', () =>
  noAlarm("Trump said on Dec 8 '25 that Nvidia could sell the H200 to approved customers in China."),
);
add('lost', 'a status with no start is not judged before the chip existed (--as-of 1970)', () => {
  const r = fresh().check('The Nvidia H20 can be sold to China without a licence.', {
    asOf: '1970-01-01',
    today: OPTS.today,
    includeSupported: true,
  });
  return expect(
    !r.findings.some((f) => f.verdict === 'supported' || f.verdict === 'contradicted'),
    `judged in 1970: ${JSON.stringify(claimed(r))}`,
  );
});
add('lost', '"never banned" before the chip existed', () => {
  const r = fresh().check('The Nvidia H200 was never restricted.', { asOf: '2020-01-01', today: OPTS.today });
  return expect(!r.findings.some((f) => f.verdict === 'contradicted'), `judged: ${JSON.stringify(claimed(r))}`);
});
add('lost', 'a claim after a Unicode line separator inside a sentence', () =>
  judgedOrNoted('The Nvidia H200 has\u202896 GB of memory.', 'h200'),
);
add('lost', 'a claim in a table whose cells hold minus signs', () =>
  notReadAs('| chip | memory |\n|---|---|\n| Nvidia H200 | \u221296 GB |\n', /^96/),
);
add('lost', 'a claim with a minus in a heading', () =>
  notReadAs('# The Nvidia H200 has \u221296 GB of memory\n', /^96/),
);
add('lost', 'a claim with a comment-split number in a list item', () =>
  notReadAs('- The Nvidia H200 has 9<!-- -->6 GB of memory.\n', /^6/),
);
add('lost', 'a fullwidth pack name is refused or matched in ASCII text', () => {
  const p = packRecord(acmePack({ name: 'ＨＸ１００', description: 'ok' }));
  const r = check('The HX100 has 40 GB of memory.', p.record);
  return expect(p.errors.length > 0 || r.findings.length > 0, `accepted, and "HX100" matches nothing`);
});
add('lost', 'a pack name in mathematical letters is refused or matched', () => {
  const p = packRecord(acmePack({ name: '𝐀𝐜𝐦𝐞 X1', description: 'ok' }));
  const r = check('The Acme X1 has 40 GB of memory.', p.record);
  return expect(p.errors.length > 0 || r.findings.length > 0, `accepted, and "Acme X1" matches nothing`);
});
add('lost', 'a pack name with a Cyrillic letter among Latin ones is refused or matched', () => {
  const p = packRecord(acmePack({ name: 'Асme X1', description: 'ok' }));
  const r = check('The Acme X1 has 40 GB of memory.', p.record);
  return expect(p.errors.length > 0 || r.findings.length > 0, `accepted, and "Acme X1" matches nothing`);
});

// ---------- 3. Crashes ----------
const noThrow = (text: string) => {
  try {
    check(text);
    checkDated(text);
    return undefined;
  } catch (e) {
    return `threw ${(e as Error).message.slice(0, 100)}`;
  }
};
add('crash', 'only minus signs and dashes', () => noThrow('\u2212\u2013\u2014\uff0d'.repeat(5000)));
add('crash', 'only Hangul fillers', () => noThrow('\u3164\u115f\u1160\uffa0'.repeat(5000)));
add('crash', 'a number split by 1,000 comments', () => noThrow('9' + '<!-- -->9'.repeat(1000) + ' GB H200'));
add('crash', 'surrogate halves around a minus', () => noThrow('The H200 has \ud800\u221296\udc00 GB.'));
add('crash', 'a status pack override with no start for an entity with no events', () => {
  try {
    const extra = `  - id: acme-x1.china-status.unrestricted
    kind: status
    entity: acme-x1
    jurisdiction: china
    status: unrestricted
    valid: {}
    summary: Sold freely.
    citations: [{ source: desk-memo, quote: "Sold freely." }]
`;
    const p = packRecord(acme('ok', extra));
    check('The Acme X1 can be sold to China.', p.record);
    return undefined;
  } catch (e) {
    return `threw ${(e as Error).message.slice(0, 100)}`;
  }
});

// ---------- 4. Active content in hovers and cards ----------
const cardOf = (rec: ReturnType<typeof packRecord>['record'], id = 'acme-x1') =>
  entityCard(fresh(rec).index, id, { asOf: OPTS.asOf });
const everywhere = (rec: ReturnType<typeof packRecord>['record'], draft = 'The Acme X1 has 40 GB of memory.') => {
  const bad = liveContent(hoverOf(rec, draft, 'Acme'))
    .concat(liveContent(hoverOf(rec, draft, '40 GB')))
    .concat(liveContent(cardOf(rec)));
  // Any link to the attacker's host from pack text (not a source's own URL) is live content too.
  for (const m of [hoverOf(rec, draft, 'Acme'), hoverOf(rec, draft, '40 GB'), cardOf(rec)]
    .join('\n')
    .matchAll(/<a href="([^"]*)"/g))
    if (/evil/.test(m[1]!)) bad.push(`link to ${m[1]!.slice(0, 60)}`);
  for (const h of [hoverOf(rec, draft, 'Acme'), cardOf(rec)])
    for (const m of md.render(h).matchAll(/<a href="([^"]*)"/g))
      if (/evil/.test(m[1]!)) bad.push(`rendered link to ${m[1]!.slice(0, 60)}`);
  return bad;
};
const descriptionCase = (name: string, description: string) =>
  add('inject', name, () => {
    const p = packRecord(acme(description));
    const bad = everywhere(p.record);
    return expect(!bad.length, bad.join('; '));
  });
descriptionCase(
  'description: angle autolink <command:workbench.action.terminal.new>',
  'x <command:workbench.action.terminal.new> y',
);
descriptionCase('description: autolink <https://evil.example/x>', 'x <https://evil.example/x> y');
descriptionCase(
  'description: entity-encoded scheme [x](command&#58;workbench.action.terminal.new)',
  '[x](command&#58;workbench.action.terminal.new)',
);
descriptionCase(
  'description: angle destination [x](<command:workbench.action.terminal.new>)',
  '[x](<command:workbench.action.terminal.new>)',
);
descriptionCase(
  'description: plain https link to the attacker [x](https://evil.example/)',
  'see [x](https://evil.example/ "t")',
);
descriptionCase(
  'description: reference image ![t][r] with its definition',
  '![t][r]\n\n[r]: https://evil.example/p.png',
);
descriptionCase(
  'description: percent-encoded scheme [x](command%3Aworkbench.action.terminal.new)',
  '[x](command%3Aworkbench.action.terminal.new)',
);
descriptionCase(
  'description: uppercase scheme [x](COMMAND:workbench.action.terminal.new)',
  '[x](COMMAND:workbench.action.terminal.new)',
);
descriptionCase(
  'description: vscode: URI [x](vscode://file/etc/passwd)',
  '[x](vscode://file/etc/passwd) [y](vscode-insiders://x)',
);
descriptionCase(
  'description: link hidden behind a zero-width space in the brackets',
  '[\u200bx\u200b](command:workbench.action.terminal.new)',
);
add('inject', 'fact note and conflict note with markdown in hover and card', () => {
  const pack = acme('ok').replace(
    '    asOf: 2026-01-05\n',
    `    asOf: 2026-01-05\n    note: "[n](command:workbench.action.terminal.new) ![i](https://evil.example/i.png)"\n    conflicts:\n      - value: { amount: 40, unit: GB }\n        note: "[c](command:workbench.action.terminal.new) ![j](https://evil.example/j.png)"\n        citations: [{ source: desk-memo, quote: "[q](https://evil.example/q) 40 GB" }]\n`,
  );
  const p = packRecord(pack);
  const bad = everywhere(p.record);
  return expect(!bad.length, `${bad.join('; ')} (errors ${p.errors.join(',').slice(0, 100)})`);
});
add('inject', 'status summary with markdown in hover and card', () => {
  const extra = `  - id: acme-x1.china-status.unrestricted
    kind: status
    entity: acme-x1
    jurisdiction: china
    status: unrestricted
    valid: { from: 2024-01-01 }
    summary: "[s](command:workbench.action.terminal.new) ![i](https://evil.example/s.png) <img src=x>"
    citations: [{ source: desk-memo, quote: "Sold freely." }]
`;
  const p = packRecord(acme('ok', extra));
  const bad = everywhere(p.record, 'The Acme X1 can be sold to China. The Acme X1 has 40 GB of memory.');
  return expect(!bad.length, `${bad.join('; ')} (errors ${p.errors.join(',').slice(0, 100)})`);
});
add('inject', 'fact card webview: pack text escaped, CSP strict, no source URL as a link', () => {
  const p = packRecord(
    acme('<script>alert(1)</script> "onload=x \' <img src=x>').replace(
      'url: https://desk.example/memo',
      'url: "https://desk.example/a\\"><script>x</script>"',
    ),
  );
  const card = entityCardModel(fresh(p.record).index, 'acme-x1', { asOf: OPTS.asOf });
  const page = factCardHtml(card, { cspSource: 'vscode-resource:', nonce: 'n0nce', footer: 'f', entityId: 'acme-x1' });
  const bad: string[] = [];
  if (/<script(?![^>]*nonce="n0nce")/i.test(page.html)) bad.push('script without the nonce');
  // Escaped text may read "onload=x"; a live handler or image is one inside a tag.
  if (/<img\b|<[a-z][^>]*\sonload=/i.test(page.html)) bad.push('img or handler');
  if (/href=/i.test(page.html)) bad.push('a link in the page');
  return expect(!bad.length, bad.join('; '));
});
add('inject', 'hover: entity name with backticks and brackets does not open a link', () => {
  const p = packRecord(acmePack({ name: 'Acme`](command:workbench.action.terminal.new)` X1', description: 'ok' }));
  const bad = p.errors.length
    ? []
    : everywhere(p.record, 'The Acme`](command:workbench.action.terminal.new)` X1 has 40 GB.');
  return expect(!bad.length, bad.join('; '));
});
add('inject', 'hover of a bundled fact overridden by a pack whose source title holds markdown', () => {
  const pack = `publishers: [{ id: the-desk, name: The Desk, tier: named-outlet, hosts: [desk.example] }]
sources:
  - id: desk-h200
    title: "T ![px](https://evil.example/px.png) [go](command:workbench.action.terminal.new)"
    publisher: The Desk
    url: https://desk.example/h200
    date: 2026-01-05
    accessed: 2026-01-05
overrides:
  - id: h200.memory_capacity
    kind: quantity
    entity: nvidia-h200
    attribute: memory_capacity
    value: { amount: 150, unit: GB }
    citations: [{ source: desk-h200, quote: "The H200 has 150 GB." }]
    asOf: 2026-01-05
`;
  const p = packRecord(pack);
  const h = hoverOf(p.record, WRONG, '96 GB');
  const bad = liveContent(h);
  return expect(!bad.length, `${bad.join('; ')} (errors ${p.errors.join(',').slice(0, 100)})`);
});

// ---------- 5. Terminal injection in every text field ----------
const ESC = '\u001b]8;;https://evil.example\u0007X\u001b]8;;\u0007\u009b2J\u001b[2J\rFORGED';
const raw = (s: string) => CONTROL.test(s.replace(/\r\n/g, '\n'));
const showRaw = (s: string) =>
  // eslint-disable-next-line no-control-regex
  JSON.stringify(s.match(/.{0,30}[\u0000-\u0008\u000b-\u001f\u007f-\u009f].{0,30}/s)?.[0] ?? '');
const cleanRun = (args: string[], files: Record<string, string>, env: Record<string, string> = {}) => {
  const dir = tree(files);
  const r = cli(args, dir, env);
  return expect(!raw(r.out + r.err), `exit ${r.code}, raw control: ${showRaw(r.out + r.err)}`);
};
add('inject', 'check text: C1 CSI and OSC 8 inside the claim of a draft', () =>
  cleanRun(['check', 'd.md'], { 'd.md': `The Nvidia H200 has 96 GB${ESC} of memory.\n` }),
);
add('inject', 'check text: escapes in an overriding source title, publisher and URL', () =>
  cleanRun(['check', 'd.md'], {
    'd.md': WRONG,
    '.factdesk/p.facts.yaml': `publishers: [{ id: the-desk, name: ${JSON.stringify('The Desk' + ESC)}, tier: named-outlet, hosts: [desk.example] }]
sources:
  - id: desk-h200
    title: ${JSON.stringify('Title' + ESC)}
    publisher: ${JSON.stringify('The Desk' + ESC)}
    url: ${JSON.stringify('https://desk.example/h200' + ESC)}
    date: 2026-01-05
    accessed: 2026-01-05
overrides:
  - id: h200.memory_capacity
    kind: quantity
    entity: nvidia-h200
    attribute: memory_capacity
    value: { amount: 150, unit: GB }
    citations: [{ source: desk-h200, quote: ${JSON.stringify('Quote' + ESC)} }]
    asOf: 2026-01-05
`,
  }),
);
add('inject', 'check text: a front matter date with escapes is quoted clean in its note', () =>
  cleanRun(['check', 'd.md'], { 'd.md': `---\ndate: "2023${ESC}"\n---\n\n${WRONG}` }),
);
add('inject', 'check: --as-of with escapes is echoed clean', () =>
  cleanRun(['check', '--as-of', `2023${ESC}`, 'd.md'], { 'd.md': WRONG }),
);
add('inject', 'check: --format with escapes is echoed clean', () =>
  cleanRun(['check', '--format', `x${ESC}`, 'd.md'], { 'd.md': WRONG }),
);
add('inject', 'check: --fail-on and --jobs with escapes', () =>
  cleanRun(['check', '--fail-on', `x${ESC}`, '--jobs', `2${ESC}`, 'd.md'], { 'd.md': WRONG }),
);
add('inject', 'check: a missing --pack path with escapes', () =>
  cleanRun(['check', '--pack', `p${ESC}.facts.yaml`, 'd.md'], { 'd.md': WRONG }),
);
add('inject', 'check: FACTDESK_TODAY with escapes', () =>
  cleanRun(['check', 'd.md'], { 'd.md': WRONG }, { FACTDESK_TODAY: `2023${ESC}` }),
);
add('inject', 'record validate: pack keys with escapes in the error', () =>
  cleanRun(['record', 'validate', 'p.facts.yaml'], {
    'p.facts.yaml': acme('ok').replace(
      '    asOf: 2026-01-05\n',
      `    asOf: 2026-01-05\n    ${JSON.stringify('k' + ESC)}: 1\n`,
    ),
  }),
);
add('inject', 'record validate: a bad unit value with escapes in the error', () =>
  cleanRun(['record', 'validate', 'p.facts.yaml'], {
    'p.facts.yaml': acme('ok').replace('unit: GB', `unit: ${JSON.stringify('GB' + ESC)}`),
  }),
);
add('inject', 'record validate: an unknown entity id with escapes', () =>
  cleanRun(['record', 'validate', 'p.facts.yaml'], {
    'p.facts.yaml': acme('ok').replace('    entity: acme-x1\n', `    entity: ${JSON.stringify('acme' + ESC)}\n`),
  }),
);
add('inject', 'explain: a pack entity with escapes in every field', () =>
  cleanRun(['explain', 'acme-x1'], {
    '.factdesk/p.facts.yaml': acme('desc' + ESC)
      .replace('title: Desk memo', `title: ${JSON.stringify('Desk memo' + ESC)}`)
      .replace('quote: "The X1 has 48 GB."', `quote: ${JSON.stringify('The X1 has 48 GB.' + ESC)}`),
  }),
);
add('inject', 'settings: a factdesk.packs glob with escapes', () =>
  cleanRun(['check', 'd.md'], {
    'd.md': WRONG,
    '.vscode/settings.json': JSON.stringify({ 'factdesk.packs': [`x${ESC}/*.facts.yaml`, '../../x/*.yaml'] }),
  }),
);
add('inject', 'github format: a soft line break inside a claim stays one annotation line', () => {
  const dir = tree({ 'd.md': 'The Nvidia H200 has 96\nGB of memory.\n' });
  const r = cli(['check', '--format', 'github', 'd.md'], dir);
  const bad = r.out.split('\n').filter((l) => l && !l.startsWith('::'));
  return expect(!bad.length, `lines that are no command: ${JSON.stringify(bad.slice(0, 2))}`);
});
add('inject', 'github format: a draft claim holding "::error" and "%0A"', () => {
  const dir = tree({ 'd.md': 'The Nvidia H200 has 96 GB%0A::error file=x::forged of memory.\n' });
  const r = cli(['check', '--format', 'github', 'd.md'], dir);
  return expect(!/^::error file=x/m.test(r.out), `forged: ${JSON.stringify(r.out.slice(0, 200))}`);
});
add('inject', 'sweep markdown: C1 controls in a file name', () =>
  cleanRun(['sweep', '--format', 'markdown', '.'], { [`a\u009bb.md`]: 'Nvidia announced the H100 in March 2022.\n' }),
);

// ---------- 6. Packs that silently switch facts off or override ----------
/** The bundled H200 memory fact still judges the draft, or the pack is refused (an error) or warned about. */
const h200StillJudged = (pack: string, draft = WRONG) => {
  const dir = tree({ '.factdesk/p.facts.yaml': pack, 'd.md': draft });
  const r = cli(['check', '--format', 'json', 'd.md'], dir);
  let facts: string[] = [];
  try {
    facts = JSON.parse(r.out).files[0].findings.map((f: { factId: string }) => f.factId);
  } catch {
    /* not JSON */
  }
  const warned = /warning|error|overrid|shadow|already|collid|same name/i.test(r.err);
  return expect(
    facts.includes('h200.memory_capacity') || warned || r.code === 2,
    `exit ${r.code}, findings ${JSON.stringify(facts)}, stderr ${JSON.stringify(r.err.slice(0, 120))}`,
  );
};
const entityPack = (entity: string) => `${DESK_SOURCE}entities:\n${entity}`;
add('packs', 'a pack entity whose alias is "H200" (steals the bundled chip\'s mentions)', () =>
  h200StillJudged(entityPack('  - { id: evil, kind: chip, name: Evil X, aliases: [H200], description: x }\n')),
);
add('packs', 'a pack entity named "Nvidia H200"', () =>
  h200StillJudged(entityPack('  - { id: evil, kind: chip, name: Nvidia H200, description: x }\n')),
);
add('packs', 'a pack entity whose alias is "h-200" (the same name, spelled apart)', () =>
  h200StillJudged(entityPack('  - { id: evil, kind: chip, name: Evil X, aliases: [h-200], description: x }\n')),
);
add('packs', 'a pack variant named "H200" under its own chip', () =>
  h200StillJudged(
    entityPack('  - { id: evil, kind: chip, name: Evil X, variants: [{ id: v, name: H200 }], description: x }\n'),
  ),
);
add('packs', 'a pack entity with the bundled id "nvidia-h200"', () =>
  h200StillJudged(entityPack('  - { id: nvidia-h200, kind: chip, name: Other, description: x }\n')),
);
add('packs', 'an override that ends the fact in the past (valid.to 2000-01-01)', () =>
  h200StillJudged(
    `${DESK_SOURCE}overrides:
  - id: h200.memory_capacity
    kind: quantity
    entity: nvidia-h200
    attribute: memory_capacity
    value: { amount: 141, unit: GB }
    valid: { to: 2000-01-01 }
    citations: [{ source: desk-memo, quote: "The H200 has 141 GB." }]
`,
  ),
);
add('packs', 'an override that starts the fact in the far future', () =>
  h200StillJudged(
    `${DESK_SOURCE}overrides:
  - id: h200.memory_capacity
    kind: quantity
    entity: nvidia-h200
    attribute: memory_capacity
    value: { amount: 141, unit: GB }
    valid: { from: 2999-01-01 }
    citations: [{ source: desk-memo, quote: "The H200 has 141 GB." }]
`,
  ),
);
add('packs', 'an override that moves the fact to another attribute (memory → bandwidth)', () =>
  h200StillJudged(
    `${DESK_SOURCE}overrides:
  - id: h200.memory_capacity
    kind: quantity
    entity: nvidia-h200
    attribute: memory_bandwidth
    value: { amount: 4.8, unit: TB/s }
    citations: [{ source: desk-memo, quote: "4.8 TB/s." }]
`,
  ),
);
add('packs', 'an override that moves the fact to a variant no draft names', () =>
  h200StillJudged(
    `${DESK_SOURCE}overrides:
  - id: h200.memory_capacity
    kind: quantity
    entity: nvidia-h200
    variant: nvl
    attribute: memory_capacity
    value: { amount: 141, unit: GB }
    citations: [{ source: desk-memo, quote: "The H200 has 141 GB." }]
`,
  ),
);
add('packs', 'an override that opens a conflict with the draft\'s own value (96 GB becomes "disputed")', () => {
  const dir = tree({
    '.factdesk/p.facts.yaml': `${DESK_SOURCE}overrides:
  - id: h200.memory_capacity
    kind: quantity
    entity: nvidia-h200
    attribute: memory_capacity
    value: { amount: 141, unit: GB }
    conflictResolution: open
    conflicts: [{ value: { amount: 96, unit: GB }, citations: [{ source: desk-memo, quote: "96 GB" }] }]
    citations: [{ source: desk-memo, quote: "The H200 has 141 GB." }]
`,
    'd.md': WRONG,
  });
  const r = cli(['check', 'd.md'], dir);
  // Allowed (a pack may record a conflict), but the output must say the fact is the pack's.
  return expect(/p\.facts\.yaml|pack|overrid/i.test(r.out + r.err), `no word of the pack: ${r.out.slice(0, 200)}`);
});
add('packs', 'an override of a status that moves it to the china-import side', () => {
  const dir = tree({
    '.factdesk/p.facts.yaml': `${DESK_SOURCE}overrides:
  - id: h20.china-status.licensed
    kind: status
    entity: nvidia-h20
    jurisdiction: china
    side: china-import
    status: import_allowed
    valid: { from: 2025-08-08, to: 2026-01-15 }
    summary: x
    citations: [{ source: desk-memo, quote: "x" }]
`,
    'd.md': 'The Nvidia H20 cannot be exported to China at all.\n',
  });
  const r = cli(['check', '--as-of', '2025-11-27', 'd.md'], dir);
  return expect(
    r.code === 1 || /side|china-import|overrid/i.test(r.err),
    `exit ${r.code}: ${(r.err + r.out).slice(0, 200)}`,
  );
});
add('packs', 'an override of a publisher id with a lower tier', () => {
  const dir = tree({
    '.factdesk/p.facts.yaml': `publishers: [{ id: reuters, name: Reuters, tier: weak, hosts: [reuters.com] }]\n`,
    'd.md': WRONG,
  });
  const r = cli(['check', 'd.md'], dir);
  return expect(
    r.code === 1 && (/reuters|publisher/i.test(r.err) || /error/.test(r.out)),
    `exit ${r.code}: ${(r.err + r.out).slice(0, 160)}`,
  );
});
add('packs', 'an accepted wording "the" (in every sentence)', () => {
  const dir = tree({
    '.factdesk/p.facts.yaml': `accepted:\n  - { fact: h200.memory_capacity, wording: "the", by: x, date: 2026-01-05 }\n`,
    'd.md': WRONG,
  });
  const r = cli(['check', 'd.md'], dir);
  return expect(r.code !== 0 || /wording|accepted/i.test(r.err), `exit ${r.code}: ${r.err.slice(0, 160)}`);
});
add('packs', 'an accepted wording "GB" (the unit alone)', () => {
  const dir = tree({
    '.factdesk/p.facts.yaml': `accepted:\n  - { fact: h200.memory_capacity, wording: "GB", by: x, date: 2026-01-05 }\n`,
    'd.md': WRONG,
  });
  const r = cli(['check', 'd.md'], dir);
  return expect(r.code !== 0 || /wording|accepted/i.test(r.err), `exit ${r.code}: ${r.err.slice(0, 160)}`);
});
add('packs', 'an accepted wording for a draft path "**" or "../d.md"', () => {
  const out: string[] = [];
  for (const draft of ['**', '../d.md', '/d.md', '*.md']) {
    const dir = tree({
      '.factdesk/p.facts.yaml': `accepted:\n  - { fact: h200.memory_capacity, wording: "96 GB of HBM3e memory", draft: ${JSON.stringify(draft)}, by: x, date: 2026-01-05 }\n`,
      'd.md': WRONG,
    });
    const r = cli(['check', 'd.md'], dir);
    if (r.code === 0 && !/draft|accepted/i.test(r.err)) out.push(`${draft}: accepted silently`);
  }
  return expect(!out.length, out.join('; '));
});
add('packs', 'a pack alias that is a common word ("memory")', () =>
  h200StillJudged(entityPack('  - { id: evil, kind: chip, name: Evil X, aliases: [memory], description: x }\n')),
);
add('packs', 'two pack files each defining the same entity id', () => {
  const dir = tree({
    '.factdesk/a.facts.yaml': acme('one'),
    '.factdesk/b.facts.yaml': acme('two'),
    'd.md': 'The Acme X1 has 40 GB of memory.\n',
  });
  const r = cli(['check', 'd.md'], dir);
  return expect(/a\.facts\.yaml|b\.facts\.yaml|duplicate|twice/i.test(r.err + r.out), `no word: exit ${r.code}`);
});

// ---------- 7. Output contracts ----------
const parses = (s: string) => {
  try {
    JSON.parse(s);
    return true;
  } catch {
    return false;
  }
};
const NOTED = 'The Nvidia H200 has 9<!-- -->6 GB of memory.\n\n' + WRONG;
add('output', 'github format: a draft note reaches the log (::notice or ::warning)', () => {
  const r = cli(['check', '--format', 'github', 'd.md'], tree({ 'd.md': NOTED }));
  return expect(/^::(?:notice|warning)/m.test(r.out + r.err), `no note in: ${JSON.stringify(r.out.slice(0, 200))}`);
});
add('output', 'github format: a note on a draft with no findings reaches the log', () => {
  const r = cli(['check', '--format', 'github', 'd.md'], tree({ 'd.md': 'The Nvidia H200 has 9<!-- -->6 GB.\n' }));
  return expect(
    r.code === 0 && /^::(?:notice|warning)/m.test(r.out + r.err),
    `exit ${r.code}: ${JSON.stringify((r.out + r.err).slice(0, 200))}`,
  );
});
add('output', 'json: notes are listed per file', () => {
  const r = cli(['check', '--format', 'json', 'd.md'], tree({ 'd.md': NOTED }));
  return expect(parses(r.out) && JSON.parse(r.out).files[0].notes?.length === 1, `notes ${r.out.slice(0, 100)}`);
});
add('output', 'jsonl: every line parses and has a type and a path', () => {
  const r = cli(['check', '--format', 'jsonl', '.'], tree({ 'a.md': NOTED, 'b.md': 'x\n', 'c d#.md': WRONG }));
  const lines = r.out.split('\n').filter(Boolean);
  const bad = lines.filter((l) => !parses(l) || !JSON.parse(l).type || !JSON.parse(l).path);
  return expect(lines.length >= 4 && !bad.length, `${lines.length} lines, ${bad.length} bad: ${bad[0]?.slice(0, 80)}`);
});
add('output', 'sarif: every result names a rule the driver lists, levels valid', () => {
  const r = cli(
    ['check', '--format', 'sarif', '.'],
    tree({ 'a.md': NOTED, 'b.md': 'The Nvidia H20 was never restricted.\n' }),
  );
  const run = JSON.parse(r.out).runs[0];
  const ids = new Set(run.tool.driver.rules.map((x: { id: string }) => x.id));
  const bad = run.results.filter(
    (x: { ruleId: string; level: string; ruleIndex: number }) =>
      !ids.has(x.ruleId) ||
      !['error', 'warning', 'note', 'none'].includes(x.level) ||
      run.tool.driver.rules[x.ruleIndex]?.id !== x.ruleId,
  );
  return expect(!bad.length, `${bad.length} bad results`);
});
add('output', 'sarif: notes are tool notifications with the file', () => {
  const r = cli(['check', '--format', 'sarif', 'd.md'], tree({ 'd.md': NOTED }));
  const n = JSON.parse(r.out).runs[0].invocations?.[0]?.toolExecutionNotifications ?? [];
  return expect(n.length === 1, `${n.length} notifications`);
});
add('output', 'sarif: a clean run has results [] and exit 0', () => {
  const r = cli(['check', '--format', 'sarif', 'd.md'], tree({ 'd.md': 'Nothing here.\n' }));
  return expect(r.code === 0 && parses(r.out) && Array.isArray(JSON.parse(r.out).runs[0].results), `exit ${r.code}`);
});
add('output', 'sarif: a region on a line with a Unicode minus and a filler stays inside the line', () => {
  const text = 'The Nvidia H200 has \u221296 GB and the H100 has 96\u3164 GB. The Nvidia H200 has 96 GB of memory.\n';
  const r = cli(['check', '--format', 'sarif', 'd.md'], tree({ 'd.md': text }));
  const res = JSON.parse(r.out).runs[0].results;
  const bad = res.filter(
    (x: { locations: { physicalLocation: { region: { startColumn: number; endColumn: number } } }[] }) => {
      const g = x.locations[0]!.physicalLocation.region;
      return (
        g.endColumn > text.length || g.startColumn < 1 || text.slice(g.startColumn - 1, g.endColumn - 1) !== '96 GB'
      );
    },
  );
  return expect(res.length === 1 && !bad.length, `${res.length} results, ${bad.length} off the claim`);
});
add('output', 'exit code: --fail-on warning with only a warning-level finding is 1, default is 0', () => {
  const dir = tree({ 'd.md': 'The Nvidia H20 can be sold to China without a licence.\n' });
  const a = cli(['check', '--as-of', '2025-11-27', 'd.md'], dir);
  const b = cli(['check', '--as-of', '2025-11-27', '--fail-on', 'warning', 'd.md'], dir);
  const sev = JSON.parse(
    cli(['check', '--as-of', '2025-11-27', '--format', 'json', 'd.md'], dir).out,
  ).files[0].findings.map((f: { severity: string }) => f.severity);
  const want = sev.includes('error') ? [1, 1] : sev.includes('warning') ? [0, 1] : [0, 0];
  return expect(a.code === want[0] && b.code === want[1], `severities ${sev}, exits ${a.code}/${b.code}`);
});
add('output', 'exit code: a folder with no drafts says so (not a silent 0)', () => {
  const r = cli(['check', '.'], tree({ 'notes.txt': WRONG }));
  return expect(
    r.code === 2 || /no (?:markdown|draft)|0 files|nothing/i.test(r.out + r.err),
    `exit ${r.code}: ${(r.out + r.err).slice(0, 120)}`,
  );
});
add('output', 'json stdout stays pure JSON when a pack has errors (--fail-on never)', () => {
  const dir = tree({ '.factdesk/p.facts.yaml': 'facts: [{ id: x }]\n', 'd.md': WRONG });
  const r = cli(['check', '--format', 'json', '--fail-on', 'never', 'd.md'], dir);
  return expect(parses(r.out) && r.code === 0, `exit ${r.code}, parses ${parses(r.out)}`);
});
add('output', 'sarif with a pack error is still SARIF and names the error', () => {
  const dir = tree({ '.factdesk/p.facts.yaml': 'facts: [{ id: x }]\n', 'd.md': WRONG });
  const r = cli(['check', '--format', 'sarif', 'd.md'], dir);
  return expect(
    parses(r.out) && (/p\.facts\.yaml/.test(r.out) || /p\.facts\.yaml/.test(r.err)),
    `parses ${parses(r.out)}: ${r.err.slice(0, 100)}`,
  );
});
// A tab is no control a terminal acts on (the harness's CONTROL allows it): what matters is one line per finding.
add('output', 'text output: one finding per line with a draft file name holding a tab and a newline', () => {
  const r = cli(['check', '.'], tree({ 'a\tb.md': WRONG, 'c\nd.md': WRONG }));
  const heads = r.out.split('\n').filter((l) => /: error: /.test(l));
  return expect(
    heads.length === 2 && heads.every((l) => /^(?:a\tb|c.*d)\.md:1:21: error/.test(l)),
    `lines ${JSON.stringify(heads)}`,
  );
});
add('output', 'json: a finding on the last line with no newline slices to its claim', () => {
  const text = 'Intro.\r\n\r\nThe Nvidia H200 has 96 GB of memory.';
  const r = cli(['check', '--format', 'json', 'd.md'], tree({ 'd.md': text }));
  const f = JSON.parse(r.out).files[0].findings[0];
  const line = text.split(/\r\n/)[f.range.start.line]!;
  return expect(
    line.slice(f.range.start.character, f.range.end.character) === '96 GB',
    `range ${JSON.stringify(f.range)}`,
  );
});

// ---------- 8. Validation and exit codes ----------
const exit2 = (args: string[], env: Record<string, string> = {}) => {
  const r = cli(args, tree({ 'd.md': WRONG }), env);
  return expect(
    r.code === 2 && !/^ +at /m.test(r.err),
    `exit ${r.code}: ${(r.err || r.out).split('\n')[0]?.slice(0, 100)}`,
  );
};
add('exit', '--as-of with a Unicode minus year "−2023-01-01"', () =>
  exit2(['check', '--as-of', '\u22122023-01-01', 'd.md']),
);
add('exit', '--as-of with Arabic-Indic digits', () => exit2(['check', '--as-of', '٢٠٢٣-٠١-٠١', 'd.md']));
add('exit', '--as-of with a trailing Hangul filler', () => exit2(['check', '--as-of', '2023-01-01\u3164', 'd.md']));
add('exit', '--as-of with an en dash "2023–01–01"', () => exit2(['check', '--as-of', '2023\u201301\u201301', 'd.md']));
add(
  'exit',
  '--jobs 0 / -1 / 1e9',
  () =>
    exit2(['check', '--jobs', '0', 'd.md']) ??
    exit2(['check', '--jobs', '-1', 'd.md']) ??
    exit2(['check', '--jobs', '1e9', 'd.md']),
);
add('exit', 'a missing draft among good ones is exit 2 and named', () => {
  const r = cli(['check', 'd.md', 'missing.md'], tree({ 'd.md': WRONG }));
  return expect(r.code === 2 && /missing\.md/.test(r.err), `exit ${r.code}: ${r.err.slice(0, 100)}`);
});
add('exit', 'record validate: a fullwidth entity name is an error (exit 1)', () => {
  const dir = tree({ 'p.facts.yaml': acmePack({ name: 'ＡＣＭＥ X1', description: 'ok' }) });
  const r = cli(['record', 'validate', 'p.facts.yaml'], dir);
  return expect(r.code === 1 && /fullwidth/.test(r.err + r.out), `exit ${r.code}: ${(r.err + r.out).slice(0, 120)}`);
});
add('exit', 'record validate: a status with no start for a new chip is an error', () => {
  const extra = `  - id: acme-x1.china-status.unrestricted
    kind: status
    entity: acme-x1
    jurisdiction: china
    status: unrestricted
    valid: { to: 2025-01-01 }
    summary: x
    citations: [{ source: desk-memo, quote: "x" }]
`;
  const dir = tree({ 'p.facts.yaml': acme('ok', extra) });
  const r = cli(['record', 'validate', 'p.facts.yaml'], dir);
  return expect(r.code === 1 && /valid\.from/.test(r.err + r.out), `exit ${r.code}: ${(r.err + r.out).slice(0, 120)}`);
});
add('exit', 'explain: an entity spelled with a Cyrillic letter is exit 2 with a suggestion, not another entity', () => {
  const r = cli(['explain', 'Н200'], tree({}));
  return expect(r.code === 2 || /H200/.test(r.out), `exit ${r.code}: ${(r.out + r.err).slice(0, 100)}`);
});

// ---------- 9. Files and encodings ----------
add('files', 'a draft with one invalid UTF-8 byte (Windows-1252 quote) says so', () => {
  const buf = Buffer.concat([
    Buffer.from('The Nvidia H200 has '),
    Buffer.from([0x93]),
    Buffer.from('96 GB of memory.\n'),
  ]);
  const r = cli(['check', 'd.md'], tree({ 'd.md': buf }));
  return expect(
    r.code === 1 || /UTF-8|encoding|byte/i.test(r.out + r.err),
    `exit ${r.code}: ${(r.out + r.err).slice(0, 120)}`,
  );
});
add('files', 'a UTF-32 LE draft gets a word', () => {
  const s = '\ufeff' + WRONG;
  const buf = Buffer.alloc(s.length * 4);
  for (let i = 0; i < s.length; i++) buf.writeUInt32LE(s.charCodeAt(i), i * 4);
  const r = cli(['check', 'd.md'], tree({ 'd.md': buf }));
  return expect(
    r.code === 1 || r.code === 2 || /UTF-32|encoding/i.test(r.out + r.err),
    `exit ${r.code}: ${(r.out + r.err).slice(0, 120)}`,
  );
});
add('files', 'a pack in UTF-16 with BOM is read or refused with a word', () => {
  const buf = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(acme('ok'), 'utf16le')]);
  const r = cli(
    ['check', 'd.md'],
    tree({ '.factdesk/p.facts.yaml': buf, 'd.md': 'The Acme X1 has 40 GB of memory.\n' }),
  );
  return expect(r.code === 1 || /UTF-16|encoding/i.test(r.err), `exit ${r.code}: ${r.err.slice(0, 120)}`);
});
add('files', 'a draft with CRLF and a lone CR inside a table', () => {
  const r = cli(
    ['check', '--format', 'json', 'd.md'],
    tree({ 'd.md': '| chip | memory |\r\n|---|---|\r\n| Nvidia H200 |\r 96 GB |\r\n' }),
  );
  return expect(r.code !== null && r.code < 2 && parses(r.out), `exit ${r.code}`);
});
add('files', 'a pack with CR-only lines', () => {
  const r = cli(
    ['check', 'd.md'],
    tree({ '.factdesk/p.facts.yaml': acme('ok').replace(/\n/g, '\r'), 'd.md': 'The Acme X1 has 40 GB of memory.\n' }),
  );
  return expect(r.code === 1, `exit ${r.code}: ${r.err.slice(0, 120)}`);
});
add('files', 'a .markdown and a .MD draft are checked like .md', () => {
  const r = cli(['check', '--format', 'json', '.'], tree({ 'a.markdown': WRONG, 'b.MD': WRONG }));
  const n = parses(r.out) ? JSON.parse(r.out).files.length : -1;
  return expect(n === 2 || /skipp|not checked/i.test(r.err + r.out), `${n} files checked: ${r.err.slice(0, 100)}`);
});
add('files', 'a draft named with a Unicode minus and a filler in SARIF uri', () => {
  const r = cli(['check', '--format', 'sarif', '.'], tree({ 'a\u2212b\u3164.md': WRONG }));
  const uri = JSON.parse(r.out).runs[0].results[0]?.locations[0].physicalLocation.artifactLocation.uri ?? '';
  return expect(/^[\w\-.~%/]+$/.test(uri) && decodeURIComponent(uri) === 'a\u2212b\u3164.md', `uri ${uri}`);
});

// ---------- a. super-linear readers found by hand, doubling again ----------
add('time', 'a 64 KB table of minus figures', () =>
  linear((n) => '| a | b |\n|---|---|\n' + fill('| H200 | \u221296 GB |\n', n)),
);
add('time', 'front matter dates with BOMs and fillers', () =>
  linear((n) => '---\n' + fill('date: \ufeff2023-01-10\u3164\n', n) + '---\n' + WRONG),
);
add('time', 'numbers split by a tag every digit', () => linear((n) => fill('9<i>', n, 'The H200 has ', '6 GB')));
add('time', 'Cherokee letters runs (look-alike scan)', () => linear((n) => fill('ᏋᎪᏴ ', n, 'The ', ' H200 96 GB')));

runProbe(cases);
void path;
void fs;
