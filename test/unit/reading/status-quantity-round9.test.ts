/**
 * Status readings on prose the reader was not tuned on (round 9, branch h9-status): contrastive ellipsis ("…; the
 * B30A cannot", "The B200 may not.", "… but not the B200"), a status said as a line's label ("- B200: still banned
 * from China"), a chip referred to by its architecture ("the Blackwell part") and "it" as the object of a verb of
 * trade or permission ("won't let Nvidia sell it in China"). Each reading has at least three differently worded
 * sentences that must be read and two look-alikes that must not. Verdicts are judged as of each case's date.
 *
 * Status in the record used here: the B30A is not exportable from 6 Nov 2025; the B200 from 8 Dec 2025; the H200 is
 * approved for approved customers (licences under review) from 8 Dec 2025, case by case from 15 Jan 2026, and
 * allowed into China with conditions from 28 Jan 2026; the H20 is licensable case by case from 15 Jan 2026.
 */
import { readingTable } from '../../helpers/reading-table';

const MARCH = '2026-03-10';

readingTable('status: "…, but the B200 can" — the second auxiliary takes the first predicate with its own polarity', [
  // Read: the second subject with the first predicate affirmed or denied (wrong, so reported).
  { text: "The B30A can't be sold to China, but the B200 can.", asOf: MARCH, report: ['contradicted:nvidia-b200'] },
  {
    text: 'The B200 cannot be sold to China, whereas the B30A can.',
    asOf: MARCH,
    report: ['contradicted:nvidia-b30a'],
  },
  { text: 'The B200 is barred from China; the H200 is not.', asOf: MARCH, report: [] },
  {
    text: 'The B200 is barred from China, while the H200 is not.',
    asOf: '2025-06-15',
    report: ['contradicted:nvidia-h200'],
  },
  { text: 'The H200 can be licensed for China; the B30A cannot.', asOf: MARCH, report: [] },
  {
    text: 'The H200 is cleared for sale to China, but the B200 is not.',
    asOf: '2025-06-15',
    report: ['contradicted:nvidia-h200'],
  },
  // Look-alikes: the auxiliary takes words of its own; the same polarity; a condition; a question; the past.
  { text: 'The B30A cannot be sold to China, but the B200 can match its price.', asOf: MARCH, report: [] },
  { text: 'The B30A cannot be sold to China, but the B200 cannot either.', asOf: MARCH, report: [] },
  { text: 'If the B30A cannot be sold to China but the B200 can, Nvidia will adapt.', asOf: MARCH, report: [] },
  { text: 'Can the H200 be sold to China while the B200 cannot?', asOf: MARCH, report: [] },
  { text: 'The B30A could not be sold to China in 2025, but the B200 could.', asOf: MARCH, report: [] },
]);

readingTable('status: "The B200 may not." — a sentence of a chip and its auxiliary after a status', [
  {
    text: 'The B30A may now be sold to approved Chinese customers. The B200 may not.',
    asOf: MARCH,
    report: ['contradicted:nvidia-b30a'],
  },
  {
    text: 'The B200 cannot be exported to China. But the B30A can.',
    asOf: MARCH,
    report: ['contradicted:nvidia-b30a'],
  },
  {
    text: 'The H200 is off-limits to Chinese buyers, a spokesperson said. The B30A is not.',
    asOf: MARCH,
    report: ['outdated:nvidia-h200', 'contradicted:nvidia-b30a'],
  },
  {
    text: 'The H200 may now be sold to approved Chinese customers. The B200 may not.',
    asOf: MARCH,
    report: [],
  },
  // Look-alikes: the sentence before names two chips; it is a question; the auxiliary has words of its own.
  {
    text: 'The H200 and the H20 can be sold to China. The B200 cannot.',
    asOf: MARCH,
    report: [],
  },
  { text: 'Can the B30A be sold to China? The B200 cannot.', asOf: MARCH, report: [] },
  { text: 'The B200 cannot be sold to China. The B30A can match it.', asOf: MARCH, report: [] },
]);

readingTable('status: "Nvidia can ship the H200 to China but not the B200" — the second name takes the clause denied', [
  {
    text: 'Nvidia can ship the B200 to China but not the H200.',
    asOf: '2025-06-15',
    report: ['contradicted:nvidia-b200'],
  },
  {
    text: 'Washington will allow the B30A into China, though not the H200.',
    asOf: MARCH,
    report: [],
  },
  { text: 'Nvidia may sell the H200 in China, but not the H20.', asOf: MARCH, report: ['outdated:nvidia-h20'] },
  {
    text: 'The B30A can be sold to China, but not the H200.',
    asOf: MARCH,
    report: ['contradicted:nvidia-b30a', 'outdated:nvidia-h200'],
  },
  { text: 'Nvidia can ship the H200 to China but not the B200.', asOf: MARCH, report: [] },
  // Look-alikes: a denial already in the first clause; a condition; a comparison; words after the second name.
  { text: 'Nvidia cannot ship the B200 to China but not the H200.', asOf: MARCH, report: [] },
  { text: 'If Nvidia can ship the H200 to China but not the B200, it will adapt.', asOf: MARCH, report: [] },
  { text: 'The H200 can be sold to China at a higher price than the H20 but not the B200.', asOf: MARCH, report: [] },
  {
    text: 'Nvidia can ship the B30A to China but not the H200 until March.',
    asOf: MARCH,
    report: ['contradicted:nvidia-b30a'],
  },
]);

readingTable('status: "- B200: still banned from China" — a line led by a chip and a status said as a state', [
  {
    text: 'Where each chip stands:\n\n- H200: still banned from China\n- B30A: barred from China',
    asOf: MARCH,
    report: ['outdated:nvidia-h200'],
  },
  { text: '**B200:** approved for Chinese buyers.', asOf: MARCH, report: ['contradicted:nvidia-b200'] },
  { text: '- B30A — cleared for export to China', asOf: MARCH, report: ['contradicted:nvidia-b30a'] },
  { text: '1. The H200: no longer off-limits in China', asOf: '2025-06-15', report: ['contradicted:nvidia-h200'] },
  { text: '- B200: still banned from China', asOf: MARCH, report: [] },
  // Look-alikes: no state after the label; two chips on the line; a question; another place.
  { text: '- B30A: launched for China in 2025', asOf: MARCH, report: [] },
  { text: '- B30A and H200: barred from China', asOf: MARCH, report: [] },
  { text: '- B30A: cleared for export to China?', asOf: MARCH, report: [] },
  { text: '- B30A: cleared for export to Malaysia', asOf: MARCH, report: [] },
]);

readingTable('coreference: "the Blackwell part" — the one chip of that architecture in mind', [
  {
    text: 'Nvidia pitched the B30A to Beijing. The Blackwell part can be sold to China.',
    asOf: MARCH,
    report: ['contradicted:nvidia-b30a'],
  },
  {
    text: '## B200\n\nThe Blackwell accelerator is cleared for China.',
    asOf: MARCH,
    report: ['contradicted:nvidia-b200'],
  },
  {
    text: 'Nvidia unveiled the H200 in 2023. The Hopper chip carries 96 GB of memory.',
    report: ['contradicted:nvidia-h200'],
  },
  {
    text: 'Nvidia sells the H20 and the B30A. The Hopper-based part draws 700 W.',
    report: ['contradicted:nvidia-h20'],
  },
  { text: 'Nvidia unveiled the H200 in 2023. The Hopper chip carries 141 GB of memory.', report: [] },
  // Look-alikes: the chip in mind has another architecture; two chips of it; the architecture's family, not a chip.
  { text: 'Nvidia unveiled the H200 in 2023. The Blackwell chip carries 96 GB of memory.', report: [] },
  { text: 'Nvidia sells the H20 and the H200. The Hopper chip draws 700 W.', report: [] },
  { text: 'Nvidia unveiled the H200 in 2023. The Hopper chip family carries 96 GB of memory.', report: [] },
]);

readingTable(
  'coreference: "won\'t let Nvidia sell it in China" — "it" as the object of a verb of trade or permission',
  [
    {
      text: 'The B200 is Nvidia\u2019s flagship. Washington now lets Nvidia ship it to China.',
      asOf: MARCH,
      report: ['contradicted:nvidia-b200'],
    },
    {
      text: 'The H200 is a Hopper chip. Beijing has not let it in.',
      asOf: MARCH,
      report: ['outdated:nvidia-h200'],
    },
    {
      text: 'The B30A is a Blackwell chip. Commerce allows Nvidia to sell it in China.',
      asOf: MARCH,
      report: ['contradicted:nvidia-b30a'],
    },
    {
      text: 'The B30A is a Blackwell chip. Washington still won\u2019t let Nvidia sell it in China.',
      asOf: MARCH,
      report: [],
    },
    // Look-alikes: two chips in mind; the sentence names its own chip; "it" is no chip ("make it").
    {
      text: 'The B30A and the H200 are Nvidia chips. Washington now lets Nvidia ship it to China.',
      asOf: MARCH,
      report: [],
    },
    {
      text: 'The B200 is Nvidia\u2019s flagship. Washington lets Nvidia ship it and the H200 to China.',
      asOf: MARCH,
      report: [],
    },
    {
      text: 'The B200 is Nvidia\u2019s flagship. Washington lets Nvidia make it cheaper for China.',
      asOf: MARCH,
      report: [],
    },
  ],
);

readingTable('status: "not banned outright" denies a total ban only, and claims no route', [
  // Read: the plain total ban still is (contradicted against a licence requirement); look-alikes: its denial.
  { text: 'The H20 is banned outright from China.', asOf: '2025-06-15', report: ['contradicted:nvidia-h20'] },
  { text: 'The H200 is completely barred from China.', asOf: MARCH, report: ['contradicted:nvidia-h200'] },
  { text: 'The H100 cannot be sold to China under any licence.', asOf: MARCH, report: ['contradicted:nvidia-h100'] },
  { text: 'The H20 is not banned outright from China; it needs a licence.', asOf: '2025-06-15', report: [] },
  { text: "The H200 isn't completely barred from China.", asOf: '2025-06-15', report: [] },
  { text: 'The H100 is not totally banned in China.', asOf: '2025-06-15', report: [] },
]);

readingTable('status: "…, nor the H200" — the second name takes the denied clause as it stands', [
  {
    text: 'Nvidia cannot sell the B200 in China, nor the H200.',
    asOf: MARCH,
    report: ['outdated:nvidia-h200'],
  },
  {
    text: 'Washington does not let Nvidia ship the B30A to China, nor the H20.',
    asOf: MARCH,
    report: ['outdated:nvidia-h20'],
  },
  {
    text: 'Nvidia can no longer sell the B30A to Chinese buyers, nor the H200.',
    asOf: MARCH,
    report: ['contradicted:nvidia-h200'],
  },
  { text: 'Nvidia cannot sell the B30A in China, nor the B200.', asOf: MARCH, report: [] },
  // Look-alikes: the first clause does not deny; words follow the second name; a question.
  { text: 'Nvidia can sell the H200 in China, nor the B200.', asOf: MARCH, report: [] },
  { text: 'Nvidia cannot sell the B30A in China, nor the H200 at its full speed.', asOf: MARCH, report: [] },
  { text: 'Can Nvidia not sell the B30A in China, nor the H200?', asOf: MARCH, report: [] },
]);

readingTable('coreference: "It remains barred, as does the B200" — a name after "it" only as an elliptical subject', [
  {
    text: 'The H200 is a different story. It remains barred from China, as does the B200.',
    asOf: MARCH,
    report: ['outdated:nvidia-h200'],
  },
  {
    text: 'The B30A? It can be sold to China, and so can the H200.',
    asOf: MARCH,
    report: ['contradicted:nvidia-b30a'],
  },
  {
    text: 'Consider the B200. It is cleared for sale to China, as is the H200.',
    asOf: MARCH,
    report: ['contradicted:nvidia-b200'],
  },
  {
    text: 'Consider the B200. It is barred from China, as is the B30A.',
    asOf: MARCH,
    report: [],
  },
  // Look-alikes: the later name is a subject of its own, or "it" does not open the sentence.
  { text: 'Consider the B200. It and the H200 are cleared for sale to China.', asOf: MARCH, report: [] },
  { text: 'Consider the B200. Officials say it is cleared for China, as is the H200.', asOf: MARCH, report: [] },
]);

readingTable(
  'quantity: "the H20 accounted for 10% of its China revenue" is the chip\'s part of revenue, no deal term',
  [
    // Read: the US government's share, in words and digits (H20 15%, H200 25%).
    {
      text: 'Under the August deal, Nvidia hands Washington one in five dollars of its H20 sales in China.',
      report: ['contradicted:nvidia-h20'],
    },
    {
      text: 'Nvidia agreed to pay the US government a fifth of its H200 revenue from China.',
      report: ['contradicted:nvidia-h200'],
    },
    {
      text: 'The H20, which made up most of its China sales, now costs Nvidia 25% of that revenue, paid to Washington.',
      report: ['contradicted:nvidia-h20'],
    },
    { text: 'Washington takes fifteen per cent of H20 sales.', report: [] },
    // Look-alikes: the chip's part of Nvidia's revenue.
    { text: 'Nvidia said the H20 accounted for roughly one in every ten dollars of its China revenue.', report: [] },
    { text: "The H20 made up a quarter of Nvidia's China sales last year.", report: [] },
    { text: 'The H200 represented 40% of data-centre revenue in China.', report: [] },
  ],
);

readingTable(
  'status: "is no longer on sale in China after Beijing told companies to stop buying it" is China\'s side',
  [
    // China has not let the H20 in since 10 Oct 2025; the US side is case by case from 15 Jan 2026.
    {
      text: 'The H20 is no longer on sale in China after Beijing told companies to stop buying it.',
      asOf: MARCH,
      report: [],
    },
    {
      text: 'The H200 is blocked in China since Chinese customs were told to stop it.',
      asOf: MARCH,
      report: ['outdated:nvidia-h200'],
    },
    {
      text: 'The H20 is now off-limits in China because Beijing ordered firms to cancel their orders.',
      asOf: MARCH,
      report: [],
    },
    {
      text: 'The H20 is on sale in China again after Beijing urged firms to buy local chips.',
      asOf: MARCH,
      report: ['contradicted:nvidia-h20'],
    },
    // Look-alikes: the US side, with no act of China's; China's act named as a noun, not as its agent acting.
    { text: 'The H20 is no longer on sale in China.', asOf: MARCH, report: ['contradicted:nvidia-h20'] },
    {
      text: 'The H20 is no longer on sale in China after the Commerce Department changed its rules.',
      asOf: MARCH,
      report: ['contradicted:nvidia-h20'],
    },
  ],
);

readingTable('coreference: "The accelerator remains barred, as does the B200" — an elliptical name is no rival', [
  {
    text: 'Nvidia designed the B30A for China. The accelerator remains barred from China, as does the B200.',
    asOf: MARCH,
    report: [],
  },
  {
    text: 'Nvidia designed the H200 for data centres. The chip is barred from China, as is the B200.',
    asOf: MARCH,
    report: ['outdated:nvidia-h200'],
  },
  {
    text: 'Nvidia unveiled the B200 in 2024. The GPU can be sold to China, and so can the B30A.',
    asOf: MARCH,
    report: ['contradicted:nvidia-b200', 'contradicted:nvidia-b30a'],
  },
  // Look-alikes: the other name is a subject of its own, or a yardstick, or the reference does not open the sentence.
  {
    text: 'Nvidia unveiled the B200 in 2024. The chip and the H200 can be sold to China.',
    asOf: MARCH,
    report: [],
  },
  {
    text: 'Nvidia unveiled the B200 in 2024. Officials say the chip can be sold to China, as can the B30A.',
    asOf: MARCH,
    report: [],
  },
]);

readingTable('status: "won\'t be allowed into China" refuses permission from now on', [
  { text: "The B30A won't be allowed into China, officials said.", asOf: MARCH, report: [] },
  { text: 'The H200 will not be allowed into China, Lutnick says.', asOf: MARCH, report: ['outdated:nvidia-h200'] },
  { text: "The H200 won't be cleared for sale to China.", asOf: MARCH, report: ['outdated:nvidia-h200'] },
  { text: 'The H20 will no longer be permitted in China.', asOf: '2025-10-01', report: ['contradicted:nvidia-h20'] },
  // Look-alikes: a positive future is a plan; a future ban is a plan; a condition.
  { text: 'The B30A will be allowed into China next year.', asOf: MARCH, report: [] },
  { text: 'The H200 will be banned from China.', asOf: MARCH, report: [] },
  { text: "If the H200 won't be allowed into China, Nvidia will sell it elsewhere.", asOf: MARCH, report: [] },
]);

readingTable(
  'status: "can be sold to China only with a licence" says a licence is needed, not that licences are granted',
  [
    // The H20: no licence needed before 9 Apr 2025; a licence needed, none granted, to 8 Aug 2025; then licences.
    {
      text: 'The H20 can be sold to China only with a licence.',
      asOf: '2024-06-15',
      report: ['contradicted:nvidia-h20'],
    },
    {
      text: 'The H800 can be shipped to China only under a US licence.',
      asOf: '2023-06-15',
      report: ['contradicted:nvidia-h800'],
    },
    {
      text: 'The B200 can now be exported to China only with a licence.',
      asOf: MARCH,
      report: ['contradicted:nvidia-b200'],
    },
    { text: 'The H20 can be sold to China only with a licence.', asOf: '2025-06-15', report: [] },
    { text: 'The H20 can be exported to China only under a US licence.', asOf: '2025-10-01', report: [] },
    // Look-alikes: licences said to be granted, against none granted, stay wrong; without a licence.
    {
      text: 'The H20 can be sold to China under US licences.',
      asOf: '2025-06-15',
      report: ['contradicted:nvidia-h20'],
    },
    {
      text: 'The H20 can be sold to China without a licence.',
      asOf: '2025-06-15',
      report: ['outdated:nvidia-h20'],
    },
  ],
);

readingTable('status: a table cell under a "China status" column says the row chip\'s status', [
  {
    text: '| Chip | Memory | China status |\n|---|---|---|\n| H200 | 141 GB | banned |\n| B30A | n/a | barred |',
    asOf: MARCH,
    report: ['outdated:nvidia-h200'],
  },
  { text: '| Chip | China status |\n|---|---|\n| B200 | allowed |', asOf: MARCH, report: ['contradicted:nvidia-b200'] },
  {
    text: '| Chip | Status in China |\n|---|---|\n| B30A | cleared for sale |',
    asOf: MARCH,
    report: ['contradicted:nvidia-b30a'],
  },
  { text: '| Chip | China status |\n|---|---|\n| B200 | still banned |', asOf: MARCH, report: [] },
  // Look-alikes: another column; a cell that is no state; no China in the header or the draft; two chips in the row.
  { text: '| Chip | Launch status |\n|---|---|\n| B200 | allowed |', asOf: MARCH, report: [] },
  { text: '| Chip | China status |\n|---|---|\n| B200 | under review |', asOf: MARCH, report: [] },
  { text: '| Chip | Status |\n|---|---|\n| B200 | allowed |', asOf: MARCH, report: [] },
  { text: '| Chip | China status |\n|---|---|\n| B200 vs H200 | allowed |', asOf: MARCH, report: [] },
]);
