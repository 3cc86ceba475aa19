/**
 * A fronted date before a verb of saying dates the saying; an event the report puts in the pluperfect ("had
 * cleared", "had already approved") happened before it, so the date is no claim about the event's own day. Found
 * by the record's eighth pass: "In May 2026 reports said the US had cleared about ten Chinese companies to buy the
 * H200" was judged against the 8 December 2025 approval. A date on the event itself is still read.
 */
import { readingTable } from '../../helpers/reading-table';

const AS_OF = '2026-06-10';

readingTable('events: a report of an earlier event in the pluperfect', [
  {
    text: 'In May 2026 reports said the US had cleared about ten Chinese companies to buy the H200.',
    asOf: AS_OF,
    report: [],
  },
  {
    text: 'On 2 March 2026, Reuters reported that Washington had approved H200 sales to China.',
    asOf: AS_OF,
    report: [],
  },
  {
    text: 'In February 2026 officials told lawmakers that Commerce had already approved the H200 for export to China.',
    asOf: AS_OF,
    report: [],
  },
  // Look-alikes: the date is the event's.
  {
    text: 'In May 2026 the US approved H200 sales to China.',
    asOf: AS_OF,
    report: ['contradicted:nvidia-h200'],
  },
  {
    text: 'Reports said the US approved H200 sales to China in May 2026.',
    asOf: AS_OF,
    report: ['contradicted:nvidia-h200'],
  },
  {
    text: 'On 2 March 2026, Washington approved H200 sales to China, Reuters reported.',
    asOf: AS_OF,
    report: ['contradicted:nvidia-h200'],
  },
  // A named party's own statement is dated by the statement (the record dates the assurance by Nvidia's word).
  {
    text: 'On 21 July 2025, Nvidia said Washington had assured it that H20 licences would be granted.',
    asOf: '2025-08-01',
    report: ['contradicted:nvidia-h20'],
  },
]);
