/**
 * "China banned the H20 in October": China as the subject of the event's own verb makes it Beijing's restriction,
 * judged against China's recorded acts, not the US licence rule (a reviewer's all-correct drafts had it flagged
 * against 9 April 2025). Readings on China's side, and look-alikes that stay on the US side.
 */
import { readingTable } from '../../helpers/reading-table';

const AS_OF = '2026-03-01';

readingTable('events: China as the agent of a restriction', [
  { text: 'China banned the H20 in September 2025.', asOf: AS_OF, report: ['contradicted:nvidia-h20'] },
  { text: 'China has barred the H20, starting in June 2025.', asOf: AS_OF, report: ['contradicted:nvidia-h20'] },
  {
    text: 'In a surprise move, China quietly barred the H20 in December 2025.',
    asOf: AS_OF,
    report: ['contradicted:nvidia-h20'],
  },
  { text: 'China banned the H20 in October.', asOf: AS_OF, report: [] },
  { text: 'Washington restricted the H20 in April 2025, and China barred it in October.', asOf: AS_OF, report: [] },
  { text: 'The US banned the H20 sales to China in April 2025.', asOf: AS_OF, report: [] },
  { text: 'Washington said exports of the H20 to China required a licence in April 2025.', asOf: AS_OF, report: [] },
]);

readingTable('status: a ban said of the place fits either side', [
  // Wrong on the side it names (allowed is no ban's place-only form): judged as before.
  { text: 'The B200 is allowed in China.', asOf: AS_OF, report: ['contradicted:nvidia-b200'] },
  // Said of one side in so many words: judged on that side.
  { text: 'The H20 cannot be exported to China.', asOf: AS_OF, report: ['outdated:nvidia-h20'] },
  { text: 'The H20 is banned from export to China.', asOf: AS_OF, report: ['outdated:nvidia-h20'] },
  // Look-alikes: "banned in China" is true of China's side (its customs block the H20) though Washington licenses it.
  { text: 'The H20 is banned in China.', asOf: AS_OF, report: [] },
  { text: 'These days the H20 is effectively barred in China.', asOf: AS_OF, report: [] },
]);
