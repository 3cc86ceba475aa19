/**
 * The engine re-uses its previous check of a draft: the chunks an edit did not
 * touch keep their results (shifted when the edit moved them). Whatever the
 * edit, the result must be exactly what a fresh engine says of the new text.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { createEngine, type CheckOptions, type CheckResult } from '../../../../src/engine';
import { placed } from '../../../../src/engine/pipeline/place';
import { LineIndex } from '../../../../src/engine/segment/lines';
import { scanChunks, splitChunks } from '../../../../src/engine/segment/segment';
import { bundledRecord } from '../../../helpers/record';

const OPTIONS: CheckOptions = { today: '2026-11-23', includeSupported: true };
const EXAMPLES = path.join(__dirname, '..', '..', '..', '..', 'examples');
const drafts = fs
  .readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.md'))
  .map((f) => fs.readFileSync(path.join(EXAMPLES, f), 'utf8'));

/** Everything a front reads, in a stable form. */
const seen = (r: CheckResult) =>
  JSON.stringify({ asOf: r.asOf, origin: r.asOfOrigin, notes: r.notes, findings: r.findings, mentions: r.mentions });

// Edits that change how a draft splits into chunks, not just the words inside one.
const SNIPPETS = [
  '\n\n',
  '\n',
  'x',
  ' ',
  '```\n',
  '~~~\n',
  '<!--',
  '-->',
  '<pre>\n',
  '</pre>',
  '---\n',
  '    ',
  '> ',
  '- ',
  '| H100 | 80 GB |\n|---|---|\n',
  '<!-- factdesk-ignore-next-line -->\n',
  '<!-- factdesk-ignore-file -->',
  '\r\n',
  '\r',
  'The H200 has 96 GB of memory. ',
  '---\ndate: 2024-05-01\n---\n',
  '😀',
  '\u200b',
  '\u00ad',
];

const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat(60),
  insert: fc.constantFrom('', ...SNIPPETS),
});

function apply(text: string, e: { at: number; remove: number; insert: string }): string {
  const at = Math.floor(e.at * text.length);
  return text.slice(0, at) + e.insert + text.slice(at + e.remove);
}

describe('incremental checks', () => {
  const record = bundledRecord();

  it('after any series of edits, a re-check equals a fresh engine’s check of the same text', function () {
    this.timeout(120_000);
    fc.assert(
      fc.property(fc.constantFrom(...drafts), fc.array(edit, { minLength: 1, maxLength: 12 }), (start, edits) => {
        const engine = createEngine(record);
        let text = start;
        engine.check(text, { ...OPTIONS, draft: 'doc' });
        for (const e of edits) {
          text = apply(text, e);
          assert.equal(
            seen(engine.check(text, { ...OPTIONS, draft: 'doc' })),
            seen(createEngine(record).check(text, OPTIONS)),
          );
        }
      }),
      { seed: 4242, numRuns: 120 },
    );
  });

  it('a result read only after later edits still holds its own text’s findings (they are placed when first read)', function () {
    this.timeout(120_000);
    fc.assert(
      fc.property(fc.constantFrom(...drafts), fc.array(edit, { minLength: 1, maxLength: 8 }), (start, edits) => {
        const engine = createEngine(record);
        let text = start;
        const unread: [string, CheckResult][] = [[text, engine.check(text, { ...OPTIONS, draft: 'doc' })]];
        for (const e of edits) {
          text = apply(text, e);
          unread.push([text, engine.check(text, { ...OPTIONS, draft: 'doc' })]);
        }
        for (const [t, result] of unread.reverse())
          assert.equal(seen(result), seen(createEngine(record).check(t, OPTIONS)));
      }),
      { seed: 977, numRuns: 40 },
    );
  });

  it('a chunk knows its line, and a scan resumed at a chunk start splits the rest the same', () => {
    for (const text of [...drafts, drafts[1]!.replace(/\n/g, '\r\n'), drafts[3]!.replace(/\n/g, '\r')]) {
      const lines = new LineIndex(text);
      const chunks = splitChunks(text);
      for (const c of chunks) assert.equal(c.line, lines.lineOf(c.start));
      for (const from of chunks.slice(1))
        assert.deepEqual(scanChunks(text, from).chunks, chunks.slice(chunks.indexOf(from)));
    }
  });

  it('keeps drafts apart: two drafts checked in turn each get their own result', () => {
    const engine = createEngine(record);
    const [a, b] = [drafts[0]!, drafts[2]!];
    for (let i = 0; i < 3; i++) {
      assert.equal(seen(engine.check(a, { ...OPTIONS, draft: 'a' })), seen(createEngine(record).check(a, OPTIONS)));
      assert.equal(seen(engine.check(b, { ...OPTIONS, draft: 'b' })), seen(createEngine(record).check(b, OPTIONS)));
    }
  });

  it('a changed front-matter date re-checks every claim at the new date', () => {
    const engine = createEngine(record);
    const body = '\nThe H20 was licensed for export to China in August.\n';
    const before = engine.check(`---\ndate: 2025-11-27\n---\n${body}`, OPTIONS);
    const after = engine.check(`---\ndate: 2024-03-01\n---\n${body}`, OPTIONS);
    assert.equal(before.asOf, '2025-11-27');
    assert.equal(after.asOf, '2024-03-01');
    assert.equal(seen(after), seen(createEngine(record).check(`---\ndate: 2024-03-01\n---\n${body}`, OPTIONS)));
  });

  it('a finding moved by an edit keeps every field, with its span and range shifted', () => {
    const text = 'The H200 has 96 GB of memory.\n';
    const [f] = createEngine(record).check(text, { today: '2025-11-27' }).findings;
    assert.ok(f?.fix?.citation, 'the example needs a finding with a cited fix');
    const moved = placed(f, 100, 3);
    assert.deepEqual(Object.keys(moved), Object.keys(f));
    assert.deepEqual(Object.keys(moved.fix!), Object.keys(f.fix));
    assert.deepEqual(moved.span, { start: f.span.start + 100, end: f.span.end + 100 });
    assert.deepEqual(moved.range, {
      start: { line: f.range.start.line + 3, character: f.range.start.character },
      end: { line: f.range.end.line + 3, character: f.range.end.character },
    });
    assert.deepEqual(moved.fix!.span, { start: f.fix.span.start + 100, end: f.fix.span.end + 100 });
    const { span: _s, range: _r, fix: _f, ...rest } = moved;
    const { span: _s2, range: _r2, fix: _f2, ...restBefore } = f;
    assert.deepEqual(rest, restBefore);
  });

  it('a keystroke that brings an invisible character into a word is noted, and one that removes it clears the note', () => {
    const engine = createEngine(bundledRecord());
    const options = { ...OPTIONS, draft: 'file:///hidden.md' };
    const text = drafts[0]!;
    const at = text.indexOf('H100') + 2;
    assert.ok(at > 2 && !engine.check(text, options).notes?.some((n) => n.includes('invisible')));
    const hidden = `${text.slice(0, at)}\u200b${text.slice(at)}`;
    const withNote = engine.check(hidden, options);
    assert.equal(seen(withNote), seen(createEngine(bundledRecord()).check(hidden, options)));
    assert.ok(
      withNote.notes?.some((n) => /1 invisible character inside a word/.test(n)),
      JSON.stringify(withNote.notes),
    );
    assert.ok(!engine.check(text, options).notes?.some((n) => n.includes('invisible')));
  });
});
