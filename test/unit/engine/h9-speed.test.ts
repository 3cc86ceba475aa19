/**
 * Speed work (branch h9-speed) must not change a result: each shortcut is held here to what the engine said
 * without it.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createEngine, type CheckOptions, type CheckResult } from '../../../src/engine';
import { invisibleInWords } from '../../../src/engine/findings/invisible';
import type { PlacedChunk } from '../../../src/engine/pipeline/chunks';
import { hiddenInChunks } from '../../../src/engine/pipeline/result';
import { scanChunks } from '../../../src/engine/segment/segment';
import { bundledRecord } from '../../helpers/record';

const OPTIONS: CheckOptions = { today: '2026-11-23' };
const seen = (r: CheckResult) => JSON.stringify({ notes: r.notes, findings: r.findings, mentions: r.mentions });

describe('h9-speed: notes after an edit', () => {
  // Paragraphs with what the notes name by line: a look-alike letter, a day the calendar lacks, an invisible character.
  const PARTS = [
    'The H20 has 96 GB of memory.',
    'The Н20 (Cyrillic) ships in 2024.',
    'Rules dated February 30, 2023 were cited.',
    'The H\u00ad100 has 80 GB.',
    'It draws 7\u200b00 W, and \u202e69\u202c GB.',
    '## A heading',
    '- a list item\n- another',
    'Plain words only.',
  ];
  const draftOf = (picks: number[], eol: string) => picks.map((i) => PARTS[i]!.replace(/\n/g, eol)).join(eol + eol);

  it('names the same lines as a fresh check, after edits before, inside and after the noted chunks (LF, CRLF, CR)', function () {
    this.timeout(180_000); // a fresh engine per edit: about 10 s on a loaded 2-core machine
    fc.assert(
      fc.property(
        fc.array(fc.nat(PARTS.length - 1), { minLength: 2, maxLength: 9 }),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.array(
          fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('x', '\n', '\n\n', '\r\n\r\n', ' ')),
          {
            minLength: 1,
            maxLength: 4,
          },
        ),
        (picks, eol, edits) => {
          const engine = createEngine(bundledRecord());
          let text = draftOf(picks, eol);
          engine.check(text, OPTIONS);
          for (const [where, insert] of edits) {
            const at = Math.floor(where * text.length);
            text = text.slice(0, at) + insert + text.slice(at);
            assert.equal(seen(engine.check(text, OPTIONS)), seen(createEngine(bundledRecord()).check(text, OPTIONS)));
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('h9-speed: invisible characters scanned per chunk', () => {
  const PIECES = [
    'H200',
    '96',
    ' ',
    '\n',
    '\n\n',
    '\r\n\r\n',
    '\r',
    '\u200b',
    '\u00ad',
    '\u202e',
    '\u202c',
    '\ufeff',
    '.',
    '-',
    ',',
    'GB',
    '# ',
    '```\n',
    '- ',
  ];
  it('finds the runs (and the count) a scan of the whole draft finds', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }), (pieces) => {
        const text = pieces.join('');
        const chunks = scanChunks(text).chunks.map((c) => ({ start: c.start, line: c.line }) as PlacedChunk);
        assert.deepEqual(hiddenInChunks(text, chunks), invisibleInWords(text));
      }),
      { numRuns: 3000 },
    );
  });
  it('lists at most 10,000 runs, as the whole-draft scan does, and counts them all', () => {
    const text = Array.from({ length: 300 }, () => 'a\u200bb '.repeat(40)).join('\n\n');
    const chunks = scanChunks(text).chunks.map((c) => ({ start: c.start, line: c.line }) as PlacedChunk);
    assert.ok(chunks.length > 100);
    assert.deepEqual(hiddenInChunks(text, chunks), invisibleInWords(text));
  });
});
