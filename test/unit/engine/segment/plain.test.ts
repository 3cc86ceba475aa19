/** Plain paragraphs skip micromark; whenever the shortcut reads a chunk, micromark must read it the same. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseMarkdownChunk, plainParagraph, splitChunks } from '../../../../src/engine/segment/segment';

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
    assert.equal(plain!.segments[0]!.text, `Nvidia sold the H20 in China,\nsee ${' '.repeat('https://x.test/h20'.length)} for more.`);
  });

  it('hands anything that may be markup to the parser', () => {
    for (const chunk of ['a *b*', 'a\n- b', '1. a', 'a\n===', 'a\n---', '    code', '# h', '> q', 'a | b', 'a [b](c)', 'a &amp; b', 'a\n\n    b', 'a\\\nb', '<b>x</b>', 'x\u00a0\n\u00a0', '\uFEFFa', '+ a', 'a\n2) b'])
      assert.equal(plainParagraph(chunk), undefined, JSON.stringify(chunk));
  });

  it('whenever it reads a chunk, micromark reads the same (random chunks)', () => {
    const piece = fc.oneof(
      fc.constantFrom('Nvidia', 'H20', ' ', '  ', '    ', '\t', '\n', '\r\n', '\r', '\u00a0', '\u200b', '\u0000', '😀', '-', '+', '1.', '2)', '10', '.', ')', ':', 'https://x.test/a_b', 'www.x.test', '*', '_', '`', '[', ']', '<', '>', '!', '&', '#', '=', '|', '~', '^', '\\', '"', "'", '---', '==='),
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
});
