/**
 * Claims lost beside ordinary copy (round-eleven outside probe, C22): em dashes set close ("The H200—a Hopper
 * chip—has …", US style), a reference with abbreviations in parentheses ("(see Fig. 3, p. 12)", which split the
 * sentence), and a fronted contrast ("Unlike the H100, the H200 has …").
 */
import { readingTable } from '../../helpers/reading-table';

const AS_OF = '2026-11-30';

readingTable('asides: close-set em dashes', [
  { text: 'The H200—a Hopper chip—has 96 GB of memory.', asOf: AS_OF, report: ['contradicted:nvidia-h200'] },
  {
    text: 'The H20—the part Nvidia built for China—carries 80 GB of memory.',
    asOf: AS_OF,
    report: ['contradicted:nvidia-h20'],
  },
  {
    text: 'Nvidia’s B200—two dies joined by a fast link—draws 700 W at most.',
    asOf: AS_OF,
    report: ['contradicted:nvidia-b200'],
  },
  // Look-alikes: the right value beside an aside; an en dash range.
  { text: 'The H200—its maker says—has 141 GB of memory.', asOf: AS_OF, report: [] },
  { text: 'The H200 shipped in volume in 2024–2025 with 141 GB of memory.', asOf: AS_OF, report: [] },
]);

readingTable('sentences: abbreviations of a reference do not end a sentence', [
  { text: 'The H200 (see Fig. 3) has 96 GB of memory.', asOf: AS_OF, report: ['contradicted:nvidia-h200'] },
  {
    text: 'The H200 (see Fig. 3, p. 12, vol. 2; cf. Smith et al.) has 96 GB of memory.',
    asOf: AS_OF,
    report: ['contradicted:nvidia-h200'],
  },
  { text: 'As Eq. 2 shows, the H20 has 80 GB of memory.', asOf: AS_OF, report: ['contradicted:nvidia-h20'] },
  // Look-alikes: the right value; a figure that is no claim.
  { text: 'The H200 (see Fig. 3) has 141 GB of memory.', asOf: AS_OF, report: [] },
  { text: 'Fig. 96 shows the H200.', asOf: AS_OF, report: [] },
]);

readingTable('fronted contrast: "Unlike the H100, the H200 has …"', [
  { text: 'Unlike the H100, the H200 has 96 GB of memory.', asOf: AS_OF, report: ['contradicted:nvidia-h200'] },
  {
    text: 'In contrast to the A100, the H20 carries 80 GB of HBM3.',
    asOf: AS_OF,
    report: ['contradicted:nvidia-h20'],
  },
  {
    text: 'Unlike AMD’s MI308, the H20 is based on the Blackwell architecture.',
    asOf: AS_OF,
    report: ['contradicted:nvidia-h20'],
  },
  // Look-alikes: the value belongs to the contrasted chip; a measure ("compared with") is not set aside.
  { text: 'Unlike the H20 with its 80 GB, the H200 has 141 GB of memory.', asOf: AS_OF, report: [] },
  { text: 'Unlike the H100, which has 80 GB, the H200 has 141 GB.', asOf: AS_OF, report: [] },
]);
