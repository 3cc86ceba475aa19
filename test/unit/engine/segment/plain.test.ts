/** Plain paragraphs skip micromark; whenever the shortcut reads a chunk, micromark must read it the same. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  commentThenParagraph,
  loneFencedCode,
  parseMarkdownChunk,
  plainHeading,
  plainParagraph,
  plainTable,
  splitChunks,
} from '../../../../src/engine/segment/segment';

const root = join(__dirname, '..', '..', '..', '..');
const markdownIn = (dir: string) =>
  readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .map((name) => readFileSync(join(root, dir, name), 'utf8'));

describe('segment: plain paragraphs read without the parser', () => {
  it('reads a plain paragraph as one segment, URLs blanked', () => {
    const chunk = '  Nvidia sold the H20 in China,\nsee https://x.test/h20 for more.\n\n';
    const plain = plainParagraph(chunk);
    assert.deepEqual(plain, parseMarkdownChunk(chunk, false));
    assert.equal(plain!.segments[0]!.start, 2);
    assert.equal(
      plain!.segments[0]!.text,
      `Nvidia sold the H20 in China,\nsee ${' '.repeat('https://x.test/h20'.length)} for more.`,
    );
  });

  it('reads "!" and "&" as text where they start no image or character reference', () => {
    for (const chunk of [
      'Read now for key insights!',
      'It keeps its R&D at home.\n',
      'AT&T & Nvidia! Yes!\n\n',
      '! H20 &',
    ])
      assert.deepEqual(plainParagraph(chunk), parseMarkdownChunk(chunk, false), JSON.stringify(chunk));
    assert.ok(plainParagraph('It keeps its R&D at home!'));
  });

  it('hands anything that may be markup to the parser', () => {
    for (const chunk of [
      'a *b*',
      'a\n- b',
      '1. a',
      'a\n===',
      'a\n---',
      '    code',
      '# h',
      '> q',
      'a | b',
      'a [b](c)',
      'a ![b](c)',
      'a &amp; b',
      'a &#38; b',
      'a &#x26; b',
      'a\n\n    b',
      'a\\\nb',
      '<b>x</b>',
      'x\u00a0\n\u00a0',
      '\uFEFFa',
      '+ a',
      'a\n2) b',
    ])
      assert.equal(plainParagraph(chunk), undefined, JSON.stringify(chunk));
  });

  it('whenever it reads a chunk, micromark reads the same (random chunks)', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        'Nvidia',
        'H20',
        ' ',
        '  ',
        '    ',
        '\t',
        '\n',
        '\r\n',
        '\r',
        '\u00a0',
        '\u200b',
        '\u0000',
        '😀',
        '-',
        '+',
        '1.',
        '2)',
        '10',
        '.',
        ')',
        ':',
        'https://x.test/a_b',
        'www.x.test',
        '*',
        '_',
        '`',
        '[',
        ']',
        '<',
        '>',
        '!',
        '&',
        '#',
        '=',
        '|',
        '~',
        '^',
        '\\',
        '"',
        "'",
        '---',
        '===',
      ),
      fc.string({ maxLength: 4 }),
    );
    let compared = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), fc.boolean(), (pieces, first) => {
        const chunk = pieces.join('');
        const plain = plainParagraph(chunk);
        if (!plain) return;
        compared++;
        assert.deepEqual(plain, parseMarkdownChunk(chunk, first), JSON.stringify(chunk));
      }),
      { seed: 20261123, numRuns: 20_000 },
    );
    assert.ok(compared > 1_000, `only ${compared} chunks were plain`);
  });

  it('reads every chunk of the examples, the seeds and the accuracy corpus as micromark does', () => {
    let plainChunks = 0;
    for (const text of [...markdownIn('examples'), ...markdownIn('test/corpus')]) {
      splitChunks(text).forEach((chunk, index) => {
        const source = text.slice(chunk.start, chunk.end);
        const plain = plainParagraph(source);
        if (!plain) return;
        plainChunks++;
        assert.deepEqual(plain, parseMarkdownChunk(source, index === 0), JSON.stringify(source));
      });
    }
    assert.ok(plainChunks > 200, `${plainChunks} plain chunks`);
  });

  it('reads a comment line over a plain paragraph as micromark does, its suppression noted', () => {
    for (const chunk of [
      '<!-- factdesk-ignore-next-line -->\nThe H20 has 96 GB.\n\n',
      '<!-- factdesk-ignore-line: old --> \r\n  H20!\n',
      '<!-- factdesk-ignore-file -->\nH20',
      '<!-- note -->\nH20 & H100\nship.',
    ])
      assert.deepEqual(commentThenParagraph(chunk), parseMarkdownChunk(chunk, false), JSON.stringify(chunk));
    assert.deepEqual(commentThenParagraph('<!-- factdesk-ignore-next-line -->\nH20')!.ignoreAfter, [34]);
    for (const chunk of [
      '<!-->\nH20',
      '<!--->\nH20',
      '<!-- a --> b\nH20',
      ' <!-- a -->\nH20',
      '<!-- a -->\n- H20',
      '<!-- a -->\n    H20',
      '<!-- a -->\n*H20*',
      '<!-- a -->',
      '<!-- a -->\n\n',
    ])
      assert.equal(commentThenParagraph(chunk), undefined, JSON.stringify(chunk));
  });

  it('whenever the comment shortcut reads a chunk, micromark reads the same (random chunks)', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        '-',
        '--',
        '>',
        '->',
        '-->',
        '<!--',
        ' ',
        '\t',
        'factdesk-ignore-next-line',
        'factdesk-ignore-line',
        'factdesk-ignore-file',
        ':',
        'x',
        'H20',
        '\n',
        '\r\n',
        '\r',
        '!',
        '&',
        '&amp;',
        '*',
        '#',
        '=',
        '1.',
        '+',
        '    ',
        '\u00a0',
      ),
      fc.string({ maxLength: 3 }),
    );
    const text = fc.array(piece, { maxLength: 10 }).map((xs) => xs.join(''));
    const lineEnd = fc.constantFrom('\n', '\r\n', '\r');
    const shaped = fc
      .tuple(
        fc.constantFrom('<!--', '<!-- ', ' <!--', '<!-->', '<!---'),
        text,
        fc.constantFrom('-->', '--->', ' -->', '->', ''),
        fc.constantFrom('', ' ', '\t', ' x'),
        lineEnd,
        text,
        fc.constantFrom('', '\n', '\n\n'),
      )
      .map((xs) => xs.join(''));
    let read = 0;
    fc.assert(
      fc.property(shaped, (chunk) => {
        const quick = commentThenParagraph(chunk);
        if (!quick) return;
        read++;
        assert.deepEqual(quick, parseMarkdownChunk(chunk, false), JSON.stringify(chunk));
      }),
      { seed: 20261203, numRuns: 40_000 },
    );
    assert.ok(read > 1_000, `only ${read} chunks were read by the shortcut`);
  });

  it('reads a table of plain cells as micromark does, a segment per cell', () => {
    const table = '| Chip | Memory |\n|:--|--:|\n| H100 | 80 GB |\n|  | see https://x.test/a |\n\n';
    assert.deepEqual(plainTable(table), parseMarkdownChunk(table, false));
    assert.deepEqual(
      plainTable(table)!.segments.map((s) => [s.text, s.table!.row, s.table!.column]),
      [
        ['  Chip ', 0, 0],
        ['  Memory  ', 0, 1],
        ['  H100 ', 1, 0],
        ['  80 GB  ', 1, 1],
        [`  see ${' '.repeat(16)}  `, 2, 1],
      ],
    );
    for (const chunk of [
      '| a | b |\n|---|\n| c | d |',
      '| a |\n| b |',
      '| a | b |\n|---|---|\n| c |',
      '| *a* |\n|---|',
      '| a \\| b |\n|---|',
      '| a |\n|---|\nb',
      '| a | \n|---|',
      ' | a |\n|---|',
      '| a |\n|---|\n\n| b |',
    ])
      assert.equal(plainTable(chunk), undefined, JSON.stringify(chunk));
  });

  it('reads a row led by a date as one paragraph, its first pipe kept, as micromark does', () => {
    const table =
      '| Date | Event |\n|---|---|\n| Dec 10, 2025 | Trump approves H200 exports |\n| 2026-01-13 | BIS issues the H200 rule |\n| Note | none |';
    assert.deepEqual(plainTable(table), parseMarkdownChunk(table, false));
    const rows = plainTable(table)!.segments.filter((s) => s.kind === 'paragraph');
    assert.deepEqual(
      rows.map((s) => s.text.trim()),
      ['Dec 10, 2025 | Trump approves H200 exports', '2026-01-13 | BIS issues the H200 rule'],
    );
  });

  it('whenever the table shortcut reads a chunk, micromark reads the same (random chunks)', () => {
    const cell = fc.oneof(
      fc.constantFrom(
        'H20',
        ' ',
        '',
        '  ',
        ' 80 GB ',
        '\t',
        '\u00a0',
        '-',
        ':',
        '\\',
        '`',
        '*',
        '&',
        '&amp;',
        '!',
        ' https://x.test/a ',
        '1.',
        '#',
        '>',
        '😀',
        '\u200b',
        '=',
      ),
      fc.string({ maxLength: 3 }),
    );
    const lineEnd = fc.constantFrom('\n', '\r\n', '\r');
    const edge = (usual: string, ...others: string[]) =>
      fc.oneof({ weight: 6, arbitrary: fc.constant(usual) }, fc.constantFrom(...others));
    const row = (n: number) =>
      fc
        .tuple(
          edge('|', '', ' |'),
          fc.array(cell, { minLength: n, maxLength: n }),
          fc.oneof({ weight: 5, arbitrary: fc.constant(0) }, fc.integer({ min: -1, max: 1 })),
          edge('|', '', '| '),
        )
        .map(
          ([a, cells, more, b]) => a + (more < 0 ? cells.slice(1) : more > 0 ? [...cells, 'x'] : cells).join('|') + b,
        );
    const delimiterCell = fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom('---', ':--', '--:', ':-:', ' --- ', '-') },
      fc.constantFrom('', 'x', '==', ': -'),
    );
    const delimiter = (n: number) =>
      fc
        .tuple(edge('|', ''), fc.array(delimiterCell, { minLength: n, maxLength: n }), edge('|', ''))
        .map(([a, cells, b]) => a + cells.join('|') + b);
    const table = fc.integer({ min: 1, max: 4 }).chain((n) =>
      fc
        .tuple(
          row(n),
          lineEnd,
          delimiter(n),
          fc.array(
            fc.tuple(lineEnd, row(n)).map((xs) => xs.join('')),
            { maxLength: 4 },
          ),
          edge('', '\n', '\n\n', '\r\n\r\n', '\n \n', '\nx'),
        )
        .map(([h, e, d, body, tail]) => h + e + d + body.join('') + tail),
    );
    let read = 0;
    fc.assert(
      fc.property(table, (chunk) => {
        const quick = plainTable(chunk);
        if (!quick) return;
        read++;
        assert.deepEqual(quick, parseMarkdownChunk(chunk, false), JSON.stringify(chunk));
      }),
      { seed: 20261204, numRuns: 40_000 },
    );
    assert.ok(read > 1_000, `only ${read} chunks were read by the shortcut`);
  });

  it('reads a plain heading and a lone fenced code block as micromark does', () => {
    assert.deepEqual(plainHeading('## Nvidia H20  \n\n'), parseMarkdownChunk('## Nvidia H20  \n\n', false));
    assert.equal(plainHeading('## Nvidia H20  \n\n')!.segments[0]!.text, '   Nvidia H20  ');
    assert.deepEqual(plainHeading('   #\tH20 news\n'), parseMarkdownChunk('   #\tH20 news\n', false));
    assert.deepEqual(loneFencedCode('```js\nH20\n```\n\n'), parseMarkdownChunk('```js\nH20\n```\n\n', false));
    assert.equal(loneFencedCode('```js\nH20\n```\n\n')!.segments.length, 0);
    for (const chunk of ['## H20 ##', '#H20', '####### H20', '## *H20*', '## H20\ntext', '    # H20', '# \u00a0H20'])
      assert.equal(plainHeading(chunk), undefined, JSON.stringify(chunk));
    for (const chunk of [
      '```\nH20\n```\nH20 is a chip',
      '```\nH20',
      '``` `x`\nH20\n```',
      '~~~\nH20\n```',
      '````\nH20\n```',
      '```\nH20\n```\n\u00a0',
    ])
      assert.equal(loneFencedCode(chunk), undefined, JSON.stringify(chunk));
  });

  it('whenever the heading or code shortcut reads a chunk, micromark reads the same (random chunks)', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        '#',
        '##',
        '###',
        '#######',
        '```',
        '````',
        '~~~',
        '`',
        '~',
        ' ',
        '   ',
        '    ',
        '\t',
        '\n',
        '\r\n',
        '\r',
        '\u00a0',
        'H20',
        'Nvidia',
        'js',
        '*',
        '_',
        '[',
        ']',
        '<!-- x -->',
        '<',
        '&amp;',
        '\\',
        '=',
        '-',
        '>',
        '|',
        'https://x.test/a',
        '😀',
      ),
      fc.string({ maxLength: 3 }),
    );
    const text = fc.array(piece, { maxLength: 8 }).map((xs) => xs.join(''));
    const blankTail = fc.constantFrom('', '\n', '\n\n', '  \n', '\r\n\r\n', '\n\t\n', '\n\u00a0');
    const headingShaped = fc
      .tuple(
        fc.constantFrom('', ' ', '   ', '    '),
        fc.constantFrom('#', '##', '######', '#######'),
        fc.constantFrom(' ', '\t', '  ', ''),
        text,
        blankTail,
      )
      .map((xs) => xs.join(''));
    const fence = fc.constantFrom('```', '````', '~~~', '~~~~', '``');
    const codeShaped = fc
      .tuple(
        fc.constantFrom('', '  ', '    '),
        fence,
        fc.constantFrom('', 'js', ' ts x', '`'),
        fc.constantFrom('\n', '\r\n'),
        text,
        fc.constantFrom('\n', '\r'),
        fc.constantFrom('', ' ', '    '),
        fence,
        fc.constantFrom('', ' ', 'x'),
        blankTail,
      )
      .map((xs) => xs.join(''));
    let headings = 0;
    let code = 0;
    fc.assert(
      fc.property(fc.oneof(headingShaped, codeShaped, text), (chunk) => {
        const heading = plainHeading(chunk);
        if (heading) {
          headings++;
          assert.deepEqual(heading, parseMarkdownChunk(chunk, false), JSON.stringify(chunk));
        }
        const fenced = loneFencedCode(chunk);
        if (fenced) {
          code++;
          assert.deepEqual(fenced, parseMarkdownChunk(chunk, false), JSON.stringify(chunk));
        }
      }),
      { seed: 20261202, numRuns: 40_000 },
    );
    assert.ok(
      headings > 200 && code > 200,
      `only ${headings} headings and ${code} code blocks were read by the shortcut`,
    );
  });

  it('reads every heading, comment-over-paragraph, table and lone code chunk of the examples and the accuracy corpus as micromark does', () => {
    let read = 0;
    for (const text of [...markdownIn('examples'), ...markdownIn('test/corpus')]) {
      splitChunks(text).forEach((chunk, index) => {
        const source = text.slice(chunk.start, chunk.end);
        const quick =
          plainHeading(source) ??
          commentThenParagraph(source) ??
          plainTable(source) ??
          (index === 0 ? undefined : loneFencedCode(source));
        if (!quick) return;
        read++;
        assert.deepEqual(quick, parseMarkdownChunk(source, index === 0), JSON.stringify(source));
      });
    }
    assert.ok(read > 20, `${read} chunks`);
  });
});
