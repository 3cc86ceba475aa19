'use strict';
/**
 * Deterministic draft generator. Builds markdown drafts of a target size from
 * the seed articles in examples/*.md (never /work/shared): sentences are
 * recombined into new paragraphs and varied (numbers, dates, chip and company
 * names), and the draft gets front matter, headings, tables, lists, block
 * quotes, code blocks and the odd suppression comment, as real drafts do.
 * Same seed + same examples/ → byte-identical drafts.
 */
const fs = require('node:fs');
const path = require('node:path');

/** mulberry32: a small, fast, seeded PRNG. */
function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (xs) => xs[Math.floor(next() * xs.length)];
  const chance = (p) => next() < p;
  return { next, int, pick, chance };
}

// Names the record knows, some near misses it does not ("H300", "Ascend 920"), and plain companies.
const CHIPS = [
  'H100',
  'H200',
  'H20',
  'H800',
  'A100',
  'A800',
  'B200',
  'B30A',
  'L20',
  'H100 SXM',
  'H100 PCIe',
  'H200 NVL',
  'A100 80GB',
  'Ascend 910B',
  'Ascend 910C',
  'MI308',
  'RTX Pro 6000D',
  'GB200 NVL72',
  'H300',
  'Ascend 920',
  'B100',
  'MI300X',
  'Gaudi 3',
];
const CHIP_RE = new RegExp(
  `\\b(?:${CHIPS.slice()
    .sort((a, b) => b.length - a.length)
    .map((c) => c.replace(/ /g, '[ -]?'))
    .join('|')})\\b`,
  'g',
);
const COMPANIES = [
  'Nvidia',
  'AMD',
  'Huawei',
  'Alibaba',
  'ByteDance',
  'Tencent',
  'DeepSeek',
  'Baidu',
  'Intel',
  'Google',
  'Microsoft',
  'Amazon',
  'Oracle',
  'SMIC',
];
const COMPANY_RE = /\b(?:Alibaba|ByteDance|Tencent|DeepSeek|Google|Microsoft|Amazon)\b/g;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MONTH_RE = new RegExp(`\\b(?:${MONTHS.join('|')})\\b`, 'g');
const PLACES = [
  'Singapore',
  'Malaysia',
  'Thailand',
  'Indonesia',
  'Vietnam',
  'the UAE',
  'Saudi Arabia',
  'India',
  'Japan',
];
const PLACE_RE = /\b(?:Singapore|Malaysia)\b/g;
const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'ten', 'twice'];

/** Claim-shaped sentences: the record can confirm, contradict or not know these. */
const TEMPLATES = [
  (r) =>
    `The ${r.pick(CHIPS)} carries ${r.pick([80, 94, 96, 141, 144, 188, 192])} GB of ${r.pick(['HBM3', 'HBM3e', 'HBM2e'])} memory.`,
  (r) => `${r.pick(CHIPS)} delivers ${r.pick(['2.0', '3.35', '3.9', '4.0', '4.8', '8'])} TB/s of memory bandwidth.`,
  (r) => `The ${r.pick(CHIPS)} has a TDP of ${r.pick([350, 400, 450, 600, 700, 1000])} W.`,
  (r) => `The US restricted the ${r.pick(CHIPS)} in ${r.pick(MONTHS)} ${r.int(2020, 2026)}.`,
  (r) =>
    `In ${r.pick(MONTHS)}, ${r.pick(['Nvidia', 'AMD'])} agreed to give the US government ${r.pick([15, 20, 25])}% of its ${r.pick(CHIPS)} revenue from China.`,
  (r) => `The ${r.pick(CHIPS)} is still ${r.pick(['banned', 'allowed', 'restricted', 'available'])} in China.`,
  (r) =>
    `${r.pick(COMPANIES)}'s ${r.pick(CHIPS)} is nearly ${r.pick(NUMBER_WORDS)} times faster than the ${r.pick(CHIPS)}, according to one estimate.`,
  (r) => `The most powerful Nvidia chip legally available in China is the ${r.pick(CHIPS)}.`,
  (r) => `The ${r.pick(CHIPS)} packs ${r.int(40, 220)} billion transistors.`,
  (r) =>
    `${r.pick(['Qwen', 'Doubao', 'DeepSeek-V3'])}, developed by ${r.pick(COMPANIES)}, is one of the most downloaded open models.`,
  (r) =>
    `The ${r.pick(['AI Diffusion Rule', 'October 2022 export controls', 'foundry due-diligence rule'])} was ${r.pick(['rescinded', 'announced', 'tightened'])} on ${r.pick(MONTHS)} ${r.int(1, 28)}, ${r.int(2021, 2026)}.`,
];

const LANGS = ['text', 'python', 'json', 'bash', 'yaml', ''];
const CODE_BODIES = [
  (r) => `The ${r.pick(CHIPS)} has ${r.int(10, 200)} GB of memory (inside a code block: never checked).`,
  (r) =>
    `chips = {"${r.pick(CHIPS)}": ${r.int(10, 200)}, "${r.pick(CHIPS)}": ${r.int(10, 200)}}\nprint(sorted(chips.items()))`,
  (r) => `{ "chip": "${r.pick(CHIPS)}", "memory_gb": ${r.int(10, 200)}, "tdp_w": ${r.int(100, 1000)} }`,
  (r) => `curl -s https://example.com/api/chips/${r.pick(CHIPS).replace(/ /g, '-')} | jq .memory`,
];

/** The seed articles, read once: prose sentences, list items, headings. */
function loadSeeds(examplesDir) {
  const files = fs
    .readdirSync(examplesDir)
    .filter((f) => f.endsWith('.md'))
    .sort();
  const sentences = [];
  const items = [];
  const headings = [];
  for (const f of files) {
    let text = fs.readFileSync(path.join(examplesDir, f), 'utf8').replace(/\r\n/g, '\n');
    text = text.replace(/^---\n[\s\S]*?\n---\n/, '');
    let inCode = false;
    for (const block of text.split(/\n\s*\n/)) {
      const b = block.trim();
      if (!b) continue;
      if (b.startsWith('```')) {
        inCode = !b.slice(3).includes('```');
        continue;
      }
      if (inCode) {
        if (b.includes('```')) inCode = false;
        continue;
      }
      if (b.startsWith('|') || b.startsWith('<!--')) continue;
      if (/^#{1,6} /.test(b)) {
        headings.push(b.replace(/^#+ /, ''));
        continue;
      }
      if (/^(?:[-*+]|\d+\.) /m.test(b) && b.split('\n').every((l) => /^\s*(?:[-*+]|\d+\.) /.test(l))) {
        for (const l of b.split('\n')) items.push(l.replace(/^\s*(?:[-*+]|\d+\.) /, ''));
        continue;
      }
      const flat = b.replace(/^> ?/gm, '').replace(/\s*\n\s*/g, ' ');
      // A one-line block with no sentence end reads as a heading in these articles.
      if (!/[.!?”"]$/.test(flat) && flat.length < 140) {
        headings.push(flat);
        continue;
      }
      for (const s of flat.match(/[^.!?]+(?:[.!?]+["”’)]*|$)/g) ?? [])
        if (s.trim().length > 20) sentences.push(s.trim());
    }
  }
  return { sentences, items, headings };
}

/** Varies one sentence: its numbers, years, months, chips, companies and places. */
function vary(s, r) {
  return s
    .replace(/\b(19|20)\d\d\b/g, () => String(r.int(2018, 2026)))
    .replace(/\b\d+(?:\.\d+)?\b/g, (n) => {
      if (/^(19|20)\d\d$/.test(n)) return n;
      if (n.includes('.')) return (Number(n) * (0.5 + r.next())).toFixed(n.split('.')[1].length);
      return String(Math.max(1, Math.round(Number(n) * (0.5 + r.next()) + r.int(0, 3))));
    })
    .replace(MONTH_RE, (m) => (r.chance(0.5) ? r.pick(MONTHS) : m))
    .replace(CHIP_RE, () => r.pick(CHIPS))
    .replace(COMPANY_RE, (m) => (r.chance(0.5) ? r.pick(COMPANIES) : m))
    .replace(PLACE_RE, () => r.pick(PLACES));
}

function paragraph(seeds, r) {
  const n = r.int(2, 6);
  const out = [];
  for (let i = 0; i < n; i++) out.push(r.chance(0.25) ? r.pick(TEMPLATES)(r) : vary(r.pick(seeds.sentences), r));
  return out.join(' ');
}

function table(r) {
  const cols = r.pick([
    ['Chip', 'Memory', 'Bandwidth'],
    ['Chip', 'Memory', 'TDP', 'Status'],
    ['Accelerator', 'Memory (GB)', 'Bandwidth (TB/s)'],
  ]);
  const rows = [`| ${cols.join(' | ')} |`, `|${cols.map(() => '---').join('|')}|`];
  const n = r.int(2, 8);
  for (let i = 0; i < n; i++) {
    const cells = cols.map((c, j) => {
      if (j === 0) return r.pick(CHIPS);
      if (/Memory/.test(c))
        return c.includes('GB') ? String(r.pick([80, 96, 141, 192])) : `${r.pick([80, 96, 141, 192])} GB`;
      if (/Bandwidth/.test(c))
        return c.includes('TB/s') ? r.pick(['3.35', '4.0', '4.8', '8']) : `${r.pick(['3.35', '4.0', '4.8', '8'])} TB/s`;
      if (c === 'TDP') return `${r.pick([350, 400, 700, 1000])} W`;
      return r.pick(['banned', 'allowed', 'licence required', '—']);
    });
    rows.push(`| ${cells.join(' | ')} |`);
  }
  return rows.join('\n');
}

function list(seeds, r) {
  const n = r.int(3, 6);
  const ordered = r.chance(0.3);
  const out = [];
  for (let i = 0; i < n; i++)
    out.push(
      `${ordered ? `${i + 1}.` : '-'} ${r.chance(0.3) ? r.pick(TEMPLATES)(r) : vary(r.pick(seeds.items.length ? seeds.items : seeds.sentences), r)}`,
    );
  return out.join('\n');
}

function codeBlock(r) {
  const lines = [];
  for (let i = r.int(1, 4); i > 0; i--) lines.push(r.pick(CODE_BODIES)(r));
  return '```' + r.pick(LANGS) + '\n' + lines.join('\n') + '\n```';
}

function frontMatter(r, i) {
  const date = `${r.int(2024, 2025)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
  return `---\ntitle: "Bench draft ${i}: ${r.pick(CHIPS)} and the export-control maze"\ndate: ${date}\nauthor: Fact Desk bench\ntags: [chips, export-controls, ${r.pick(COMPANIES).toLowerCase()}]\n---`;
}

/**
 * One draft of at least `targetBytes` UTF-8 bytes. Blocks never repeat (a
 * repeated paragraph would hit the engine's paragraph cache inside one check).
 */
function generateDraft(seeds, targetBytes, seed) {
  const r = prng(seed);
  const blocks = [frontMatter(r, seed), `# ${vary(r.pick(seeds.headings), r)}`];
  const seen = new Set();
  let bytes = Buffer.byteLength(blocks.join('\n\n'));
  const stats = { paragraphs: 0, headings: 1, tables: 0, lists: 0, quotes: 0, codeBlocks: 0 };
  while (bytes < targetBytes) {
    const roll = r.next();
    let b;
    if (roll < 0.08) ((b = `## ${vary(r.pick(seeds.headings), r)}`), stats.headings++);
    else if (roll < 0.13) ((b = table(r)), stats.tables++);
    else if (roll < 0.2) ((b = list(seeds, r)), stats.lists++);
    else if (roll < 0.24) ((b = codeBlock(r)), stats.codeBlocks++);
    else if (roll < 0.28) ((b = `> ${paragraph(seeds, r)}`), stats.quotes++);
    else if (roll < 0.29) b = `<!-- factdesk-ignore-next-line -->\n${paragraph(seeds, r)}`;
    else ((b = paragraph(seeds, r)), stats.paragraphs++);
    if (seen.has(b) && !b.startsWith('## ') && !b.startsWith('```')) continue;
    seen.add(b);
    blocks.push(b);
    bytes += Buffer.byteLength(b) + 2;
  }
  const text = blocks.join('\n\n') + '\n';
  return { text, bytes: Buffer.byteLength(text), blocks: blocks.length, ...stats };
}

const SIZES = [
  { name: '30KB', bytes: 30 * 1024, seed: 30 },
  { name: '300KB', bytes: 300 * 1024, seed: 300 },
  { name: '3MB', bytes: 3 * 1024 * 1024, seed: 3000 },
];

/** Writes the drafts to `outDir` and returns their descriptions. */
function writeCorpus(examplesDir, outDir, sizes = SIZES) {
  const seeds = loadSeeds(examplesDir);
  fs.mkdirSync(outDir, { recursive: true });
  return sizes.map((s) => {
    const d = generateDraft(seeds, s.bytes, s.seed);
    const file = path.join(outDir, `draft-${s.name}.md`);
    fs.writeFileSync(file, d.text);
    const { text: _t, ...info } = d;
    return { name: s.name, file, ...info };
  });
}

module.exports = { prng, loadSeeds, generateDraft, writeCorpus, SIZES };
