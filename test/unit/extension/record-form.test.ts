/**
 * "Add to the record…" as a form: the questions (validated as typed) and the entries the answers make —
 * a fact citing a new source (or a source the record already holds), valid once written into a pack.
 */
import assert from 'node:assert/strict';
import { createEngine, type Finding } from '../../../src/engine';
import { insertEntry } from '../../../src/extension/logic/packEntries';
import {
  defaultFor,
  formEntries,
  formQuestions,
  urlProblem,
  type RecordForm,
} from '../../../src/extension/logic/recordForm';
import { loadPacks } from '../../../src/packs/packs';
import { bundledRecord, testEngine } from '../../helpers/record';

const AS_OF = '2025-11-27';
const TODAY = '2026-12-02';
const unknown = (text: string): Finding => {
  const f = testEngine()
    .check(text, { asOf: AS_OF, includeSupported: true })
    .findings.find((x) => x.verdict === 'unknown');
  assert.ok(f, `an unknown claim in ${text}`);
  return f;
};
const MI308 = 'The MI308 has 192 GB of memory.';
const FORM: RecordForm = {
  value: '192 GB',
  url: 'https://desk.example/notes/mi308',
  title: 'Desk note: the MI308’s memory',
  publisher: 'The Desk',
  date: '2026-11-30',
  quote: 'The MI308 carries 192 GB of HBM3.',
  tier: 'named-outlet',
};
const load = (text: string) =>
  loadPacks(
    bundledRecord(),
    ['/ws/.factdesk/desk.facts.yaml'],
    () => '.factdesk/desk.facts.yaml',
    () => text,
  );
const packWith = (entries: NonNullable<ReturnType<typeof formEntries>>, text = '') => {
  for (const e of [entries.publisher, entries.source, entries.fact])
    if (e) text = insertEntry(text, e.list, e.entry).newText;
  return text;
};

describe('“Add to the record…” form', () => {
  const index = testEngine().index;

  it('asks six short questions in order, the value first (the claim’s words), each validated', () => {
    const f = unknown(MI308);
    const qs = formQuestions(f, index);
    assert.deepEqual(
      qs.map((q) => q.field),
      ['value', 'url', 'title', 'publisher', 'date', 'quote'],
    );
    assert.equal(qs[0]!.value, '192 GB');
    assert.match(qs[0]!.title, /^Add to the record \(1\/6\): value$/);
    const [value, url, title, publisher, date, quote] = qs;
    assert.match(value!.validate('lots')!, /number/);
    assert.equal(value!.validate('192 GB'), undefined);
    assert.match(url!.validate('desk.example/x')!, /https/);
    assert.match(url!.validate('ftp://desk.example/x')!, /http/);
    assert.equal(url!.validate('https://desk.example/x'), undefined);
    assert.match(title!.validate(' ')!, /required/);
    assert.match(publisher!.validate('')!, /required/);
    assert.equal(date!.validate(''), undefined, 'a page without a date');
    assert.match(date!.validate('30/11/2026')!, /YYYY-MM-DD/);
    assert.match(quote!.validate('')!, /sentence/);
    assert.equal(urlProblem('not a url'), 'Not a web address: paste the page’s URL, starting with https://.');
  });

  it('the answers make a fact citing a new source, and the pack is valid and changes the check', () => {
    const f = unknown(MI308);
    const entries = formEntries(f, index, FORM, { today: TODAY, asOf: AS_OF, draftName: 'mi308.md', who: 'anna' })!;
    assert.deepEqual(entries.source?.entry, {
      id: 'desk-desk-example-2026-11-30',
      title: 'Desk note: the MI308’s memory',
      publisher: 'The Desk',
      url: 'https://desk.example/notes/mi308',
      date: '2026-11-30',
      accessed: TODAY,
    });
    assert.deepEqual(entries.publisher?.entry, {
      id: 'desk-desk-example',
      name: 'The Desk',
      tier: 'named-outlet',
      hosts: ['desk.example'],
      note: 'Added by anna on 2026-12-02 with “Add to the record…”.',
    });
    assert.equal(entries.fact.list, 'facts');
    assert.deepEqual(entries.fact.entry['value'], { amount: 192, unit: 'GB' });
    assert.deepEqual(entries.fact.entry['citations'], [
      { source: 'desk-desk-example-2026-11-30', quote: 'The MI308 carries 192 GB of HBM3.' },
    ]);
    assert.equal(entries.fact.entry['note'], 'Added by anna on 2026-12-02 from mi308.md: “192 GB”.');
    const pack = packWith(entries);
    const loaded = load(pack);
    assert.deepEqual(loaded.errors, [], pack);
    const after = createEngine(loaded.record).check(MI308, { asOf: AS_OF, includeSupported: true }).findings;
    assert.deepEqual(
      after.map((x) => x.verdict),
      ['supported'],
      'the claim is now in the record',
    );
    const other = createEngine(loaded.record).check('The MI308 has 128 GB of memory.', { asOf: AS_OF }).findings;
    assert.equal(other[0]?.message, 'MI308 memory: 192 GB in the record, not 128 GB');
  });

  it('a page without a date keeps date: null and says so; a URL the record already holds is cited by its id, no second source', () => {
    const f = unknown(MI308);
    const undated = formEntries(f, index, { ...FORM, date: '' }, { today: TODAY, asOf: AS_OF })!;
    assert.equal(undated.source!.entry['date'], null);
    assert.equal(undated.source!.entry['dateNote'], 'no date on the page');
    assert.deepEqual(load(packWith(undated)).errors, []);

    const bundledSource = [...index.sources.values()][0]!;
    const qs = formQuestions(f, index);
    assert.equal(
      defaultFor(qs[3]!, index, { url: `${bundledSource.url}/` }),
      bundledSource.publisher,
      'publisher filled from the known source',
    );
    const reused = formEntries(f, index, { ...FORM, url: bundledSource.url }, { today: TODAY, asOf: AS_OF })!;
    assert.equal(reused.source, undefined);
    assert.equal(reused.publisher, undefined, 'a known URL: no new publisher');
    assert.equal((reused.fact.entry['citations'] as { source: string }[])[0]!.source, bundledSource.id);
    assert.deepEqual(load(packWith(reused)).errors, []);
  });

  it('a second source from the same host and day gets its own id', () => {
    const f = unknown(MI308);
    const first = formEntries(f, index, FORM, { today: TODAY, asOf: AS_OF })!;
    const pack = packWith(first);
    // The pack now lists the host: loaded, its record knows the publisher.
    const packIndex = createEngine(load(pack).record).index;
    const second = formEntries(
      f,
      packIndex,
      { ...FORM, url: 'https://desk.example/notes/mi308-b' },
      { today: TODAY, asOf: AS_OF, packIds: new Set(['desk-desk-example-2026-11-30', String(first.fact.entry['id'])]) },
    )!;
    assert.equal(second.publisher, undefined, 'the host is known now');
    assert.equal(second.source!.entry['id'], 'desk-desk-example-2026-11-30-2');
    assert.notEqual(second.fact.entry['id'], first.fact.entry['id']);
    assert.deepEqual(load(packWith(second, pack)).errors, []);
  });
});
