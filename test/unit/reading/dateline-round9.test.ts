/**
 * A wire dateline ("SANTA CLARA, Calif., March 10 - …", "BEIJING, Jan 14 (Reuters) - …") dates the story, not an
 * event in it: the H200's export approval was judged against "March 10" (found by a helper's wire-style probe).
 * Dates written into the sentence itself are still read.
 */
import { readingTable } from '../../helpers/reading-table';

const AS_OF = '2026-03-10';

readingTable('events: a dateline is no event date', [
  {
    text: 'On March 10, 2026, Trump approved H200 exports to China.',
    asOf: AS_OF,
    report: ['contradicted:nvidia-h200'],
  },
  {
    text: 'Washington, March 10 - Trump approved H200 exports to China on March 10.',
    asOf: AS_OF,
    report: ['contradicted:nvidia-h200'],
  },
  {
    text: 'Trump approved H200 exports to China in March 2026, officials said.',
    asOf: AS_OF,
    report: ['contradicted:nvidia-h200'],
  },
  {
    text: 'SANTA CLARA, Calif., March 10 - Nvidia has begun shipping H200 processors to approved customers in China.',
    asOf: AS_OF,
    report: [],
  },
  {
    text: 'WASHINGTON, March 10 (Reuters) - Trump approved H200 exports to China, the White House said.',
    asOf: AS_OF,
    report: [],
  },
]);
