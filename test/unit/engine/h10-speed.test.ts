/**
 * Speed work (branch h10-speed) must not change a result: a keystroke's re-check says what a fresh check of the same
 * text says, and a chunk an edit only moved keeps what was scanned in it (it is not scanned again).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { createEngine, type CheckOptions, type CheckResult } from '../../../src/engine';
import type { PlacedChunk } from '../../../src/engine/pipeline/chunks';
import { chunksAfterEdit, editOf, type DraftState } from '../../../src/engine/pipeline/incremental';
import { scanChunks } from '../../../src/engine/segment/segment';
import { bundledRecord } from '../../helpers/record';

const OPTIONS: CheckOptions = { today: '2026-11-23' };
const seen = (r: CheckResult) =>
  JSON.stringify({ asOf: r.asOf, notes: r.notes, findings: r.findings, mentions: r.mentions });

describe('h10-speed: a keystroke re-check equals a fresh check', () => {
  // Paragraphs with each note a chunk keeps once scanned: a number split by markup, a look-alike letter, a day the
  // calendar lacks, an invisible character; and claims the record contradicts or supports.
  const PARTS = [
    'The H20 has 96 GB of memory.',
    'The H20 has 9<!-- -->6 GB of memory.',
    'The H100 draws 7**0**0 W and has 8<b>0</b> GB.',
    'The Н20 (Cyrillic) ships in 2024.',
    'Rules dated February 30, 2023 were cited.',
    'The H\u00ad100 has 80 GB.',
    '## 2025',
    '- the H20 needs a licence for China\n- the H100 has 80 GB',
    '| Chip | Memory |\n|---|---|\n| H20 | 96 GB |',
    'Plain words only.',
  ];
  const INSERTS = ['x', '9', '<!-- -->', '**', '\n', '\n\n', ' GB', 'Н'];

  it('after random edits (notes, findings, mentions, as of), split numbers and look-alikes included', function () {
    this.timeout(300_000); // a fresh engine per edit: tens of seconds on a loaded 2-core machine
    fc.assert(
      fc.property(
        fc.array(fc.nat(PARTS.length - 1), { minLength: 2, maxLength: 9 }),
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...INSERTS)), {
          minLength: 1,
          maxLength: 4,
        }),
        (picks, edits) => {
          const engine = createEngine(bundledRecord());
          let text = picks.map((i) => PARTS[i]!).join('\n\n');
          engine.check(text, OPTIONS);
          for (const [where, insert] of edits) {
            const at = Math.floor(where * text.length);
            text = text.slice(0, at) + insert + text.slice(at);
            assert.equal(seen(engine.check(text, OPTIONS)), seen(createEngine(bundledRecord()).check(text, OPTIONS)));
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('on the example drafts, typing a letter into paragraphs in turn (results read late, as hovers do)', function () {
    this.timeout(300_000);
    const dir = path.join(__dirname, '..', '..', '..', 'examples');
    const draft = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .sort()
      .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
      .join('\n\n');
    const engine = createEngine(bundledRecord());
    let text = draft;
    engine.check(text, OPTIONS);
    const blocks = text.split('\n\n');
    const pending: { text: string; result: CheckResult }[] = [];
    for (let k = 0; k < 12; k++) {
      const bi = Math.floor(((k * 7 + 3) % 12) * (blocks.length / 12));
      const b = blocks[bi]!;
      const at = Math.floor(b.length / 2);
      blocks[bi] = b.slice(0, at) + 'e' + b.slice(at);
      text = blocks.join('\n\n');
      // Read the result only after later checks: its findings are placed when first read.
      pending.push({ text, result: engine.check(text, OPTIONS) });
    }
    for (const { text: t, result } of pending)
      assert.equal(seen(result), seen(createEngine(bundledRecord()).check(t, OPTIONS)));
  });
});

describe('h10-speed: an edit that changes what is in force after it', () => {
  // A dated section holds until the next heading; the chip a paragraph names is what "It" means in the next one.
  const draft = [
    '# Notes on chips',
    '## 2024',
    ...Array.from({ length: 12 }, (_, i) =>
      i % 3 === 0 ? `In March the H20 launched (${i}).` : i % 3 === 1 ? 'It has 96 GB of memory.' : `Plain words ${i}.`,
    ),
    'The H100 has 80 GB of memory.',
    'It draws 700 W.',
    '## Later',
    'The H20 has 9<!-- -->6 GB, and the Н20 ships. Rules dated February 30, 2023 were cited.',
    ...Array.from({ length: 5 }, (_, i) => `More plain words ${i}.`),
  ].join('\n\n');
  const EDITS: [string, string][] = [
    ['## 2024', '## 2025'], // the section of every chunk up to "## Later"
    ['## 2025', '## 2025 and 2026'],
    ['The H100 has 80', 'The H200 has 80'], // what "It" means in the next paragraph
    ['The H200 has 80 GB of memory.', 'Plain words.'], // no chip in mind after it
    ['Plain words.', 'The H20 has 96 GB of memory.'],
    ['## Later', '## 2023'], // a dated section opened where none was
    ['## 2023', 'Plain words again.'], // and closed: the chunks after read under "## 2025 and 2026"
  ];

  it('re-places the chunks after it until they read as before: the same as a fresh check, read at once or late', function () {
    this.timeout(300_000);
    for (const late of [false, true]) {
      const engine = createEngine(bundledRecord());
      let text = draft;
      engine.check(text, OPTIONS);
      const pending: { text: string; result: CheckResult }[] = [];
      for (const [from, to] of EDITS) {
        assert.ok(text.includes(from), from);
        text = text.replace(from, to);
        const result = engine.check(text, OPTIONS);
        if (late) pending.push({ text, result });
        else assert.equal(seen(result), seen(createEngine(bundledRecord()).check(text, OPTIONS)));
      }
      for (const { text: t, result } of pending)
        assert.equal(seen(result), seen(createEngine(bundledRecord()).check(t, OPTIONS)));
    }
  });
});

describe('h10-speed: a chunk an edit moves keeps what was scanned in it', () => {
  it('carries look-alikes, impossible days, weekday mismatches, either-way dates, split numbers and hidden characters (the same objects), moved', () => {
    const old = Array.from({ length: 40 }, (_, i) => `Paragraph ${i} about the H20.`).join('\n\n');
    const stubPlace = (_text: string, chunks: { start: number; line: number }[]): PlacedChunk[] =>
      chunks.map((c): PlacedChunk => ({
        start: c.start,
        line: c.line,
        key: `k${c.start}`,
        result: { parsed: {} } as PlacedChunk['result'],
      }));
    const chunks = stubPlace(old, scanChunks(old).chunks).map((c, i): PlacedChunk => ({
      ...c,
      badDays: [],
      badWeekdays: [],
      eitherWay: { found: [], count: 0 },
      lookAlikes: [],
      splitNumbers: [{ offset: i, end: i + 1, code: 'markup' }],
      hidden: { found: [], count: 0 },
      placed: { start: c.start, line: c.line, findings: [] },
    }));
    const state: DraftState = {
      text: old,
      asOf: '2026-11-23',
      includeSupported: false,
      chunks,
      invisible: false,
      topic: '',
    };
    const at = old.indexOf('Paragraph 3 ') + 4;
    const text = old.slice(0, at) + 'xyz' + old.slice(at);
    const after = chunksAfterEdit(state, text, editOf(old, text), stubPlace);
    assert.equal(after.length, chunks.length);
    const moved = after.slice(5);
    assert.ok(moved.length > 30);
    moved.forEach((c, j) => {
      const was = chunks[j + 5]!;
      assert.equal(c.start, was.start + 3);
      assert.equal(c.line, was.line);
      assert.equal(c.result, was.result);
      assert.equal(c.badDays, was.badDays);
      assert.equal(c.badWeekdays, was.badWeekdays);
      assert.equal(c.eitherWay, was.eitherWay);
      assert.equal(c.lookAlikes, was.lookAlikes);
      assert.equal(c.splitNumbers, was.splitNumbers);
      assert.equal(c.hidden, was.hidden);
      assert.equal(c.placed, was.placed);
    });
    // The chunks are where a fresh split puts them.
    assert.deepEqual(
      after.map((c) => [c.start, c.line]),
      scanChunks(text).chunks.map((c) => [c.start, c.line]),
    );
  });
});
