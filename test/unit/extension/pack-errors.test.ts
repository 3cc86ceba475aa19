/**
 * Pack errors in the Problems panel: one entry per field, an unknown key merged with the required
 * field it misspells, "did you mean …?" for keys, ids and values — on the errors the real loader gives.
 */
import assert from 'node:assert/strict';
import YAML from 'yaml';
import {
  didYouMean,
  editDistance,
  explainPackErrors,
  idsInPack,
  nearest,
  schemaKeys,
  type PackVocabulary,
} from '../../../src/extension/logic/packErrors';
import { packDiagnostics } from '../../../src/extension/logic/packs';
import { packJsonSchema } from '../../../src/packs/json-schema';
import { loadPacks } from '../../../src/packs/packs';
import { bundledRecord } from '../../helpers/record';

const NAME = '.factdesk/desk.facts.yaml';
const vocabulary = (text: string): PackVocabulary => {
  const record = bundledRecord();
  const own = idsInPack(YAML.parse(text));
  return {
    keys: schemaKeys(packJsonSchema()),
    entities: [...record.entities.map((e) => e.id), ...own.entities],
    facts: [...record.facts.map((f) => f.id), ...own.facts],
    sources: [...record.sources.map((s) => s.id), ...own.sources],
  };
};
const explain = (text: string) => {
  const { errors } = loadPacks(
    bundledRecord(),
    ['/ws/' + NAME],
    () => NAME,
    () => text,
  );
  return { errors, entries: explainPackErrors(errors, text, vocabulary(text)) };
};

describe('pack errors: merged per field, with did-you-mean', () => {
  it('edit distance counts insertions, deletions, substitutions and swaps, case aside, and stops past max', () => {
    assert.equal(editDistance('publishr', 'publisher'), 1);
    assert.equal(editDistance('GiB', 'gb'), 1);
    assert.equal(editDistance('atribtue', 'attribute'), 2);
    assert.equal(editDistance('source', 'soucre'), 1, 'a swap is one edit');
    assert.equal(editDistance('abcdef', 'uvwxyz', 2), 3);
    assert.equal(didYouMean('Watts', ['W', 'kW', 'GB']), undefined, 'nothing near enough');
    assert.deepEqual(
      nearest('nvidia-h20O', ['nvidia-h20', 'nvidia-h200', 'nvidia-h100']),
      ['nvidia-h200'],
      'equally near: the one as long as the word',
    );
    assert.deepEqual(
      nearest('h2x', ['h20', 'h2o', 'h2x']),
      ['h20', 'h2o'],
      'the word itself is no suggestion; two equally near are both offered',
    );
  });

  it('a misspelt key is one entry on its own line, merged with the required field it misspells; a misspelt unit says what was meant', () => {
    const text = `sources:
  - id: desk-h200
    title: Desk note on the H200
    publishr: The Desk
    url: https://desk.example/h200
    date: 2026-01-05
    accessed: 2026-01-05
overrides:
  - id: h200.memory_capacity
    kind: quantity
    entity: nvidia-h20O
    attribute: memory_capacity
    value: { amount: 150, unit: GiB }
    citations: [{ sourc: desk-h200, quote: "The H200 has 150 GB." }]
    asOf: 2026-01-05
`;
    const { errors, entries } = explain(text);
    assert.ok(errors.length > entries.length, `${errors.length} errors, ${entries.length} entries`);
    assert.deepEqual(
      entries.map((e) => [e.range.start.line + 1, e.range.start.character + 1, e.field, e.message]),
      [
        [
          4,
          5,
          'sources[0].publishr',
          'sources[0].publishr: unknown field "publishr": did you mean "publisher"? (publisher is missing)',
        ],
        [
          11,
          13,
          'overrides[0].entity',
          'overrides[0].entity: "nvidia-h20O": did you mean "nvidia-h200"? (an id of lowercase letters, digits, dots, underscores and hyphens)',
        ],
        [13, 33, 'overrides[0].value.unit', entries[2]!.message],
        [
          14,
          19,
          'overrides[0].citations[0].sourc',
          'overrides[0].citations[0].sourc: unknown field "sourc": did you mean "source"? (source is missing)',
        ],
      ],
    );
    assert.match(
      entries[2]!.message,
      /^overrides\[0\]\.value\.unit: "GiB": did you mean "GB"\? \(must be one of "GB", "TB", /,
    );
    assert.deepEqual(entries[2]!.range.end, { line: 12, character: 35 }, 'the range covers the value written');
    assert.deepEqual(entries[0]!.range.end, { line: 3, character: 12 }, 'the range covers the key');
  });

  it('unknown ids (entity, fact, source, accepted fact) get the nearest id of the record or the pack', () => {
    const text = `publishers: [{ id: the-desk, name: The Desk, tier: named-outlet, hosts: [desk.example] }]
sources:
  - id: desk-h200
    title: Desk note on the H200
    publisher: The Desk
    url: https://desk.example/h200
    date: 2026-01-05
    accessed: 2026-01-05
overrides:
  - id: h200.memory_capacty
    kind: quantity
    entity: nvidia-h2000
    attribute: memory_capacity
    value: { amount: 150, unit: GB }
    citations: [{ source: desk-h20, quote: "The H200 has 150 GB." }]
    asOf: 2026-01-05
accepted:
  - fact: h200.memory_capasity
    wording: 80 GB
`;
    const { entries } = explain(text);
    assert.deepEqual(
      entries.map((e) => e.message),
      [
        'overrides[0].id: overrides unknown fact "h200.memory_capacty": did you mean "h200.memory_capacity"?',
        'overrides[0].entity: unknown entity "nvidia-h2000": did you mean "nvidia-h200"?',
        'overrides[0].citations[0].source: unknown source "desk-h20": did you mean "desk-h200"?',
        'accepted[0].fact: accepts a wording for unknown fact "h200.memory_capasity": did you mean "h200.memory_capacity"?',
      ],
    );
  });

  it('two unknown keys of one entry are two entries, each on its line; errors on the same field are one entry', () => {
    const text =
      'facts:\n  - id: x.tdp\n    kind: quantty\n    entity: nvidia-h200\n    atribute: tdp\n    value: { amount: 1, unit: W }\n    citations: []\n    asOf: 2026-01-05\n    confirmd: 2026-01-01\n';
    const { entries } = explain(text);
    assert.deepEqual(
      entries.map((e) => [e.range.start.line + 1, e.message]),
      [
        [
          3,
          "facts[0].kind: \"quantty\": did you mean \"quantity\"? (expected 'quantity' | 'category' | 'event' | 'status')",
        ],
      ],
      'a misspelt kind hides the rest of the entry’s errors (the loader reads no further): one entry',
    );
    const fixedKind = explain(text.replace('quantty', 'quantity')).entries;
    assert.deepEqual(
      fixedKind.map((e) => [e.range.start.line + 1, e.field]),
      [
        [5, 'facts[0].atribute'],
        [7, 'facts[0].citations'],
        [9, 'facts[0].confirmd'],
      ],
    );
    assert.equal(
      fixedKind[0]!.message,
      'facts[0].atribute: unknown field "atribute": did you mean "attribute"? (attribute is missing)',
    );
    assert.equal(fixedKind[2]!.message, 'facts[0].confirmd: unknown field "confirmd": did you mean "confirmed"?');
    const merged = explainPackErrors(
      [
        { file: NAME, line: 3, column: 5, field: 'facts[0].value', message: 'first problem' },
        { file: NAME, line: 3, column: 5, field: 'facts[0].value', message: 'second problem' },
        { file: NAME, line: 3, column: 5, field: 'facts[0].value', message: 'first problem' },
      ],
      undefined,
      vocabulary(''),
    );
    assert.deepEqual(
      merged.map((e) => e.message),
      ['facts[0].value: first problem; second problem'],
    );
  });

  it('packDiagnostics with the packs’ text: Problems entries per file from the merged errors', () => {
    const text =
      'sources:\n  - id: s1\n    title: T\n    publishr: P\n    url: https://desk.example/a\n    date: 2026-01-05\n    accessed: 2026-01-05\n';
    const { errors } = loadPacks(
      bundledRecord(),
      ['/ws/' + NAME],
      () => NAME,
      () => text,
    );
    const map = packDiagnostics(errors, (name) => (name === NAME ? '/ws/' + NAME : undefined), {
      textOf: () => text,
      vocabulary: () => vocabulary(text),
    });
    assert.deepEqual(
      map.get('/ws/' + NAME)!.map((d) => [d.range.start.line, d.code, d.message]),
      [
        [
          3,
          'sources[0].publishr',
          'sources[0].publishr: unknown field "publishr": did you mean "publisher"? (publisher is missing)',
        ],
      ],
    );
  });
});
