/**
 * Speed work (branch h11-speed) must not change a result: allMatches (src/engine/all-matches.ts), the exec loop the
 * reader now uses in place of `text.matchAll(re)`, gives the same matches at the same places, starts where matchAll
 * starts and leaves the pattern as it found it.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { allMatches } from '../../../src/engine/all-matches';

const shape = (ms: RegExpMatchArray[]) => ms.map((m) => ({ index: m.index, groups: [...m] }));
const viaMatchAll = (re: RegExp, text: string) => shape([...text.matchAll(re)]);

// Patterns of the shapes the reader scans with: words and lookarounds, groups that may not take part, case-folded
// alternations, unicode classes, and patterns that can match the empty string (where the scan must move on itself).
const PATTERNS: RegExp[] = [
  /\b(?:[Bb]oth|[Ee](ach)|[Tt]he\s+two)\s+(?:of\s+them|chips|parts)(?=\s+(?:are|were|have)\b)/g,
  /\bthe\s+(SXM\d?|PCIe|\d{2,3}\s?GB)\s+(?:version|card|module)\b(?!['’-])/gi,
  /\b[Ii]ts(?=\s)/g,
  /\s?(?:[—–]\s?([^—–()]{1,160}?)\s?[—–](?=\s)|\(([^()]{1,160})\))/g,
  /[\p{L}\d]+/gu,
  /\d*/g,
  /(?=\p{L})/gu,
  /\p{L}*/gu,
  /^[-*] /gm,
];

describe('h11-speed: allMatches equals text.matchAll', () => {
  it('on the example drafts, line by line', () => {
    const dir = path.join(__dirname, '../../../examples');
    const lines = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .flatMap((f) => fs.readFileSync(path.join(dir, f), 'utf8').split('\n'));
    assert.ok(lines.length > 50);
    for (const re of PATTERNS)
      for (const line of lines)
        assert.deepEqual(shape(allMatches(re, line)), viaMatchAll(re, line), `${re} on ${line}`);
  });

  it('on random text, astral characters and empty matches included', () => {
    const text = fc
      .array(
        fc.constantFrom('a', 'B', ' ', '7', '—', '(', ')', 'the ', 'both ', 'its ', '😀', 'é', '\n', '- ', 'GB '),
        { maxLength: 60 },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.nat(PATTERNS.length - 1), (t, i) => {
        const re = PATTERNS[i]!;
        assert.deepEqual(shape(allMatches(re, t)), viaMatchAll(re, t));
      }),
      { numRuns: 2000 },
    );
  });

  it("starts at the pattern's lastIndex, as matchAll does, and leaves it as it was", () => {
    const re = /\d+/g;
    re.lastIndex = 3;
    const text = '12 34 56';
    const want = viaMatchAll(re, text);
    assert.equal(re.lastIndex, 3);
    assert.deepEqual(shape(allMatches(re, text)), want);
    assert.deepEqual(
      want.map((m) => m.index),
      [3, 6],
    );
    assert.equal(re.lastIndex, 3);
  });
});
