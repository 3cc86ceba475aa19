/**
 * Linear-time reading (issue 15): the reliability probe's time cases
 * (linear-cases.ts) must cost work proportional to the draft. Work is counted,
 * not timed: every RegExp exec made during a check (test, match, matchAll,
 * replace and split all go through RegExp.prototype.exec once it is replaced)
 * is charged the characters it moves over: from where it starts (lastIndex for
 * a global or sticky regex, else 0) to the end of its match, or to the end of
 * its input when it finds none; a sticky or ^-anchored one, what it matched. Re-reading a sentence once per number, date or
 * percentage (the probe's BUG-01, 07 and 09) shows as work growing with the
 * square of the draft. Doubling a draft may at most roughly double the work. What happens inside one regex call
 * (backtracking) is not visible here: eslint-plugin-regexp's
 * no-super-linear-backtracking and no-super-linear-move rules, run by
 * `npm run lint`, hold every regex in src to linear matching. The parser's
 * cost is held by the parse budget, whose notes are asserted here; the time
 * budget per block is tested with a fake clock. Wall-clock timings of the same
 * cases: `npx tsx bench/linear-time.ts`.
 */
import assert from 'node:assert/strict';
import { createEngine, PARSE_BUDGET } from '../../../src/engine';
import { bundledRecord } from '../../helpers/record';
import { workOf } from '../../helpers/work';
import { PROBE_CASES } from './linear-cases';

const OPTIONS = { asOf: '2025-11-27', today: '2026-11-23' };

describe('hardening: linear-time reading (probe time cases, work counted)', function () {
  this.timeout(120_000);
  // 8, 16 and 32 KB: one block each (under the 64 KB parse budget), so each doubling reads twice the text.
  const SIZES = [8 * 1024, 16 * 1024, 32 * 1024];
  /** "Roughly doubles": a doubling may cost up to 2.5 times the work (constant costs make it less, never more). */
  const PER_DOUBLING = 2.5;

  for (const c of PROBE_CASES) {
    it(`${c.id} ${c.name}: doubling the draft at most roughly doubles the work`, () => {
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

  it('the counter sees super-linear work: a sentence re-scanned once per number is caught', () => {
    // A reference for the counter itself: re-reading the whole text once per digit run is quadratic and must show.
    const quadratic = (text: string) => {
      let work = 0;
      for (const m of text.matchAll(/\d+/g)) work += text.length - m.index;
      return work;
    };
    const a = quadratic('1 '.repeat(1000));
    const b = quadratic('1 '.repeat(2000));
    assert.ok(b / a > 3.5);
  });

  describe('the parse budget counts what micromark is slow on', () => {
    const cases: [string, string, RegExp][] = [
      [
        '~a strikethrough markers',
        'The H200 has 96 GB ' + '~a'.repeat(PARSE_BUDGET.strikethroughMarkers + 1),
        /strikethrough markers/,
      ],
      [
        'unclosed [a]( link openers',
        'The H200 has 96 GB ' + '[a]('.repeat(PARSE_BUDGET.brackets / 2 + 1),
        /link brackets/,
      ],
      [
        ']-runs then [-runs',
        'The H200 has 96 GB ' + ']'.repeat(PARSE_BUDGET.brackets / 2 + 1) + '['.repeat(PARSE_BUDGET.brackets / 2 + 1),
        /link brackets/,
      ],
    ];
    for (const [name, block, note] of cases) {
      it(`${name}: the block past the budget is skipped with a note naming its line; the rest is checked`, () => {
        const text = `The H200 has 96 GB of HBM3e memory.\n\n${block}\n\nThe H200 has 96 GB of HBM3e memory.\n`;
        const { result } = workOf(text);
        assert.equal(result.notes?.length, 1, JSON.stringify(result.notes));
        assert.match(result.notes![0]!, note);
        assert.match(result.notes![0]!, /at line 3; that part was not checked/);
        assert.deepEqual(
          result.findings.map((f) => f.range.start.line),
          [0, 4],
        );
      });
    }
    it('a block just inside the budget is read', () => {
      const text = 'The H200 has 96 GB of memory ' + '~a'.repeat(PARSE_BUDGET.strikethroughMarkers / 2 - 10) + '\n';
      const { result } = workOf(text);
      assert.equal(result.notes, undefined);
      assert.equal(result.findings.length, 1);
    });
  });

  describe('the time budget per block (fake clock)', () => {
    /** A clock that moves 100 ms each time it is read: the engine reads it once per block, segment and sentence. */
    const fakeClock = () => {
      let t = 0;
      return () => (t += 100);
    };
    const CLAIM = 'The H200 has 96 GB of HBM3e memory.';

    it('a block that runs past its budget is skipped with a note naming its line; the blocks around it are checked', () => {
      const engine = createEngine(bundledRecord(), { now: fakeClock(), blockTimeBudgetMs: 1_000 });
      // Block 2 has 20 sentences: 20 reads of the clock, 2 s on the fake clock. Blocks 1 and 3 have one each.
      const long = Array.from({ length: 20 }, () => CLAIM).join(' ');
      const r = engine.check(`${CLAIM}\n\n${long}\n\n${CLAIM}\n`, OPTIONS);
      assert.deepEqual(r.notes, [
        'a block that took over 1 s to read (Fact Desk gives a block 1 s) at line 3; that part was not checked',
      ]);
      assert.deepEqual(
        r.findings.map((f) => f.range.start.line),
        [0, 4],
      );
    });

    it('the skipped block is remembered: the next check does not spend its time again', () => {
      let reads = 0;
      const clock = fakeClock();
      const engine = createEngine(bundledRecord(), { now: () => (reads++, clock()), blockTimeBudgetMs: 1_000 });
      const text = Array.from({ length: 20 }, () => CLAIM).join(' ') + '\n';
      const first = engine.check(text, OPTIONS);
      const readsAfterFirst = reads;
      const second = engine.check(text, OPTIONS);
      assert.deepEqual(second.notes, first.notes);
      assert.equal(reads, readsAfterFirst);
    });

    it('within the budget, the same draft is checked whole', () => {
      const engine = createEngine(bundledRecord(), { now: fakeClock(), blockTimeBudgetMs: 10_000 });
      const long = Array.from({ length: 20 }, () => CLAIM).join(' ');
      const r = engine.check(`${CLAIM}\n\n${long}\n\n${CLAIM}\n`, OPTIONS);
      assert.equal(r.notes, undefined);
      assert.equal(r.findings.length, 22);
    });
  });
});
