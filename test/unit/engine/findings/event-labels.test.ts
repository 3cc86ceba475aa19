/**
 * Event findings name what happened the way the record holds it (a reviewer's fresh drafts, issue 19/17): a deal is
 * signed (and "signed" reads a deal's signing, not only a rule's issue), a bill's steps are its progress in Congress,
 * a rule with one recorded kind of date says which, a claim about the first of several says "first", and a long
 * name's parenthesis stays out of the one-row message.
 */
import assert from 'node:assert/strict';
import { testEngine } from '../../../helpers/record';

const rows = (text: string, asOf: string) =>
  testEngine()
    .check(text, { asOf, includeSupported: true })
    .findings.filter((f) => f.kind === 'event-date')
    .map((f) => `${f.verdict}: ${f.message}`);

describe('event findings say what happened', () => {
  it('a signed deal is compared with its signing', () => {
    assert.deepEqual(rows('The US-Malaysia trade agreement was signed on 20 October 2025.', '2026-06-10'), [
      'contradicted: Agreement on Reciprocal Trade signing: 26 October 2025 in the record, not 20 October 2025',
    ]);
    assert.deepEqual(
      rows('Then, on Oct. 26, the United States and Malaysia signed an Agreement on Reciprocal Trade.', '2026-06-10'),
      ['supported: Agreement on Reciprocal Trade signing: Oct. 26 (26 Oct 2025), as in the record'],
    );
  });
  it('a bill’s introduction is its progress in Congress', () =>
    assert.deepEqual(rows('The SAFE Chips Act, introduced in December 2024, would bar the H200.', '2026-06-10'), [
      'contradicted: SAFE Chips Act progress in Congress: 4 December 2025 in the record, not December 2024',
    ]));
  it('"first" is said in the subject, not as "(the first)" after the date', () =>
    assert.deepEqual(rows('Nvidia first unveiled the H200 in March 2024.', '2026-06-10'), [
      'contradicted: H200 first announcement and launch: 13 November 2023 in the record, not March 2024',
    ]));
  it('a rule known by its alias, with one kind of date, and no parenthesis in the row', () =>
    assert.deepEqual(rows('Malaysia imposed its AI chip permit requirement in August 2025.', '2026-06-10'), [
      "contradicted: Malaysia's AI-chip permit requirement effective date: 14 July 2025 in the record, not August 2025",
    ]));
});
