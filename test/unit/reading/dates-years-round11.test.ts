/**
 * A month with its year written "of 2022" or with two digits ("October '22", "Nov. ’23") is that month of that year.
 * Before, only the month was read and the as-of year put beside it, so a correct "in October '22" was contradicted
 * as "October 2026" (found by the round-eleven outside probe).
 */
import { readingTable } from '../../helpers/reading-table';

const AS_OF = '2026-11-30';

readingTable("dates: a month with 'of YYYY' or a two-digit year", [
  // Correct claims: nothing to report.
  { text: "The US restricted H100 exports to China in October '22.", asOf: AS_OF, report: [] },
  { text: 'The US restricted H100 exports to China in October of 2022.', asOf: AS_OF, report: [] },
  { text: 'Nvidia unveiled the H200 in Nov. ’23.', asOf: AS_OF, report: [] },
  // Wrong years in the same forms are read and judged.
  { text: 'The H200 was announced in November of 2024.', asOf: AS_OF, report: ['contradicted:nvidia-h200'] },
  { text: "The H200 was announced in November '24.", asOf: AS_OF, report: ['contradicted:nvidia-h200'] },
  { text: 'Nvidia unveiled the H200 in Nov. ’25 at SC25.', asOf: AS_OF, report: ['contradicted:nvidia-h200'] },
  // Look-alikes: a number after the month that is no year.
  { text: 'In October, 22 Chinese firms applied for H200 licences.', asOf: AS_OF, report: [] },
  { text: "The H200 was announced in November 2023, and '24 brought the B200.", asOf: AS_OF, report: [] },
]);
