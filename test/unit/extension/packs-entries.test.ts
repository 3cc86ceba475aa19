/**
 * The quick fixes that write to the desk's pack, as plain logic:
 * "Add to the workspace record…" (unknown or disputed claim → an entry with the
 * claim's value and an EMPTY source: the pack is invalid until it is filled)
 * and "Accept this wording" (an `accepted` entry), each round trip through
 * loadPacks and the engine; and appending to a pack without reformatting it.
 */
import assert from 'node:assert/strict';
import YAML from 'yaml';
import { createEngine, parseRecordFile, type Finding } from '../../../src/engine';
import {
  acceptedEntry,
  acceptTitle,
  canAccept,
  canAddToRecord,
  draftRecordEntry,
  entryYaml,
  insertEntry,
  packIds,
  parseDate,
  parseQuantity,
} from '../../../src/extension/logic/packEntries';
import { loadPacks } from '../../../src/packs/packs';
import { bundledRecord, testEngine } from '../../helpers/record';
import { GOOD_PACK } from '../../helpers/packs-fixtures';

const AS_OF = '2025-11-27';
const TODAY = '2026-11-23';
const findings = (text: string, engine = testEngine()) =>
  engine.check(text, { asOf: AS_OF, includeSupported: true }).findings;
const only = (text: string, verdict: Finding['verdict']) => {
  const list = findings(text).filter((f) => f.verdict === verdict);
  assert.equal(list.length, 1, `${verdict} in ${text}: ${JSON.stringify(findings(text).map((f) => f.verdict))}`);
  return list[0]!;
};

/** Loads pack text (as .factdesk/desk.facts.yaml) over the bundled record, from memory. */
const load = (text: string) =>
  loadPacks(
    bundledRecord(),
    ['/ws/.factdesk/desk.facts.yaml'],
    () => '.factdesk/desk.facts.yaml',
    () => text,
  );

describe('pack entries: reading a finding', () => {
  it('quantities and dates', () => {
    assert.deepEqual(parseQuantity('4.8 TB/s', 'memory_bandwidth'), { amount: 4.8, unit: 'TB/s' });
    assert.deepEqual(parseQuantity('1,979 teraflops', 'fp16_tensor'), { amount: 1979, unit: 'TFLOPS' });
    assert.deepEqual(parseQuantity('eight GPUs', 'gpu_count'), { amount: 8, unit: 'count' });
    assert.deepEqual(parseQuantity('about 141GB', 'memory_capacity'), { amount: 141, unit: 'GB', approximate: true });
    assert.deepEqual(parseQuantity('lots', 'memory_capacity'), { amount: null, unit: null });
    // Units come from the engine's unit table: one added there (bit) is read here with no code of its own.
    assert.deepEqual(parseQuantity('5120-bit', 'memory_bus_width'), { amount: 5120, unit: 'bit' });
    assert.deepEqual(parseQuantity('4096 bits', 'memory_bus_width'), { amount: 4096, unit: 'bit' });
    assert.deepEqual(parseQuantity('3.35 terabytes a second', 'memory_bandwidth'), { amount: 3.35, unit: 'TB/s' });
    assert.deepEqual(parseQuantity('25 percent', 'revenue_share'), { amount: 25, unit: '%' });
    assert.deepEqual(parseQuantity('1.2 kW', 'tdp'), { amount: 1.2, unit: 'kW' });
    assert.deepEqual(parseQuantity('70 billion', 'parameters'), { amount: 70, unit: 'billion' });
    // Words that name no unit leave the unit to the finding's data (the unit the reader read).
    assert.deepEqual(parseQuantity('5120', 'memory_bus_width', 'bit'), { amount: 5120, unit: 'bit' });
    assert.equal(parseDate('13 November 2023'), '2023-11-13');
    assert.equal(parseDate('November 13, 2023'), '2023-11-13');
    assert.equal(parseDate('March 2019'), '2019-03');
    assert.equal(parseDate('in 2024'), '2024');
    assert.equal(parseDate('soon'), null);
  });
  it('which findings get which action', () => {
    assert.ok(canAddToRecord(only('The Ascend 910C has a TDP of 310 W.', 'unknown')));
    const contradicted = only('The Nvidia H200 has 80 GB of memory.', 'contradicted');
    assert.equal(canAddToRecord(contradicted), false);
    assert.ok(canAccept(contradicted));
    assert.equal(
      canAccept(only('The Ascend 910C has a TDP of 310 W.', 'unknown')),
      false,
      'no fact to accept a wording for',
    );
  });
});

describe('pack entries: Add to the workspace record…', () => {
  it('an unknown claim: a new fact with the claim’s value and an EMPTY source; the pack is invalid until it is filled', () => {
    const text = 'The Ascend 910C has a TDP of 310 W.';
    const finding = only(text, 'unknown');
    const draft = draftRecordEntry(finding, testEngine().index, {
      today: TODAY,
      asOf: AS_OF,
      draftName: 'drafts/huawei.md',
    })!;
    assert.equal(draft.list, 'facts');
    assert.deepEqual(
      { ...draft.entry, note: undefined },
      {
        id: 'huawei-ascend-910c.tdp',
        kind: 'quantity',
        entity: 'huawei-ascend-910c',
        attribute: 'tdp',
        value: { amount: 310, unit: 'W' },
        citations: [{ source: '', quote: '' }],
        asOf: TODAY,
        note: undefined,
      },
    );
    assert.match(String(draft.entry['note']), /drafts\/huawei\.md: “310 W”/);

    // Written into a new pack: invalid, at the empty source, with a clear message.
    const insert = insertEntry('', draft.list, draft.entry);
    assert.match(insert.newText, /^facts:\n {2}- id: huawei-ascend-910c\.tdp\n/);
    assert.match(insert.newText.split('\n')[insert.focusLine]!, /^ {6}- source: "" # fill in: /);
    const broken = load(insert.newText);
    assert.deepEqual(
      broken.errors.map((e) => [e.line, e.field, e.message]),
      [
        [insert.focusLine + 1, 'facts[0].citations[0].source', 'empty: fill this in (required)'],
        [insert.focusLine + 2, 'facts[0].citations[0].quote', 'empty: fill this in (required)'],
      ],
    );
    assert.equal(broken.record, bundledRecord(), 'nothing from an invalid pack is used');

    // Filled in (a bundled source): the claim is supported.
    const source = bundledRecord().sources[0]!.id;
    const filled = insert.newText
      .replace(/source: "".*/, `source: ${source}`)
      .replace(/quote: "".*/, 'quote: "The 910C draws 310 W."');
    const loaded = load(filled);
    assert.deepEqual(loaded.errors, []);
    const after = createEngine(loaded.record).check(text, { asOf: AS_OF, includeSupported: true }).findings;
    assert.deepEqual(
      after.map((f) => [f.verdict, f.factId, f.provenance.origin]),
      [['supported', 'huawei-ascend-910c.tdp', '.factdesk/desk.facts.yaml']],
    );
  });

  it('an unknown claim in a unit the table added late (bit): the entry drafts that unit', () => {
    const finding = only('The Nvidia H200 has a 6144-bit memory interface.', 'unknown');
    const draft = draftRecordEntry(finding, testEngine().index, { today: TODAY, asOf: AS_OF })!;
    assert.equal(draft.entry['attribute'], 'memory_bus_width');
    assert.deepEqual(draft.entry['value'], { amount: 6144, unit: 'bit' });
  });

  it('a disputed claim: an override of the disputed fact with the claim’s value', () => {
    // The record keeps 144 GB (Lockwood) as a conflict of the H200's 141 GB.
    const finding = only('The Nvidia H200 has 144 GB of memory.', 'disputed');
    assert.ok(canAddToRecord(finding) && canAccept(finding));
    const draft = draftRecordEntry(finding, testEngine().index, { today: TODAY, asOf: AS_OF })!;
    assert.equal(draft.list, 'overrides');
    assert.equal(draft.entry['id'], finding.factId);
    assert.deepEqual(draft.entry['value'], { amount: 144, unit: 'GB' });
    assert.deepEqual(draft.entry['citations'], [{ source: '', quote: '' }]);
    const errors = load(insertEntry('', draft.list, draft.entry).newText).errors;
    assert.deepEqual(
      errors.map((e) => e.field),
      ['overrides[0].citations[0].source', 'overrides[0].citations[0].quote'],
    );
  });

  it('ids do not collide with the record or the pack', () => {
    const finding = only('The Ascend 910C has a TDP of 310 W.', 'unknown');
    const draft = draftRecordEntry(finding, testEngine().index, {
      today: TODAY,
      asOf: AS_OF,
      packIds: packIds('facts:\n  - id: huawei-ascend-910c.tdp\n'),
    })!;
    assert.equal(draft.entry['id'], 'huawei-ascend-910c.tdp-2');
  });

  it('other claim kinds: entity-valued categories and event dates', () => {
    const index = testEngine().index;
    const fake = (over: Partial<Finding>): Finding => ({
      ...only('The Ascend 910C has a TDP of 310 W.', 'unknown'),
      ...over,
    });
    const category = draftRecordEntry(
      fake({
        kind: 'category',
        claimed: { attribute: 'vendor', words: 'Huawei', value: 'huawei' },
        entityId: 'huawei-ascend-910c',
      }),
      index,
      { today: TODAY, asOf: AS_OF },
    )!;
    assert.deepEqual(
      [category.entry['kind'], category.entry['attribute'], category.entry['value']],
      ['category', 'vendor', 'huawei'],
    );
    const event = draftRecordEntry(
      fake({
        kind: 'event-date',
        claim: 'announced in March 2024',
        claimed: { attribute: 'announce', words: 'March 2024' },
      }),
      index,
      { today: TODAY, asOf: AS_OF },
    )!;
    assert.deepEqual(
      [event.entry['kind'], event.entry['type'], event.entry['date'], event.entry['entities']],
      ['event', 'announced', '2024-03', ['huawei-ascend-910c']],
    );
  });
});

describe('pack entries: Accept this wording', () => {
  it('round trip: the accepted entry silences the claim, from the pack (not editor state)', () => {
    const text = 'The Nvidia H200 has 80 GB of memory.';
    const finding = only(text, 'contradicted');
    const draft = acceptedEntry(finding, { today: TODAY, draftName: 'drafts/h200.md' })!;
    assert.deepEqual(draft.entry, {
      fact: 'h200.memory_capacity',
      wording: '80 GB',
      date: TODAY,
      note: 'Was contradicted in drafts/h200.md; the record says 141 GB.',
    });
    const insert = insertEntry(GOOD_PACK, draft.list, draft.entry);
    assert.ok(insert.newText.startsWith(GOOD_PACK), 'appended, nothing else changed');
    const loaded = load(insert.newText);
    assert.deepEqual(loaded.errors, []);
    assert.deepEqual(
      loaded.record.accepted.map((a) => [a.fact, a.wording, a.origin]),
      [['h200.memory_capacity', '80 GB', { file: '.factdesk/desk.facts.yaml', line: insert.entryLine + 1 }]],
    );
    const engine = createEngine(loaded.record);
    assert.deepEqual(
      findings(text, engine).filter((f) => f.factId === 'h200.memory_capacity'),
      [],
    );
    // Other wordings are still checked.
    assert.equal(
      findings('The Nvidia H200 has 96 GB of memory.', engine).filter((f) => f.verdict === 'contradicted').length,
      1,
    );
  });
});

describe('pack entries: Accept this wording, in this draft or in all drafts', () => {
  const text = 'The Nvidia H200 has 80 GB of memory.';
  const h200 = (engine: ReturnType<typeof createEngine>, draftPath?: string, keepAccepted = false) =>
    engine
      .check(text, { asOf: AS_OF, includeSupported: true, ...(draftPath ? { draftPath } : {}), keepAccepted })
      .findings.filter((f) => f.factId === 'h200.memory_capacity');

  it('the titles say the scope', () => {
    assert.equal(acceptTitle('draft'), 'Accept this wording in this draft…');
    assert.equal(acceptTitle('all'), 'Accept this wording in all drafts (desk record)…');
  });

  it('in this draft: the entry names the draft (its path from the pack root) and who and when; only that draft is silenced', () => {
    const finding = only(text, 'contradicted');
    const draft = acceptedEntry(finding, {
      today: TODAY,
      draftName: 'drafts/h200.md',
      who: 'anna',
      scope: 'draft',
      draftPath: 'drafts/h200.md',
      reason: 'the spec sheet  as quoted',
    })!;
    assert.deepEqual(draft.entry, {
      fact: 'h200.memory_capacity',
      wording: '80 GB',
      draft: 'drafts/h200.md',
      by: 'anna',
      date: TODAY,
      note: 'the spec sheet as quoted (was contradicted in drafts/h200.md; the record says 141 GB).',
    });
    const loaded = load(insertEntry(GOOD_PACK, draft.list, draft.entry).newText);
    assert.deepEqual(loaded.errors, []);
    const engine = createEngine(loaded.record);
    assert.deepEqual(h200(engine, 'drafts/h200.md'), [], 'silenced in the draft it was accepted in');
    assert.deepEqual(h200(engine, './drafts/h200.md'), [], "a leading './' names the same draft");
    assert.equal(h200(engine, 'drafts/other.md')[0]?.verdict, 'contradicted', 'another draft is still checked');
    assert.equal(
      h200(engine)[0]?.verdict,
      'contradicted',
      'a check that names no draft (an untitled draft) is still checked',
    );
    // Kept and marked for the Claims view's "Ignored / accepted" group.
    const [kept] = h200(engine, 'drafts/h200.md', true);
    assert.equal(kept?.verdict, 'contradicted');
    assert.deepEqual({ ...kept!.accepted!, origin: undefined }, { ...draft.entry, origin: undefined });
    assert.equal(kept!.accepted!.origin.file, '.factdesk/desk.facts.yaml');
  });

  it('in all drafts: no draft in the entry; every draft is silenced, and keepAccepted marks the finding', () => {
    const finding = only(text, 'contradicted');
    const draft = acceptedEntry(finding, { today: TODAY, who: 'anna', scope: 'all' })!;
    assert.equal(draft.entry['draft'], undefined);
    const engine = createEngine(load(insertEntry(GOOD_PACK, draft.list, draft.entry).newText).record);
    assert.deepEqual(h200(engine, 'drafts/h200.md'), []);
    assert.deepEqual(h200(engine), []);
    assert.equal(h200(engine, undefined, true)[0]?.accepted?.by, 'anna');
  });

  it('in this draft needs the draft’s path (an untitled draft has none): no entry', () => {
    assert.equal(acceptedEntry(only(text, 'contradicted'), { today: TODAY, scope: 'draft' }), undefined);
  });
});

describe('pack entries: appending to a pack', () => {
  const entry = { fact: 'h200.memory_capacity', wording: '80 GB' };
  it('into an existing list, at its indentation, leaving the rest byte for byte', () => {
    const text = '# desk pack\naccepted:\n- fact: h20.memory_capacity\n  wording: 96GB   # house style\nfacts: []\n';
    const r = insertEntry(text, 'accepted', entry);
    assert.equal(
      r.newText,
      '# desk pack\naccepted:\n- fact: h20.memory_capacity\n  wording: 96GB   # house style\n- fact: h200.memory_capacity\n  wording: 80 GB\nfacts: []\n',
    );
    assert.equal(r.offset, text.indexOf('facts: []'));
    assert.equal(r.entryLine, 4);
  });
  it('a new list at the end; an empty file; CRLF kept', () => {
    assert.equal(
      insertEntry('sources: []', 'accepted', entry).newText,
      'sources: []\n\naccepted:\n  - fact: h200.memory_capacity\n    wording: 80 GB\n',
    );
    assert.equal(
      insertEntry('', 'accepted', entry).newText,
      'accepted:\n  - fact: h200.memory_capacity\n    wording: 80 GB\n',
    );
    assert.equal(
      insertEntry('sources: []\r\n', 'accepted', entry).newText,
      'sources: []\r\n\r\naccepted:\r\n  - fact: h200.memory_capacity\r\n    wording: 80 GB\r\n',
    );
  });
  it('an empty or null list is filled through the YAML document (comments kept)', () => {
    const r = insertEntry('# keep me\naccepted: []\n', 'accepted', entry);
    assert.equal(r.replaceAll, true);
    assert.equal(r.newText, '# keep me\naccepted:\n  - fact: h200.memory_capacity\n    wording: 80 GB\n');
    assert.equal(
      insertEntry('accepted:\n', 'accepted', entry).newText,
      'accepted:\n  - fact: h200.memory_capacity\n    wording: 80 GB\n',
    );
  });
  it('every result parses as a valid pack', () => {
    for (const base of [
      '',
      GOOD_PACK,
      'accepted: []\n',
      'accepted:\n  - { fact: h20.memory_capacity, wording: 96GB }\n',
    ]) {
      const text = insertEntry(base, 'accepted', entry).newText;
      assert.deepEqual(parseRecordFile(text, 'p').errors, [], text);
    }
  });
  it('entry YAML: quantities on one line, empty strings quoted with a hint', () => {
    const y = entryYaml({ id: 'x', value: { amount: 1, unit: 'GB' }, citations: [{ source: '', quote: '' }] }, 0);
    assert.equal(
      y,
      '- id: x\n  value: { amount: 1, unit: GB }\n  citations:\n    - source: "" # fill in: a source id (add the source under sources:, or use a bundled one)\n      quote: "" # fill in: the sentence on the page that gives the value\n',
    );
    assert.deepEqual(YAML.parse(y), [
      { id: 'x', value: { amount: 1, unit: 'GB' }, citations: [{ source: '', quote: '' }] },
    ]);
  });
});
