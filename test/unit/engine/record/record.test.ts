import assert from 'node:assert/strict';
import { compileRecord, parseRecordFile } from '../../../../src/engine';
import { runExamples } from '../../../../src/cli/record-commands';
import { bundledRecord } from '../../../helpers/record';

const SOURCE = `publishers: [{ id: news-test, name: News Test, tier: named-outlet, hosts: [news.test] }]
sources:
  - id: s1
    title: A page
    publisher: A publisher
    url: https://news.test/page
    date: 2025-01-02
    accessed: 2026-11-23
`;
const ENTITY = `entities:
  - { id: chip-x, kind: chip, name: Chip X, description: "A chip." }
`;
const fact = (body: string) => `${SOURCE}${ENTITY}facts:\n${body}`;
const GOOD_FACT = `  - id: chip-x.memory
    kind: quantity
    entity: chip-x
    attribute: memory_capacity
    value: { amount: 80, unit: GB }
    citations: [{ source: s1, quote: "Chip X has 80 GB." }]
    asOf: 2026-11-23
`;

const errorsOf = (text: string) => {
  const parsed = parseRecordFile(text, 'pack.facts.yaml');
  if (parsed.errors.length) return parsed.errors;
  return compileRecord([parsed], { version: 't' }).errors;
};

describe('record: the bundled record', () => {
  it('compiles without errors and covers every kind of fact', () => {
    const r = bundledRecord();
    assert.ok(r.facts.length > 150);
    for (const kind of ['quantity', 'category', 'event', 'status'])
      assert.ok(
        r.facts.some((f) => f.kind === kind),
        kind,
      );
    for (const id of [
      'nvidia-h100',
      'nvidia-h200',
      'nvidia-h20',
      'nvidia-b200',
      'alibaba',
      'bytedance',
      'deepseek',
      'huawei',
      'qwen',
      'doubao',
      'ai-diffusion-rule',
    ]) {
      assert.ok(
        r.entities.some((e) => e.id === id),
        id,
      );
    }
  });
  it('every fact cites a source it defines, with a quote', () => {
    const r = bundledRecord();
    const ids = new Set(r.sources.map((s) => s.id));
    for (const f of r.facts)
      for (const c of f.citations) assert.ok(ids.has(c.source) && c.quote.length > 3, `${f.id} → ${c.source}`);
  });
  it('keeps the conflicts the sources have', () => {
    const r = bundledRecord();
    const h200 = r.facts.find((f) => f.id === 'h200.memory_capacity')!;
    assert.ok(h200.conflicts.length >= 1);
  });
  it('passes every example sentence it carries (factdesk record test)', () => {
    const outcomes = runExamples(bundledRecord());
    assert.ok(outcomes.length >= 50);
    assert.deepEqual(
      outcomes.filter((o) => !o.ok).map((o) => `${o.factId}: ${o.sentence} → ${o.got}`),
      [],
    );
  });
});

describe('record: validation errors name file, line, column and field', () => {
  const cases: [string, string, RegExp, number][] = [
    ['bad YAML', 'facts: [\n  - {', /YAML/, 2],
    ['a wrong type', fact(GOOD_FACT.replace('amount: 80', 'amount: eighty')), /facts\[0\]\.value\.amount/, 16],
    [
      'an unknown unit',
      fact(GOOD_FACT.replace('unit: GB', 'unit: GiB')),
      /facts\[0\]\.value\.unit: must be one of/,
      16,
    ],
    [
      'a missing source',
      fact(GOOD_FACT.replace('    citations: [{ source: s1, quote: "Chip X has 80 GB." }]\n', '')),
      /facts\[0\]\.citations: missing/,
      12,
    ],
    [
      'a date that is not a date',
      fact(GOOD_FACT.replace('asOf: 2026-11-23', 'asOf: 23/11/2026')),
      /facts\[0\]\.asOf: a date written YYYY/,
      18,
    ],
    ['an unknown source', fact(GOOD_FACT.replace('source: s1', 'source: s9')), /unknown source "s9"/, 17],
    [
      'an unknown entity',
      fact(GOOD_FACT.replace('entity: chip-x', 'entity: chip-y')),
      /facts\[0\]\.entity: unknown entity "chip-y"/,
      14,
    ],
    ['a duplicate id', fact(GOOD_FACT + GOOD_FACT), /duplicate fact id "chip-x.memory"/, 19],
    ['an unknown field', fact(GOOD_FACT.replace('asOf:', 'colour: red\n    asOf:')), /unknown field "colour"/, 12],
    [
      'a prototype key',
      fact(GOOD_FACT.replace('asOf:', '__proto__: { polluted: true }\n    asOf:')),
      /(forbidden key|unknown field) "__proto__"/,
      12,
    ],
  ];
  for (const [name, text, message, line] of cases) {
    it(name, () => {
      const errors = errorsOf(text);
      assert.ok(errors.length >= 1, 'expected an error');
      const e = errors[0]!;
      assert.equal(e.file, 'pack.facts.yaml');
      assert.match(`${e.field}: ${e.message}`, message);
      assert.equal(e.line, line, `line of ${JSON.stringify(e)}`);
      assert.ok(e.column >= 1);
    });
  }
  it('loads YAML as data only: no custom tags', () => {
    const errors = errorsOf(fact(GOOD_FACT.replace('asOf: 2026-11-23', 'asOf: !!js/function "function(){}"')));
    assert.ok(errors.length >= 1);
    assert.ok(({} as Record<string, unknown>)['polluted'] === undefined);
  });
  it('a good pack compiles', () => assert.deepEqual(errorsOf(fact(GOOD_FACT)), []));
});
