/**
 * A status message says "the <chip> is <status words>": every status's words must read after "is" (a licence
 * requirement once read "the Nvidia H100 is needs a US export licence …", seen in round ten).
 */
import assert from 'node:assert/strict';
import { createEngine } from '../../../../src/engine';
import { bundledRecord } from '../../../helpers/record';

describe('status messages read as sentences', () => {
  const CASES: [string, string, RegExp][] = [
    ['The H100 can be sold to China without a licence.', '2025-11-27', /is subject to a US export licence for China/],
    ['The H200 is banned from China.', '2026-02-01', /is licensable to China case by case|is approved for sale/],
    ['The B200 can be exported to China without a licence.', '2026-02-01', /is not exportable to China/],
  ];
  for (const [text, asOf, words] of CASES)
    it(`${text} (${asOf})`, () => {
      const result = createEngine(bundledRecord()).check(text, { asOf });
      const messages = result.findings.map((f) => f.detail ?? '').join(' | ');
      assert.match(messages, words);
      assert.doesNotMatch(messages, /\bis (?:needs|has|allowed into)\b/);
    });
});
