/**
 * Event dates as reporters write them (issue 17, round 9): every count word in a relative date ("thirteen days
 * later", "twenty-one days later", "a dozen days later", "two years later"), a maker that "followed … with" its
 * product, and a fronted "after …" clause that keeps its own date. Each reading on at least three differently worded
 * drafts that must be read and two look-alikes that must not.
 */
import { readingTable as table } from '../../helpers/reading-table';

const SPRING_2026 = '2026-05-10';
const H200_RULE = 'bis-2026-h200-licence-review-rule';

table('events round 9: count words up to ninety-nine and “a dozen” count days, months and years', [
  {
    text: 'BIS issued the H200 rule on Jan. 13, 2026. Thirteen days later, Trump signed Proclamation 11002.',
    asOf: SPRING_2026,
    report: ['contradicted:proclamation-11002'],
  },
  {
    text: 'BIS issued the H200 rule on Jan. 13, 2026. A dozen days later, Trump signed Proclamation 11002.',
    asOf: SPRING_2026,
    report: ['contradicted:proclamation-11002'],
  },
  {
    text: 'The US required a licence for the H20 in April 2025. Twenty-seven months earlier, BIS had issued the October 2022 rules.',
    asOf: SPRING_2026,
    report: ['contradicted:bis-2022-advanced-computing-rule'],
  },
  {
    text: 'Washington imposed the H20 licence requirement twenty-five months ago.',
    asOf: SPRING_2026,
    report: ['contradicted:nvidia-h20'],
  },
  {
    text: 'BIS issued the October 2022 rules on Oct. 7, 2022. Three years later, it issued the October 2023 rules.',
    asOf: SPRING_2026,
    report: ['contradicted:bis-2023-advanced-computing-rule'],
  },
  // Look-alikes: the right count (never a compound's tail: "twenty-one" is not "one"); a loose "two years later".
  {
    text: 'BIS issued the H200 rule on Jan. 13, 2026. Twenty-one days later, Trump signed Proclamation 11002.',
    asOf: SPRING_2026,
    report: ['contradicted:proclamation-11002'],
  },
  {
    text: 'The US required a licence for the H20 in April 2025. Thirty months earlier, BIS had issued the October 2022 rules.',
    asOf: SPRING_2026,
    report: [],
  },
  {
    text: 'Washington imposed the H20 licence requirement thirteen months ago.',
    asOf: SPRING_2026,
    report: [],
  },
  {
    text: 'Nvidia unveiled the H200 in November 2023. Two years later, BIS issued the H200 rule.',
    asOf: SPRING_2026,
    report: [],
  },
  {
    text: 'BIS issued the October 2022 rules on Oct. 7, 2022. A year later, it issued the October 2023 rules.',
    asOf: SPRING_2026,
    report: [],
  },
]);

table('events round 9: a maker that “followed … with” a product dates the product’s launch', [
  { text: 'DeepSeek followed in March with V4.', asOf: SPRING_2026, report: ['contradicted:deepseek-v4'] },
  {
    text: 'Alibaba shipped Qwen3.5 first; Moonshot AI followed in March with Kimi K2.5.',
    asOf: SPRING_2026,
    report: ['contradicted:kimi-k2-5'],
  },
  { text: 'DeepSeek quickly followed, in January, with V4.', asOf: SPRING_2026, report: ['contradicted:deepseek-v4'] },
  { text: 'Alibaba followed with Qwen3.5 on 16 March.', asOf: SPRING_2026, report: ['contradicted:qwen-3-5'] },
  // Look-alikes: the right date; no company follows; the company follows with something else.
  { text: 'Zhipu AI followed on Feb. 11 with GLM-5.', asOf: SPRING_2026, report: [] },
  { text: 'Protests followed in March with the V4 release.', asOf: SPRING_2026, report: [] },
  { text: 'DeepSeek followed in March with a statement on V4.', asOf: SPRING_2026, report: [] },
  { text: 'DeepSeek followed in March with criticism of Qwen3.5.', asOf: SPRING_2026, report: [] },
]);

table('events round 9: a fronted “after …” clause keeps its date', [
  {
    text: 'A day after BIS issued the H200 rule on Jan. 20, Trump signed Proclamation 11002.',
    asOf: SPRING_2026,
    report: [`contradicted:${H200_RULE}`],
  },
  {
    text: 'Weeks after Washington imposed the H20 licence requirement in April 2024, Nvidia took a charge.',
    asOf: SPRING_2026,
    report: ['contradicted:nvidia-h20'],
  },
  {
    text: 'When Commerce rescinded the AI Diffusion Rule in June 2025, chipmakers cheered.',
    asOf: SPRING_2026,
    report: ['contradicted:ai-diffusion-rule'],
  },
  // Look-alikes: the subordinate clause's right date is never the main clause's event's.
  {
    text: 'Thirteen days after BIS issued the H200 rule on Jan. 13, Trump signed Proclamation 11002.',
    asOf: SPRING_2026,
    report: [],
  },
  {
    text: 'A day after BIS issued the H200 rule on Jan. 13, Trump signed Proclamation 11002.',
    asOf: SPRING_2026,
    report: [],
  },
  {
    text: 'Shortly after Nvidia unveiled the H100 in March 2022, the US required a licence for the A100.',
    asOf: SPRING_2026,
    report: [],
  },
]);

table('events round 9: a day of the month as an ordinal word', [
  {
    text: 'BIS issued the H200 rule on the twentieth of January 2026.',
    asOf: SPRING_2026,
    report: [`contradicted:${H200_RULE}`],
  },
  {
    text: 'DeepSeek released V4 on the twenty-first of April.',
    asOf: SPRING_2026,
    report: ['contradicted:deepseek-v4'],
  },
  {
    text: 'BIS issued the H200 rule on January the 20th, 2026.',
    asOf: SPRING_2026,
    report: [`contradicted:${H200_RULE}`],
  },
  {
    text: 'Trump signed Proclamation 11002 on January the fifteenth.',
    asOf: SPRING_2026,
    report: ['contradicted:proclamation-11002'],
  },
  // Look-alikes: the right day in words; an ordinal that ranks a noun, not a day ("a second March deadline").
  { text: 'BIS issued the H200 rule on January the thirteenth, 2026.', asOf: SPRING_2026, report: [] },
  { text: 'DeepSeek released V4 on the twenty-fourth of April.', asOf: SPRING_2026, report: [] },
  { text: 'Washington set a second March deadline for the H20.', asOf: SPRING_2026, report: [] },
  {
    text: 'Nvidia unveiled the H100 at its March 2022 GTC, the first of many Hopper launches.',
    asOf: SPRING_2026,
    report: [],
  },
]);

table('events round 9: a table cell under a header that names an event dates the row’s product or rule', [
  {
    text: '| Model | Maker | Released |\n|---|---|---|\n| DeepSeek-V4 | DeepSeek | March 2026 |',
    asOf: SPRING_2026,
    report: ['contradicted:deepseek-v4'],
  },
  {
    text: '| Chip | Announced | Memory |\n|---|---|---|\n| H200 | March 2023 | 141 GB |',
    asOf: SPRING_2026,
    report: ['contradicted:nvidia-h200'],
  },
  {
    text: '| Rule | Issued |\n|---|---|\n| October 2022 rules | Oct. 7, 2021 |',
    asOf: SPRING_2026,
    report: ['contradicted:bis-2022-advanced-computing-rule'],
  },
  {
    text: '| Chip | Restricted |\n|---|---|\n| H20 | April 2024 |',
    asOf: SPRING_2026,
    report: ['contradicted:nvidia-h20'],
  },
  // Look-alikes: the right dates; a header that says more ("Expected release"); a cell with more than its date; a
  // row naming two chips; a column about a deal (the date is the deal's).
  {
    text: '| Model | Released |\n|---|---|\n| Qwen3.5 | 16 February 2026 |\n| GLM-5 | Feb. 11, 2026 |',
    asOf: SPRING_2026,
    report: [],
  },
  { text: '| Model | Expected release |\n|---|---|\n| DeepSeek-V4 | March 2026 |', asOf: SPRING_2026, report: [] },
  { text: '| Chip | Released |\n|---|---|\n| H200 | March 2023 (preview) |', asOf: SPRING_2026, report: [] },
  { text: '| Chip | Released |\n|---|---|\n| H20 and H800 | March 2021 |', asOf: SPRING_2026, report: [] },
  {
    text: '| Chip | Share of China sales paid to the US | Announced |\n|---|---|---|\n| H20 | 15% | August 2025 |',
    asOf: SPRING_2026,
    report: [],
  },
]);
