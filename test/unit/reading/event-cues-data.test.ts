/**
 * Event cues are data (`eventCues:` in data/record/cues.yaml, src/engine/record/phrases.ts): the phrase syntax,
 * the schema's check of a phrase, and a workspace pack whose cue makes a new wording read — which without it is
 * not read at all.
 */
import assert from 'node:assert/strict';
import {
  EVENT_FAMILIES,
  compilePhrases,
  compileRecord,
  createEngine,
  parseRecordFile,
  phraseProblem,
  type Engine,
} from '../../../src/engine';
import { bundledRecord, testEngine } from '../../helpers/record';
import { DESK_SOURCE } from '../../helpers/packs-fixtures';

/** The whole matches of a phrase list in a text. */
const matches = (phrases: string[], text: string, matchCase = false) =>
  [...text.matchAll(compilePhrases(phrases, matchCase))].map((m) => m[0]);

describe('event cues: the phrase syntax', () => {
  const cases: { phrase: string; read: string[]; not: string[] }[] = [
    {
      phrase: 'restrict(s|ed|ing|ions?)?',
      read: ['restrict', 'restricts', 'restricted', 'restricting', 'restriction', 'restrictions'],
      not: ['restrictive', 'unrestricted', 'restricter'],
    },
    {
      phrase: 'export controls?',
      read: ['export controls', 'export control', 'Export  Controls', 'export\ncontrols'],
      not: ['export-controls', 'exported controls', 'export controlled'],
    },
    {
      phrase: '(enter(s|ed|ing)?|went into) (mass|full|volume)? production',
      read: ['entered production', 'entered mass production', 'went into full production', 'enters volume production'],
      not: ['entered fast production', 'went production', 'entered mass'],
    },
    {
      phrase: 'cleared (the)? *{3} committee',
      read: ['cleared committee', 'cleared the committee', 'cleared the Senate Banking committee'],
      not: ['cleared the full Senate Banking Affairs committee', 'cleared the floor'],
    },
    {
      phrase: "(report(s|ed)?) (its|*'s)? results",
      read: ['reported results', 'reported its results', "reported Nvidia's results", 'reported Nvidia’s results'],
      not: ['reported the results', 'reported Nvidias results'],
    },
    {
      phrase: 'licen(c|s)ed (again)?<not-then:to|by>',
      read: ['licensed', 'licenced again', 'licensed again, and'],
      not: ['licensed to', 'licensed by'],
    },
    {
      phrase: '<not-after:a|the>sign<space>',
      read: ['will sign the', 'to sign it'],
      not: ['a sign of', 'the sign is', 'sign.'],
    },
    {
      phrase: 'followed<then:(on|in|later)<space>>',
      read: ['followed on Monday', 'followed later that week'],
      not: ['followed on.', 'followed suit', 'followed inexorably'],
    },
  ];
  for (const c of cases)
    it(`${c.phrase}: ${c.read.length} forms read, ${c.not.length} look-alikes not`, () => {
      // "licensed again, and": the optional word is taken when it can be; "to sign it": the match is "sign".
      for (const text of c.read) assert.ok(matches([c.phrase], text).length, `“${c.phrase}” should match “${text}”`);
      for (const text of c.not)
        assert.ok(
          !matches([c.phrase], text).some((m) => m.trim() === text.trim()),
          `“${c.phrase}” should not match all of “${text}”`,
        );
    });

  it('a phrase is a whole-word match, case-insensitive unless its entry says matchCase', () => {
    assert.deepEqual(matches(['IPO'], 'an IPO, not a tipo or an ipo', true), ['IPO']);
    assert.deepEqual(matches(['IPO'], 'an IPO, not a tipo or an ipo'), ['IPO', 'ipo']);
  });

  it('<figure> ends the phrase at a figure, taking the space before it', () => {
    assert.deepEqual(matches(['revenue of<figure>'], 'revenue of $68.1 billion; revenue of growth'), ['revenue of ']);
  });

  it('phrases are tried in the order listed', () => {
    // The first phrase that matches at a place wins, as in a regular expression's alternation.
    assert.deepEqual(matches(['export', 'export controls'], 'export controls'), ['export']);
    assert.deepEqual(matches(['export controls', 'export'], 'export controls'), ['export controls']);
  });

  it('a malformed phrase says what is wrong with it', () => {
    assert.equal(phraseProblem('ban(s|ned)?'), undefined);
    assert.match(phraseProblem('ban(s|ned')!, /without its “\)”/);
    assert.match(phraseProblem('ban  them')!, /empty word/);
    assert.match(phraseProblem('ban<nearby:x>')!, /no guard <nearby:…>/);
    assert.match(phraseProblem('ban[s]')!, /“\[” is not allowed/);
  });
});

/** The bundled record with one pack file of event cues added. */
function engineWith(eventCues: string): Engine {
  const parsed = parseRecordFile(`${DESK_SOURCE}eventCues:\n${eventCues}`, 'desk.facts.yaml');
  assert.deepEqual(parsed.errors, []);
  const { record, errors } = compileRecord([parsed], { version: 't', base: bundledRecord() });
  assert.deepEqual(errors, []);
  return createEngine(record);
}
const reported = (engine: Engine, text: string, asOf = '2025-11-27') =>
  engine
    .check(text, { asOf })
    .findings.filter((f) => f.verdict === 'contradicted' && f.severity !== 'information')
    .map((f) => `${f.verdict}:${f.entityId}`);

describe('event cues: a pack adds a wording', () => {
  // The H100's export restrictions date from 2022 in the record, so "April 2023" is an error once it is read.
  const PACK = '  - { family: restrict, phrases: ["fenc(e|es|ed|ing) off", "wall(s|ed|ing)? off"] }\n';
  const READ = [
    'Washington fenced off the H100 in April 2023.',
    "In April 2023 the Commerce Department walled off Nvidia's H100.",
    'The H100 was fenced off by US officials in April 2023.',
  ];
  const LOOK_ALIKES = [
    // Negated, hypothetical or planned, the right date, a chip designed around the restriction (not placed under it).
    'Washington did not fence off the H100 in April 2023.',
    'Washington never fenced off the H100 in April 2023.',
    'Washington could fence off the H100 in April 2023, officials warned.',
    'Washington plans to fence off the H100 in April 2023.',
    'Washington fenced off the H100 in October 2022.',
    'Nvidia designed the H100 before Washington fenced off exports of chips like it in April 2023.',
  ];

  it('without the pack these wordings are not read', () => {
    for (const text of READ) assert.deepEqual(reported(testEngine(), text), [], text);
  });
  it('with the pack each is read and judged against the record', () => {
    const engine = engineWith(PACK);
    for (const text of READ) assert.deepEqual(reported(engine, text), ['contradicted:nvidia-h100'], text);
  });
  it('with the pack the look-alikes still report nothing', () => {
    const engine = engineWith(PACK);
    for (const text of LOOK_ALIKES) assert.deepEqual(reported(engine, text), [], text);
  });
  it('the bundled cues still read the bundled wordings with a pack present', () => {
    const engine = engineWith(PACK);
    assert.deepEqual(reported(engine, 'Washington slapped curbs on the H100 in April 2023.'), [
      'contradicted:nvidia-h100',
    ]);
  });
  it('a pack cue with a malformed phrase is a data error at its line', () => {
    const parsed = parseRecordFile(
      `${DESK_SOURCE}eventCues:\n  - family: restrict\n    phrases: ["fenc(e|ed off"]\n`,
      'desk.facts.yaml',
    );
    assert.equal(parsed.errors.length, 1);
    assert.match(parsed.errors[0]!.message, /not a cue phrase: “fenc\(e\|ed off”: a “\(” without its “\)”/);
    assert.equal(parsed.errors[0]!.line, 11); // the phrases line
  });
  it('a pack cue of an unknown family is refused', () => {
    const parsed = parseRecordFile(
      `${DESK_SOURCE}eventCues:\n  - { family: embargo, phrases: [embargoed] }\n`,
      'x.yaml',
    );
    assert.equal(parsed.errors.length, 1);
  });
});

describe("event cues: a pack cue that is only ever Beijing's restriction (chinaOnly)", () => {
  const pack = (chinaOnly: boolean) =>
    `  - { family: restrict, chinaOnly: ${chinaOnly}, phrases: ["warned (firms|companies|buyers) off"] }\n`;
  const AS_OF = '2026-03-01';
  const READ = [
    'Beijing warned firms off the H200 in March 2025.',
    "China's regulators warned companies off the H200 in March 2025.",
    'In March 2025 Chinese authorities warned buyers off the H200.',
  ];
  // No Chinese side in the clause: a company's or an analyst's warning is no restriction.
  const LOOK_ALIKES = [
    'Nvidia warned buyers off the H200 in March 2025.',
    'Analysts warned buyers off the H200 in March 2025.',
  ];

  it("reads the wording where the clause names China's side, and not without the pack", () => {
    const engine = engineWith(pack(true));
    for (const text of READ) {
      assert.deepEqual(reported(engine, text, AS_OF), ['contradicted:nvidia-h200'], text);
      assert.deepEqual(reported(testEngine(), text, AS_OF), [], text);
    }
  });
  it('reads nothing where no Chinese side is named', () => {
    const engine = engineWith(pack(true));
    for (const text of LOOK_ALIKES) assert.deepEqual(reported(engine, text, AS_OF), [], text);
  });
  it('without the flag the same words are a restriction by anyone', () => {
    assert.deepEqual(reported(engineWith(pack(false)), LOOK_ALIKES[0]!, AS_OF), ['contradicted:nvidia-h200']);
  });
});

describe('event cues: the bundled record', () => {
  it('every event family has cues, and every phrase compiles', () => {
    const cues = bundledRecord().eventCues ?? [];
    const families = new Set(cues.map((c) => c.family));
    for (const f of EVENT_FAMILIES) assert.ok(families.has(f), f);
    for (const c of cues) for (const p of c.phrases) assert.equal(phraseProblem(p), undefined, p);
  });
});
