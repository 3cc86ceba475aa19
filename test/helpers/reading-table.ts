/**
 * The reading tests' table (test/unit/reading/*): each case is a draft, its as-of date (the corpus default when
 * left out) and every finding it must report — contradicted, outdated or disputed, above information level — as
 * "verdict:entity-id"; an empty list is a look-alike that must report nothing.
 */
import assert from 'node:assert/strict';
import { testEngine } from './record';

export interface ReadingCase {
  text: string;
  asOf?: string;
  report: string[];
}

const DEFAULT_AS_OF = '2025-11-27';
const REPORTED = new Set(['contradicted', 'outdated', 'disputed']);

export function reported(c: ReadingCase): string[] {
  return testEngine()
    .check(c.text, { asOf: c.asOf ?? DEFAULT_AS_OF })
    .findings.filter((f) => REPORTED.has(f.verdict) && f.severity !== 'information')
    .map((f) => `${f.verdict}:${f.entityId}`);
}

export function readingTable(name: string, cases: ReadingCase[]): void {
  describe(name, () => {
    for (const c of cases)
      it(`${c.report.join(', ') || 'nothing'} ← ${c.text.replace(/\n+/g, ' ⏎ ')}${c.asOf ? ` (${c.asOf})` : ''}`, () =>
        assert.deepEqual(reported(c), c.report));
  });
}
