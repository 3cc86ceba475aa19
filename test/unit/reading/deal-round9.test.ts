/**
 * A percentage that says a rise or a fall is no share of sales (issue 17): "revenue of $51.2 billion, up 62% from a
 * year earlier, and said H20 sales to China were only about $50 million" had its 62% judged as the H20's US revenue
 * share. Readings that must stay, and look-alikes said as changes, before or after the figure.
 */
import { readingTable } from '../../helpers/reading-table';

const AS_OF = '2025-12-09';

readingTable('deal terms: a change is not a share', [
  {
    text: 'Nvidia agreed to give the US government 25% of its H20 sales in China.',
    asOf: AS_OF,
    report: ['contradicted:nvidia-h20'],
  },
  {
    text: 'Under the deal, Nvidia pays Washington 20% of revenue from H20 sales to China.',
    asOf: AS_OF,
    report: ['contradicted:nvidia-h20'],
  },
  { text: 'The H20 deal hands the US a 10% cut of China sales.', asOf: AS_OF, report: ['contradicted:nvidia-h20'] },
  {
    text: 'Nvidia reported third-quarter revenue of $51.2 billion, up 62% from a year earlier, and said H20 sales to China were only about $50 million.',
    asOf: AS_OF,
    report: [],
  },
  { text: 'H20 sales to China were up 40% on the quarter before the licence rule.', asOf: AS_OF, report: [] },
  { text: 'Revenue from H20 sales grew 30% year on year.', asOf: AS_OF, report: [] },
  {
    text: 'Data-centre revenue, which includes H20 sales, climbed 66% from the same quarter a year ago.',
    asOf: AS_OF,
    report: [],
  },
]);

readingTable('deal terms: a chip’s share of revenue or of a market is no payment to the US', [
  {
    text: 'Nvidia agreed to hand the government 20% of H20 revenue.',
    asOf: AS_OF,
    report: ['contradicted:nvidia-h20'],
  },
  {
    text: 'The H20, licensed again from August 2025 at 20% of revenue, now sells slowly.',
    asOf: AS_OF,
    report: ['contradicted:nvidia-h20'],
  },
  { text: 'The 20% share of H20 revenue dates from August.', asOf: AS_OF, report: ['contradicted:nvidia-h20'] },
  { text: 'The H20 lost share, put at 5%.', asOf: AS_OF, report: [] },
  { text: 'The H20 took 10% of the market.', asOf: AS_OF, report: [] },
  { text: "The H20's share of Nvidia's revenue was 13%.", asOf: AS_OF, report: [] },
  { text: 'Nvidia got 15% of its revenue from the H200.', asOf: AS_OF, report: [] },
  { text: "AMD's MI308 took 20% of the market.", asOf: AS_OF, report: [] },
]);
