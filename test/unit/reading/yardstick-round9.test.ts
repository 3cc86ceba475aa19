/**
 * A chip named as a yardstick owns only the figure right after its possessive (a reviewer's all-correct drafts,
 * issue 17): in "The B200 has 192 GB, more than twice the H20's 96 GB, and 8 TB/s of bandwidth" the 8 TB/s is the
 * B200's, not a wrong H20 figure. Three readings that must stay or move to the subject, and look-alikes that must not
 * be given to the yardstick.
 */
import { readingTable } from '../../helpers/reading-table';

const AS_OF = '2026-05-25';

readingTable('quantity: figures after a yardstick are the subject’s', [
  // The yardstick's own figure, right after its possessive, is still judged as its own.
  { text: "The H200 has 141 GB, versus the H100's 96 GB.", asOf: AS_OF, report: ['contradicted:nvidia-h100'] },
  // A later figure goes to the sentence's subject.
  { text: 'The B200 beats the H20 with 96 GB of memory.', asOf: AS_OF, report: ['contradicted:nvidia-b200'] },
  { text: 'The B200 outclasses the H20, offering 96 GB of memory.', asOf: AS_OF, report: ['contradicted:nvidia-b200'] },
  // Look-alikes: right figures of the subject (disputed notes only) are not the yardstick’s wrong ones.
  {
    text: "The B200 has 192 GB of HBM3e, more than twice the H20's 96 GB, and 8 TB/s of bandwidth.",
    asOf: AS_OF,
    report: [],
  },
  {
    text: "The B200 has twice the H20's memory and 8 TB/s of bandwidth.",
    asOf: AS_OF,
    report: [],
  },
  {
    text: "The B200 has 192 GB, twice the H20's 96 GB, and draws 1,000 W.",
    asOf: AS_OF,
    report: [],
  },
  { text: 'The B200, which succeeds the H100, draws 1,000 W.', asOf: AS_OF, report: [] },
]);
