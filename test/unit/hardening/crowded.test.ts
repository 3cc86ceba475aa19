/**
 * Round four of the outside probe (docs/hardening.md): the reader after its rewrite. Work is counted as in
 * linear-time.test.ts (characters handed to regexes), never timed: doubling one of the round's drafts
 * (round3-cases.ts) may at most roughly double the work. A sentence naming more than
 * MAX_MENTIONS_PER_SENTENCE things, or longer than LONG_SENTENCE_CHARS, is read in windows
 * (pipeline/claims.ts sentenceWindows) instead of skipping its block: the tests below hold that the windows
 * lose no claim at their cuts, read nothing twice, and keep what the whole sentence says ("respectively").
 */
import assert from 'node:assert/strict';
import { createEngine, MAX_MENTIONS_PER_SENTENCE } from '../../../src/engine';
import { LONG_SENTENCE_CHARS, sentenceWindows } from '../../../src/engine/pipeline/claims';
import type { RawMention } from '../../../src/engine/mentions/matcher';
import { splitSentences } from '../../../src/engine/segment/sentences';
import { bundledRecord, testEngine } from '../../helpers/record';
import { workOf } from '../../helpers/work';
import { ROUND3_CASES } from './round3-cases';

const OPTIONS = { asOf: '2025-11-27', today: '2026-11-23' };
/** The draft's mentions as the reader gets them (sentenceWindows reads only their offsets). */
const mentionsOf = (text: string): RawMention[] =>
  testEngine()
    .check(text, OPTIONS)
    .mentions.map((m) => ({ start: m.span.start, end: m.span.end, entityId: m.entityId, kind: 'chip', text: m.text }));
/** As in linear-time.test.ts: a doubling may cost up to 2.5 times the work. */
const PER_DOUBLING = 2.5;
// 4, 8 and 16 KB: one block each; past 2 KB every crowded sentence of the table is read in windows.
const SIZES = [4 * 1024, 8 * 1024, 16 * 1024];

describe('hardening: round four, the reader after its rewrite (work counted)', function () {
  this.timeout(180_000);

  describe('doubling a draft at most roughly doubles the work', () => {
    for (const c of ROUND3_CASES) {
      it(`${c.id} ${c.name}`, () => {
        const works = SIZES.map((n) => workOf(c.make(n)).work);
        for (let i = 1; i < works.length; i++) {
          const ratio = works[i]! / works[i - 1]!;
          assert.ok(
            ratio <= PER_DOUBLING,
            `${c.id}: ${SIZES[i - 1]! / 1024} KB → ${SIZES[i]! / 1024} KB multiplied the work by ${ratio.toFixed(2)} (${works.join(' → ')})`,
          );
        }
      });
    }
  });

  describe('a crowded sentence is read in windows, not skipped', () => {
    // Chips whose memory the record holds, each with a wrong figure: every item is one contradicted claim.
    const ITEMS: [string, string][] = [
      ['H200', 'h200.memory_capacity'],
      ['H100 SXM', 'h100-sxm.memory_capacity'],
      ['H20', 'h20.memory_capacity'],
    ];
    const crowded = (n: number) =>
      Array.from({ length: n }, (_, i) => `the ${ITEMS[i % ITEMS.length]![0]} has ${11 + i} GB of memory`).join(', ') +
      '.';

    it('the windows: cores one after the other cover the sentence, each inside its window, every cut outside a name', () => {
      const text = crowded(300);
      const sentence = splitSentences(text)[0]!;
      assert.equal(sentence.text.length, text.length);
      const mentions = mentionsOf(text);
      const windows = sentenceWindows(text, mentions);
      assert.ok(windows.length > 5, `${windows.length} windows`);
      assert.equal(windows[0]!.coreStart, 0);
      assert.equal(windows[windows.length - 1]!.coreEnd, text.length);
      for (const [k, w] of windows.entries()) {
        if (k > 0) assert.equal(w.coreStart, windows[k - 1]!.coreEnd);
        assert.ok(w.start <= w.coreStart && w.coreEnd <= w.end && w.coreStart < w.coreEnd, JSON.stringify(w));
        for (const cut of [w.start, w.end, w.coreStart, w.coreEnd]) {
          assert.ok(!mentions.some((m) => m.start < cut && cut < m.end), `cut at ${cut} splits a name`);
        }
      }
    });

    it('a sentence at the limits is read whole (one window)', () => {
      const text = `${'H100, '.repeat(MAX_MENTIONS_PER_SENTENCE - 1)}and the H200 has 96 GB.`;
      const mentions = mentionsOf(text);
      assert.equal(mentions.length, MAX_MENTIONS_PER_SENTENCE);
      assert.equal(sentenceWindows(text, mentions).length, 1);
      assert.equal(sentenceWindows('a'.repeat(LONG_SENTENCE_CHARS), []).length, 1);
      assert.ok(sentenceWindows('a '.repeat(LONG_SENTENCE_CHARS), []).length > 1);
    });

    it('every claim of a 300-item sentence is found once, on its own chip', () => {
      const text = crowded(300);
      // Supported ones too: "140 GB" is the H200's 141 GB, rounded.
      const r = createEngine(bundledRecord()).check(text, { ...OPTIONS, includeSupported: true });
      assert.equal(r.notes, undefined);
      const found = r.findings.map((f) => `${f.factId} ${text.slice(f.span.start, f.span.end)}`);
      const expected = Array.from({ length: 300 }, (_, i) => `${ITEMS[i % ITEMS.length]![1]} ${11 + i} GB`);
      assert.deepEqual(found, expected);
    });

    it('what the whole sentence says is seen in every window: "… respectively." pairs nothing', () => {
      const list = (n: number) =>
        Array.from({ length: n }, (_, i) => `the ${ITEMS[i % 3]![0]} and ${11 + i} GB`).join(', ') + ', respectively.';
      assert.deepEqual(
        testEngine()
          .check(list(3), OPTIONS)
          .findings.map((f) => f.factId),
        [],
      );
      const long = list(400);
      assert.ok(long.length > 4 * LONG_SENTENCE_CHARS);
      assert.deepEqual(
        testEngine()
          .check(long, OPTIONS)
          .findings.map((f) => f.factId),
        [],
      );
    });

    it('the block time budget is checked between windows: a crowded sentence past it is skipped with a note', () => {
      let t = 0;
      const engine = createEngine(bundledRecord(), { now: () => (t += 100), blockTimeBudgetMs: 1_000 });
      const r = engine.check(
        `The H200 has 96 GB of HBM3e memory.\n\n${crowded(300)}\n\nThe H200 has 96 GB of HBM3e memory.\n`,
        OPTIONS,
      );
      assert.deepEqual(r.notes, [
        'a block that took over 1 s to read (Fact Desk gives a block 1 s) at line 3; that part was not checked',
      ]);
      assert.deepEqual(
        r.findings.map((f) => f.range.start.line),
        [0, 4],
      );
    });
  });

  describe('the block clock while comparing claims', () => {
    // "H200 20 GB, H200 21 GB, …": one sentence under the window limits, one claim per item.
    const items = (n: number) => Array.from({ length: n }, (_, i) => `H200 ${20 + i} GB`).join(', ') + '.';
    const clockReads = (text: string) => {
      let reads = 0;
      const engine = createEngine(bundledRecord(), { now: () => (reads++, 0) });
      const r = engine.check(text, { ...OPTIONS, includeSupported: true });
      return { reads, claims: r.findings.length };
    };

    it('the clock is read every 64 claims compared (a segment of thousands of claims stays within the budget)', () => {
      const a = clockReads(items(63));
      const b = clockReads(items(64));
      assert.deepEqual([a.claims, b.claims], [63, 64]);
      assert.equal(b.reads - a.reads, 1);
    });

    it('a block whose time runs out while comparing is skipped with a note', () => {
      // Four reads (the block's start, its chunk, its segment, its one sentence) see no time pass; the fifth, among
      // the comparisons, sees 1.5 s: only a check there can skip the block.
      const check = (text: string) => {
        let reads = 0;
        const engine = createEngine(bundledRecord(), {
          now: () => (++reads >= 5 ? 1_500 : 0),
          blockTimeBudgetMs: 1_000,
        });
        return engine.check(text, OPTIONS);
      };
      assert.equal(check(items(63)).notes, undefined);
      assert.deepEqual(check(items(90)).notes, [
        'a block that took over 1 s to read (Fact Desk gives a block 1 s) at line 1; that part was not checked',
      ]);
    });
  });

  describe('a block quote of several lines is several sentences', () => {
    it('each quoted line is read on its own: claims are found, none pairs across lines', () => {
      const text = '> The H200 has 96 GB of memory.\n> The H100 has 80 GB of memory. It was banned in 2021.\n';
      const r = testEngine().check(text, OPTIONS);
      assert.deepEqual(
        r.findings.map((f) => `${f.factId} ${text.slice(f.span.start, f.span.end)}`),
        ['h200.memory_capacity 96 GB', 'a100-h100.export-licence-required.2022-08-26 2021'],
      );
    });

    it('a quote of 300 claim lines: 300 findings, no note', () => {
      const text = '> The H200 has 96 GB of memory.\n'.repeat(300);
      const r = testEngine().check(text, OPTIONS);
      assert.equal(r.notes, undefined);
      assert.equal(r.findings.length, 300);
    });

    it('nested markers, CR and CRLF line breaks, spec lines: each its own sentence, starting after the markers', () => {
      const text = 'The H200 has 96 GB.\r> > It has 80 GB of memory.\r\n> H100: 80 GB\n> H200: 141 GB';
      assert.deepEqual(
        splitSentences(text).map((s) => text.slice(s.start, s.end)),
        ['The H200 has 96 GB.', 'It has 80 GB of memory.', 'H100: 80 GB', 'H200: 141 GB'],
      );
    });
  });
});
