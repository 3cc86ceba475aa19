/**
 * A fresh outside probe (issue 15, "done when"): hostile inputs invented for
 * this round, not taken from reliability-probe.md, over its seven groups —
 * hangs and super-linear work, lost or silently wrong results, crashes,
 * injection (active content), output validity, validation and exit codes, and
 * packs that switch facts off. Engine and pack cases run in-process; CLI cases
 * run the built CLI in a child process (30 s guard each; they take ~0.3 s).
 * Time is checked by work counts (characters handed to regexes, as
 * linear-time.test.ts counts them) and by the notes that bound a block's
 * cost, never by a wall-clock assertion. Results: docs/hardening.md.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createEngine, entityCard, MAX_MENTIONS_PER_SENTENCE, type Engine } from '../../../src/engine';
import { HOVER_COMMANDS } from '../../../src/extension/logic/hover';
import { refusedPackDiagnostics } from '../../../src/extension/logic/packs';
import { discoverPacksChecked, loadPacks } from '../../../src/packs/packs';
import { bundledRecord } from '../../helpers/record';
import { workOf } from '../../helpers/work';
import { assertInert, elements, renderAll } from '../extension/hostile-fixtures';

const OPTIONS = { asOf: '2025-11-27', today: '2026-11-23' };
const CLAIM = 'The H200 has 96 GB of HBM3e memory.';
const H200_MEMORY = 'h200.memory_capacity';

let sharedEngine: Engine | undefined;
const engine = () => (sharedEngine ??= createEngine(bundledRecord()));

const rep = (head: string, unit: string, size: number, tail = '') =>
  head + unit.repeat(Math.max(1, Math.floor((size - head.length - tail.length) / unit.length))) + tail;

// ── 1. Hangs and super-linear work ─────────────────────────────────────────
/** Drafts of about `n` characters in one block: doubling n may at most roughly double the work. */
const GROWTH: [string, (n: number) => string][] = [
  ['N01 a run of percentages', (n) => rep('The H100 has ', '5% ', n)],
  ['N02 a run of ISO dates', (n) => rep('The H20 was restricted on ', '2023-10-17, ', n)],
  ['N03 a run of month names', (n) => rep('The H20 was banned in ', 'October ', n)],
  ['N04 a run of "GB"', (n) => rep('The H200 has ', 'GB ', n)],
  ['N05 nested parentheses', (n) => `The H200 has 96 GB ${'('.repeat(n / 2)}${')'.repeat(n / 2)}`],
  ['N06 emphasis markers', (n) => rep('The H200 has 96 GB ', '*_', n)],
  ['N07 HTML tag openers', (n) => rep('The H200 has 96 GB ', '<a ', n)],
  ['N08 entity-like runs', (n) => rep('The H200 has 96 GB ', '&amp', n)],
  ['N09 hyphen chains', (n) => rep('The H200 has ', 'a-', n)],
  ['N10 comma-grouped digits', (n) => rep('The H200 has ', '1,', n)],
  ['N11 a long decimal', (n) => rep('The H200 has 1', '.1', n)],
  ['N12 unbalanced straight quotes', (n) => rep('The H200 has ', '"a ', n)],
  ['N13 possessives', (n) => rep('The H200 has ', "'s ", n)],
  ['N14 footnote references', (n) => rep('The H200 has 96 GB', '[^a]', n)],
  ['N15 autolink openers', (n) => rep('The H200 has 96 GB ', '<http://a', n)],
  ['N16 bare URLs', (n) => rep('The H200 has 96 GB ', 'http://a.b/', n)],
  ['N17 no-break spaces', (n) => rep('The H200 has', '\u00a0', n, '96 GB')],
  ['N18 zero-width spaces', (n) => rep('The H200 has 96', '\u200b', n, ' GB')],
  ['N19 combining accents', (n) => rep('The H200 has 96 GB e', '\u0301', n)],
  ['N20 lone surrogates', (n) => rep('The H200 has 96 GB ', '\ud800', n)],
  ['N21 number words', (n) => rep('The H200 has ', 'ninety six ', n)],
  ['N22 ranges', (n) => rep('The H200 has ', '96-141 ', n)],
  ['N23 bandwidth units', (n) => rep('The H200 has 4.8 ', 'TB/s ', n)],
  ['N24 a run of years before a claim', (n) => rep('In ', '2023 ', n, 'the H20 was banned.')],
  ['N25 colons', (n) => rep('The H200 has 96 GB', ':', n)],
  ['N26 tabs', (n) => rep('The H200 has 96', '\t', n, 'GB')],
  ['N27 repeated "not"', (n) => rep('The H20 was ', 'not ', n, 'banned.')],
  ['N28 repeated "than"', (n) => rep('The H200 has more ', 'than ', n, '96 GB.')],
  ['N29 multipliers', (n) => rep('The H200 has ', '2x ', n)],
  ['N30 dollar amounts', (n) => rep('The H200 costs ', '$1 ', n)],
];
const SIZES = [4 * 1024, 8 * 1024, 16 * 1024];
/** As in linear-time.test.ts: a doubling may cost up to 2.5 times the work. */
const PER_DOUBLING = 2.5;

/** A "sentence" that is a list of names (no full stop): the reader pairs its mentions, so it is bounded by a note. */
const CROWDED: [string, string][] = [
  ['N31 chip names without a full stop', 'H100 H200 H20 '.repeat(4000)],
  ['N32 one company name repeated', 'Nvidia '.repeat(8000)],
  ['N33 "and" chains of chips', `The H200 ${'and H100 '.repeat(6000)}have 96 GB.`],
  ['N34 chips separated by commas', 'H100, '.repeat(8000)],
  ['N35 a table cell of chip names', `| chip |\n|---|\n| ${'H20 '.repeat(6000)}|`],
];

// ── 2. Lost or silently wrong results ──────────────────────────────────────
/** Drafts whose one false claim (the H200's memory) must still be found. */
const STILL_FOUND: [string, string][] = [
  ['L01 after a crowded paragraph (the cap skips only that block)', `${'Nvidia '.repeat(500)}\n\n${CLAIM}`],
  ['L02 after a byte-order mark', `\ufeff${CLAIM}`],
  ['L03 with CRLF line ends', `# Memo\r\n\r\n${CLAIM}\r\n`],
  ['L04 with lone CR line ends', `# Memo\r\r${CLAIM}\r`],
  ['L05 in a list item', `- ${CLAIM}`],
  ['L06 in a nested list', `- a\n  - b\n    - ${CLAIM}`],
  ['L07 in emphasis', `*${CLAIM}*`],
  ['L08 in a heading', `## ${CLAIM}`],
  ['L09 after a closed HTML comment', `<!-- note -->\n\n${CLAIM}`],
  ['L10 after a closed code fence', `\`\`\`\ncode\n\`\`\`\n\n${CLAIM}`],
  ['L11 after a link definition', `[a]: https://example.com\n\n${CLAIM}`],
  ['L12 after front matter with an impossible date', `---\ndate: 2025-02-30\n---\n\n${CLAIM}`],
  ['L13 after 200 empty lines', `${'\n'.repeat(200)}${CLAIM}`],
  ['L14 after a paragraph of emoji', `${'😀'.repeat(2000)}\n\n${CLAIM}`],
  ['L15 after a paragraph of lone surrogates', `${'\ud800'.repeat(2000)}\n\n${CLAIM}`],
  ['L16 after a line of 10,000 dots', `${'.'.repeat(10000)}\n\n${CLAIM}`],
  ['L17 with a trailing NUL', `${CLAIM}\u0000`],
  ['L18 after a line separator', `Intro.\u2028${CLAIM}`],
  ['L19 the second of two identical paragraphs', `${CLAIM}\n\n${CLAIM}`],
  ['L20 after a table', `| a | b |\n|---|---|\n| 1 | 2 |\n\n${CLAIM}`],
];

// ── 3. Crashes: none of these may throw ────────────────────────────────────
const NO_THROW: [string, string][] = [
  ['C01 an exponent too large for a double', 'The H200 has 1e999 GB of memory.'],
  ['C02 a 40-digit amount', `The H200 has ${'9'.repeat(40)} GB of memory.`],
  ['C03 negative zero', 'The H200 has -0 GB of memory.'],
  ['C04 brackets 20,000 deep', `The H200 ${'['.repeat(20000)}${']'.repeat(20000)}`],
  ['C05 block quotes 5,000 deep', `${'>'.repeat(5000)} ${CLAIM}`],
  [
    'C06 list items 3,000 deep',
    `${Array.from({ length: 3000 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n')}\n${CLAIM}`,
  ],
  ['C07 only NUL characters', '\u0000'.repeat(5000)],
  ['C08 a date of year 0000', 'The H20 was banned on 0000-01-01.'],
  ['C09 a date of year 9999', 'The H20 was banned on 9999-12-31.'],
  ['C10 February 30th in prose', 'The H20 was banned on February 30, 2024.'],
  ['C11 a front matter that never closes', `---\ndate: 2025-01-01\n${CLAIM}`],
  ['C12 front matter of a 5,000-level flow sequence', `---\ndate: ${'['.repeat(5000)}\n---\n${CLAIM}`],
  ['C13 an unclosed code fence then claims', `\`\`\`\n${CLAIM}\n`.repeat(50)],
  ['C14 a "factdesk-ignore" marker alone', '<!-- factdesk-ignore -->'],
  ['C15 private-use and noncharacters', '\ue000\uffff\ufffe The H200 has 96 GB.'],
];

// ── 4. Injection: pack text shown in a card stays inert ────────────────────
const PAYLOADS: [string, string][] = [
  ['I01 a reference-style command link', '[x][c]\n\n[c]: command:workbench.action.terminal.new'],
  ['I02 an autolink to a command', '<command:workbench.action.terminal.new>'],
  ['I03 an HTML image with onerror', '<img src="https://tracker.example/p.png" onerror="alert(1)">'],
  ['I04 a markdown image', '![p](https://tracker.example/p.png)'],
  ['I05 a javascript: link', '[click](javascript:alert(1))'],
  ['I06 a data: link', '[d](data:text/html;base64,PHNjcmlwdD4=)'],
  ['I07 a backslash before the bracket', '\\[x](command:workbench.action.terminal.new)'],
  ['I08 HTML entities spelling a link', '&#91;x&#93;&#40;command:workbench.action.terminal.new&#41;'],
  ['I09 an iframe', '<iframe src="https://evil.example/"></iframe>'],
  ['I10 a link split by a zero-width space', '[x]\u200b(https://evil.example/)'],
  ['I11 a link inside a table row', '| a |\n|---|\n| [x](https://evil.example/) |'],
  ['I12 a setext heading and a rule', 'Title\n=====\n\n---\n[x](https://evil.example/)'],
];

const packWith = (description: string, title: string) =>
  JSON.stringify({
    publishers: [{ id: 'the-desk', name: 'The Desk', tier: 'named-outlet', hosts: ['desk.example'] }],
    sources: [
      {
        id: 'desk-memo',
        title,
        publisher: 'The Desk',
        url: 'https://desk.example/memo',
        date: '2026-01-05',
        accessed: '2026-01-05',
      },
    ],
    entities: [{ id: 'acme-x9', kind: 'chip', name: 'Acme X9', description }],
    facts: [
      {
        id: 'acme-x9.memory_capacity',
        kind: 'quantity',
        entity: 'acme-x9',
        attribute: 'memory_capacity',
        value: { amount: 48, unit: 'GB' },
        citations: [{ source: 'desk-memo', quote: '48 GB' }],
        asOf: '2026-01-05',
      },
    ],
  });
const loadText = (packs: Record<string, string>) =>
  loadPacks(
    bundledRecord(),
    Object.keys(packs),
    (f) => f,
    (f) => packs[f]!,
  );

// ── 7. Packs that switch facts off (in-process part) ───────────────────────
const SOURCE = `publishers: [{ id: the-desk, name: The Desk, tier: named-outlet, hosts: [desk.example] }]\nsources:\n  - { id: desk-memo, title: Desk memo, publisher: The Desk, url: "https://desk.example/memo", date: 2026-01-05, accessed: 2026-01-05 }\n`;
const entity = (fields: string) =>
  `${SOURCE}entities:\n  - { id: acme-x1, kind: chip, description: A chip., ${fields} }\n`;
const PACK_CASES: { id: string; what: string; pack: string; error: RegExp }[] = [
  {
    id: 'S01',
    what: 'an entity name of one space (would match every space)',
    pack: entity("name: ' '"),
    error: /entities\[0\]\.name: a name needs a letter or a digit/,
  },
  {
    id: 'S02',
    what: 'an alias of punctuation only',
    pack: entity("name: Acme X1, aliases: ['--']"),
    error: /entities\[0\]\.aliases\[0\]: a name needs a letter or a digit/,
  },
  {
    id: 'S03',
    what: 'an alias of a zero-width space',
    pack: entity("name: Acme X1, aliases: ['\u200b']"),
    error: /aliases\[0\]: a name needs a letter or a digit/,
  },
  {
    id: 'S04',
    what: 'a variant name of spaces',
    pack: entity("name: Acme X1, variants: [{ id: sxm, name: '   ' }]"),
    error: /variants\[0\]\.name: a name needs a letter or a digit/,
  },
  {
    id: 'S05',
    what: 'a YAML alias bomb',
    pack: `a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\nfacts: [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n`,
    error: /resource exhaustion|alias/i,
  },
  {
    id: 'S06',
    what: 'an entity id of __proto__',
    pack: entity('id2: x, name: Proto').replace('id: acme-x1', 'id: __proto__').replace(', id2: x', ''),
    error: /entities\[0\]\.id: an id of lowercase letters/,
  },
  {
    id: 'S07',
    what: 'a __proto__ key at the top',
    pack: `__proto__: { polluted: true }\n`,
    error: /__proto__|unknown field/,
  },
  {
    id: 'S08',
    what: 'a NaN amount',
    pack: `${SOURCE}overrides:\n  - { id: h200.memory_capacity, kind: quantity, entity: nvidia-h200, attribute: memory_capacity, value: { amount: .nan, unit: GB }, citations: [{ source: desk-memo, quote: q }], asOf: 2026-01-05 }\n`,
    error: /value\.amount/,
  },
  {
    id: 'S09',
    what: 'an infinite amount',
    pack: `${SOURCE}overrides:\n  - { id: h200.memory_capacity, kind: quantity, entity: nvidia-h200, attribute: memory_capacity, value: { amount: .inf, unit: GB }, citations: [{ source: desk-memo, quote: q }], asOf: 2026-01-05 }\n`,
    error: /value\.amount/,
  },
  {
    id: 'S10',
    what: 'a JS-function tag',
    pack: "facts: !!js/function 'function(){}'\n",
    error: /js\/function|tag|facts/i,
  },
  { id: 'S11', what: 'a duplicate top-level key', pack: 'facts: []\nfacts: []\n', error: /[Dd]uplicate|unique/ },
  {
    id: 'S12',
    what: 'an override citing a source of no pack',
    pack: `overrides:\n  - { id: h200.memory_capacity, kind: quantity, entity: nvidia-h200, attribute: memory_capacity, value: { amount: 96, unit: GB }, citations: [{ source: nowhere, quote: q }], asOf: 2026-01-05 }\n`,
    error: /nowhere/,
  },
];

// ── 5, 6, 7. CLI cases (output validity, validation and exit codes, packs) ──
const ROOT = path.join(__dirname, '..', '..', '..');
const CLI = process.env.FACTDESK_PROBE_CLI ?? path.join(ROOT, 'dist', 'cli.js');
interface Run {
  code: number | null;
  out: string;
  err: string;
  timedOut: boolean;
}
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
function factdesk(args: string[], cwd: string, env: Record<string, string> = {}): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 30_000,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, FACTDESK_TODAY: '2026-11-23', NO_COLOR: '1', ...env },
  });
  return {
    code: r.status,
    out: r.stdout ?? '',
    err: r.stderr ?? '',
    timedOut: r.error?.message.includes('ETIMEDOUT') ?? false,
  };
}
const clean = (r: Run) => {
  assert.equal(r.timedOut, false, 'no hang');
  const all = r.out + r.err;
  assert.doesNotMatch(all, /internal error|Unhandled 'error'/, all);
  assert.ok(!all.split('\n').some((l) => /^ +at \S+ \(/.test(l)), all);
  assert.doesNotMatch(all, RAW_CONTROL, JSON.stringify(all.slice(0, 300)));
};
const usage = (message: RegExp) => (r: Run) => {
  clean(r);
  assert.equal(r.code, 2, r.out + r.err);
  assert.match(r.err, message);
};
interface CliCase {
  id: string;
  what: string;
  files?: Record<string, string>;
  setup?: (dir: string) => void;
  args: string[];
  env?: Record<string, string>;
  expect: (r: Run, dir: string) => void;
}
const DRAFT = { 'd.md': `${CLAIM}\n` };
const summary = (r: Run) => r.out.trim().split('\n').pop()!;
const CLI_CASES: CliCase[] = [
  // Validation and exit codes
  {
    id: 'V01',
    what: 'an unknown --format',
    files: DRAFT,
    args: ['check', '--format', 'xml', 'd.md'],
    expect: usage(/--format xml: expected text, json, jsonl, sarif or github/),
  },
  {
    id: 'V02',
    what: '--as-of without zero padding',
    files: DRAFT,
    args: ['check', '--as-of', '2025-2-3', 'd.md'],
    expect: usage(/expected a date YYYY-MM-DD/),
  },
  {
    id: 'V03',
    what: 'an empty --as-of',
    files: DRAFT,
    args: ['check', '--as-of', '', 'd.md'],
    expect: usage(/expected a date YYYY-MM-DD/),
  },
  {
    id: 'V04',
    what: 'a five-digit year',
    files: DRAFT,
    args: ['check', '--as-of', '99999-01-01', 'd.md'],
    expect: usage(/expected a date YYYY-MM-DD/),
  },
  {
    id: 'V05',
    what: 'an unknown --fail-on',
    files: DRAFT,
    args: ['check', '--fail-on', 'bogus', 'd.md'],
    expect: usage(/--fail-on bogus: expected error, warning or never/),
  },
  {
    id: 'V06',
    what: 'an unknown option',
    files: DRAFT,
    args: ['check', '--bogus', 'd.md'],
    expect: usage(/Unknown option '--bogus'/),
  },
  { id: 'V07', what: 'check without a path', args: ['check'], expect: usage(/check needs at least one file/) },
  { id: 'V08', what: 'explain without an entity', args: ['explain'], expect: usage(/explain needs an entity name/) },
  {
    id: 'V09',
    what: 'explain of an empty name',
    args: ['explain', ''],
    expect: usage(/no entity or fact "" in the record/),
  },
  {
    id: 'V10',
    what: 'explain of a name with an ANSI escape: escaped in the message',
    args: ['explain', '\u001b[31mx'],
    expect: usage(/no entity or fact "\\x1B\[31mx"/),
  },
  {
    id: 'V11',
    what: 'sweep of a missing file',
    args: ['sweep', 'nosuch.md'],
    expect: usage(/nosuch\.md: no such file or folder/),
  },
  {
    id: 'V12',
    what: 'sweep --at an impossible day',
    files: DRAFT,
    args: ['sweep', '--at', '2025-02-30', 'd.md'],
    expect: usage(/--at 2025-02-30: expected a date/),
  },
  {
    id: 'V13',
    what: 'a path that looks like an option, after --',
    args: ['check', '--', '--x.md'],
    expect: usage(/--x\.md: no such file or folder/),
  },
  { id: 'V14', what: '--as-of with no value', args: ['check', '--as-of'], expect: usage(/argument missing/) },
  { id: 'V15', what: '--pack with no value', args: ['check', '--pack'], expect: usage(/argument missing/) },
  {
    id: 'V16',
    what: 'record without a subcommand',
    args: ['record'],
    expect: usage(/expected validate, test or stats/),
  },
  {
    id: 'V17',
    what: 'FACTDESK_TODAY not a date',
    files: DRAFT,
    args: ['check', 'd.md'],
    env: { FACTDESK_TODAY: 'garbage' },
    expect: usage(/FACTDESK_TODAY=garbage: expected a date/),
  },
  {
    id: 'V18',
    what: 'FACTDESK_TODAY an impossible day, for sweep',
    files: DRAFT,
    args: ['sweep', 'd.md'],
    env: { FACTDESK_TODAY: '2025-02-30' },
    expect: usage(/FACTDESK_TODAY=2025-02-30/),
  },
  {
    id: 'V19',
    what: 'explain --as-of month 13',
    args: ['explain', 'H200', '--as-of', '2025-13-01'],
    expect: usage(/not in the calendar/),
  },
  {
    id: 'V20',
    what: 'sweep --format xml',
    files: DRAFT,
    args: ['sweep', '--format', 'xml', 'd.md'],
    expect: usage(/expected text, json or markdown for sweep/),
  },
  {
    id: 'V21',
    what: 'the same file named twice is checked once',
    files: DRAFT,
    args: ['check', 'd.md', 'd.md'],
    expect: (r) => {
      clean(r);
      assert.equal(r.code, 1);
      assert.match(summary(r), /^1 error, 0 warnings, 0 information in 1 file/);
    },
  },
  // Output validity
  ...(['json', 'sarif'] as const).flatMap((format) =>
    ['a b.md', 'x#1.md', 'ü é.md', 'q?.md', '100%.md'].map((name, i): CliCase => ({
      id: `O${format === 'json' ? 1 : 2}${i}`,
      what: `--format ${format} on a file named ${JSON.stringify(name)} parses, one finding`,
      files: { [name]: `${CLAIM}\n` },
      args: ['check', '--format', format, name],
      expect: (r) => {
        clean(r);
        assert.equal(r.code, 1);
        const doc = JSON.parse(r.out);
        if (format === 'json') {
          assert.equal(doc.files[0].path, name);
          assert.equal(doc.files[0].findings.length, 1);
        } else {
          const [result] = doc.runs[0].results;
          assert.equal(doc.runs[0].results.length, 1);
          const uri: string = result.locations[0].physicalLocation.artifactLocation.uri;
          assert.equal(decodeURIComponent(uri), name);
          assert.doesNotMatch(uri, /[ #?%](?![0-9A-F]{2})/);
        }
      },
    })),
  ),
  {
    id: 'O30',
    what: '--format github: one workflow command per finding, on one line',
    files: { 'a,b:c.md': `${CLAIM}\n` },
    args: ['check', '--format', 'github', 'a,b:c.md'],
    expect: (r) => {
      clean(r);
      const commands = r.out.split('\n').filter((l) => l.startsWith('::'));
      assert.equal(commands.length, 1);
      assert.match(commands[0]!, /^::error file=a%2Cb%3Ac\.md,line=1,/);
    },
  },
  {
    id: 'O31',
    what: '--format json of an empty draft',
    files: { 'e.md': '' },
    args: ['check', '--format', 'json', 'e.md'],
    expect: (r) => {
      clean(r);
      assert.equal(r.code, 0);
      assert.deepEqual(JSON.parse(r.out).files[0].findings, []);
    },
  },
  {
    id: 'O32',
    what: 'a crowded paragraph: read (in windows, round four), no note, the claim after it found',
    files: { 'c.md': `${'Nvidia '.repeat(500)}\n\n${CLAIM}\n` },
    args: ['check', '--format', 'json', 'c.md'],
    expect: (r) => {
      clean(r);
      const file = JSON.parse(r.out).files[0];
      assert.equal(file.findings.length, 1);
      assert.equal(file.notes, undefined);
    },
  },
  {
    id: 'O33',
    what: 'explain of an entity a pack names with control characters prints them escaped',
    files: {
      '.factdesk/p.facts.yaml': `${SOURCE}entities:\n  - { id: acme-x1, kind: chip, name: "Acme X1", description: "Evil \\e[2J\\rdescription" }\n`,
    },
    args: ['explain', 'Acme X1'],
    expect: (r) => {
      clean(r);
      assert.equal(r.code, 0);
      assert.match(r.out, /Evil/);
    },
  },
  // Packs that switch facts off, through the CLI
  {
    id: 'S20',
    what: 'a refused pack is not counted as applied (text summary)',
    files: { ...DRAFT, '.factdesk/p.facts.yaml': 'facts: [1]\n' },
    args: ['check', 'd.md'],
    expect: (r) => {
      clean(r);
      assert.match(r.err, /p\.facts\.yaml:1:\d+: error: facts\[0\]/);
      assert.doesNotMatch(summary(r), /\+ 1 pack/);
    },
  },
  {
    id: 'S21',
    what: 'a refused pack is not listed in the JSON record',
    files: { ...DRAFT, '.factdesk/p.facts.yaml': 'facts: [1]\n' },
    args: ['check', '--format', 'json', 'd.md'],
    expect: (r) => {
      clean(r);
      assert.deepEqual(JSON.parse(r.out).record.packs, []);
    },
  },
  {
    id: 'S22',
    what: 'a good pack is listed',
    files: { ...DRAFT, '.factdesk/p.facts.yaml': 'facts: []\n' },
    args: ['check', '--format', 'json', 'd.md'],
    expect: (r) => {
      clean(r);
      assert.deepEqual(JSON.parse(r.out).record.packs, ['.factdesk/p.facts.yaml']);
    },
  },
  {
    id: 'S23',
    what: 'a FIFO named like a pack in .factdesk: named, not read, no hang',
    files: DRAFT,
    setup: (dir) => void spawnSync('mkfifo', [path.join(dir, '.factdesk', 'f.facts.yaml')]),
    args: ['check', 'd.md'],
    expect: (r) => {
      clean(r);
      assert.match(r.err, /f\.facts\.yaml.*not a regular file \(a FIFO, socket or device\): not read/);
      assert.equal(r.code, 1);
    },
  },
  {
    id: 'S24',
    what: 'a symlink to a FIFO in .factdesk: named, not read, no hang',
    files: DRAFT,
    setup: (dir) => {
      spawnSync('mkfifo', [path.join(dir, '.factdesk', 'fifo')]);
      fs.symlinkSync('fifo', path.join(dir, '.factdesk', 'l.facts.yaml'));
    },
    args: ['check', 'd.md'],
    expect: (r) => {
      clean(r);
      assert.match(r.err, /l\.facts\.yaml.*not a regular file/);
    },
  },
  {
    id: 'S25',
    what: 'record validate names a FIFO pack (a warning, as for any refused pack)',
    setup: (dir) => void spawnSync('mkfifo', [path.join(dir, '.factdesk', 'f.facts.yaml')]),
    args: ['record', 'validate'],
    expect: (r) => {
      clean(r);
      assert.match(
        r.out + r.err,
        /\.factdesk\/f\.facts\.yaml: warning: pack file is not a regular file \(a FIFO, socket or device\): not read/,
      );
    },
  },
  {
    id: 'S26',
    what: 'an entity named " " is refused and the bundled fact still applies',
    files: { ...DRAFT, '.factdesk/p.facts.yaml': entity("name: ' '") },
    args: ['check', 'd.md'],
    expect: (r) => {
      clean(r);
      assert.match(r.err, /a name needs a letter or a digit/);
      assert.match(summary(r), /^1 error/);
    },
  },
];

describe('hardening: a fresh outside probe (issue 15, round two)', function () {
  this.timeout(180_000);

  describe('1. hangs and super-linear work', () => {
    for (const [what, make] of GROWTH) {
      it(`${what}: doubling the draft at most roughly doubles the work`, () => {
        const works = SIZES.map((n) => workOf(make(n)).work);
        for (let i = 1; i < works.length; i++) {
          const ratio = works[i]! / works[i - 1]!;
          assert.ok(ratio <= PER_DOUBLING, `${what}: ×${ratio.toFixed(2)} (${works.join(' → ')})`);
        }
      });
    }
    // Round four: a crowded sentence is read in windows (pipeline/claims.ts sentenceWindows), no longer skipped.
    for (const [what, text] of CROWDED) {
      it(`${what}: read in windows, no note, and half of it costs about half the work`, () => {
        const whole = workOf(text);
        assert.equal(whole.result.notes, undefined);
        const half = workOf(text.slice(0, Math.floor(text.length / 2)));
        assert.ok(whole.work / half.work <= PER_DOUBLING, `×${(whole.work / half.work).toFixed(2)}`);
      });
    }
    it(`N36 a sentence naming ${MAX_MENTIONS_PER_SENTENCE} things is still read`, () => {
      const text = `${'H100, '.repeat(MAX_MENTIONS_PER_SENTENCE - 1)}and the H200 has 96 GB of HBM3e memory.`;
      const r = engine().check(text, OPTIONS);
      assert.equal(r.notes, undefined);
    });
  });

  describe('2. lost or silently wrong results', () => {
    for (const [what, text] of STILL_FOUND) {
      it(`${what}: the false claim is found`, () => {
        const ids = engine()
          .check(text, OPTIONS)
          .findings.map((f) => f.factId);
        assert.ok(ids.includes(H200_MEMORY), `found: ${JSON.stringify(ids)}`);
      });
    }
  });

  describe('3. crashes', () => {
    for (const [what, text] of NO_THROW) {
      it(`${what}: checked without a throw`, () => {
        const r = engine().check(text, OPTIONS);
        assert.ok(Array.isArray(r.findings));
        assert.ok(r.mentions.length >= 0);
      });
    }
  });

  describe('4. injection: hostile pack text in the fact card', () => {
    for (const [what, payload] of PAYLOADS) {
      for (const field of ['description', 'source title'] as const) {
        it(`${what}, as the ${field}: no live link, image or HTML`, () => {
          const loaded = loadText({
            'p.facts.yaml': field === 'description' ? packWith(payload, 'Desk memo') : packWith('A chip.', payload),
          });
          assert.deepEqual(
            loaded.errors.map((e) => e.message),
            [],
          );
          const hostile = createEngine(loaded.record);
          const card = entityCard(hostile.index, 'acme-x9', { asOf: '2026-02-01' });
          assertInert(card, hostile, HOVER_COMMANDS);
          for (const { html } of renderAll(card)) {
            assert.ok(!elements(html).some((e) => e.tag === 'img' || e.tag === 'iframe'), html);
            assert.doesNotMatch(html, /href="(?:javascript|data|command):/);
          }
        });
      }
    }
  });

  describe('7. packs that switch facts off (in-process)', () => {
    for (const c of PACK_CASES) {
      it(`${c.id}: ${c.what} is an error, and the bundled fact still applies`, () => {
        const loaded = loadText({ 'p.facts.yaml': c.pack });
        const text = loaded.errors.map((e) => `${e.field}: ${e.message}`).join('\n');
        assert.match(text, c.error);
        const found = createEngine(loaded.record)
          .check(CLAIM, OPTIONS)
          .findings.map((f) => f.factId);
        assert.deepEqual(found, [H200_MEMORY]);
      });
    }

    describe('refused pack files are named (discovery, and the extension’s Problems entries)', () => {
      let dir: string;
      before(() => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factdesk-probe-fresh-'));
        fs.mkdirSync(path.join(dir, 'ws', '.factdesk'), { recursive: true });
        fs.writeFileSync(path.join(dir, 'outside.yaml'), 'facts: []\n');
        fs.writeFileSync(path.join(dir, 'ws', '.factdesk', 'good.facts.yaml'), 'facts: []\n');
        spawnSync('mkfifo', [path.join(dir, 'ws', '.factdesk', 'fifo.facts.yaml')]);
        spawnSync('mkfifo', [path.join(dir, 'ws', '.factdesk', 'target')]);
        fs.symlinkSync('target', path.join(dir, 'ws', '.factdesk', 'to-fifo.facts.yaml'));
        fs.symlinkSync('/dev/null', path.join(dir, 'ws', '.factdesk', 'null.facts.yaml'));
        fs.symlinkSync('../../outside.yaml', path.join(dir, 'ws', '.factdesk', 'out.facts.yaml'));
        fs.mkdirSync(path.join(dir, 'ws', '.factdesk', 'folder.facts.yaml'));
      });
      after(() => fs.rmSync(dir, { recursive: true, force: true }));

      it('S30: a FIFO, a link to a FIFO, a link out and a link to /dev/null are refused by name; a folder is not a pack', () => {
        const ws = path.join(dir, 'ws');
        const { files, refused } = discoverPacksChecked(ws);
        assert.deepEqual(
          files.map((f) => path.relative(ws, f)),
          ['.factdesk/good.facts.yaml'],
        );
        assert.deepEqual(refused.map((r) => [path.relative(ws, r.file), r.reason]).sort(), [
          ['.factdesk/fifo.facts.yaml', 'is not a regular file (a FIFO, socket or device): not read'],
          ['.factdesk/null.facts.yaml', 'is a symbolic link to a file outside the workspace folder: not read'],
          ['.factdesk/out.facts.yaml', 'is a symbolic link to a file outside the workspace folder: not read'],
          ['.factdesk/to-fifo.facts.yaml', 'is not a regular file (a FIFO, socket or device): not read'],
        ]);
      });

      it('S31: the extension puts a warning on each refused pack file, naming why and nothing of its content', () => {
        const ws = path.join(dir, 'ws');
        const { refused } = discoverPacksChecked(ws);
        const problems = refusedPackDiagnostics(refused);
        assert.deepEqual([...problems.keys()].map((f) => path.relative(ws, f)).sort(), [
          '.factdesk/fifo.facts.yaml',
          '.factdesk/null.facts.yaml',
          '.factdesk/out.facts.yaml',
          '.factdesk/to-fifo.facts.yaml',
        ]);
        const fifo = problems.get(path.join(ws, '.factdesk', 'fifo.facts.yaml'))!;
        assert.deepEqual(fifo, [
          {
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            message: 'Fact Desk did not load this pack: it is not a regular file (a FIFO, socket or device): not read',
            severity: 'warning',
            source: 'Fact Desk packs',
            code: 'refused',
          },
        ]);
      });
    });
  });

  describe('5, 6, 7. the built CLI', () => {
    let dir: string;
    before(function () {
      if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build (npm test does)`);
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factdesk-probe-fresh-cli-'));
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));
    for (const c of CLI_CASES) {
      it(`${c.id}: ${c.what}`, () => {
        const root = path.join(dir, c.id);
        fs.mkdirSync(path.join(root, '.factdesk'), { recursive: true });
        for (const [rel, content] of Object.entries(c.files ?? {})) fs.writeFileSync(path.join(root, rel), content);
        c.setup?.(root);
        c.expect(factdesk(c.args, root, c.env), root);
      });
    }
  });
});
