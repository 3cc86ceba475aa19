/**
 * Event dates as reporters write them (issue 17, round 6): ordinal dates, days the calendar does not have, the
 * months of a timeline under a year heading, seasons, and event verbs that are denied or only planned. Each
 * reading on at least three differently worded drafts that must be read and two look-alikes that must not.
 */
import assert from 'node:assert/strict';
import { testEngine } from '../../helpers/record';
import { readingTable as table } from '../../helpers/reading-table';

const REPORTED = ['contradicted', 'outdated', 'disputed'];

function check(text: string, asOf: string, includeSupported = false) {
  return testEngine().check(text, { asOf, includeSupported });
}

const EARLY_2026 = '2026-03-01';
const LATE_2026 = '2026-12-05';
const H200_RULE = 'bis-2026-h200-licence-review-rule';

table('events: ordinal dates ("the 20th of January 2026", "January 20th, 2026", "20th Jan 2026") are days', [
  {
    text: 'Commerce published the H200 rule on the 20th of January 2026.',
    asOf: EARLY_2026,
    report: [`contradicted:${H200_RULE}`],
  },
  { text: 'BIS issued its H200 rule on January 20th, 2026.', asOf: EARLY_2026, report: [`contradicted:${H200_RULE}`] },
  { text: 'The H200 rule took effect on 22nd Jan 2026.', asOf: EARLY_2026, report: [`contradicted:${H200_RULE}`] },
  {
    text: 'Nvidia unveiled the B200 on the 19th of March 2024 at GTC.',
    asOf: LATE_2026,
    report: ['contradicted:nvidia-b200'],
  },
  // Look-alikes: the right day in the same form; a denied event; a deadline someone expects.
  { text: 'BIS issued the H200 rule on the 13th of January 2026.', asOf: EARLY_2026, report: [] },
  { text: 'BIS did not issue the H200 rule on the 20th of January 2026.', asOf: EARLY_2026, report: [] },
  { text: 'Analysts expect the H200 rule by the 20th of January 2026.', asOf: EARLY_2026, report: [] },
]);

describe('events: a fix keeps the ordinal form of the draft’s date', () => {
  const fixOf = (text: string) => check(text, EARLY_2026).findings.find((f) => f.entityId === H200_RULE)?.fix;
  const newText = (text: string) => {
    const fix = fixOf(text) as { edits?: { newText: string }[]; newText?: string } | undefined;
    return fix?.edits?.[0]?.newText ?? fix?.newText;
  };
  it('“the 20th of January 2026” → “the 15th of January 2026”', () =>
    assert.equal(newText('Commerce published the H200 rule on the 20th of January 2026.'), 'the 15th of January 2026'));
  it('“January 20th, 2026” → “January 15th, 2026”', () =>
    assert.equal(newText('The H200 rule took effect on January 20th, 2026.'), 'January 15th, 2026'));
  it('“20th Jan 2026” → “15th January 2026”; “20 January 2026” stays cardinal', () => {
    assert.equal(newText('The H200 rule took effect on 20th Jan 2026.'), '15th January 2026');
    assert.equal(newText('The H200 rule took effect on 20 January 2026.'), '15 January 2026');
  });
});

describe('events: a day the calendar does not have is a date, named in a note, and claims nothing', () => {
  const CASES = [
    { text: 'BIS issued the H200 rule on the 31st of June 2023.', day: 'the 31st of June 2023' },
    { text: 'BIS issued the H200 rule on June 31st, 2023.', day: 'June 31st, 2023' },
    { text: 'Nvidia unveiled the B200 on 31 June 2023.', day: '31 June 2023' },
    { text: 'The H200 rule took effect on 2026-01-32.', day: '2026-01-32' },
  ];
  for (const c of CASES) {
    it(`“${c.day}”: a note, and no finding read from “June 2023” or “2023” inside it`, () => {
      const r = check(c.text, EARLY_2026, true);
      assert.deepEqual(
        r.findings.filter((f) => f.kind === 'event-date').map((f) => f.claim),
        [],
      );
      assert.match((r.notes ?? []).join('\n'), new RegExp(`not a day of the calendar: “${c.day}”`));
    });
  }
  // Look-alikes: real last days of a month are read and judged; a version string is no date.
  table('…and the look-alikes', [
    {
      text: 'BIS issued the H200 rule on the 30th of June 2023.',
      asOf: EARLY_2026,
      report: [`contradicted:${H200_RULE}`],
    },
    { text: 'Nvidia unveiled the B200 on 31 May 2023.', asOf: LATE_2026, report: ['contradicted:nvidia-b200'] },
  ]);
  it('no note for a real day or a version number', () => {
    for (const text of ['BIS issued the H200 rule on the 30th of June 2023.', 'Version 2025-12-31 of the H200 rule.'])
      assert.doesNotMatch((check(text, EARLY_2026).notes ?? []).join('\n'), /calendar/);
  });
});

table('events: the month that opens a timeline line under a year heading dates the line', [
  {
    text: '## 2025\n\n- March: Washington requires a licence for H20 exports.',
    asOf: EARLY_2026,
    report: ['contradicted:nvidia-h20'],
  },
  {
    text: '### Timeline for 2025\n\n1. **June** — Nvidia is told it needs a licence to ship the H20.',
    asOf: EARLY_2026,
    report: ['contradicted:nvidia-h20'],
  },
  {
    text: '## What changed in 2025\n\n* **May** — Washington imposes a licence requirement on the H20.',
    asOf: EARLY_2026,
    report: ['contradicted:nvidia-h20'],
  },
  {
    text: '## 2025\n\n- April: the first rule.\n- September: Nvidia receives its first H20 licences.',
    asOf: EARLY_2026,
    report: ['contradicted:nvidia-h20'],
  },
  // Look-alikes: the right months; no year heading (the year would be a guess); a denied or a possible event.
  {
    text: '## 2025\n\n- April: Washington requires a licence for H20 exports.\n- August: Nvidia receives its first H20 licences.',
    asOf: EARLY_2026,
    report: [],
  },
  { text: '- March: Washington requires a licence for H20 exports.', asOf: EARLY_2026, report: [] },
  { text: '## 2025\n\n- March: Washington did not require a licence for H20 exports.', asOf: EARLY_2026, report: [] },
  { text: '## 2025\n\n- March: Washington may require a licence for H20 exports.', asOf: EARLY_2026, report: [] },
]);

table('events: seasons ("this spring", "last summer", "the autumn of 2024")', [
  { text: 'Nvidia introduced the B200 this spring.', asOf: LATE_2026, report: ['contradicted:nvidia-b200'] },
  { text: 'Nvidia unveiled the B200 last summer.', asOf: '2024-12-05', report: ['contradicted:nvidia-b200'] },
  { text: 'Nvidia announced the H200 in the autumn of 2024.', asOf: LATE_2026, report: ['contradicted:nvidia-h200'] },
  { text: 'Nvidia announced the H200 in fall 2022.', asOf: LATE_2026, report: ['contradicted:nvidia-h200'] },
  // Look-alikes: the right season; a spring not yet begun; a denied event; a verb that is no event.
  { text: 'Nvidia announced the B200 in the spring of 2024.', asOf: LATE_2026, report: [] },
  { text: 'Nvidia announced the B200 this spring.', asOf: '2026-02-01', report: [] },
  { text: 'Nvidia did not announce the B200 last summer.', asOf: LATE_2026, report: [] },
  { text: 'The B200 was delayed last summer.', asOf: LATE_2026, report: [] },
]);

table('events: a denied or planned event verb claims no date ("did not", "never", "may", "plans to")', [
  // Readings kept: the event verb itself, and reported speech with "would".
  { text: 'Nvidia announced the B200 in June 2024.', asOf: LATE_2026, report: ['contradicted:nvidia-b200'] },
  { text: 'BIS issued the H200 rule on 20 January 2026.', asOf: EARLY_2026, report: [`contradicted:${H200_RULE}`] },
  {
    text: 'In March 2025, the White House told Nvidia it would need a licence to export the H20.',
    asOf: EARLY_2026,
    report: ['contradicted:nvidia-h20'],
  },
  // Look-alikes.
  { text: 'Nvidia did not announce the B200 in June 2024.', asOf: LATE_2026, report: [] },
  { text: 'BIS has never issued the H200 rule on 20 January 2026.', asOf: EARLY_2026, report: [] },
  { text: "Commerce didn't publish the H200 rule on 20 January 2026.", asOf: EARLY_2026, report: [] },
  { text: 'BIS plans to issue the H200 rule on 20 January 2026.', asOf: EARLY_2026, report: [] },
  { text: 'Washington could impose a licence requirement on the H20 in March 2025.', asOf: EARLY_2026, report: [] },
]);

describe('events: the message says how a relative date was read', () => {
  const detail = (text: string, asOf: string) =>
    check(text, asOf).findings.find((f) => f.kind === 'event-date' && REPORTED.includes(f.verdict))?.detail ?? '';
  it('a season', () =>
    assert.match(
      detail('Nvidia unveiled the B200 last summer.', '2024-12-05'),
      /Read “last summer” as 1 June 2024 to 31 August 2024/,
    ));
  it('a timeline month under a year heading', () =>
    assert.match(
      detail('## 2025\n\n- March: Washington requires a licence for H20 exports.', EARLY_2026),
      /as March 2025/,
    ));
  it('a month with no year in an undated paragraph, at the draft’s date', () =>
    assert.match(detail('BIS issued the H200 rule in December.', EARLY_2026), /Read “in December” as December 2025/));
  // "on Tuesday" is one of the Tuesdays of its two-week window, never the window's first day (a Sunday here).
  it('a weekday, as the days it can be', () => {
    const text = (f: { detail: string }) => f.detail;
    const all = check('Trump approved H200 sales on Tuesday.', '2025-12-20').findings.filter(
      (f) => f.kind === 'event-date',
    );
    assert.ok(all.length > 0);
    for (const f of all) assert.match(text(f), /Read “on Tuesday” as 16 December 2025 or 9 December 2025\./);
  });
});

table('events: a dated attribution at the end dates a decision it reports (“…, Trump said on Monday.”)', [
  {
    text: "The US will allow Nvidia's H200 processors to be exported to China, Trump said on Thursday.",
    asOf: '2025-12-09',
    report: ['contradicted:nvidia-h200'],
  },
  {
    text: 'Nvidia will be allowed to ship the H200 to China, Trump told reporters on Thursday.',
    asOf: '2025-12-09',
    report: ['contradicted:nvidia-h200'],
  },
  {
    text: 'The US will allow H200 exports to China, the president announced on Saturday.',
    asOf: '2025-12-09',
    report: ['contradicted:nvidia-h200'],
  },
  // Look-alikes: the right day; a denied decision; a past event or a state the saying may postdate.
  { text: 'The US will allow H200 exports to China, Trump said on Monday.', asOf: '2025-12-09', report: [] },
  { text: 'The US will not allow H200 exports to China, Trump said on Thursday.', asOf: '2025-12-09', report: [] },
  { text: 'Nvidia launched the H200 in China, the company said on Thursday.', asOf: '2025-12-09', report: [] },
  { text: 'Beijing is blocking the H200, Nvidia said on Thursday.', asOf: '2025-12-09', report: [] },
  {
    text: 'The H200 has been banned in China for years, Nvidia said on Thursday.',
    asOf: '2025-12-09',
    report: ['outdated:nvidia-h200'],
  },
]);

table('events: a scheduled event is a claim; a modal one is not', [
  {
    text: 'The H200 rule will formally take effect on January 16.',
    asOf: '2026-01-10',
    report: [`contradicted:${H200_RULE}`],
  },
  {
    text: 'The H200 rule will take effect on 20 January 2026.',
    asOf: '2026-01-10',
    report: [`contradicted:${H200_RULE}`],
  },
  {
    text: 'Trump will sign Proclamation 11002 on 20 January 2026.',
    asOf: '2026-01-10',
    report: ['contradicted:proclamation-11002'],
  },
  // Look-alikes: a rule that only might take effect; one that would, if Congress agreed.
  { text: 'The H200 rule might take effect on 20 January 2026.', asOf: '2026-01-10', report: [] },
  { text: 'If Congress agreed, the H200 rule would take effect on 20 January 2026.', asOf: '2026-01-10', report: [] },
]);

table('events: a revenue-share deal is agreed, struck or reached on a date (with a share: the deal term judges it)', [
  {
    text: 'In June 2025, Nvidia agreed to give the US government a cut of its H20 revenue from China.',
    asOf: '2025-12-20',
    report: ['contradicted:nvidia-h20'],
  },
  {
    text: 'Nvidia and AMD reached an agreement on H20 and MI308 revenue in July 2025.',
    asOf: '2025-12-20',
    report: ['contradicted:nvidia-h20', 'contradicted:amd-mi308'],
  },
  {
    text: 'In October 2025 Nvidia agreed to pay the US a share of its H20 sales in China.',
    asOf: '2025-12-20',
    report: ['contradicted:nvidia-h20'],
  },
  // Look-alikes: the right month; another agreement (a purchase); a denied deal.
  {
    text: 'In August, Nvidia agreed to give the US government a cut of its H20 revenue from China.',
    asOf: '2025-12-20',
    report: [],
  },
  { text: 'In June 2025, Nvidia agreed to buy H20 memory from SK Hynix.', asOf: '2025-12-20', report: [] },
  {
    text: 'In June 2025, Nvidia had not agreed to give the US a share of its H20 sales.',
    asOf: '2025-12-20',
    report: [],
  },
]);

table('events: a company goes public, lists or makes its market debut on a date', [
  {
    text: 'Moore Threads went public in Shanghai on 12 December 2025.',
    asOf: EARLY_2026,
    report: ['contradicted:moore-threads'],
  },
  {
    text: "MetaX's shares began trading on the Shanghai Stock Exchange on December 18, 2025.",
    asOf: EARLY_2026,
    report: ['contradicted:metax'],
  },
  {
    text: 'MiniMax made its market debut in Hong Kong in February 2026.',
    asOf: EARLY_2026,
    report: ['contradicted:minimax'],
  },
  // Look-alikes: the right day; a denial; a plan.
  { text: 'Moore Threads listed on the STAR Market on 5 December 2025.', asOf: EARLY_2026, report: [] },
  { text: 'Moore Threads did not go public in 2024.', asOf: EARLY_2026, report: [] },
  { text: 'MetaX plans to go public in 2027.', asOf: EARLY_2026, report: [] },
]);

table('events: part of a month ("mid-January 2026", "late December", "the end of March 2025") is read at its grain', [
  { text: 'BIS issued the H200 rule in late January 2026.', asOf: EARLY_2026, report: [`contradicted:${H200_RULE}`] },
  {
    text: 'The H200 rule took effect at the end of January 2026.',
    asOf: EARLY_2026,
    report: [`contradicted:${H200_RULE}`],
  },
  {
    text: 'Commerce published the H200 rule in the first week of January 2026.',
    asOf: EARLY_2026,
    report: [`contradicted:${H200_RULE}`],
  },
  { text: 'BIS issued the H200 rule in early February.', asOf: EARLY_2026, report: [`contradicted:${H200_RULE}`] },
  // Look-alikes: the right part of the month; the right month said loosely ("mid-January" of the 13th and 15th).
  { text: 'BIS issued the H200 rule in mid-January 2026.', asOf: EARLY_2026, report: [] },
  { text: 'The H200 rule took effect in the middle of January.', asOf: EARLY_2026, report: [] },
  { text: 'BIS did not issue the H200 rule in late January 2026.', asOf: EARLY_2026, report: [] },
]);

table('events: quarters and halves of a year ("Q1 2025", "the second half of 2025") are ranges', [
  {
    text: 'BIS issued the H200 rule in the second half of 2025.',
    asOf: EARLY_2026,
    report: [`contradicted:${H200_RULE}`],
  },
  { text: 'The H20 entered mass production in Q2 2025.', asOf: EARLY_2026, report: ['contradicted:nvidia-h20'] },
  {
    text: 'Nvidia unveiled the B200 in the third quarter of 2024.',
    asOf: LATE_2026,
    report: ['contradicted:nvidia-b200'],
  },
  {
    text: '- **Q3 2025** — The AI Diffusion Rule is issued in the last days of the Biden administration.',
    asOf: EARLY_2026,
    report: ['contradicted:ai-diffusion-rule'],
  },
  // Look-alikes: the right quarter; a fiscal quarter; the period a company's results cover.
  { text: 'The H20 entered mass production in Q2 2024.', asOf: EARLY_2026, report: [] },
  { text: 'Nvidia unveiled the B200 in the first quarter of 2024.', asOf: LATE_2026, report: [] },
  { text: 'Nvidia reported Q3 2025 results in November 2025.', asOf: EARLY_2026, report: [] },
  { text: 'Nvidia unveiled the B200 in fiscal Q3 2024.', asOf: LATE_2026, report: [] },
]);

table('events: a date broken over two lines after a word that carries on ("in late⏎November 2025") is one date', [
  {
    text: 'Moore Threads had listed in Shanghai in late\nNovember 2025, a few days before MetaX.',
    asOf: '2026-06-10',
    report: ['contradicted:moore-threads'],
  },
  {
    text: 'BIS has enforced the H200 rule since\nFebruary 2026, when it took effect.',
    asOf: '2026-06-10',
    report: [`contradicted:${H200_RULE}`],
  },
  { text: 'MetaX listed in Shanghai in early\nNovember 2025.', asOf: '2026-06-10', report: ['contradicted:metax'] },
  // Look-alikes: the right part of the month; lines of a list, each its own statement.
  { text: 'Moore Threads listed in Shanghai in early\nDecember 2025.', asOf: '2026-06-10', report: [] },
  { text: 'Moore Threads listed in Shanghai\nNovember 2025 is when MetaX filed', asOf: '2026-06-10', report: [] },
]);

table('events: a fronted date dates its clause ("In February 2026, the Commerce Department …", "Late in 2025, …")', [
  {
    text: 'In February 2026, the Commerce Department formally issued the H200 rule.',
    asOf: '2026-06-10',
    report: [`contradicted:${H200_RULE}`],
  },
  {
    text: 'On Jan. 20, 2026, after weeks of lobbying by Nvidia, BIS published the H200 rule.',
    asOf: '2026-06-10',
    report: [`contradicted:${H200_RULE}`],
  },
  {
    text: 'Late in 2025, Washington imposed a licence requirement on the H20.',
    asOf: '2026-06-10',
    report: ['contradicted:nvidia-h20'],
  },
  // Look-alikes: the right half of the year; a bound ("By February 2026, … had issued"), not the date.
  { text: 'Early in 2025, Washington imposed a licence requirement on the H20.', asOf: '2026-06-10', report: [] },
  { text: 'By February 2026, BIS had issued the H200 rule.', asOf: '2026-06-10', report: [] },
]);

table('events: a date in a later coordinated clause is that clause’s', [
  {
    text: 'Trump approved H200 exports to China in December 2025, and BIS issued the H200 rule in February 2026.',
    asOf: '2026-06-10',
    report: [`contradicted:${H200_RULE}`],
  },
  {
    text: 'BIS issued the H200 rule, and it took effect on 20 January 2026.',
    asOf: '2026-06-10',
    report: [`contradicted:${H200_RULE}`],
  },
  {
    text: 'BIS issued the H200 rule on 13 January 2026, and Trump signed Proclamation 11002 on 16 January 2026.',
    asOf: '2026-06-10',
    report: ['contradicted:proclamation-11002'],
  },
  // Look-alikes: each clause right; the first clause's date is no rival to the second's.
  {
    text: 'Trump approved H200 exports to China in December 2025, and BIS issued the H200 rule in January 2026.',
    asOf: '2026-06-10',
    report: [],
  },
  {
    text: 'BIS issued the H200 rule on 13 January 2026, and Trump signed Proclamation 11002 the next day.',
    asOf: '2026-06-10',
    report: [],
  },
]);

table('events: a weekday before a fronted date is part of it ("On Wednesday 9 April the US government told …")', [
  {
    text: '## 2025\n\n- **April.** On Friday 11 April the US government told Nvidia that the H20 would need a licence to go to China.',
    asOf: LATE_2026,
    report: ['contradicted:nvidia-h20'],
  },
  {
    text: 'On Thursday, 3 April 2025, the Commerce Department informed Nvidia that H20 exports to China now require a licence.',
    asOf: LATE_2026,
    report: ['contradicted:nvidia-h20'],
  },
  {
    text: 'On Tuesday 1 April 2025, after a week of talks with the White House, Washington told Nvidia it needed a licence for the H20.',
    asOf: LATE_2026,
    report: ['contradicted:nvidia-h20'],
  },
  // Look-alikes: the right day; a denial.
  {
    text: '## 2025\n\n- **April.** On Wednesday 9 April the US government told Nvidia that the H20 would need a licence to go to China.',
    asOf: LATE_2026,
    report: [],
  },
  {
    text: 'On Thursday, 3 April 2025, the Commerce Department said H20 exports to China would not require a licence.',
    asOf: LATE_2026,
    report: [],
  },
]);

table(
  'events: a restriction that names its chip ("restrictions on H20 chips imposed in April") dates it, whoever evades it',
  [
    {
      text: 'Chinese firms are moving training to Southeast Asia to bypass US export restrictions on H20 chips imposed in March.',
      asOf: '2025-11-27',
      report: ['contradicted:nvidia-h20'],
    },
    {
      text: "Firms are evading the curbs on Nvidia's H20 imposed in May 2025.",
      asOf: '2025-11-27',
      report: ['contradicted:nvidia-h20'],
    },
    {
      text: 'Distributors try to get around the licence requirement for the H20 imposed in January 2025.',
      asOf: '2025-11-27',
      report: ['contradicted:nvidia-h20'],
    },
    // Look-alikes: the right month; a chip designed around a restriction, which is not on it.
    {
      text: 'Chinese firms are moving training to Southeast Asia to bypass US export restrictions on H20 chips imposed in April.',
      asOf: '2025-11-27',
      report: [],
    },
    {
      text: 'Nvidia designed the H20 to comply with restrictions imposed in October 2023.',
      asOf: '2025-11-27',
      report: [],
    },
    {
      text: 'To get around the restrictions imposed in October 2023, Nvidia built the H20.',
      asOf: '2025-11-27',
      report: [],
    },
  ],
);

table('events: event words the record’s events need (released chips, paused rules, greenlit sales, names in between)', [
  { text: 'Nvidia released the H20 in 2023.', asOf: '2026-06-10', report: ['contradicted:nvidia-h20'] },
  {
    text: 'BIS paused the Affiliates Rule in December 2025.',
    asOf: '2026-06-10',
    report: ['contradicted:bis-affiliates-rule'],
  },
  {
    text: 'Trump greenlit H200 sales to China in November 2025.',
    asOf: '2026-06-10',
    report: ['contradicted:nvidia-h200'],
  },
  {
    text: 'BIS published the H200 rule in the Federal Register on 20 January 2026.',
    asOf: '2026-06-10',
    report: [`contradicted:${H200_RULE}`],
  },
  {
    text: 'Washington revoked the AI Diffusion Rule in March 2025.',
    asOf: '2026-06-10',
    report: ['contradicted:ai-diffusion-rule'],
  },
  // Look-alikes: the right dates; a chip release denied; a pause of something else.
  { text: 'Nvidia released the H20 in 2024.', asOf: '2026-06-10', report: [] },
  { text: 'BIS paused the Affiliates Rule in November 2025.', asOf: '2026-06-10', report: [] },
  { text: 'Nvidia did not release the H20 in 2023.', asOf: '2026-06-10', report: [] },
  { text: 'Nvidia paused H20 production in December 2025.', asOf: '2026-06-10', report: [] },
]);

table(
  'events: Beijing’s word to its firms ("told firms to stop ordering", "urged companies to avoid") is China’s restriction',
  [
    {
      text: 'Nor can the RTX Pro 6000D, the Blackwell workstation part that Beijing told firms to stop ordering in August 2025.',
      asOf: '2026-06-10',
      report: ['contradicted:nvidia-rtx-pro-6000d'],
    },
    {
      text: 'In March 2026, Chinese authorities told some tech firms to stop placing H200 orders.',
      asOf: '2026-06-10',
      report: ['contradicted:nvidia-h200'],
    },
    {
      text: 'In March 2025, Chinese officials urged firms to avoid the H20.',
      asOf: '2026-06-10',
      report: ['contradicted:nvidia-h20'],
    },
    // Look-alikes: the right months; no Chinese side (a chipmaker telling its own customers).
    {
      text: "Beijing's internet regulator ordered ByteDance and Alibaba to cancel orders for the RTX Pro 6000D in September 2025.",
      asOf: '2026-06-10',
      report: [],
    },
    {
      text: 'In January 2026, Chinese authorities told some tech firms to stop placing H200 orders.',
      asOf: '2026-06-10',
      report: [],
    },
    { text: 'In March 2026, Nvidia told its customers to stop ordering the H200.', asOf: '2026-06-10', report: [] },
  ],
);

table('events: a product that "followed on" a date came out then', [
  {
    text: "ByteDance's Doubao 2.0, an update of China's most used chatbot, followed on Feb. 16.",
    asOf: '2026-06-10',
    report: ['contradicted:doubao-2'],
  },
  {
    text: 'ByteDance launched Doubao 2.0 on 14 February 2026, and Qwen3.5 followed on 18 February 2026.',
    asOf: '2026-06-10',
    report: ['contradicted:qwen-3-5'],
  },
  { text: "Nvidia's H200 followed in March 2023.", asOf: '2026-06-10', report: ['contradicted:nvidia-h200'] },
  // Look-alikes: the right day; something about the product that followed; another thing that followed.
  {
    text: 'ByteDance launched Doubao 2.0 on 14 February 2026, and Qwen3.5 followed on 16 February 2026.',
    asOf: '2026-06-10',
    report: [],
  },
  { text: 'Questions about the H200 followed in March 2026.', asOf: '2026-06-10', report: [] },
  { text: "The H20's price cut followed in March 2025.", asOf: '2026-06-10', report: [] },
]);

table('events: Beijing’s approval of imports is not Washington’s export approval (found on a fresh draft)', [
  // Readings kept: Washington's approval is dated.
  {
    text: 'Trump approved H200 sales to China on 15 December 2025.',
    asOf: EARLY_2026,
    report: ['contradicted:nvidia-h200'],
  },
  {
    text: 'Washington cleared the H200 for export to China in November 2025.',
    asOf: EARLY_2026,
    report: ['contradicted:nvidia-h200'],
  },
  {
    text: 'The Commerce Department approved H200 exports to China in October 2025.',
    asOf: EARLY_2026,
    report: ['contradicted:nvidia-h200'],
  },
  // Look-alikes: Beijing's approvals, on their own (right) days, compared with no US approval.
  { text: 'Beijing approved the first H200 purchases on 28 January 2026.', asOf: EARLY_2026, report: [] },
  { text: 'On the 28th of January 2026, Beijing approved the first H200 imports.', asOf: EARLY_2026, report: [] },
  { text: "China's regulators cleared ByteDance to buy the H200 in late January 2026.", asOf: EARLY_2026, report: [] },
]);

table(
  'events: a paragraph that is only a year ("**2025**", "2025:", "In 2025:") heads the list after it as a heading would',
  [
    {
      text: '**2025**\n\n- March: the US requires a licence for the H20.',
      asOf: EARLY_2026,
      report: ['contradicted:nvidia-h20'],
    },
    {
      text: '2025:\n\n- September: Nvidia receives its first H20 licences.',
      asOf: EARLY_2026,
      report: ['contradicted:nvidia-h20'],
    },
    {
      text: 'In 2025:\n\n* **June** — Washington imposes a licence requirement on the H20.',
      asOf: EARLY_2026,
      report: ['contradicted:nvidia-h20'],
    },
    // Look-alikes: the right month; a heading after the year line ends its section; a sentence naming a year is no heading.
    { text: '**2025**\n\n- April: Washington requires a licence for H20 exports.', asOf: EARLY_2026, report: [] },
    {
      text: '**2025**\n\n## Other news\n\n- March: the US requires a licence for the H20.',
      asOf: EARLY_2026,
      report: [],
    },
    {
      text: 'The year 2025 was busy.\n\n- March: the US requires a licence for the H20.',
      asOf: EARLY_2026,
      report: [],
    },
  ],
);

table('events: a lead-in line with a month and year ("In January 2026:") dates the days of the list after it', [
  {
    text: '**January 2026**\n\n- The 20th: BIS issues the H200 rule.',
    asOf: EARLY_2026,
    report: [`contradicted:${H200_RULE}`],
  },
  {
    text: 'In January 2026:\n\n- On the 20th, BIS issued the H200 rule.',
    asOf: EARLY_2026,
    report: [`contradicted:${H200_RULE}`],
  },
  {
    text: 'January 2026:\n\n- On the 18th, Trump signed Proclamation 11002.',
    asOf: EARLY_2026,
    report: ['contradicted:proclamation-11002'],
  },
  // Look-alikes: the right days; a heading between closes the month.
  { text: 'In January 2026:\n\n- On the 13th, BIS issued the H200 rule.', asOf: EARLY_2026, report: [] },
  { text: 'In January 2026:\n\n## Later\n\n- On the 20th, BIS issued the H200 rule.', asOf: EARLY_2026, report: [] },
]);

describe('events: a date broken over two lines is quoted on one line in the message and the detail', () => {
  const f = () =>
    check(
      'Moore Threads had listed in Shanghai in late\nNovember 2025, a few days before MetaX.',
      '2026-06-10',
    ).findings.find((x) => x.entityId === 'moore-threads' && x.kind === 'event-date')!;
  it('the message', () => assert.match(f().message, /not late November 2025$/));
  it('the detail', () => assert.match(f().detail, /Draft says “late November 2025”/));
  it('a relative reading', () => {
    const detail =
      check(
        'BIS issued the H200 rule on 13 January 2026. Trump signed Proclamation 11002 two\ndays later.',
        EARLY_2026,
      ).findings.find((x) => x.entityId === 'proclamation-11002')?.detail ?? '';
    assert.match(detail, /Read “two days later” as 15 January 2026/);
  });
});
