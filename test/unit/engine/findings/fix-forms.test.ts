/**
 * A quick fix says the record's value in the draft's form (review of six fresh drafts, issue 17): a die count
 * written as a word is fixed with a word ("a dual-die design" → "single", not "a 1 -die design"), and a date read
 * with its preposition keeps one ("released in January" → "in February 2026", "on Tuesday" → "on January 12, 2026").
 */
import assert from 'node:assert/strict';
import { testEngine } from '../../../helpers/record';

const fixesOf = (text: string, asOf: string) =>
  testEngine()
    .check(text, { asOf })
    .findings.filter((f) => f.fix)
    .map((f) => f.fix!.newText);

describe('fixes in the draft’s own form', () => {
  it('a die count written as an adjective is fixed with an adjective', () =>
    assert.deepEqual(fixesOf('The B30A, a dual-die Blackwell design, was never approved.', '2026-03-10'), ['single']));
  it('a die count written as a cardinal word is fixed with a word', () =>
    assert.deepEqual(fixesOf('The B30A spreads its logic across two dies.', '2026-03-10'), ['one']));
  it('a die count in digits stays in digits, with no stray space', () =>
    assert.deepEqual(fixesOf('The B30A spreads its logic across 2 dies.', '2026-03-10'), ['1']));
  it('a month read with "in" keeps it', () =>
    assert.deepEqual(fixesOf('GLM-5, released by Zhipu AI in January, has 744 billion parameters.', '2026-03-10'), [
      'in February 2026',
    ]));
  it('a weekday read with "on" keeps "on" before a day', () =>
    assert.deepEqual(fixesOf('And the House on Tuesday passed the Remote Access Security Act, 369–22.', '2026-01-15'), [
      'on January 12, 2026',
    ]));
});
