/**
 * Event dates as reporters write them (issue 17, round 7): month-by-month timelines under headings with no year,
 * lines that open with a day on its own ("- **Thursday the 4th.** …"), ordinal weekdays and weeks of a month, and a
 * name that owns the subject of a later clause. Each reading on at least three differently worded drafts that must
 * be read and two look-alikes that must not.
 */
import assert from 'node:assert/strict';
import { testEngine } from '../../helpers/record';
import { readingTable as table } from '../../helpers/reading-table';

const REPORTED = ['contradicted', 'outdated', 'disputed'];

function check(text: string, asOf: string, includeSupported = false) {
  return testEngine().check(text, { asOf, includeSupported });
}

/** A Friday, the date of a draft looking back over the winter of 2025–26. */
const SPRING_2026 = '2026-03-27';
const H200_RULE = 'bis-2026-h200-licence-review-rule';

table('events: a name that owns the subject of a later clause is not the event’s subject', [
  {
    text: "The AI Diffusion Rule's rescission, announced in June 2025, surprised allies.",
    asOf: SPRING_2026,
    report: ['contradicted:ai-diffusion-rule'],
  },
  {
    text: "The H20's licence requirement, imposed in March 2025, cut Nvidia's China sales.",
    asOf: SPRING_2026,
    report: ['contradicted:nvidia-h20'],
  },
  {
    text: 'BIS suspended the Affiliates Rule in December 2025, and the suspension runs for a year.',
    asOf: SPRING_2026,
    report: ['contradicted:bis-affiliates-rule'],
  },
  // Look-alikes: the rule's replacement (not the rule) after a suspension; a chip's successor, unveiled.
  {
    text: "The Affiliates Rule is due back in November unless BIS extends its suspension, and the AI Diffusion Rule's replacement, promised in March, has not appeared.",
    asOf: SPRING_2026,
    report: [],
  },
  { text: "The AI Diffusion Rule's successor, issued in February 2026, is narrower.", asOf: SPRING_2026, report: [] },
  { text: "The H100's successor, unveiled in March 2021, was faster.", asOf: SPRING_2026, report: [] },
]);

table('events: a month heading with no year dates its section at the draft’s date', [
  {
    text: '## December\n\n- On the 12th, Brian Mast introduced the AI Overwatch Act.',
    asOf: SPRING_2026,
    report: ['contradicted:ai-overwatch-act'],
  },
  {
    text: '## January\n\n- On the 20th, BIS issued the H200 rule.',
    asOf: SPRING_2026,
    report: [`contradicted:${H200_RULE}`],
  },
  {
    text: '### In March\n\nOn the 12th, prosecutors unsealed charges against a Supermicro co-founder.',
    asOf: SPRING_2026,
    report: ['contradicted:super-micro'],
  },
  {
    text: '## 2026\n\n### January\n\n- On the 20th, BIS issued the H200 rule.',
    asOf: '2026-12-01',
    report: [`contradicted:${H200_RULE}`],
  },
  // Look-alikes: the right day; a heading that is more than a month; a heading after it closes the month.
  { text: '## January\n\n- On the 13th, BIS issued the H200 rule.', asOf: SPRING_2026, report: [] },
  {
    text: '## December plans\n\n- On the 12th, Brian Mast introduced the AI Overwatch Act.',
    asOf: SPRING_2026,
    report: [],
  },
  { text: '## January\n\n## Outlook\n\n- On the 20th, BIS issued the H200 rule.', asOf: SPRING_2026, report: [] },
]);

table('events: a line that opens with a day on its own dates the sentence after it', [
  {
    text: '## December\n\n- **The 12th.** Brian Mast introduced the AI Overwatch Act.',
    asOf: SPRING_2026,
    report: ['contradicted:ai-overwatch-act'],
  },
  {
    text: '## February\n\n- **Sunday the 15th,** the eve of the Lunar New Year. ByteDance launched Doubao 2.0.',
    asOf: SPRING_2026,
    report: ['contradicted:doubao-2'],
  },
  {
    text: '## January\n\n* Tuesday the 20th. BIS issued the H200 rule.',
    asOf: SPRING_2026,
    report: [`contradicted:${H200_RULE}`],
  },
  {
    text: 'January 2026:\n\n1. **On the 20th:** Commerce published the H200 rule.',
    asOf: SPRING_2026,
    report: [`contradicted:${H200_RULE}`],
  },
  // Look-alikes: the right day; a weekday that is not that day's; a lead that is more than a date; a sentence with
  // a date of its own.
  { text: '## December\n\n- **The 19th.** Brian Mast introduced the AI Overwatch Act.', asOf: SPRING_2026, report: [] },
  {
    text: '## December\n\n- **Tuesday the 12th.** Brian Mast introduced the AI Overwatch Act.',
    asOf: SPRING_2026,
    report: [],
  },
  {
    text: '## December\n\n- **The 12th was busy.** Brian Mast introduced the AI Overwatch Act.',
    asOf: SPRING_2026,
    report: [],
  },
  {
    text: '## December\n\n- **The 12th.** Brian Mast introduced the AI Overwatch Act on the 19th.',
    asOf: SPRING_2026,
    report: [],
  },
]);

table('events: ordinal weekdays of a month ("the first Monday of November", "the first Wednesday of the new year")', [
  {
    text: 'The Affiliates Rule was suspended on the first Monday of November.',
    asOf: SPRING_2026,
    report: ['contradicted:bis-affiliates-rule'],
  },
  {
    text: 'The House Foreign Affairs Committee advanced the AI Overwatch Act on the fourth Wednesday of January 2026.',
    asOf: SPRING_2026,
    report: ['contradicted:ai-overwatch-act'],
  },
  {
    text: 'BIS suspended the Affiliates Rule on the last Monday in November last year.',
    asOf: SPRING_2026,
    report: ['contradicted:bis-affiliates-rule'],
  },
  {
    text: '## January\n\n- **The third Wednesday of the new year.** Beijing told some tech firms to stop placing H200 orders.',
    asOf: SPRING_2026,
    report: ['contradicted:nvidia-h200'],
  },
  // Look-alikes: the right weekdays; a denied event; "the new year" with nothing to count from.
  { text: 'The Affiliates Rule was suspended on the second Monday of November.', asOf: SPRING_2026, report: [] },
  {
    text: 'The House Foreign Affairs Committee advanced the AI Overwatch Act on the third Wednesday of January 2026.',
    asOf: SPRING_2026,
    report: [],
  },
  {
    text: '## January\n\n- **The first Wednesday of the new year.** Beijing told some tech firms to pause their H200 orders.',
    asOf: SPRING_2026,
    report: [],
  },
  { text: 'BIS did not suspend the Affiliates Rule on the first Monday of November.', asOf: SPRING_2026, report: [] },
  {
    text: 'Beijing told some tech firms to stop placing H200 orders on the second Wednesday of the new year.',
    asOf: SPRING_2026,
    report: [],
  },
]);

table('events: ordinal weeks of a month ("the second week of September last year")', [
  {
    text: 'The H20 licences began flowing in the second week of September last year.',
    asOf: SPRING_2026,
    report: ['contradicted:nvidia-h20'],
  },
  {
    text: 'BIS issued the H200 rule in the fourth week of January 2026.',
    asOf: SPRING_2026,
    report: [`contradicted:${H200_RULE}`],
  },
  {
    text: 'Commerce published the H200 rule in the last week of December 2025.',
    asOf: SPRING_2026,
    report: [`contradicted:${H200_RULE}`],
  },
  // Look-alikes: the right weeks; a denial.
  { text: 'The H20 licences began flowing in the second week of August last year.', asOf: SPRING_2026, report: [] },
  { text: 'BIS issued the H200 rule in the second week of January 2026.', asOf: SPRING_2026, report: [] },
  {
    text: 'The H20 licences did not begin flowing in the second week of September last year.',
    asOf: SPRING_2026,
    report: [],
  },
]);

table('events: a bill clears committee; licences begin to flow', [
  {
    text: 'The Chip Security Act cleared committee on 20 March 2026.',
    asOf: SPRING_2026,
    report: ['contradicted:chip-security-act'],
  },
  {
    text: 'The Chip Security Act cleared the House Foreign Affairs Committee in February 2026.',
    asOf: SPRING_2026,
    report: ['contradicted:chip-security-act'],
  },
  {
    text: 'H20 export licences started arriving in July 2025.',
    asOf: SPRING_2026,
    report: ['contradicted:nvidia-h20'],
  },
  // Look-alikes: the right dates; a chip cleared for export is no bill's progress.
  { text: 'The Chip Security Act cleared committee on 26 March 2026.', asOf: SPRING_2026, report: [] },
  { text: 'H20 export licences began to flow in August 2025.', asOf: SPRING_2026, report: [] },
]);

table(
  'events: a period’s revenue with its figure is the period’s results ("reported fourth-quarter revenue of $68.1 billion")',
  [
    {
      text: 'Nvidia reported fourth-quarter revenue of $68.1 billion on 5 February 2026.',
      asOf: SPRING_2026,
      report: ['contradicted:nvidia'],
    },
    {
      text: 'Nvidia posted third-quarter revenue of $57 billion on 1 December 2025.',
      asOf: SPRING_2026,
      report: ['contradicted:nvidia'],
    },
    {
      text: '## February\n\n- **Tuesday the 24th.** Nvidia shares slipped.\n- **Two days later.** Nvidia reported Q4 revenue of $68.1 billion.',
      asOf: SPRING_2026,
      report: ['contradicted:nvidia'],
    },
    // Look-alikes: the right day; revenue with no period (a figure, not the results); a forecast.
    {
      text: 'Nvidia reported fourth-quarter revenue of $68.1 billion on 25 February 2026.',
      asOf: SPRING_2026,
      report: [],
    },
    { text: 'Nvidia reported revenue of $68.1 billion from China on 5 February 2026.', asOf: SPRING_2026, report: [] },
    {
      text: 'Analysts expect Nvidia to report fourth-quarter revenue of $68 billion on 5 February 2026.',
      asOf: SPRING_2026,
      report: [],
    },
    {
      text: 'Analysts expect the chipmaker to report fourth-quarter results on 5 February 2026.',
      asOf: SPRING_2026,
      report: [],
    },
    {
      text: 'Investors expected Nvidia to post record quarterly revenue of $68 billion on 5 February 2026.',
      asOf: SPRING_2026,
      report: [],
    },
  ],
);

table('events: a day counted from an event the text has dated ("the day before the rule was issued, …")', [
  {
    text: '## January\n\n- **Tuesday the 13th.** BIS issued its rule moving H200 licence reviews to case by case.\n- **The day before the rule was issued,** Trump signed Proclamation 11002.',
    asOf: SPRING_2026,
    report: ['contradicted:proclamation-11002'],
  },
  {
    text: 'BIS issued its H200 rule on 13 January 2026. Three days after the rule was issued, Trump signed Proclamation 11002.',
    asOf: SPRING_2026,
    report: ['contradicted:proclamation-11002'],
  },
  {
    text: 'The H200 rule took effect on 15 January 2026. On the same day the rule took effect, Chinese customs told agents the H200 was not permitted to enter.',
    asOf: SPRING_2026,
    report: ['contradicted:nvidia-h200'],
  },
  {
    text: '## January\n\n- **On the 7th,** Beijing told some tech firms to pause their H200 orders.\n- **Three days after the order pause,** Chinese customs told agents the H200 was not permitted to enter.',
    asOf: SPRING_2026,
    report: ['contradicted:nvidia-h200'],
  },
  // Look-alikes: the right day; an event the text never dated; an event named by other words than the dated one.
  {
    text: 'BIS issued its H200 rule on 13 January 2026. The day after the rule was issued, Trump signed Proclamation 11002.',
    asOf: SPRING_2026,
    report: [],
  },
  { text: 'The day before the rule was issued, Trump signed Proclamation 11002.', asOf: SPRING_2026, report: [] },
  {
    text: 'BIS issued its H200 rule on 13 January 2026. The day before the tariff was announced, Trump signed Proclamation 11002.',
    asOf: SPRING_2026,
    report: [],
  },
]);

describe('events: the message says how an ordinal weekday or a lead day was read', () => {
  const detail = (text: string) =>
    check(text, SPRING_2026).findings.find((f) => f.kind === 'event-date' && REPORTED.includes(f.verdict))?.detail ??
    '';
  it('an ordinal weekday', () =>
    assert.match(
      detail('The Affiliates Rule was suspended on the first Monday of November.'),
      /Read “the first Monday of November” as 3 November 2025/,
    ));
  it('a lead day under a month heading', () =>
    assert.match(
      detail('## December\n\n- **The 12th.** Brian Mast introduced the AI Overwatch Act.'),
      /Read “The 12th” as 12 December 2025/,
    ));
});
