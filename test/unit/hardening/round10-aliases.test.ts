/**
 * R10-04 (silently wrong): a pack name or alias that is an ordinary word the checker reads ("memory", "has", "the")
 * took every sentence using it for the pack's entity, so "The H200 has 96 GB of memory." was judged against the
 * pack chip (or not at all). Such a name is refused, naming the word; names drafts really write are accepted.
 */
import assert from 'node:assert/strict';
import { createEngine } from '../../../src/engine';
import { bundledRecord } from '../../helpers/record';
import { DESK_SOURCE, loadPackText } from '../../helpers/packs-fixtures';

const withPack = (text: string) => loadPackText(bundledRecord(), text);

const chipPack = (aliases: string[], name = 'Acme X1') => `${DESK_SOURCE}entities:
  - id: acme-x1
    kind: chip
    name: ${JSON.stringify(name)}
    aliases: ${JSON.stringify(aliases)}
    description: A test accelerator.
`;

describe('hardening: round ten, pack names that are ordinary words (R10-04)', () => {
  const REFUSED: [string, string[], string?][] = [
    ['an attribute word', ['memory']],
    ['a verb every spec sentence has', ['has']],
    ['an article', ['the']],
    ['a word drafts refer back with, capitalised', ['Chip']],
    ['a relation cue word', ['X1', 'based']],
    ['the name itself', [], 'bandwidth'],
  ];
  for (const [what, aliases, name] of REFUSED)
    it(`refused: ${what} (${[name, ...aliases].filter(Boolean).join(', ')})`, () => {
      const { errors, record } = withPack(chipPack(aliases, name));
      assert.match(errors.join(' | '), /is an ordinary word the checker reads/);
      // The bundled check stands.
      const result = createEngine(record).check('The H200 has 96 GB of memory.', { asOf: '2025-11-27' });
      assert.deepEqual(
        result.findings.map((f) => `${f.verdict}:${f.claim}`),
        ['contradicted:96 GB'],
      );
    });

  const ACCEPTED: [string, string[]][] = [
    ['a model number', ['X1', 'AX-1']],
    ['a made-up product word', ['Acmetron']],
    ['a phrase that holds an ordinary word', ['Acme memory card']],
  ];
  for (const [what, aliases] of ACCEPTED)
    it(`accepted: ${what} (${aliases.join(', ')})`, () => {
      assert.deepEqual(withPack(chipPack(aliases)).errors, []);
    });
});
