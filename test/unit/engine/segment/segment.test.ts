import assert from 'node:assert/strict';
import { LineIndex } from '../../../../src/engine/segment/lines';
import { parseChunk, splitChunks, type Segment } from '../../../../src/engine/segment/segment';
import { splitSentences } from '../../../../src/engine/segment/sentences';

/** A whole draft's segments, front matter and suppressions, put together from its chunks as the engine reads them. */
const parse = (text: string) => {
  const lines = new LineIndex(text);
  const segments: Segment[] = [];
  const ignoredLines = new Set<number>();
  let ignoreFile = false;
  let frontMatter: string | undefined;
  splitChunks(text).forEach((chunk, index) => {
    const parsed = parseChunk(text.slice(chunk.start, chunk.end), index === 0);
    if (parsed.frontMatter !== undefined) frontMatter = parsed.frontMatter;
    if (parsed.ignoreFile) ignoreFile = true;
    for (const end of parsed.ignoreAfter) ignoredLines.add(lines.lineOf(chunk.start + end) + 1);
    for (const at of parsed.ignoreAt) ignoredLines.add(lines.lineOf(chunk.start + at));
    for (const seg of parsed.segments)
      segments.push({ ...seg, start: seg.start + chunk.start, end: seg.end + chunk.start });
  });
  return { segments, frontMatter, ignoredLines, ignoreFile };
};

describe('segment: markdown → prose with exact offsets', () => {
  it('keeps every prose character at its source offset and blanks the rest', () => {
    const text = 'A *b* [link text](https://x.test/url) `code` **c**.\n';
    const [seg] = parse(text).segments;
    assert.equal(seg!.text.length, seg!.end - seg!.start);
    for (let i = 0; i < seg!.text.length; i++) {
      const c = seg!.text[i]!;
      if (c !== ' ' && c !== '\n') assert.equal(c, text[seg!.start + i], `offset ${seg!.start + i}`);
    }
    assert.ok(seg!.text.includes('link text'));
    assert.ok(!seg!.text.includes('https'));
    assert.ok(!seg!.text.includes('code'));
  });

  it('a draft that opens with a rule (--- never closed) still has its lists and quotations', () => {
    const draft = parse('---\n> The H200 has 96 GB of memory.\n\n- item\n');
    assert.equal(draft.frontMatter, undefined);
    assert.deepEqual(
      draft.segments.map((s) => `${s.text.trim()}${s.quoted ? ':quoted' : ''}`),
      ['The H200 has 96 GB of memory.:quoted', 'item'],
    );
  });

  it('reads headings, list items, table cells and blockquotes; skips code, HTML and front matter', () => {
    const text = [
      '---',
      'date: 2025-11-27',
      '---',
      '# Head',
      '',
      '- item',
      '',
      '> quoted',
      '',
      '```',
      'fenced',
      '```',
      '',
      '<div>html</div>',
      '',
      '| a | b |',
      '|---|---|',
      '| c | d |',
      '',
    ].join('\n');
    const draft = parse(text);
    assert.equal(draft.frontMatter, 'date: 2025-11-27');
    const prose = draft.segments.map(
      (s) =>
        `${s.kind}:${s.text.trim()}${s.quoted ? ':quoted' : ''}${s.table ? `:${s.table.row},${s.table.column}` : ''}`,
    );
    assert.deepEqual(prose, [
      'heading:Head',
      'paragraph:item',
      'paragraph:quoted:quoted',
      'tableCell:a:0,0',
      'tableCell:b:0,1',
      'tableCell:c:1,0',
      'tableCell:d:1,1',
    ]);
  });

  it('records suppression comments', () => {
    const draft = parse('Intro.\n\n<!-- factdesk-ignore-next-line -->\nThe H200 has 96 GB.\n');
    assert.deepEqual([...draft.ignoredLines], [3]);
    assert.equal(parse('<!-- factdesk-ignore-file -->\n').ignoreFile, true);
  });

  it('honours a same-line suppression, also in a table row', () => {
    const draft = parse(
      '| Chip | Memory |\n|---|---|\n| H200 | 96 GB <!-- factdesk-ignore-line --> |\n\nThe H200 has 96 GB. <!-- factdesk-ignore-line -->\n',
    );
    assert.deepEqual([...draft.ignoredLines].sort(), [2, 4]);
  });

  it('counts lines for LF, CRLF and lone CR, in UTF-16 units', () => {
    const idx = new LineIndex('a\r\nb\rc\nd😀e');
    assert.deepEqual(idx.position(3), { line: 1, character: 0 });
    assert.deepEqual(idx.position(5), { line: 2, character: 0 });
    assert.deepEqual(idx.position(10), { line: 3, character: 3 });
    assert.equal(idx.offsetOf({ line: 3, character: 3 }), 10);
  });
});

describe('segment: chunks parse alone as they parse in place', () => {
  const chunks = (text: string) => splitChunks(text).map((c) => text.slice(c.start, c.end));
  it('splits at blank lines before a line at column 0', () => {
    assert.deepEqual(chunks('One.\n\nTwo.\n'), ['One.\n\n', 'Two.\n']);
  });
  it('never splits inside a fence, an HTML comment, a list continuation or front matter', () => {
    const fenced = '```\na\n\nb\n```\n\nAfter.\n';
    assert.deepEqual(chunks(fenced), ['```\na\n\nb\n```\n\n', 'After.\n']);
    const comment = '<!--\nx\n\ny\n-->\n\nAfter.\n';
    assert.deepEqual(chunks(comment), ['<!--\nx\n\ny\n-->\n\n', 'After.\n']);
    const list = '- item\n\n  continued\n\nAfter.\n';
    assert.deepEqual(chunks(list), ['- item\n\n  continued\n\n', 'After.\n']);
    const fm = '---\ntitle: a\n\nb: c\n---\n\nBody.\n';
    assert.deepEqual(chunks(fm), ['---\ntitle: a\n\nb: c\n---\n\n', 'Body.\n']);
  });
  it('a thematic break later in the draft is not read as front matter', () => {
    const draft = parse('Intro.\n\n---\n\nThe H200 has 96 GB.\n\n---\n');
    assert.equal(draft.frontMatter, undefined);
    assert.deepEqual(
      draft.segments.map((s) => s.text.trim()),
      ['Intro.', 'The H200 has 96 GB.'],
    );
  });
});

describe('segment: sentences', () => {
  it('does not split at abbreviations or decimals', () => {
    const s = splitSentences(
      'The U.S. government acted. The H100 offers 3.35 TB/s. Nvidia Corp. said so on Dec. 8 last year.',
    );
    assert.deepEqual(
      s.map((x) => x.text),
      ['The U.S. government acted.', 'The H100 offers 3.35 TB/s.', 'Nvidia Corp. said so on Dec. 8 last year.'],
    );
  });
  it('a capital after a number is a unit that ends a sentence; after a name it is an initial', () => {
    const s = splitSentences(
      'The B200 is rated at 1,000 W. In the GB200, two share a CPU. George W. Bush was president. It draws 700W. The H20 follows.',
    );
    assert.deepEqual(
      s.map((x) => x.text),
      [
        'The B200 is rated at 1,000 W.',
        'In the GB200, two share a CPU.',
        'George W. Bush was president.',
        'It draws 700W.',
        'The H20 follows.',
      ],
    );
  });
  // Hard-wrapped prose: a long line that breaks before a capital goes on (a name split by the wrap); short lines
  // without stops, each opening with a capital, are items of a list.
  it('a long wrapped line goes on across a break before a capital; short lines are list items', () => {
    const wrapped = [
      'In a filing this week the company said that demand for the Nvidia\nH200 had outrun its supply.',
      'Lawmakers said that by the end of the week the House had passed the Remote\nAccess Security Act in a vote.',
      'The export figures released on Thursday by the Commerce Department show\nChinese buyers waiting for licences.',
    ];
    for (const text of wrapped)
      assert.deepEqual(
        splitSentences(text).map((x) => x.text),
        [text],
        text,
      );
    const list = 'Memory 141 GB\nBandwidth 4.8 TB/s\nPower 700 W';
    assert.deepEqual(
      splitSentences(list).map((x) => x.text),
      ['Memory 141 GB', 'Bandwidth 4.8 TB/s', 'Power 700 W'],
    );
    const bullets = 'A long opening line that runs on and on before its list of chips comes\n• H200 with 141 GB';
    assert.equal(splitSentences(bullets).length, 2);
  });
  it('keeps offsets', () => {
    const text = '  First one.  Second one.';
    for (const s of splitSentences(text)) assert.equal(text.slice(s.start, s.end), s.text);
  });
});
