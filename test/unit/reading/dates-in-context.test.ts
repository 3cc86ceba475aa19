/**
 * Dates read against what the draft has said about when (dates/context.ts): a section's year, a timeline line's
 * month, the paragraph's last date. Each construction on three differently worded drafts that must be read and
 * two look-alikes that must not.
 */
import assert from 'node:assert/strict';
import { editableDraft } from '../../helpers/record';
import { readingTable as table } from '../../helpers/reading-table';

const LATE_2026 = '2026-08-05';

table('dates in context: an ordinal day is a day of the month the text is in', [
  {
    text: '## 2025\n\n- **April.** On the 19th, the US restricted exports of the H20 to China.',
    asOf: LATE_2026,
    report: ['contradicted:nvidia-h20'],
  },
  {
    text: "Trump's H200 decision came in December 2025. He approved H200 sales to China on the 18th.",
    asOf: LATE_2026,
    report: ['contradicted:nvidia-h200'],
  },
  {
    text: '## 2026\n\n- **February.** ByteDance launched Doubao 2.0 on Saturday the 21st.',
    asOf: LATE_2026,
    report: ['contradicted:doubao-2'],
  },
  // Look-alikes: no month in view; an ordinal that ranks; the right day.
  { text: 'ByteDance launched Doubao 2.0 on the 21st.', asOf: LATE_2026, report: [] },
  { text: '## 2026\n\n- **February.** Doubao 2.0 was the 21st model ByteDance launched.', asOf: LATE_2026, report: [] },
  {
    text: '## 2026\n\n- **February.** ByteDance launched Doubao 2.0 on Saturday the 14th.',
    asOf: LATE_2026,
    report: [],
  },
]);

table('dates in context: "six days later", "three weeks earlier", "nine months earlier" count from the last date', [
  {
    text: 'Trump approved H200 sales to China on December 8, 2025. Exports of the H20 had been restricted nine months earlier.',
    asOf: LATE_2026,
    report: ['contradicted:nvidia-h20'],
  },
  {
    text: 'BIS suspended the Affiliates Rule on November 10, 2025. The rule had taken effect three weeks earlier.',
    asOf: LATE_2026,
    report: ['contradicted:bis-affiliates-rule'],
  },
  {
    text: 'Doubao 2.0 came out on 14 February 2026. Five days later, Alibaba released Qwen3.5.',
    asOf: LATE_2026,
    report: ['contradicted:qwen-3-5'],
  },
  // Look-alikes: no date before it; "after" a name, not after the date; a date of a year only; the right count.
  { text: 'Five days later, Alibaba released Qwen3.5.', asOf: LATE_2026, report: [] },
  {
    text: 'On 14 February 2026 ByteDance shipped Doubao 2.0, and Alibaba released Qwen3.5 five days after Doubao 2.0.',
    asOf: LATE_2026,
    report: [],
  },
  {
    text: 'In 2026 ByteDance shipped Doubao 2.0. Five days later, Alibaba released Qwen3.5.',
    asOf: LATE_2026,
    report: [],
  },
  {
    text: 'BIS suspended the Affiliates Rule on November 10, 2025. The rule had taken effect six weeks earlier.',
    asOf: LATE_2026,
    report: [],
  },
]);

table('dates in context: a month counted back from the draft’s date ("in April two years ago", "last year")', [
  {
    text: 'The H20 licence requirement was imposed in April two years ago.',
    asOf: LATE_2026,
    report: ['contradicted:nvidia-h20'],
  },
  {
    text: 'The Affiliates Rule took effect in October last year.',
    asOf: LATE_2026,
    report: ['contradicted:bis-affiliates-rule'],
  },
  { text: 'Alibaba released Qwen3.5 five months ago.', asOf: '2026-05-20', report: ['contradicted:qwen-3-5'] },
  // Look-alikes: the right month; "two years ago" that dates nothing the record holds.
  { text: 'The Affiliates Rule took effect in September last year.', asOf: LATE_2026, report: [] },
  { text: 'Two years ago, few analysts followed the H20.', asOf: LATE_2026, report: [] },
]);

table('dates in context: a heading’s year dates the months of its section', [
  {
    text: '## 2025\n\nIn May, the US restricted exports of the H20.',
    asOf: LATE_2026,
    report: ['contradicted:nvidia-h20'],
  },
  {
    text: '## What changed in 2025\n\nThe US restricted the H20 on 19 April.',
    asOf: LATE_2026,
    report: ['contradicted:nvidia-h20'],
  },
  {
    text: '# Timeline\n\n## 2025\n\nNotes from the desk.\n\n### April\n\nOn April 19 the US restricted exports of the H20.',
    asOf: LATE_2026,
    report: ['contradicted:nvidia-h20'],
  },
  // Look-alikes: the right month in the section; a section closed by a heading without a year.
  { text: '## 2025\n\nIn April, the US restricted exports of the H20.', asOf: LATE_2026, report: [] },
  {
    text: '## 2025\n\nNotes.\n\n## Outlook\n\nIn April, the US restricted exports of the H20.',
    asOf: LATE_2026,
    report: ['contradicted:nvidia-h20'],
  },
]);

table('dates in context: an event’s subject is in its own clause, not in a later one after ", and"', [
  {
    text: 'BIS issued its H200 rule on 13 January 2026, and Trump signed Proclamation 11002 two days later.',
    asOf: LATE_2026,
    report: ['contradicted:proclamation-11002'],
  },
  {
    text: 'Trump approved H200 sales on December 8, 2025, and BIS suspended the Affiliates Rule on November 12, 2025.',
    asOf: LATE_2026,
    report: ['contradicted:bis-affiliates-rule'],
  },
  {
    text: 'The rule was issued on 13 January 2026, and Trump signed Proclamation 11002 on 20 January 2026.',
    asOf: LATE_2026,
    report: ['contradicted:proclamation-11002'],
  },
  // Look-alikes: the first clause's date is not the later clause's subject's.
  {
    text: 'BIS issued its H200 rule on 13 January 2026, and Trump signed Proclamation 11002 the next day.',
    asOf: LATE_2026,
    report: [],
  },
  {
    text: 'The US approved H200 sales on December 8, 2025, and Trump signed Proclamation 11002 later.',
    asOf: LATE_2026,
    report: [],
  },
]);

describe('dates in context: an edit of a dated heading re-reads the section after it', () => {
  it('changing "## 2025" to "## 2026" while typing gives what a fresh check gives', () => {
    const draft = editableDraft(LATE_2026);
    const before = '# Notes\n\n## 2025\n\nIntro.\n\nIn April, the US restricted exports of the H20.\n';
    const after = before.replace('## 2025', '## 2026');
    assert.deepEqual(draft.verdicts(before), [], 'April 2025 is right');
    assert.deepEqual(draft.verdicts(after), ['contradicted:nvidia-h20'], 'April 2026 is not');
    assert.deepEqual(draft.verdicts(after), draft.fresh(after), 'the incremental check equals a fresh one');
    assert.deepEqual(draft.verdicts(before), [], 'and back');
  });
});

describe('dates in context: chunks shifted by an edit keep the section they are in', () => {
  it('three edits in a row under "## 2026" give what a fresh check gives', () => {
    const draft = editableDraft(LATE_2026);
    let text = '# Notes\n\n## 2026\n\nIntro.\n\nOther.\n\nIn April, the US restricted exports of the H20.\n';
    assert.deepEqual(draft.verdicts(text), ['contradicted:nvidia-h20']);
    for (const [from, to] of [
      ['Intro.', 'Intro!'],
      ['In April,', 'In April then,'],
      ['Other.', 'Other!'],
    ] as const) {
      text = text.replace(from, to);
      assert.deepEqual(
        draft.verdicts(text),
        draft.fresh(text),
        `after "${to}" the incremental check equals a fresh one`,
      );
    }
  });
});
