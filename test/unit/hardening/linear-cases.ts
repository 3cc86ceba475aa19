/**
 * The reliability probe's time cases (research/reliability-probe.md, BUG-01 and
 * BUG-04 to BUG-10): each builds a draft of about `size` characters. Past 50 KB
 * a draft is several blocks of at most 50 KB, as the probe built them, so the
 * 64 KB parse budget does not simply skip it. Shared by the linear-time test
 * and the manual timing script (bench/linear-time.ts).
 */

export interface ProbeCase {
  id: string;
  name: string;
  make: (size: number) => string;
}

const BLOCK = 50 * 1024;

/** `head` then `unit` repeated to about `size` characters, then `tail`; split into blocks of at most 50 KB. */
function repeated(head: string, unit: string, tail = '\n', size: number): string {
  const blocks: string[] = [];
  for (let left = size; left > 0; left -= BLOCK) {
    const n = Math.max(1, Math.floor((Math.min(left, BLOCK) - head.length - tail.length) / unit.length));
    blocks.push(head + unit.repeat(n) + tail);
  }
  return blocks.join('\n');
}

export const PROBE_CASES: ProbeCase[] = [
  { id: 'R02', name: 'sentence splitter: a run of dots', make: (n) => repeated('The H200 has 96 GB', '.', 'x\n', n) },
  { id: 'R03', name: 'sentence splitter: a run of "!?"', make: (n) => repeated('The H200 has 96 GB', '!?', 'x\n', n) },
  { id: 'R04', name: 'numbers: a long digit run after a chip', make: (n) => repeated('The H200 has ', '9', ' x\n', n) },
  {
    id: 'R05',
    name: 'numbers: ",000" groups with no unit',
    make: (n) => repeated('The H200 has 1', ',000', ' x\n', n),
  },
  { id: 'R07', name: 'quotes: unclosed curly quotes', make: (n) => repeated('The H200 has 96 GB ', '“', '\n', n) },
  {
    id: 'R09',
    name: 'events: "banned in 2023, and" repeated',
    make: (n) => repeated('The H100 was ', 'banned in 2023, and ', 'x.\n', n),
  },
  {
    id: 'R10',
    name: 'events: "restricted October 2022, or" repeated',
    make: (n) => repeated('The H100 was ', 'restricted October 2022, or ', 'x.\n', n),
  },
  {
    id: 'R11',
    name: 'deal terms: "Nvidia pays 15% of H20 sales, "',
    make: (n) => repeated('', 'Nvidia pays 15% of H20 sales, ', 'x\n', n),
  },
  {
    id: 'R12',
    name: 'quantities: many claims in one sentence',
    make: (n) => repeated('', 'H200 has 96 GB memory, ', 'x\n', n),
  },
  {
    id: 'R20',
    name: 'front matter: a value with a long run of spaces',
    make: (n) => `---\ntitle: a${' '.repeat(Math.max(1, n - 60))}b\ndate: 2024-01-01\n---\nThe H200 has 96 GB.\n`,
  },
  {
    id: 'R24',
    name: 'markdown: unclosed "[a](" link openers',
    make: (n) => repeated('The H200 has 96 GB ', '[a](', '\n', n),
  },
  { id: 'R30', name: 'markdown: "]" runs then "[" runs', make: repeatedHalves },
  {
    id: 'R31',
    name: 'markdown: "~a" strikethrough markers',
    make: (n) => repeated('The H200 has 96 GB ', '~a', '\n', n),
  },
  {
    id: 'R36',
    name: 'quantities: spec lines closed by a setext underline',
    make: (n) => repeated('', 'The H200 has 96 GB\n', '===\n', n),
  },
];

function repeatedHalves(size: number): string {
  const blocks: string[] = [];
  for (let left = size; left > 0; left -= BLOCK) {
    const half = Math.floor((Math.min(left, BLOCK) - 20) / 2);
    blocks.push('The H200 has 96 GB ' + ']'.repeat(half) + '['.repeat(half) + '\n');
  }
  return blocks.join('\n');
}
