/**
 * Property-based fuzzing of the engine over hostile markdown (see
 * markdown-arbitrary.ts): nesting, tables, code, HTML, front matter, emoji
 * and astral characters, zero-width and bidi controls, CRLF / lone CR /
 * mixed breaks, long lines and unbalanced markup, mixed with real claims so
 * that findings occur.
 *
 * CI size: 10,000 cases in total across the three properties, fixed seeds.
 * The summary line printed after the suite gives cases, findings, fixes and
 * wall/CPU seconds (measured: see the hardening report).
 *
 * Nightly size (no timeout; run by hand or from a scheduled job):
 *
 *   FACTDESK_FUZZ_RUNS=200000 npx mocha test/unit/hardening/fuzz.test.ts
 *
 * FACTDESK_FUZZ_RUNS is the total across the properties (split in the same
 * proportions as in CI); FACTDESK_FUZZ_SEED=<n> picks another base seed. A
 * failure prints the seed, the path and the (shrunk) draft; re-run with that
 * seed to replay it. FACTDESK_FUZZ_STRICT=1 turns the known-bug allowances
 * below off (they fail again until the engine is fixed).
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createEngine, type CheckOptions, type CheckResult } from '../../../src/engine';
import { bundledRecord, testEngine } from '../../helpers/record';
import { draft } from './markdown-arbitrary';
import {
  applyAllFixes,
  assertResultRanges,
  fuzzBudget,
  FUZZ_SEED,
  nonProseBlocks,
  RefLines,
  type Region,
} from './support';

const CI_TOTAL = 10_000;
const budget = fuzzBudget(CI_TOTAL);
/** Shares of the total: ranges 55%, fixes 35%, fresh engine + whole-document reference 10% (a cold engine per case: the costly one). */
const runs = {
  ranges: Math.max(1, Math.round(budget.total * 0.55)),
  fixes: Math.max(1, Math.round(budget.total * 0.35)),
  fresh: Math.max(1, Math.round(budget.total * 0.1)),
};

/** Dates the drafts are checked at: before and after the H20/H200 policy turns, and from front matter / "today". */
const OPTIONS: CheckOptions[] = [
  { asOf: '2025-11-27', today: '2026-11-23' },
  { asOf: '2023-05-01', today: '2026-11-23' },
  { asOf: '2025-12-15', today: '2026-11-23' },
  { today: '2024-06-30' },
  { asOf: '2025-11-27', today: '2026-11-23', includeSupported: true },
];
const options = fc.constantFrom(...OPTIONS);

const canonical = (r: CheckResult) => JSON.stringify(r);

/**
 * Known engine bugs the fuzz met, each with a minimal reproducer in
 * hardening/known-bugs.test.ts (an `it.skip` while the bug is open). The
 * properties tell these cases apart precisely and count them (printed in the
 * summary) instead of failing CI; anything else fails. Delete an entry once
 * its bug is fixed (BUG-FIXALL's is gone: a date in a later clause no longer
 * serves an event before it). The three below are fixed too (their
 * reproducers run); their counters stay as a net and read 0.
 */
const STRICT = process.env.FACTDESK_FUZZ_STRICT === '1';
const KNOWN = {
  /** BUG-CHUNK-HTML: raw HTML blocks that span blank lines (<pre>, <script>, <style>, <textarea>, <?…?>, <!X…>, <![CDATA[…]]>) are split by the chunker and their inside is checked as prose. */
  chunkedRawHtml: 0,
  /** BUG-CHUNK-CR-FM: front matter with lone-CR line breaks and a blank line inside is split by the chunker. */
  chunkedLoneCrFrontMatter: 0,
  /** BUG-ASOF: engine.asOfFor() misses front matter that check() reads (lone-CR breaks, a BOM, trailing blanks after ---). */
  asOfForMismatch: 0,
};

const RAW_HTML_SPANNING_BLANKS = /^ {0,3}(?:<(?:pre|script|style|textarea)(?:[\s>]|$)|<\?|<![A-Z]|<!\[CDATA\[)/i;
const hasBlankLine = (s: string) => /(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)/.test(s);

const stats = { cases: 0, findings: 0, fixesApplied: 0, singleFixes: 0, yamlWarnings: 0 };

describe('hardening: engine fuzz (fast-check, fixed seeds)', function () {
  this.timeout(budget.nightly ? 0 : 240_000);
  const engine = testEngine();
  let started = 0;
  let cpu: NodeJS.CpuUsage;
  const emitWarning = process.emitWarning;

  before(() => {
    started = Date.now();
    cpu = process.cpuUsage();
    // A front matter with a custom tag (`!!js/function`) makes the yaml library
    // call process.emitWarning (see known-bugs.test.ts, BUG-YAML-WARN): counted
    // here rather than flooding the CI log.
    process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
      if ((warning as Error)?.name === 'YAMLWarning' || /YAML/.test(String(rest[0] ?? ''))) stats.yamlWarnings++;
      else (emitWarning as (...a: unknown[]) => void).call(process, warning, ...rest);
    }) as typeof process.emitWarning;
  });

  after(() => {
    process.emitWarning = emitWarning;
    const used = process.cpuUsage(cpu);
    console.log(
      `      fuzz: ${stats.cases} cases (base seed ${FUZZ_SEED}), ${stats.findings} findings, ${stats.fixesApplied} fixes applied together + ${stats.singleFixes} alone and re-checked; ` +
        `${((Date.now() - started) / 1000).toFixed(1)} s wall, ${((used.user + used.system) / 1e6).toFixed(1)} s CPU; ` +
        `known-bug cases: ${JSON.stringify(KNOWN)}; YAML process warnings: ${stats.yamlWarnings}`,
    );
  });

  it(`never throws; findings, fixes and mentions lie inside the draft, agree with their spans under VS Code's line counting and sit on character boundaries; the same text twice gives the same result; asOfFor agrees with check (${runs.ranges} cases)`, () => {
    fc.assert(
      fc.property(draft({ lone: true, maxBlocks: 1 }), options, ({ text }, opts) => {
        stats.cases++;
        const result = engine.check(text, opts);
        stats.findings += result.findings.length;
        assert.equal(result.refused, undefined);
        assertResultRanges(text, result, new RefLines(text));
        for (let i = 1; i < result.findings.length; i++)
          assert.ok(
            result.findings[i - 1]!.span.start <= result.findings[i]!.span.start,
            'findings out of draft order',
          );
        // The warm caches (chunk parses, paragraph analyses) give back what the first reading gave.
        assert.equal(canonical(engine.check(text, opts)), canonical(result), 'same text twice → different results');
        const asOf = engine.asOfFor(text, opts);
        const same = asOf.asOf === result.asOf && asOf.asOfOrigin === result.asOfOrigin;
        if (!same && !STRICT && asOf.asOfOrigin === 'today' && result.asOfOrigin === 'front-matter')
          KNOWN.asOfForMismatch++;
        else
          assert.deepEqual(
            { asOf: asOf.asOf, asOfOrigin: asOf.asOfOrigin },
            { asOf: result.asOf, asOfOrigin: result.asOfOrigin },
            'engine.asOfFor disagrees with check',
          );
      }),
      { seed: FUZZ_SEED, numRuns: runs.ranges },
    );
  });

  it(`applying every fix (fix.span → newText), together and one alone, then re-checking leaves no contradicted finding of that fact at that place (${runs.fixes} cases)`, () => {
    const stillContradicted = (after: CheckResult, factId: string, start: number, end: number) =>
      after.findings.filter(
        (f) =>
          f.verdict === 'contradicted' &&
          f.factId === factId &&
          f.span.start < Math.max(end, start + 1) &&
          f.span.end > start,
      );
    fc.assert(
      fc.property(draft(), options, fc.nat(), ({ text }, opts, pick) => {
        stats.cases++;
        const before = engine.check(text, opts);
        stats.findings += before.findings.length;
        const fixable = before.findings.filter((f) => f.fix);
        if (!fixable.length) return;

        // Every fix at once, as "Fix all" does.
        const all = applyAllFixes(text, before.findings);
        const after = engine.check(all.text, opts);
        assertResultRanges(all.text, after);
        stats.fixesApplied += all.applied.length;
        for (const a of all.applied) {
          const still = stillContradicted(after, a.finding.factId, a.start, a.end);
          if (!still.length) continue;
          assert.fail(
            `fix of ${a.finding.factId} (${JSON.stringify(a.finding.claim)} → ${JSON.stringify(a.finding.fix!.newText)}) still contradicted after Fix all:\n${still.map((f) => f.message).join('\n')}\n${JSON.stringify(all.text.slice(Math.max(0, a.start - 100), a.end + 100))}`,
          );
        }

        // One fix alone: never any allowance.
        const one = fixable[pick % fixable.length]!;
        const single = applyAllFixes(text, [one]);
        const afterOne = engine.check(single.text, opts);
        assertResultRanges(single.text, afterOne);
        stats.singleFixes++;
        const a = single.applied[0]!;
        const still = stillContradicted(afterOne, one.factId, a.start, a.end);
        assert.deepEqual(
          still.map((f) => f.message),
          [],
          `fix of ${one.factId} (${JSON.stringify(one.claim)} → ${JSON.stringify(one.fix!.newText)}) still contradicted:\n${JSON.stringify(single.text.slice(Math.max(0, a.start - 100), a.end + 100))}`,
        );
      }),
      { seed: FUZZ_SEED + 1, numRuns: runs.fixes },
    );
  });

  it(`a fresh engine (cold caches) and the warm shared engine agree; no claim is reported inside what a whole-document parse calls code, HTML, front matter or a definition (${runs.fresh} cases)`, () => {
    const record = bundledRecord();
    fc.assert(
      fc.property(draft({ lone: true, maxBlocks: 1 }), options, ({ text }, opts) => {
        stats.cases++;
        const warm = engine.check(text, opts);
        const cold = createEngine(record).check(text, opts);
        stats.findings += cold.findings.length;
        assert.equal(canonical(cold), canonical(warm), 'fresh engine and cached engine disagree');
        if (!warm.findings.length) return;
        const regions = nonProseBlocks(text);
        const known = (r: Region) =>
          (r.type === 'html' && RAW_HTML_SPANNING_BLANKS.test(r.value) && hasBlankLine(r.value)) ||
          (r.type === 'yaml' && /^---\r(?!\n)/.test(text) && hasBlankLine(r.value));
        for (const f of warm.findings) {
          const inside = regions.filter((r) => f.span.start < r.end && f.span.end > r.start);
          if (!inside.length) continue;
          if (!STRICT && inside.every(known)) {
            if (inside.some((r) => r.type === 'yaml')) KNOWN.chunkedLoneCrFrontMatter++;
            else KNOWN.chunkedRawHtml++;
            continue;
          }
          assert.fail(
            `finding ${f.factId} ${JSON.stringify(f.claim)} at ${JSON.stringify(f.span)} lies inside ${inside.map((r) => `${r.type} ${JSON.stringify(r.value.slice(0, 80))}`).join(', ')}`,
          );
        }
      }),
      { seed: FUZZ_SEED + 2, numRuns: runs.fresh },
    );
  });
});
