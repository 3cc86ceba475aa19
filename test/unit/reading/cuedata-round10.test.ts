/**
 * Event types are data (`eventTypeCues:` in data/record/cues.yaml, narrowedTypes in
 * src/engine/kinds/event-date/cues.ts): the map from a cue's words to the event types they narrow its family to.
 * (a) A workspace pack that adds a wording and the type it means makes a sentence judged that without the mapping
 * is not; (b) the bundled entries narrow every bundled word as the code they replace did.
 */
import assert from 'node:assert/strict';
import {
  compileRecord,
  createEngine,
  narrowedTypes,
  parseRecordFile,
  RecordIndex,
  type Engine,
} from '../../../src/engine';
import { bundledRecord } from '../../helpers/record';
import { DESK_SOURCE } from '../../helpers/packs-fixtures';
import { readingTable } from '../../helpers/reading-table';

/** The bundled record with one pack file added. */
function engineWith(pack: string): Engine {
  const parsed = parseRecordFile(`${DESK_SOURCE}${pack}`, 'desk.facts.yaml');
  assert.deepEqual(parsed.errors, []);
  const { record, errors } = compileRecord([parsed], { version: 't', base: bundledRecord() });
  assert.deepEqual(errors, []);
  return createEngine(record);
}
const reported = (engine: Engine, text: string) =>
  engine
    .check(text, { asOf: '2025-11-27' })
    .findings.filter((f) => f.verdict === 'contradicted' && f.severity !== 'information')
    .map((f) => `${f.verdict}:${f.entityId}`);

describe('event-type cues: a pack adds a wording and the event type it means', () => {
  // The H100 was announced on 22 March 2022 and went into full production on 20 September 2022. "Took the wraps
  // off" is an announcement: counted as any announce-family event, September 2022 matches the production date and
  // nothing is said; narrowed to `announced`, it is the wrong date.
  const CUE = 'eventCues:\n  - { family: announce, phrases: ["(took|pulled|whipped) the wraps off"] }\n';
  const TYPES =
    'eventTypeCues:\n  - { family: announce, starts: [took the wraps, pulled the wraps, whipped the wraps], types: [announced] }\n';
  const READ = [
    'Nvidia took the wraps off the H100 in September 2022.',
    'In September 2022 Nvidia pulled the wraps off its H100.',
    'Jensen Huang whipped the wraps off the H100 in September 2022, at GTC.',
  ];
  const LOOK_ALIKES = [
    // The right date; a denial; the production date said as production.
    'Nvidia took the wraps off the H100 in March 2022.',
    'Nvidia never took the wraps off the H100 in September 2022.',
    'The H100 went into full production in September 2022.',
  ];

  it('with the wording alone (every announce type) September 2022 passes as the production date: nothing is flagged', () => {
    const engine = engineWith(CUE);
    for (const text of READ) assert.deepEqual(reported(engine, text), [], text);
  });
  it('with the wording and its type, each is read as an announcement and judged', () => {
    const engine = engineWith(CUE + TYPES);
    for (const text of READ) assert.deepEqual(reported(engine, text), ['contradicted:nvidia-h100'], text);
  });
  it('the look-alikes still report nothing', () => {
    const engine = engineWith(CUE + TYPES);
    for (const text of LOOK_ALIKES) assert.deepEqual(reported(engine, text), [], text);
  });
  it("a pack's entry comes after the record's: it cannot re-narrow a bundled word", () => {
    const engine = engineWith('eventTypeCues:\n  - { family: announce, starts: [unveil], types: [production] }\n');
    assert.deepEqual(reported(engine, 'Nvidia unveiled the H100 in September 2022.'), ['contradicted:nvidia-h100']);
  });
  it('an entry with an unknown type or family is a data error', () => {
    for (const entry of [
      '{ family: announce, starts: [x], types: [unwrapped] }',
      '{ family: unveil, starts: [x], types: [announced] }',
      '{ family: announce, starts: [], types: [announced] }',
      '{ family: announce, types: [] }',
    ]) {
      const parsed = parseRecordFile(`${DESK_SOURCE}eventTypeCues:\n  - ${entry}\n`, 'x.yaml');
      assert.equal(parsed.errors.length, 1, entry);
    }
  });
});

/** The code the bundled entries replace (event-date/read.ts narrowTypes before round 10), kept as the reference. */
function formerNarrowTypes(family: string, keyword: string, chinaSide: boolean): { onlyTypes?: string[] } {
  if (family === 'restrict')
    return {
      onlyTypes: chinaSide ? ['china_restriction'] : ['export_licence_required', 'rule_released', 'rule_effective'],
    };
  if (family === 'announce' && /^followed/i.test(keyword))
    return { onlyTypes: ['model_released', 'launched', 'announced'] };
  if (family === 'announce' && /^(?:releas|open-sourc)/i.test(keyword))
    return { onlyTypes: ['model_released', 'launched', 'production'] };
  if (family === 'announce' && /^(?:announc|unveil|introduc|debut|confirm)/i.test(keyword))
    return { onlyTypes: ['announced', 'model_released'] };
  if (family === 'announce' && /production$/i.test(keyword)) return { onlyTypes: ['production', 'launched'] };
  if (family === 'announce' && /\b(?:sale|shipping|selling|market|shelves)$/i.test(keyword))
    return { onlyTypes: ['launched', 'production'] };
  if (family === 'approve' && /^assur/i.test(keyword)) return { onlyTypes: ['licences_assured'] };
  if (family === 'approve' && /^(?:agre|struck|strik|reach|cut)/i.test(keyword))
    return { onlyTypes: ['deal_announced'] };
  if (family === 'approve' && /licen[cs](?:es|ed)/i.test(keyword)) return { onlyTypes: ['licences_issued'] };
  if (family === 'issue' && /^sign/i.test(keyword)) return { onlyTypes: ['rule_released', 'deal_announced'] };
  if (family === 'issue' && /effect|force/i.test(keyword)) return { onlyTypes: ['rule_effective'] };
  if (family === 'issue' && /^introduc/i.test(keyword)) return { onlyTypes: ['rule_released', 'bill_introduced'] };
  if (family === 'issue' && /^(?:pass|vot)/i.test(keyword))
    return { onlyTypes: ['bill_passed_chamber', 'bill_passed_committee'] };
  if (family === 'issue' && /^(?:advanc|approv|cleared)/i.test(keyword))
    return { onlyTypes: ['bill_passed_committee'] };
  return {};
}

describe('event-type cues: the bundled entries narrow as the former code did', () => {
  const WORDS: Record<string, string[]> = {
    restrict: ['banned', 'export controls', 'may not enter', 'told firms to stop ordering'],
    announce: [
      'followed',
      'released',
      'open-sourced',
      'announced',
      'unveiled',
      'introduced',
      'debuted',
      'confirmed',
      'launched',
      'went into mass production',
      'entered production',
      'went on sale',
      'on sale',
      'began shipping',
      'started selling',
      'hit the market',
      'hit shelves',
    ],
    approve: [
      'assured',
      'assurances',
      'agreed to give',
      'struck a deal',
      'reached an agreement',
      'cut a deal',
      'issued the first export licences',
      'was licensed',
      ', licenced again',
      'licenses were granted',
      'approved',
      'allowed',
      'greenlit',
    ],
    issue: [
      'signed',
      'signing',
      'sign ',
      'effective',
      'took effect',
      'came into force',
      'introduced',
      'passed',
      'voted to pass',
      'advanced',
      'approved',
      'cleared the Senate committee',
      'issued',
      'published',
    ],
    rescind: ['rescinded', 'rolled back', 'suspended'],
    report: ['reported', 'according to'],
    charge: ['charged', 'indicted'],
    results: ['reported its quarterly results'],
    listing: ['went public', 'IPO'],
    review: ['sent the licence applications'],
    testimony: ['told a House hearing'],
  };
  const index = new RecordIndex(bundledRecord());
  for (const [family, words] of Object.entries(WORDS))
    it(`${family}: ${words.length} words, on either side`, () => {
      for (const word of words)
        for (const chinaSide of [false, true])
          assert.deepEqual(
            narrowedTypes(index, family as Parameters<typeof narrowedTypes>[1], word, chinaSide),
            formerNarrowTypes(family, word, chinaSide),
            `${family} “${word}”${chinaSide ? ' (China side)' : ''}`,
          );
    });
});

readingTable('event-type cues: bundled sentences read as before', [
  // Unveiled is an announcement (22 March 2022), not the production date.
  { text: 'Nvidia unveiled the H100 in September 2022.', report: ['contradicted:nvidia-h100'] },
  { text: 'Nvidia unveiled the H100 in March 2022.', report: [] },
  // Production is production (or a launch), not the announcement.
  { text: 'The H100 went into full production in September 2022.', report: [] },
  { text: 'The H100 entered full production in March 2023.', report: ['contradicted:nvidia-h100'] },
]);
