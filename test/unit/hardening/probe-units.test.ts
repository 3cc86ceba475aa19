/**
 * The outside-in reliability probe (../shared/research/reliability-probe.md),
 * in-process part: pack validation against what a pack overrides, pack files
 * read stat-first, the shared glob rule, dates, SARIF URIs, terminal-safe
 * text, JSON written in pieces, comment blocks and invisible characters.
 * Case ids are the report's. No child processes: each table runs in milliseconds.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { displayBytes, safe } from '../../../src/cli/format/escape';
import { jsonChunks } from '../../../src/cli/format/json-chunks';
import { pathToUri } from '../../../src/cli/format/sarif';
import { createEngine, isCalendarDate } from '../../../src/engine';
import { discoverPacksChecked, loadPacks, MAX_ERRORS_PER_PACK, readPackFile } from '../../../src/packs/packs';
import { packSettingsFromText } from '../../../src/packs/folder-settings';
import { bundledRecord, testEngine } from '../../helpers/record';

const SOURCE = `publishers: [{ id: the-desk, name: The Desk, tier: named-outlet, hosts: [desk.example] }]\nsources:\n  - { id: desk-memo, title: Desk memo, publisher: The Desk, url: "https://desk.example/memo", date: 2026-01-05, accessed: 2026-01-05 }\n`;
const override = (fields: string) =>
  `${SOURCE}overrides:\n  - { id: h200.memory_capacity, ${fields}, citations: [{ source: desk-memo, quote: q }], asOf: 2026-01-05 }\n`;
const GOOD_OVERRIDE = override(
  'kind: quantity, entity: nvidia-h200, attribute: memory_capacity, value: { amount: 150, unit: GB }',
);

/** Loads pack texts (by name) over the bundled record. */
const load = (packs: Record<string, string>) =>
  loadPacks(
    bundledRecord(),
    Object.keys(packs),
    (f) => f,
    (f) => packs[f]!,
  );
const AS_OF = { asOf: '2026-02-01' };

describe('hardening: the outside probe, in-process cases (reliability-probe.md)', () => {
  describe('packs validated against what they override (BUG-18, BUG-23, BUG-26)', () => {
    const CASES: {
      id: string;
      what: string;
      packs: Record<string, string>;
      error?: RegExp;
      check?: (l: ReturnType<typeof load>) => void;
    }[] = [
      { id: 'P01', what: 'a good override loads', packs: { 'a.facts.yaml': GOOD_OVERRIDE } },
      {
        id: 'P14',
        what: 'override changing the kind',
        packs: { 'a.facts.yaml': override('kind: category, entity: nvidia-h200, attribute: vendor, value: amd') },
        error:
          /overrides\[0\]\.id: changes the kind of bundled fact "h200\.memory_capacity" \("quantity" → "category"\)/,
      },
      {
        id: 'P15',
        what: 'override moved to another entity',
        packs: {
          'a.facts.yaml': override(
            'kind: quantity, entity: nvidia-h20, attribute: memory_capacity, value: { amount: 96, unit: GB }',
          ),
        },
        error: /changes the entity of bundled fact "h200\.memory_capacity" \("nvidia-h200" → "nvidia-h20"\)/,
      },
      {
        id: 'P15b',
        what: 'override changing the attribute',
        packs: {
          'a.facts.yaml': override(
            'kind: quantity, entity: nvidia-h200, attribute: tdp, value: { amount: 700, unit: W }',
          ),
        },
        error: /changes the attribute/,
      },
      {
        id: 'P16',
        what: 'memory in watts',
        packs: {
          'a.facts.yaml': override(
            'kind: quantity, entity: nvidia-h200, attribute: memory_capacity, value: { amount: 141, unit: W }',
          ),
        },
        error: /overrides\[0\]\.value\.unit: memory_capacity is recorded in GB or TB, not W/,
      },
      {
        id: 'P70',
        what: 'two packs override one fact: an error naming both files',
        packs: { 'a.facts.yaml': GOOD_OVERRIDE, 'b.facts.yaml': GOOD_OVERRIDE.replace('150', '160') },
        error:
          /b\.facts\.yaml:\d+:\d+ overrides\[0\]\.id: fact "h200\.memory_capacity" is already overridden in a\.facts\.yaml:\d+/,
        check: (l) => assert.deepEqual(l.rejected, ['b.facts.yaml']),
      },
      {
        id: 'P13b',
        what: 'a source id of the bundled record redefined with another title',
        packs: {
          'a.facts.yaml': `sources:\n  - { id: geektopia-h200-announced, title: Another title, publisher: Geektopia, url: "https://geektopia.es/es/technology/2023/11/13/noticias/nvidia-anuncia-la-aceleradora-h200-tiene-141-gb-de-hbm3e.html", date: 2023-11-13, accessed: 2026-01-05 }\n`,
        },
        error: /source id "geektopia-h200-announced" is already defined in bundled/,
      },
      {
        id: 'P51',
        what: 'accepted wording of one space',
        packs: { 'a.facts.yaml': 'accepted:\n  - { fact: h200.memory_capacity, wording: " " }\n' },
        error: /accepted\[0\]\.wording: a wording of only spaces/,
      },
      {
        id: 'P51b',
        what: 'accepted wording of punctuation',
        packs: { 'a.facts.yaml': 'accepted:\n  - { fact: h200.memory_capacity, wording: "--" }\n' },
        error: /a wording needs a word or a number/,
      },
      {
        id: 'P51c',
        what: 'accepted wording with nothing of the fact',
        packs: { 'a.facts.yaml': 'accepted:\n  - { fact: h200.memory_capacity, wording: "the" }\n' },
        error: /has no word or number of the fact/,
      },
      {
        id: 'P51d',
        what: 'accepted wording of a unit alone',
        packs: { 'a.facts.yaml': 'accepted:\n  - { fact: h200.memory_capacity, wording: "GB" }\n' },
        error: /needs its number/,
      },
      {
        id: 'P51e',
        what: 'a real accepted wording loads',
        packs: { 'a.facts.yaml': 'accepted:\n  - { fact: h200.memory_capacity, wording: "about 140 GB" }\n' },
      },
      {
        id: 'P54',
        what: 'a lone-CR pack reads as the same pack with LF',
        packs: { 'a.facts.yaml': GOOD_OVERRIDE.replace(/\n/g, '\r') },
      },
      {
        id: 'P54b',
        what: 'errors in a lone-CR pack have the LF line numbers',
        packs: { 'a.facts.yaml': `${SOURCE}facts:\n  - { id: x, kind: nope }\n`.replace(/\n/g, '\r') },
        error: /a\.facts\.yaml:5:\d+ facts\[0\]/,
      },
      // 20,000 here (the 130,000 that overflowed the stack are run through the CLI in probe-cli.test.ts).
      {
        id: 'P55/P68',
        what: '20,000 invalid facts: the list capped',
        packs: { 'a.facts.yaml': `facts: [${'0,'.repeat(20000)}0]\n` },
        error: /and 19901 more errors in this file/,
        check: (l) => assert.equal(l.errors.length, MAX_ERRORS_PER_PACK + 1),
      },
    ];
    for (const c of CASES) {
      it(`${c.id}: ${c.what}`, () => {
        const loaded = load(c.packs);
        const text = loaded.errors.map((e) => `${e.file}:${e.line}:${e.column} ${e.field}: ${e.message}`).join('\n');
        if (c.error) assert.match(text, c.error);
        else assert.equal(text, '');
        c.check?.(loaded);
      });
    }

    it('P14: the bundled check keeps working when a bad override is refused', () => {
      const loaded = load({
        'a.facts.yaml': override('kind: category, entity: nvidia-h200, attribute: vendor, value: amd'),
      });
      const found = createEngine(loaded.record).check('The H200 has 96 GB of HBM3e memory.', AS_OF).findings;
      assert.deepEqual(
        found.map((f) => f.factId),
        ['h200.memory_capacity'],
      );
    });

    it('a pack repeating a bundled source word for word is harmless', () => {
      const s = bundledRecord().sources[0]!;
      const copy = `sources:\n  - ${JSON.stringify({ id: s.id, title: s.title, publisher: s.publisher, url: s.url, date: s.date, ...(s.dateNote ? { dateNote: s.dateNote } : {}), accessed: s.accessed })}\n`;
      assert.deepEqual(load({ 'a.facts.yaml': copy }).errors, []);
    });
  });

  describe('pack files read stat-first and confined to their folder (BUG-02, BUG-22)', () => {
    let dir: string;
    before(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factdesk-probe-units-'));
      fs.mkdirSync(path.join(dir, 'ws', '.factdesk'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'secret.yaml'), 'API_TOKEN: x\n');
      fs.writeFileSync(path.join(dir, 'ws', '.factdesk', 'good.facts.yaml'), GOOD_OVERRIDE);
      fs.symlinkSync('/dev/zero', path.join(dir, 'ws', '.factdesk', 'zero.facts.yaml'));
      fs.symlinkSync('../../secret.yaml', path.join(dir, 'ws', '.factdesk', 'out.facts.yaml'));
      fs.symlinkSync('good.facts.yaml', path.join(dir, 'ws', '.factdesk', 'alias.facts.yaml'));
      spawnSync('mkfifo', [path.join(dir, 'fifo.facts.yaml')]);
      fs.writeFileSync(path.join(dir, 'big.facts.yaml'), '');
      fs.truncateSync(path.join(dir, 'big.facts.yaml'), 3 * 1024 * 1024);
      fs.writeFileSync(
        path.join(dir, 'u16.facts.yaml'),
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('facts: []\n', 'utf16le')]),
      );
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    const READS: [string, string, RegExp][] = [
      ['P61', 'fifo.facts.yaml', /not a regular file/],
      ['P47', 'ws/.factdesk/zero.facts.yaml', /not a regular file/],
      ['P60', 'ws/.factdesk', /a folder/],
      ['P64', 'big.facts.yaml', /larger than 2 MB \(3\.0 MB\): not read/],
      ['P34', 'u16.facts.yaml', /UTF-16 text: save the pack as UTF-8/],
      ['P58', 'missing.facts.yaml', /no such file/],
    ];
    for (const [id, file, why] of READS) {
      it(`${id}: readPackFile refuses ${file} before reading`, () => {
        assert.throws(() => readPackFile(path.join(dir, file)), why);
        const loaded = loadPacks(bundledRecord(), [path.join(dir, file)]);
        assert.deepEqual(loaded.unreadable, [path.join(dir, file)]);
      });
    }

    it('F36/P47: globs resolve inside the workspace folder only; refused files are named, never read', () => {
      const ws = path.join(dir, 'ws');
      const { files, refused } = discoverPacksChecked(ws, [
        '.factdesk/*.facts.yaml',
        '../secret.yaml',
        '../*.yaml',
        path.join(dir, 'secret.yaml'),
      ]);
      assert.deepEqual(
        files.map((f) => path.relative(ws, f)),
        ['.factdesk/alias.facts.yaml', '.factdesk/good.facts.yaml'],
      );
      assert.deepEqual(
        refused.map((r) => [path.relative(ws, r.file), r.reason]).sort(),
        [
          ['.factdesk/out.facts.yaml', 'is a symbolic link to a file outside the workspace folder: not read'],
          ['.factdesk/zero.facts.yaml', 'is a symbolic link to a file outside the workspace folder: not read'],
          ['../big.facts.yaml', 'is outside the workspace folder: not read'],
          // A FIFO the glob walk itself never lists: named too (fresh probe S30).
          ['../fifo.facts.yaml', 'is outside the workspace folder: not read'],
          ['../secret.yaml', 'is outside the workspace folder: not read'],
          ['../u16.facts.yaml', 'is outside the workspace folder: not read'],
        ].sort(),
      );
    });

    it('F38: deeply nested settings give a problem, never a throw', () => {
      const s = packSettingsFromText(
        `{"factdesk.packs": ${'['.repeat(100000)}${']'.repeat(100000)}}`,
        '/ws/.vscode/settings.json',
      );
      assert.match(s.problem!.message, /nested deeper than 64 levels/);
      assert.deepEqual(s.globs, ['.factdesk/*.facts.yaml']);
    });
  });

  describe('dates (BUG-24)', () => {
    const TABLE: [string, boolean][] = [
      ['2025-02-30', false],
      ['2023-02-29', false],
      ['2025-04-31', false],
      ['2025-13-01', false],
      ['2025-00-10', false],
      ['2025-01-00', false],
      ['2024-02-29', true],
      ['2000-02-29', true],
      ['1900-02-29', false],
      ['0000-02-29', true],
      ['2025-12-31', true],
      [' 2025-01-01', false],
      ['2025-1-01', false],
    ];
    for (const [date, ok] of TABLE)
      it(`isCalendarDate(${JSON.stringify(date)}) is ${ok}`, () => assert.equal(isCalendarDate(date), ok));

    for (const fm of [
      'date: 2025-02-30',
      'date: "2023-02-29"',
      'title: x\ndate: 2025-04-31',
      'date: [2024-05-01]',
      'date: { d: 2024-05-01 }',
    ]) {
      it(`front matter ${JSON.stringify(fm)}: checked as of today, with a note`, () => {
        const r = testEngine().check(`---\n${fm}\n---\n\nThe H200 has 96 GB of HBM3e memory.\n`, {
          today: '2026-11-23',
        });
        assert.deepEqual([r.asOf, r.asOfOrigin], ['2026-11-23', 'today']);
        assert.match(r.notes!.join(' '), /checked as of today/);
        assert.equal(r.findings.length, 1, 'the draft is still checked');
      });
    }
  });

  describe('comment blocks (BUG-03)', () => {
    const PARAS = 'The H200 has 96 GB of HBM3e memory.\n\n'.repeat(1900);
    const CASES: [string, string, number][] = [
      ['A34', `Write \`<!--\` to open an HTML comment.\n\n${PARAS}`, 1900],
      ['A35', `An unclosed <!-- inline comment.\n\n${PARAS}`, 1900],
      ['A36', `Write \`<!--\` here.\n\n${'snake_case_word '.repeat(2000)}\n\nThe H200 has 96 GB of HBM3e memory.\n`, 1],
      ['A37', `    <!-- in an indented code block\n\n${PARAS}`, 1900],
      ['A32', `<!-- a real comment, never closed\n\n${PARAS}`, 0],
    ];
    for (const [id, text, n] of CASES)
      it(`${id}: ${n} claims read`, () => assert.equal(testEngine().check(text, AS_OF).findings.length, n));
  });

  describe('invisible characters inside words and numbers (BUG-25, A13–A16)', () => {
    const CASES: [string, string][] = [
      ['A14', 'The H200 has 9\u200b6 GB of HBM3e memory.'],
      ['A13', 'The H2\u200b00 has 96 GB of HBM3e memory.'],
      ['A16', 'The H\u00ad200 has 96 GB of HBM3e memory.'],
      ['A21', 'The H\u2066200\u2069 has 96 GB of HBM3e memory.'],
    ];
    for (const [id, text] of CASES) {
      it(`${id}: a note; no finding read from half a word, so no fix damages it`, () => {
        const r = testEngine().check(text, AS_OF);
        assert.match(r.notes!.join(' '), /invisible character.*inside a word or number.*line 1/);
        assert.deepEqual(
          r.findings.filter((f) => f.claim === '6 GB'),
          [],
        );
      });
    }
    // BUG-25, the rest: every invisible format character (Unicode Cf, the combining grapheme joiner, the
    // Mongolian vowel separator) and a hidden run after a decimal point split a number the same way.
    const MORE: [string, string][] = [
      ['U+180E', '9\u180e6'],
      ['U+034F', '9\u034f6'],
      ['U+2061', '9\u20616'],
      ['U+2062', '9\u20626'],
      ['U+2063', '9\u20636'],
      ['U+2064', '9\u20646'],
      ['U+206A', '9\u206a6'],
      ['U+202E', '9\u202e6'],
      ['U+200E', '9\u200e6'],
      ['U+061C', '9\u061c6'],
      ['U+200B after a decimal point', '96.\u200b5'],
      ['U+E0020 (a tag character)', '9\u{e0020}6'],
    ];
    for (const [what, number] of MORE) {
      it(`${what} inside "${number.replace(/[^\x20-\x7e]/gu, '·')} GB": a note; no finding on half the number, so no fix damages it`, () => {
        const text = `The H200 has ${number} GB of HBM3e memory.`;
        const r = testEngine().check(text, AS_OF);
        assert.match((r.notes ?? []).join(' '), /invisible character.*inside a word or number.*line 1/, text);
        assert.deepEqual(
          r.findings.filter((f) => f.fix),
          [],
          text,
        );
      });
    }
    it('A15/A22: a zero-width joiner in an emoji, or invisible text after a sentence, changes nothing', () => {
      for (const text of ['👨\u200d👩\u200d👧 The H200 has 96 GB.', 'The H200 has 96 GB.\u200b']) {
        const r = testEngine().check(text, AS_OF);
        assert.equal(r.notes, undefined, text);
        assert.deepEqual(
          r.findings.map((f) => f.claim),
          ['96 GB'],
        );
      }
    });
  });

  describe('output (BUG-16, BUG-17, BUG-13)', () => {
    const URIS: [string, string][] = [
      ['draft.md', 'draft.md'],
      ['my draft.md', 'my%20draft.md'],
      ['issue#12.md', 'issue%2312.md'],
      ['100%.md', '100%25.md'],
      ['what?.md', 'what%3F.md'],
      ['café-中文.md', 'caf%C3%A9-%E4%B8%AD%E6%96%87.md'],
      ['a\nb.md', 'a%0Ab.md'],
      ['a\\b.md', 'a%5Cb.md'],
      ['c:draft.md', 'c%3Adraft.md'],
      ['🚀.md', '%F0%9F%9A%80.md'],
      ["x/it's (1).md", 'x/it%27s%20%281%29.md'],
      ['lone\ud800.md', 'lone%EF%BF%BD.md'],
    ];
    for (const [name, uri] of URIS)
      it(`O02–O11: pathToUri(${JSON.stringify(name)}) = ${uri}`, () => assert.equal(pathToUri(name), uri));

    const SAFE: [string, string][] = [
      ['\u001b[31mred', '\\x1B[31mred'],
      ['ok\rFAKE', 'ok\\x0DFAKE'],
      ['a\nb', 'a\\x0Ab'],
      ['\u009b2J', '\\x9B2J'],
      ['a\u202eb', 'a\\u202Eb'],
      ['a\u2028b', 'a\\u2028b'],
      ['tab\tkept', 'tab\tkept'],
      ['émoji 🚀 “quotes”', 'émoji 🚀 “quotes”'],
    ];
    for (const [raw, shown] of SAFE) it(`safe(${JSON.stringify(raw)})`, () => assert.equal(safe(raw), shown));
    it('F04: displayBytes shows invalid UTF-8 as \\xNN and valid UTF-8 as it is', () => {
      assert.equal(displayBytes(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2e, 0x6d, 0x64])), 'caf\\xE9.md');
      assert.equal(displayBytes(Buffer.from('café-🚀.md')), 'café-🚀.md');
      assert.equal(displayBytes(Buffer.from([0xc0, 0xaf, 0x1b])), '\\xC0\\xAF\\x1B');
    });

    it('F41/BUG-13: JSON in pieces is JSON.stringify byte for byte, and no piece holds more than one finding', () => {
      const finding = (i: number) => ({
        range: { start: { line: i, character: 0 } },
        message: `m${i} “x”\n`,
        sources: [],
        fix: undefined,
        skip: () => 1,
      });
      const values: unknown[] = [
        {},
        [],
        { a: [], b: {}, c: null, d: [1, undefined, 'x'] },
        {
          version: 1,
          files: [
            { path: 'a', findings: [finding(1), finding(2)] },
            { path: 'b', findings: [] },
          ],
        },
      ];
      for (const v of values) assert.equal([...jsonChunks(v)].join(''), JSON.stringify(v, null, 2));
      const big = { version: 1, files: [{ path: 'a', findings: Array.from({ length: 20000 }, (_, i) => finding(i)) }] };
      const pieces = [...jsonChunks(big)];
      assert.equal(pieces.join(''), JSON.stringify(big, null, 2));
      assert.ok(Math.max(...pieces.map((p) => p.length)) < 400, 'each piece is at most one finding');
    });
  });
});
