/**
 * The sixth outside probe (bench/probe/round6.ts; docs/hardening.md, "Round six"): the cases it found failing, as
 * tables, each with the look-alikes that must stay as they were. Engine cases run in-process.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createEngine, type CheckResult, type CompiledRecord } from '../../../src/engine';
import { applyEdits, frontMatterDateEdits } from '../../../src/extension/logic/edits';
import { loadPacks } from '../../../src/packs/packs';
import { bundledRecord } from '../../helpers/record';
import { acmePack } from '../../helpers/packs-fixtures';

const WRONG = 'The Nvidia H200 has 96 GB of HBM3e memory.\n';
const check = (text: string, record: CompiledRecord = bundledRecord()): CheckResult =>
  createEngine(record).check(text, { asOf: '2025-11-27' });
/** The draft gives the as-of date (no asOf option); today is pinned. */
const dated = (text: string): CheckResult => createEngine(bundledRecord()).check(text, { today: '2026-11-23' });
const facts = (r: CheckResult) => r.findings.map((f) => f.factId);
const notes = (r: CheckResult) => (r.notes ?? []).join(' | ');

const PACK = (name: string) => acmePack({ name, description: 'ok' });
function withPack(name: string): { record: CompiledRecord; errors: string[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fd-round6-'));
  try {
    fs.writeFileSync(path.join(dir, 'p.facts.yaml'), PACK(name));
    const loaded = loadPacks(bundledRecord(), [path.join(dir, 'p.facts.yaml')]);
    return { record: loaded.record, errors: loaded.errors.map((e) => e.message) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('hardening: round six (sixth outside probe)', () => {
  describe('TOML front matter (+++) is front matter: its date = is the as-of date, its text is never prose', () => {
    const CASES: { id: string; text: string; asOf: string; note?: RegExp }[] = [
      { id: 'S29', text: '+++\ntitle = "Draft"\ndate = 2023-01-10\n+++\n\n' + WRONG, asOf: '2023-01-10' },
      { id: 'S30', text: '+++\ndate = "2023-01-10"\n+++\n\n' + WRONG, asOf: '2023-01-10' },
      { id: 'S29b', text: "\ufeff+++\r\ndate = '2023-01-10'\r\n+++\r\n\r\n" + WRONG, asOf: '2023-01-10' },
      { id: 'S29c', text: '+++\ndate = 2023-01-10T08:00:00Z # published\n+++\n' + WRONG, asOf: '2023-01-10' },
      {
        id: 'S29d',
        text: '+++\ndate = 2023-02-30\n+++\n\n' + WRONG,
        asOf: '2026-11-23',
        note: /front matter date "2023-02-30" is not a day of the calendar/,
      },
      {
        id: 'S29e',
        text: '+++\ndate = 2023-01-10\ndate = 2024-01-01\n+++\n\n' + WRONG,
        asOf: '2026-11-23',
        note: /sets date twice/,
      },
      // A `date` inside a [table] is not the page's date; nor is a +++ block after the first line front matter.
      { id: 'S29f', text: '+++\n[extra]\ndate = 2023-01-10\n+++\n\n' + WRONG, asOf: '2026-11-23' },
      { id: 'S29g', text: 'Intro.\n\n+++\ndate = 2023-01-10\n+++\n\n' + WRONG, asOf: '2026-11-23' },
    ];
    for (const c of CASES) {
      it(`${c.id}: ${JSON.stringify(c.text).slice(0, 50)} → as of ${c.asOf}`, () => {
        const r = dated(c.text);
        assert.equal(r.asOf, c.asOf);
        if (c.note) assert.match(notes(r), c.note);
        assert.ok(facts(r).includes('h200.memory_capacity'));
      });
    }
    it('S76: a claim in the TOML front matter is not read; one after it is', () => {
      const r = check('+++\ntitle = "The Nvidia H200 has 96 GB of memory"\n+++\n' + WRONG);
      assert.deepEqual(
        r.findings.map((f) => f.range.start.line),
        [3],
      );
    });
    it('setting the date edits the TOML front matter (never a YAML one above it), and the engine reads it', () => {
      const set = (text: string) => applyEdits(text, frontMatterDateEdits(text, '2024-05-01'));
      const CASES: [string, string][] = [
        ['+++\ntitle = "x"\ndate = 2023-01-10\n+++\n\nBody.\n', '+++\ntitle = "x"\ndate = 2024-05-01\n+++\n\nBody.\n'],
        ['+++\ntitle = "x"\n+++\n\nBody.\n', '+++\ndate = 2024-05-01\ntitle = "x"\n+++\n\nBody.\n'],
        [
          '+++\r\ntitle = "x"\r\n[extra]\r\ndate = 2020-01-01\r\n+++\r\n',
          '+++\r\ndate = 2024-05-01\r\ntitle = "x"\r\n[extra]\r\ndate = 2020-01-01\r\n+++\r\n',
        ],
      ];
      for (const [before, after] of CASES) {
        assert.equal(set(before), after);
        assert.equal(dated(after).asOf, '2024-05-01');
      }
      assert.equal(set('---\ntitle: x\n---\n'), '---\ntitle: x\ndate: 2024-05-01\n---\n');
    });
    it('a YAML front matter still wins and reads as before', () => {
      assert.equal(dated('---\ndate: 2023-01-10\n---\n\n' + WRONG).asOf, '2023-01-10');
    });
  });

  describe('S43: a front matter never closed by --- says its date is not read', () => {
    for (const text of ['---\ndate: 2023-01-10\n...\n\n' + WRONG, '---\ntitle: x\ndate: 2023-01-10\n\n' + WRONG]) {
      it(JSON.stringify(text).slice(0, 40), () => {
        const r = dated(text);
        assert.equal(r.asOf, '2026-11-23');
        assert.match(notes(r), /front matter opened by --- on line 1 is not closed/);
      });
    }
    for (const text of [
      '---\n\nSome text with date: 2023 in it.\n',
      '---\ntitle: x\n---\n\n' + WRONG,
      'date: 2023-01-10\n',
    ]) {
      it(`no note: ${JSON.stringify(text).slice(0, 40)}`, () => assert.doesNotMatch(notes(dated(text)), /not closed/));
    }
  });

  describe('S48, S61: text after an HTML comment on its closing line is read (the page shows it)', () => {
    const READ = [
      '<!-- TODO: check --> The Nvidia H200 has 96 GB of memory.',
      '<!-- TODO -->The Nvidia H200 has 96 GB of memory.\nMore text.',
      '<!--\nTODO\n--> The Nvidia H200 has 96 GB of memory.',
      'Intro.\n\n<!-- a --> The Nvidia H200 has <b>96 GB</b> of memory.\n\nEnd.',
      // In a quote or a list the comment's lines have prefixes its value has lost: the span is the source's.
      '> <!--\n> x\n> --> The Nvidia H200 has 96 GB of memory.',
      '- <!--\n  x\n  --> The Nvidia H200 has 96 GB of memory.',
    ];
    for (const text of READ) {
      it(JSON.stringify(text).slice(0, 50), () => {
        const r = check(text);
        assert.deepEqual(facts(r), ['h200.memory_capacity']);
        const f = r.findings[0]!;
        assert.equal(text.slice(f.span.start, f.span.end), '96 GB');
      });
    }
    const NOT = [
      '<!-- a --> <!-- The Nvidia H200 has 96 GB of memory.',
      '<!-- factdesk-ignore-line --> The Nvidia H200 has 96 GB of memory.',
      '<!--\nThe Nvidia H200 has 96 GB of memory.\n-->',
      '<div>The Nvidia H200 has 96 GB of memory.</div>',
    ];
    for (const text of NOT)
      it(`not read: ${JSON.stringify(text).slice(0, 50)}`, () => assert.deepEqual(facts(check(text)), []));
  });

  describe('hidden characters after a number and variation selectors get the invisible-character note', () => {
    const CASES: { id: string; text: string; note: RegExp }[] = [
      {
        id: 'S57 (held before)',
        text: 'The Nvidia H2\u034f00 has 96 GB of memory.',
        note: /combining grapheme joiner \(U\+034F\)/,
      },
      { id: 'S58', text: 'The Nvidia H200 has 96\u200b GB of memory.', note: /zero-width space \(U\+200B\)/ },
      { id: 'S59', text: 'The Nvidia H200 has 96\u180e GB of memory.', note: /Mongolian vowel separator/ },
      { id: 'S59b', text: 'The Nvidia H200 has 96\u2060\u00a0GB of memory.', note: /word joiner/ },
      { id: 'S66', text: 'The Nvidia H200 has 96\ufe0f GB of memory.', note: /variation selector \(U\+FE0F\)/ },
      { id: 'S60', text: 'The Nvidia H200 has 9\ufe0e6 GB of memory.', note: /variation selector \(U\+FE0E\)/ },
    ];
    for (const c of CASES) {
      it(`${c.id}: ${JSON.stringify(c.text).slice(0, 60)}`, () => {
        const r = check(c.text);
        assert.match(notes(r), c.note);
        assert.ok(!r.findings.some((f) => f.claim === '6 GB'));
      });
    }
    const NOT = [
      'The Nvidia H200\u200b has 96 GB of memory.',
      'The Nvidia H200 has 96 GB\u200b of memory.',
      'Nvidia ❤️ the H200, which has 141 GB of memory.',
      'The Nvidia H200 has 96 GB of memory. 👩‍💻',
    ];
    for (const text of NOT) {
      it(`no note: ${JSON.stringify(text).slice(0, 50)}`, () => {
        const r = check(text);
        assert.doesNotMatch(notes(r), /invisible/);
      });
    }
    it('a number inside a word before the hidden character is read as before', () => {
      assert.deepEqual(facts(check('The Nvidia H200\u200b has 96 GB of memory.')), ['h200.memory_capacity']);
    });
  });

  describe('S74: "the 31st of June 2023" is named as a day the calendar does not have', () => {
    it('the ordinal "of" form gets the note', () => {
      assert.match(
        notes(check('Nvidia announced the H100 on the 31st of June 2023.')),
        /“the 31st of June 2023” at line 1 \(June 2023 has 30 days\)/,
      );
    });
    for (const text of [
      'Nvidia announced the H100 on the 30th of June 2023.',
      'On the 29th of February 2024 it shipped.',
      'The 31st of the chips shipped in June 2023.',
    ]) {
      it(`no note: ${text}`, () => assert.doesNotMatch(notes(check(text)), /not a day of the calendar/));
    }
  });

  describe('S72, S73: character references the page shows as a space read as one (`96&nbsp;GB`)', () => {
    const READ = [
      'The Nvidia H200 has 96&nbsp;GB of memory.',
      'The Nvidia H200 has 96&#160;GB of memory.',
      'The Nvidia H200 has 96&#xA0;GB of memory.',
      'The Nvidia H200 has 96&thinsp;GB of memory.',
      '> The Nvidia H200 has 96&NBSP;GB of memory.',
      '| chip | memory |\n|---|---|\n| Nvidia H200 | 96&nbsp;GB |',
    ];
    for (const text of READ) {
      it(JSON.stringify(text).slice(0, 60), () => {
        const r = check(text);
        assert.deepEqual(facts(r), ['h200.memory_capacity']);
        assert.equal(r.findings[0]!.claim, '96 GB');
        assert.match(r.findings[0]!.message, /not 96 GB(?: \(in a quotation\))?$/);
      });
    }
    for (const text of [
      'The Nvidia H200 has 96&amp;GB of memory.',
      'Write `96&nbsp;GB` for the Nvidia H200 memory.',
      'The Nvidia H200 has 96&nbspGB of memory.',
    ]) {
      it(`not read: ${JSON.stringify(text).slice(0, 60)}`, () => assert.deepEqual(facts(check(text)), []));
    }
  });

  describe('decomposed letters and names no draft can match', () => {
    it('S70: a decomposed letter in the draft gets the look-alike note', () => {
      const { record } = withPack('Zürich X1');
      const r = check('The Zu\u0308rich X1 has 40 GB of memory.', record);
      assert.match(notes(r), /a letter and a combining mark\) in 1 word: “Zu\u0308rich” \(U\+0308\) at line 1/);
    });
    it('the composed spelling is matched, and gets no note', () => {
      const { record } = withPack('Zürich X1');
      const r = check('The Zürich X1 has 40 GB of memory.', record);
      assert.deepEqual(facts(r), ['acme-x1.memory_capacity']);
      assert.equal(notes(r), '');
    });
    for (const [name, why] of [
      ['Zu\u0308rich X1', /decomposed letter/],
      ['Acme X\u200d1', /invisible or control character/],
      ['Acme\u00adX1', /invisible or control character/],
      ['Acme\u0007 X1', /invisible or control character/],
    ] as const) {
      it(`S71: a pack name ${JSON.stringify(name)} is refused`, () =>
        assert.match(withPack(name).errors.join(' | '), why));
    }
    for (const name of ['Acme 👩‍💻', 'Acme ❤️ X1', 'Zürich X1', 'אקמה X1']) {
      it(`a pack name ${JSON.stringify(name)} is accepted`, () => assert.deepEqual(withPack(name).errors, []));
    }
  });
});
