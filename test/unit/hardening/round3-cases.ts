/**
 * The third outside probe's time cases (docs/hardening.md, "Round four: the reader after its rewrite"):
 * constructions an unlucky or hostile draft repeats, each built to about `size` characters. Past 60 KB a
 * draft is several blocks of at most 60 KB (blank lines between), so the 64 KB parse budget does not
 * simply skip it. Shared by the work-counted test (crowded.test.ts) and the timing script
 * (bench/probe-round3.ts).
 */

export interface Round3Case {
  id: string;
  name: string;
  make: (size: number) => string;
}

const BLOCK = 60 * 1024;

/** `head`, then `unit` repeated to about `size` characters, then `tail`; in blocks of at most 60 KB. */
function repeated(head: string, unit: string, tail: string, size: number): string {
  const blocks: string[] = [];
  for (let left = size; left > 0; left -= BLOCK) {
    const n = Math.max(1, Math.floor((Math.min(left, BLOCK) - head.length - tail.length) / unit.length));
    blocks.push(head + unit.repeat(n) + tail);
  }
  return blocks.join('\n\n');
}

/** `unit(i)` for i = 0, 1, … to about `size` characters (each block starts with `head`). */
function listed(head: string, unit: (i: number) => string, tail: string, size: number): string {
  const blocks: string[] = [];
  let i = 0;
  for (let left = size; left > 0; left -= BLOCK) {
    let block = head;
    const room = Math.min(left, BLOCK) - tail.length;
    while (block.length < room) block += unit(i++);
    blocks.push(block + tail);
  }
  return blocks.join('\n\n');
}

const CHIPS = [
  'H100',
  'H200',
  'H20',
  'H800',
  'A100',
  'A800',
  'B200',
  'B100',
  'L20',
  'L40S',
  'GB200',
  'Ascend 910B',
  'Ascend 910C',
  'MI300X',
  'Gaudi 3',
];
const chip = (i: number) => CHIPS[i % CHIPS.length]!;
const PROSE = [
  'The H200 carries 141 GB of HBM3e memory and 4.8 TB/s of bandwidth.',
  'Nvidia designed the H20 for China after the October 2023 rules.',
  'It draws up to 700 W.',
  'The chip was restricted in April 2025, and Nvidia took a $5.5 billion charge.',
  'The Ascend 910C, Huawei’s answer, pairs two dies.',
  'Analysts said the B200 is about four times faster than the H100.',
];

export const ROUND3_CASES: Round3Case[] = [
  // Crowded sentences: many names in one sentence.
  {
    id: 'P01',
    name: 'a list "the H100, the H200, … and the B200"',
    make: (n) => listed('', (i) => `the ${chip(i)}, `, 'and the B200 have 80 GB of memory.', n),
  },
  {
    id: 'P02',
    name: 'chip, value pairs in one sentence',
    make: (n) => listed('', (i) => `the ${chip(i)} has ${64 + (i % 90)} GB, `, 'x.', n),
  },
  {
    id: 'P03',
    name: 'one chip, many numbers and units',
    make: (n) => repeated('The H200 has ', '141 GB, 4.8 TB/s, 700 W, 989 TFLOPS of FP16, ', 'x.', n),
  },
  {
    id: 'P04',
    name: 'a run of status words',
    make: (n) => repeated('The H20 is ', 'banned, restricted, licensed, allowed, permitted, blocked, ', 'x.', n),
  },
  { id: 'P05', name: 'status words with chips', make: (n) => listed('', (i) => `the ${chip(i)} is banned, `, 'x.', n) },
  {
    id: 'P06',
    name: 'nested parentheses naming chips',
    make: (n) => listed('The H200 ', (i) => `(the ${chip(i)} `, 'has 96 GB.', n),
  },
  { id: 'P07', name: 'nested parentheses, one chip', make: (n) => repeated('The H200 has 96 GB ', '(a ', 'x.', n) },
  {
    id: 'P08',
    name: 'dashes between chips',
    make: (n) => listed('The H200 ', (i) => `— the ${chip(i)} — `, 'has 96 GB.', n),
  },
  {
    id: 'P09',
    name: 'modal status words',
    make: (n) => repeated('The H20 ', 'may be exported, could be banned, might be allowed, ', 'x.', n),
  },
  {
    id: 'P10',
    name: '"and so can the H800" ellipsis',
    make: (n) => listed('The H20 can be exported', (i) => `, and so can the ${chip(i)}`, '.', n),
  },
  {
    id: 'P11',
    name: '"N times faster than" chains',
    make: (n) => listed('The B200 is ', (i) => `${2 + (i % 7)} times faster than the ${chip(i)}, `, 'x.', n),
  },
  {
    id: 'P12',
    name: 'multiples "twice the H100\'s"',
    make: (n) =>
      listed('The H200 has 4.8 TB/s', (i) => `, ${['twice', 'three times', 'half'][i % 3]} the ${chip(i)}'s`, '.', n),
  },
  {
    id: 'P13',
    name: 'counts "72 GPUs and 36 CPUs and …"',
    make: (n) => repeated('The GB200 NVL72 links ', '72 GPUs and 36 Grace CPUs and ', 'x.', n),
  },
  {
    id: 'P14',
    name: '"respectively" with many chips and values',
    make: (n) => listed('', (i) => `the ${chip(i)} and ${64 + i} GB, `, 'respectively.', n),
  },
  {
    id: 'P15',
    name: 'category claims with chips',
    make: (n) => listed('', (i) => `the ${chip(i)} is a Hopper chip made by Nvidia, `, 'x.', n),
  },
  {
    id: 'P16',
    name: 'one company name, then numbers',
    make: (n) => repeated('Nvidia ', 'sold 15% of H20 revenue, ', 'x.', n),
  },
  // Many sentences in one paragraph.
  {
    id: 'P17',
    name: 'a paragraph of one claim repeated',
    make: (n) => repeated('', 'The H200 has 96 GB of memory. ', '', n),
  },
  {
    id: 'P18',
    name: 'repeated "it"',
    make: (n) => repeated('The H200 has 141 GB. ', 'It has 96 GB of memory. ', '', n),
  },
  {
    id: 'P19',
    name: 'repeated "the chip"',
    make: (n) => repeated('The H200 has 141 GB. ', 'The chip draws 700 W. ', '', n),
  },
  { id: 'P20', name: 'repeated "its"', make: (n) => repeated('The H200 is fast. ', 'Its memory is 96 GB. ', '', n) },
  { id: 'P21', name: 'short sentences after one chip', make: (n) => repeated('The H200 has 141 GB. ', 'Yes. ', '', n) },
  {
    id: 'P22',
    name: 'a 64 KB paragraph of varied prose',
    make: (n) => listed('', (i) => `${PROSE[i % PROSE.length]} `, '', n),
  },
  {
    id: 'P23',
    name: 'sentences each naming a different chip',
    make: (n) => listed('', (i) => `The ${chip(i)} has 96 GB. `, '', n),
  },
  {
    id: 'P24',
    name: 'quoted claims with attribution',
    make: (n) => repeated('', '“The H200 has 96 GB,” Nvidia said. ', '', n),
  },
  // Block structure.
  {
    id: 'P25',
    name: 'a long table of chips',
    make: (n) =>
      listed(
        '| Chip | Memory | Bandwidth | TDP |\n|---|---|---|---|\n',
        (i) => `| ${chip(i)} | ${64 + (i % 90)} GB | 4.8 TB/s | 700 W |\n`,
        '',
        n,
      ),
  },
  {
    id: 'P26',
    name: 'a one-row table of many columns',
    make: (n) => listed('', (i) => `| ${chip(i)} 96 GB `, '|\n', n),
  },
  {
    id: 'P27',
    name: 'a long bullet list of claims',
    make: (n) => repeated('', '- The H200 has 96 GB of memory.\n', '', n),
  },
  {
    id: 'P28',
    name: 'a bullet list without full stops',
    make: (n) => listed('', (i) => `- ${chip(i)}: ${64 + (i % 90)} GB\n`, '', n),
  },
  {
    id: 'P29',
    name: 'nested bullet lists',
    make: (n) => listed('', (i) => `${'  '.repeat(i % 8)}- The ${chip(i)} has 96 GB\n`, '', n),
  },
  {
    id: 'P30',
    name: 'headings with claims, no blank lines',
    make: (n) => repeated('', '## The H200 has 96 GB\n', '', n),
  },
  { id: 'P31', name: 'a block quote of claims', make: (n) => repeated('', '> The H200 has 96 GB of memory.\n', '', n) },
  {
    id: 'P32',
    name: 'links and code spans around claims',
    make: (n) => repeated('', '[The H200](https://a.example/) has `96 GB` of memory. ', '', n),
  },
  {
    id: 'P33',
    name: 'footnote calls and definitions',
    make: (n) => listed('', (i) => `The H200 has 96 GB[^${i}].\n[^${i}]: Nvidia.\n`, '', n),
  },
  {
    id: 'P34',
    name: 'inline HTML comments between claims',
    make: (n) => repeated('', '<!-- x --> The H200 has 96 GB. ', '', n),
  },
  // Front matter.
  {
    id: 'P35',
    name: 'long front matter (many keys)',
    make: (n) =>
      `---\n${listed('', (i) => `key${i}: value ${i}\n`, '', Math.min(n, 60 * 1024) - 80)}date: 2024-01-01\n---\n\nThe H200 has 96 GB.\n`,
  },
  {
    id: 'P36',
    name: 'front matter with a long list value',
    make: (n) =>
      `---\ndate: 2024-01-01\ntags:\n${'  - H200 has 96 GB\n'.repeat(Math.max(1, Math.floor((Math.min(n, 60 * 1024) - 80) / 19)))}---\n\nThe H200 has 96 GB.\n`,
  },
  // China: the modal status reader runs.
  {
    id: 'P37',
    name: 'chips banned in China, one clause',
    make: (n) => listed('In China, ', (i) => `the ${chip(i)} cannot be sold to China, `, 'x.', n),
  },
  {
    id: 'P38',
    name: 'chips with event dates',
    make: (n) => listed('', (i) => `the ${chip(i)} was banned in October 2022, `, 'x.', n),
  },
  {
    id: 'P39',
    name: 'revenue shares with chips',
    make: (n) => listed('', (i) => `Nvidia pays 15% of ${chip(i)} sales in China, `, 'x.', n),
  },
  {
    id: 'P40',
    name: 'a question naming many chips in China',
    make: (n) => listed('Can ', (i) => `the ${chip(i)} be exported to China, `, 'x?', n),
  },
];
