/**
 * Round ten of the date reader (issue 17): dates as reporters write them.
 *
 * - the quarter or half of a year said relative to the draft ("the second quarter of this year", "Q4 last year") or
 *   to the year in mind ("the first half of that year", "later that year"), read as relative so a finding says how;
 * - a weekday beside a full date it does not fall on ("Friday 17 November 2025", a Monday): a note, nothing guessed;
 * - a licence application sent on for the interagency review ("Commerce sent the H200 licence applications to State,
 *   Energy and Defense for review"), a timeline line's event too;
 * - an official's word to lawmakers ("In March, David Peters told a House hearing that no H200 had gone to China"),
 *   with the date fronted or after the verb.
 *
 * Each construction: three or more sentences that must be read, two or more look-alikes that must not.
 */
import assert from 'node:assert/strict';
import { readingTable } from '../../helpers/reading-table';
import { testEngine } from '../../helpers/record';

readingTable('dates round 10: the quarter or half of this year, last year, or the year in mind', [
  {
    text: 'The Trump administration rescinded the AI Diffusion Rule in the first quarter of this year.',
    asOf: '2025-09-01',
    report: ['contradicted:ai-diffusion-rule'],
  },
  {
    text: 'BIS suspended the Affiliates Rule in the third quarter of last year.',
    asOf: '2026-03-01',
    report: ['contradicted:bis-affiliates-rule'],
  },
  {
    text: 'Washington told Nvidia in April 2025 that the H20 needed a licence. The Affiliates Rule took effect in the first half of that year.',
    asOf: '2026-03-01',
    report: ['contradicted:bis-affiliates-rule'],
  },
  {
    text: 'Nvidia disclosed the H20 charge on 15 April 2025. The Trump administration rescinded the AI Diffusion Rule earlier that year.',
    asOf: '2026-03-01',
    report: ['contradicted:ai-diffusion-rule'],
  },
  // Look-alikes: the right quarter; a year with no month in mind ("later that year" after "2025" is no part of it).
  {
    text: 'The Trump administration rescinded the AI Diffusion Rule in the second quarter of this year.',
    asOf: '2025-09-01',
    report: [],
  },
  {
    text: 'The AI Diffusion Rule was issued in 2025. The Trump administration rescinded it later that year.',
    asOf: '2026-03-01',
    report: [],
  },
  {
    text: 'Nvidia said the first quarter of this year’s sales to China would be small; BIS suspended the Affiliates Rule in November.',
    asOf: '2026-03-01',
    report: [],
  },
]);

describe('dates round 10: a relative quarter says how it was read', () => {
  it('the message gives the months read', () => {
    const f = testEngine()
      .check('BIS suspended the Affiliates Rule in the third quarter of last year.', { asOf: '2026-03-01' })
      .findings.find((x) => x.kind === 'event-date');
    assert.ok(f, 'a finding');
    assert.match(f.detail ?? '', /Read “the third quarter of last year” as 1 July 2025 to 30 September 2025/);
  });
});

const notesOf = (text: string) => testEngine().check(text, { asOf: '2026-03-01' }).notes ?? [];

describe('dates round 10: a weekday that disagrees with its full date is a note', () => {
  for (const [text, why] of [
    ['On Friday 17 November 2025, Lutnick said the decision sat with Trump.', '17 November 2025 is a Monday'],
    ['BIS issued its rule on Wednesday, Jan. 14, 2026, the department said.', '14 January 2026 is a Wednesday'],
    ['Customs acted on Saturday, the 10th of October 2025, at Shenzhen.', '10 October 2025 is a Friday'],
    ['The hearing was held on Tuesday 25 February 2026.', '25 February 2026 is a Wednesday'],
  ] as const) {
    const flagged = !why.includes('14 January 2026');
    it(`${flagged ? 'noted' : 'not noted'}: ${text}`, () => {
      const notes = notesOf(text);
      if (flagged)
        assert.ok(
          notes.some((n) => n.includes('weekday disagrees') && n.includes(why)),
          notes.join(' | '),
        );
      else assert.ok(!notes.some((n) => n.includes('weekday')), notes.join(' | '));
    });
  }
  for (const text of [
    'On Monday 17 November 2025, Lutnick said the decision sat with Trump.',
    'Nvidia said on Friday, and again on 17 November 2025, that nothing had changed.',
    'Monday, November was quiet; Friday 2025 plans were set.',
  ])
    it(`not noted: ${text}`, () =>
      assert.ok(!notesOf(text).some((n) => n.includes('weekday')), notesOf(text).join(' | ')));
});

/** The record keeps the review's day open (18 or 19 December 2025): a day said is disputed, at information level. */
describe('dates round 10: a timeline line that dates the interagency review', () => {
  for (const text of [
    '- **Dec. 19, 2025** — Commerce sends H200 licence applications to State, Energy and Defense for review.',
    '## December 2025\n\n- **Thursday the 18th.** Commerce sent the H200 licence applications to State, Energy and Defense for a 30-day review.',
    '3. 19 December 2025: the Commerce Department forwards licence applications for the H200 to three agencies.',
  ])
    it(`disputed: ${text.replace(/\n+/g, ' ⏎ ')}`, () => {
      const found = testEngine()
        .check(text, { asOf: '2026-03-01' })
        .findings.map((f) => `${f.verdict}:${f.factId}`);
      assert.deepEqual(found, ['disputed:h200.licence-review.2025-12']);
    });
});

readingTable('dates round 10: a licence application sent on for the interagency review', [
  {
    text: 'On Dec. 2, 2025, the Commerce Department referred licence applications for H200 sales to three other agencies.',
    asOf: '2026-03-01',
    report: ['contradicted:nvidia-h200'],
  },
  {
    text: 'Licence applications for the H200 were sent to the State, Energy and Defense departments on 24 December 2025, Reuters said.',
    asOf: '2026-03-01',
    report: ['contradicted:nvidia-h200'],
  },
  // Look-alikes: the company applying is no review; a review denied.
  { text: 'Nvidia sent its H200 licence applications to Commerce on Dec. 2, 2025.', asOf: '2026-03-01', report: [] },
  {
    text: 'Commerce has not sent the H200 licence applications to other agencies as of Dec. 2, 2025.',
    asOf: '2026-03-01',
    report: [],
  },
  {
    text: 'Chinese buyers sent licence applications for the H200 to their own government in January 2026.',
    asOf: '2026-03-01',
    report: [],
  },
]);

readingTable('dates round 10: an official’s word to lawmakers, the date fronted or after the verb', [
  {
    text: 'The rule took effect on 15 January 2026. In March, the export-enforcement chief David Peters told a House hearing that, as far as he knew, no H200 had gone to China.',
    asOf: '2026-03-10',
    report: ['contradicted:david-peters'],
  },
  {
    text: 'In March, the head of export enforcement at BIS, David Peters, told lawmakers that no H200 had gone to China.',
    asOf: '2026-04-10',
    report: ['contradicted:david-peters'],
  },
  {
    text: 'On Feb. 10, 2026, David Peters testified before the House that no H200 had reached China.',
    asOf: '2026-03-10',
    report: ['contradicted:david-peters'],
  },
  {
    text: 'David Peters told Congress on 3 March 2026 that not a single H200 had been shipped to China.',
    asOf: '2026-04-10',
    report: ['contradicted:david-peters'],
  },
  // Look-alikes: the right month; a source named, not a hearing; a statement about another chip; a denial.
  {
    text: 'David Peters told a House hearing in February that no H200 had gone to China.',
    asOf: '2026-03-10',
    report: [],
  },
  { text: 'According to David Peters, no H200 had gone to China by March 2026.', asOf: '2026-04-10', report: [] },
  { text: 'David Peters told lawmakers in March that the B200 was never licensed.', asOf: '2026-04-10', report: [] },
  {
    text: 'David Peters did not tell lawmakers in March that any H200 had gone to China.',
    asOf: '2026-04-10',
    report: [],
  },
]);

readingTable('dates round 10: a timeline line dates its first clause, past a scene-setting sentence', [
  {
    text: '- **Dec. 10, 2025** — Trump approves H200 exports to China; the chip keeps its 141 GB of memory.',
    asOf: '2026-03-01',
    report: ['contradicted:nvidia-h200'],
  },
  {
    text: '- 4 December 2025: Washington clears H200 sales to approved Chinese buyers; Beijing says nothing.',
    asOf: '2026-03-01',
    report: ['contradicted:nvidia-h200'],
  },
  {
    text: '- **Dec. 4, 2025.** A busy day in Washington. Trump approved H200 sales to approved customers in China.',
    asOf: '2026-03-01',
    report: ['contradicted:nvidia-h200'],
  },
  {
    text: '- **Dec. 4, 2025** — a long day at the White House. Trump cleared the H200 for approved Chinese buyers.',
    asOf: '2026-03-01',
    report: ['contradicted:nvidia-h200'],
  },
  {
    text: '1. **Nov. 20, 2025.** Quiet markets. BIS suspended the Affiliates Rule for a year.',
    asOf: '2026-03-01',
    report: ['contradicted:bis-affiliates-rule'],
  },
  // Look-alikes: the right day; an aside between commas is background ("unveiled at SC23" is not the line's date);
  // a scene sentence that names something is no scene; a denial.
  {
    text: '- **Dec. 8, 2025.** A busy day in Washington. Trump approved H200 sales to approved customers in China.',
    asOf: '2026-03-01',
    report: [],
  },
  { text: '- **Dec. 8, 2025.** The H200, unveiled at SC23, is cleared for China.', asOf: '2026-03-01', report: [] },
  {
    text: '- **Dec. 8, 2025.** A busy day. The H200, first announced by Nvidia, is cleared for approved buyers in China.',
    asOf: '2026-03-01',
    report: [],
  },
  {
    text: '- **Dec. 4, 2025.** Nvidia shares rose. Trump approved H200 sales to approved customers in China.',
    asOf: '2026-03-01',
    report: [],
  },
  {
    text: '- **Dec. 4, 2025.** Markets were calm. The H200 was not approved for China that week.',
    asOf: '2026-03-01',
    report: [],
  },
]);

describe('dates round 10: a wrong review date names the nearest step of the review', () => {
  it('the finding is the referral’s, the step nearest the draft’s date', () => {
    const f = testEngine()
      .check('On 22 December 2025, Commerce referred licence applications for the H200 to three other agencies.', {
        asOf: '2026-03-01',
      })
      .findings.filter((x) => x.kind === 'event-date');
    assert.deepEqual(
      f.map((x) => `${x.verdict}:${x.factId}`),
      ['contradicted:h200.licence-review.2025-12'],
    );
  });
});

describe('dates round 10: a weekday that disagrees with a day of the month in mind is a note, and no claim', () => {
  const check = (text: string) => testEngine().check(text, { asOf: '2026-01-20' });
  for (const [text, why] of [
    ['## December 2025\n\n- **Friday the 4th.** Trump approved H200 sales.', '4 December 2025 is a Thursday'],
    ['## 2025\n\n- **December.** On Friday the 4th, Trump approved H200 sales.', '4 December 2025 is a Thursday'],
    [
      'Trump approved H200 sales on 8 December 2025. On Friday the 10th, Nvidia said nothing.',
      '10 December 2025 is a Wednesday',
    ],
  ] as const)
    it(`noted: ${text.replace(/\n+/g, ' ⏎ ')}`, () => {
      const r = check(text);
      assert.ok(
        (r.notes ?? []).some((n) => n.includes('weekday disagrees') && n.includes(why)),
        String(r.notes),
      );
      assert.deepEqual(
        r.findings.filter((f) => f.kind === 'event-date' && f.verdict !== 'supported').map((f) => f.factId),
        [],
      );
    });
  for (const text of [
    '## December 2025\n\n- **Monday the 8th.** Trump approved H200 sales.',
    'Friday the 4th was quiet.',
    'Trump approved H200 sales on 8 December 2025. On Wednesday the 10th, Nvidia said nothing.',
  ])
    it(`not noted: ${text.replace(/\n+/g, ' ⏎ ')}`, () =>
      assert.ok(!(check(text).notes ?? []).some((n) => n.includes('weekday')), String(check(text).notes)));
});
