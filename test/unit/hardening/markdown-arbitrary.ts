/**
 * fast-check arbitraries for hostile markdown drafts: random nesting of
 * lists, quotes, tables, code, HTML and front matter, with emoji, astral
 * characters, zero-width and bidi controls, CRLF / lone CR / mixed line
 * breaks, very long lines and unbalanced markup, mixed with real claim
 * sentences about chips so that the engine actually reports findings.
 */
import fc from 'fast-check';
import { bundledRecord } from '../../helpers/record';

/** Sentences the desk really writes (right and wrong), from the record's own examples plus a few more. */
export function claimSentences(): string[] {
  const fromRecord = bundledRecord().facts.flatMap((f) => [
    ...(f.examples?.flags ?? []),
    ...(f.examples?.passes ?? []),
  ]);
  return [
    ...fromRecord,
    'The H200 has 96 GB of memory.',
    "Nvidia's H20 offers 96 GB of HBM3 memory at 4.0 TB/s and has a 400 W TDP.",
    'The H200 carries 96 GB of HBM3e memory and 4.8 TB/s of memory bandwidth.',
    'The US restricted the H20 in April 2023, which cost Nvidia billions.',
    'The AI Diffusion Rule was rescinded in May 2025.',
    'In August, Nvidia agreed to give the US government 25% of its H20 revenue from China.',
    'The H200 is still banned in China.',
    'The most powerful Nvidia chip legally available in China is the H20.',
    'Qwen, developed by ByteDance, is one of the most downloaded open models.',
    'The Blackwell-based H100 remains the workhorse of American AI labs.',
    'The B200 packs 208 billion transistors across two dies.',
    "Nvidia's H200 is nearly six times faster than the H20, according to an estimate by the Institute for Progress.",
    'The H100 SXM delivers 3.35 TB/s of memory bandwidth and has a TDP of 700 W.',
    "Huawei's Ascend 910B was launched in April 2023.",
    'The H800 was restricted in October 2023.',
    'Nvidia’s H20 has 141 GB of memory.',
    '“The H20 has 141 GB of memory,” one analyst wrote.',
  ];
}

/** Pieces that mention the record without being a whole claim. */
const FRAGMENTS = [
  "Nvidia's H20",
  'the H200',
  'in April 2023',
  'on 7 October 2022',
  'H100 SXM',
  'Ascend 910B',
  '141 GB',
  '96 GB',
  '4.8 TB/s',
  'ByteDance',
  'DeepSeek-V3',
  'the AI Diffusion Rule',
  'GB200 NVL72',
  'Jensen Huang',
  'December 2025',
  '15%',
];

const WORDS = [
  'the',
  'chips',
  'export',
  'rules',
  'China',
  'memory',
  'analysts',
  'said',
  'and',
  'of',
  'in',
  'a',
  'is',
  'has',
  'GB',
  'TB/s',
  'W',
  'billion',
  '2022',
  '2025',
  'Nvidia',
  'US',
  'which',
  'not',
  'about',
  'e.g.',
  'U.S.',
  'Inc.',
  'No.',
  '1.5',
  '3.',
  '—',
  '–',
  '…',
];

/** Characters that break naive offset arithmetic. */
export const WEIRD = [
  '👍🏽',
  '🇨🇳',
  '👨‍👩‍👧',
  '𝐇𝟐𝟎𝟎',
  '𠀀',
  '😀',
  '🔥', // astral, ZWJ sequences, flags, skin tones
  '\u200B',
  '\u200C',
  '\u200D',
  '\uFEFF',
  '\u2060',
  '\u00AD', // zero-width, soft hyphen
  '\u202E',
  '\u202D',
  '\u2066',
  '\u2067',
  '\u2069',
  '\u200F',
  '\u061C', // bidi controls
  'e\u0301',
  'é',
  'Ⅻ',
  'ﬁ',
  '\u00A0',
  '\u3000',
  '\t',
  '\u000B',
  '\u000C',
  '\u2028',
  '\u2029',
  '\u0085',
  'Ｈ２００',
  'Η200', // full-width and Greek-eta look-alikes
  '&amp;',
  '&#x1F600;',
  '&nbsp;',
  '\\*',
  '\\',
  '<br>',
  '<span>',
  '</div>',
  '<!--',
  '-->',
  '<!-- x -->',
  '**',
  '*',
  '_',
  '__',
  '`',
  '``',
  '~~',
  '[',
  ']',
  '(',
  ')',
  '![',
  '[^1]',
  '|',
  '#',
  '>',
  '-',
  '+',
  '1.',
  '$',
  '{',
  '}',
  '<https://example.com/H200>',
  'https://example.com/h200-96-gb',
  'user@example.com',
];

/** A lone surrogate (either half): only in the documents that ask for it. */
const LONE = ['\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uD83D'];

const claim = fc.constantFrom(...claimSentences());

/** A claim with something odd pushed inside it (never splitting an existing surrogate pair: claims are BMP text). */
const claimWithNoise = fc.tuple(claim, fc.nat(), fc.constantFrom(...WEIRD)).map(([c, n, w]) => {
  const at = n % (c.length + 1);
  return c.slice(0, at) + w + c.slice(at);
});

const wrapped = (inner: fc.Arbitrary<string>) =>
  fc
    .tuple(
      inner,
      fc.constantFrom(
        '**',
        '*',
        '_',
        '`',
        '~~',
        '[',
        '<b>',
        '<!--',
        '"',
        '“',
        '(',
        '![',
        'unbalanced-open',
        'unbalanced-close',
        'link',
        'autolink',
        'none',
      ),
    )
    .map(([s, w]) => {
      switch (w) {
        case 'none':
          return s;
        case '[':
          return `[${s}]`;
        case '<b>':
          return `<b>${s}</b>`;
        case '<!--':
          return `<!-- ${s} -->`;
        case '“':
          return `“${s}”`;
        case '(':
          return `(${s})`;
        case '![':
          return `![${s}](img.png)`;
        case 'unbalanced-open':
          return `**${s}`;
        case 'unbalanced-close':
          return `${s}**`;
        case 'link':
          return `[${s}](https://example.com/a_(b))`;
        case 'autolink':
          return `${s} https://www.example.com/H200?x=1`;
        default:
          return `${w}${s}${w}`;
      }
    });

const piece = fc.oneof(
  { weight: 4, arbitrary: wrapped(claim) },
  { weight: 1, arbitrary: claimWithNoise },
  { weight: 2, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...WEIRD) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
);

/** One line of inline content (no line breaks of its own, except what WEIRD brings: U+2028 etc. are not breaks). */
export const inline = fc.array(piece, { minLength: 1, maxLength: 3 }).chain((pieces) =>
  fc
    .array(fc.constantFrom(' ', ' ', ' ', '', '  ', '\t', '\u00A0'), {
      minLength: pieces.length,
      maxLength: pieces.length,
    })
    .map((seps) => pieces.map((p, i) => (i ? seps[i] : '') + p).join('')),
);

/**
 * A very long line (no line break): filler words repeated thousands of times
 * around a claim, or a claim itself repeated a few dozen times.
 */
const longLine = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .tuple(
        fc.constantFrom('lorem ', 'ipsum dolor ', 'x', '👍🏽 ', '\u200B', 'a, '),
        fc.integer({ min: 150, max: 700 }),
        claim,
        fc.nat(),
      )
      .map(([filler, n, c, k]) => {
        const body = filler.repeat(n);
        const at = Math.min(body.length, (k % n) * filler.length);
        return body.slice(0, at) + c + ' ' + body.slice(at);
      }),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.oneof(claim, fc.constantFrom(...FRAGMENTS)),
        fc.integer({ min: 5, max: 30 }),
        fc.constantFrom(' ', '', ' | ', '\u200B'),
      )
      .map(([s, n, sep]) => Array.from({ length: n }, () => s).join(sep)),
  },
);

/** A document tree, rendered later to lines. */
export type Block =
  | { t: 'para'; lines: string[] }
  | { t: 'heading'; level: number; text: string; setext: boolean }
  | { t: 'code'; fence: string; lines: string[]; closed: boolean; info: string }
  | { t: 'indented'; lines: string[] }
  | { t: 'html'; lines: string[] }
  | { t: 'table'; header: string[]; rows: string[][]; align: string }
  | { t: 'hr'; text: string }
  | { t: 'footnote'; label: string; text: string }
  | { t: 'quote'; children: Block[]; lazy: boolean; marker: string }
  | { t: 'list'; marker: string; items: Block[][]; lazy: boolean; tight: boolean };

const cell = fc.oneof(
  fc.constantFrom(
    'H200',
    'H100 SXM',
    'H20',
    'B200',
    'A100',
    'Ascend 910B',
    'L20',
    '80 GB',
    '96 GB',
    '141 GB',
    '4.8 TB/s',
    '3.35 TB/s',
    '700 W',
    '400 W',
    '208 billion',
    'April 2023',
    'October 2022',
    '',
    '—',
    '`code`',
    '**H200**',
    'H200 \\| H20',
    '👍🏽',
    '\u202EH200',
  ),
  inline,
);

const HEADERS = ['Chip', 'Memory', 'Memory bandwidth', 'TDP', 'Transistors', 'Restricted', 'Notes', ''];

const leaf: fc.Arbitrary<Block> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .array(fc.oneof({ weight: 30, arbitrary: inline }, { weight: 1, arbitrary: longLine }), {
        minLength: 1,
        maxLength: 2,
      })
      .map((lines): Block => ({ t: 'para', lines })),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant('heading' as const),
      level: fc.integer({ min: 1, max: 7 }),
      text: inline,
      setext: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      t: fc.constant('code' as const),
      fence: fc.constantFrom('```', '~~~', '````', '``'),
      lines: fc.array(fc.oneof(claim, inline), { maxLength: 3 }),
      closed: fc.boolean(),
      info: fc.constantFrom('', 'text', 'md', 'js {x}'),
    }),
  },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.oneof(claim, inline), { minLength: 1, maxLength: 2 })
      .map((lines): Block => ({ t: 'indented', lines })),
  },
  {
    weight: 1,
    arbitrary: fc.oneof(
      fc
        .tuple(
          fc.constantFrom('div', 'details', 'p', 'table', 'script', 'pre', 'style', 'textarea'),
          fc.array(fc.oneof(claim, inline, fc.constant('')), { maxLength: 3 }),
          fc.boolean(),
        )
        .map(([tag, body, close]): Block => ({
          t: 'html',
          lines: [`<${tag}>`, ...body, ...(close ? [`</${tag}>`] : [])],
        })),
      // Raw HTML that CommonMark lets run across blank lines (types 1, 3, 4 and 5).
      fc
        .tuple(fc.constantFrom(['<pre>', '</pre>'], ['<?php', '?>'], ['<![CDATA[', ']]>'], ['<!DOCTYPE x', '>']), claim)
        .map(([[open, close], c]): Block => ({ t: 'html', lines: [open, '', c, '', close!] })),
      fc.constantFrom<Block>(
        { t: 'html', lines: ['<!-- factdesk-ignore-next-line -->'] },
        { t: 'html', lines: ['<!-- factdesk-ignore-file -->'] },
        { t: 'html', lines: ['<!--', 'The H200 has 96 GB of memory.', '-->'] },
        { t: 'html', lines: ['<!-- unterminated comment', 'The H200 has 96 GB of memory.'] },
      ),
    ),
  },
  {
    weight: 2,
    arbitrary: fc.integer({ min: 1, max: 4 }).chain((cols) =>
      fc.record({
        t: fc.constant('table' as const),
        header: fc.array(fc.oneof(fc.constantFrom(...HEADERS), cell), { minLength: cols, maxLength: cols }),
        rows: fc.array(fc.array(cell, { minLength: 0, maxLength: cols + 1 }), { maxLength: 3 }),
        align: fc.constantFrom('---', ':---', ':---:', '---:', '-'),
      }),
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom('---', '***', '___', '- - -').map((text): Block => ({ t: 'hr', text })) },
  {
    weight: 1,
    arbitrary: fc.record({
      t: fc.constant('footnote' as const),
      label: fc.constantFrom('1', 'fd-h200-memory-capacity', 'x y'),
      text: inline,
    }),
  },
);

export const blockTree = fc.letrec<{ block: Block; blocks: Block[] }>((tie) => ({
  block: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 6, arbitrary: leaf },
    {
      weight: 2,
      arbitrary: fc.record({
        t: fc.constant('quote' as const),
        children: tie('blocks'),
        lazy: fc.boolean(),
        marker: fc.constantFrom('> ', '>', ' > ', '>  '),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        t: fc.constant('list' as const),
        marker: fc.constantFrom('- ', '* ', '+ ', '1. ', '2) ', '-   ', '- [ ] ', '- [x] '),
        items: fc.array(tie('blocks'), { minLength: 1, maxLength: 2 }),
        lazy: fc.boolean(),
        tight: fc.boolean(),
      }),
    },
  ),
  blocks: fc.array(tie('block'), { minLength: 1, maxLength: 2, depthIdentifier: 'tree' }),
})).blocks;

function renderBlock(b: Block): string[] {
  switch (b.t) {
    case 'para':
      return b.lines;
    case 'heading':
      return b.setext ? [b.text, b.level % 2 ? '===' : '---'] : [`${'#'.repeat(b.level)} ${b.text}`];
    case 'code':
      return [b.fence + b.info, ...b.lines, ...(b.closed ? [b.fence] : [])];
    case 'indented':
      return b.lines.map((l) => `    ${l}`);
    case 'html':
      return b.lines;
    case 'table': {
      const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
      return [row(b.header), row(b.header.map(() => b.align)), ...b.rows.map(row)];
    }
    case 'hr':
      return [b.text];
    case 'footnote':
      return [`[^${b.label}]: ${b.text}`];
    case 'quote': {
      const inner = renderBlocks(b.children);
      return inner.map((l, i) => (b.lazy && i > 0 && l.trim() ? l : b.marker + l));
    }
    case 'list': {
      const out: string[] = [];
      b.items.forEach((item, n) => {
        const marker = /^\d/.test(b.marker) ? `${n + 1}${b.marker.slice(1)}` : b.marker;
        const pad = ' '.repeat(marker.length);
        renderBlocks(item).forEach((l, i) => out.push(i === 0 ? marker + l : l === '' ? '' : b.lazy ? l : pad + l));
        if (!b.tight) out.push('');
      });
      return out;
    }
  }
}

function renderBlocks(blocks: Block[]): string[] {
  const out: string[] = [];
  blocks.forEach((b, i) => {
    if (i) out.push('');
    out.push(...renderBlock(b));
  });
  return out;
}

const FRONT_MATTER = [
  '',
  '---\ndate: 2025-11-27\ntitle: "A draft"\n---\n',
  '---\ndate: 2023-05-01\n---\n',
  '---\ndate: 2025-12-15T10:00:00Z\ntags: [a, b]\n---\n',
  '---\ndate: [2025\n---\n',
  '---\ndate: not a date\n---\n',
  '---\na: &x [1, 2]\nb: *x\ndate: 2024-01-01\n---\n',
  '---\n---\n',
  '---\n',
  '---\r\ndate: 2022-10-08\r\n---\r\n',
  '---\ndate: !!js/function "function () {}"\n---\n',
  '\uFEFF---\ndate: 2025-11-27\n---\n',
];

export type Eol = '\n' | '\r\n' | '\r' | 'mixed';

export interface Draft {
  text: string;
  /** The parts, for a readable counterexample. */
  eol: Eol;
}

/** Line endings: one kind for the whole draft, or a random mix line by line. */
function join(lines: string[], eol: Eol, mix: number[]): string {
  if (eol !== 'mixed') return lines.join(eol);
  const kinds = ['\n', '\r\n', '\r'];
  return lines.map((l, i) => (i ? kinds[mix[i % mix.length]! % 3] : '') + l).join('');
}

/** A whole draft. `lone` allows lone surrogates in it. */
export function draft(opts: { lone?: boolean; maxBlocks?: number } = {}): fc.Arbitrary<Draft> {
  return fc
    .record({
      front: fc.constantFrom(...FRONT_MATTER),
      blocks: fc.array(blockTree, { minLength: 1, maxLength: opts.maxBlocks ?? 2 }),
      eol: fc.constantFrom<Eol>('\n', '\n', '\r\n', '\r', 'mixed'),
      mix: fc.array(fc.nat(2), { minLength: 1, maxLength: 7 }),
      trailing: fc.constantFrom('', '\n', '\n\n', '   ', '\r'),
      /** Characters dropped in at random offsets of the rendered text (may land inside markup). */
      sprinkle: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...WEIRD, ...(opts.lone ? LONE : []))), { maxLength: 3 }),
    })
    .map(({ front, blocks, eol, mix, trailing, sprinkle }) => {
      const lines = blocks.flatMap((b, i) => (i ? ['', ...renderBlocks(b)] : renderBlocks(b)));
      let text =
        front.replace(/\r?\n/g, eol === 'mixed' || eol === '\n' ? '\n' : eol) + join(lines, eol, mix) + trailing;
      for (const [n, ch] of sprinkle) {
        let at = n % (text.length + 1);
        // Insert between characters, not inside an existing surrogate pair.
        const c = text.charCodeAt(at);
        if (at > 0 && c >= 0xdc00 && c <= 0xdfff) at--;
        text = text.slice(0, at) + ch + text.slice(at);
      }
      return { text, eol };
    });
}
