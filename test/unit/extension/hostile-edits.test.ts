/**
 * Issue 15, active content through the draft: a quick fix writes record text into the draft
 * ("Replace and cite": a footnote with the source's title, publisher and URL, or an inline link;
 * "Replace with the recorded value"). Pack text written there must stay text in the draft's
 * markdown preview: no image that loads, no raw HTML, no link but the record's own https source.
 */
import assert from 'node:assert/strict';
import { compileRecord, createEngine, parseRecordFile } from '../../../src/engine';
import { applyEdits, replaceAndCiteEdits, replaceEdits } from '../../../src/extension/logic/edits';
import { bundledRecord } from '../../helpers/record';
import { assertInert, assertShowsLiterally, HOSTILE, hostileEngine } from './hostile-fixtures';

const AS_OF = '2026-02-01';
const DRAFT = 'Draft.\n\nThe Nvidia H200 has 96 GB of HBM3e memory.\n';

describe('hostile pack text written into the draft by a quick fix (issue 15)', () => {
  const engine = hostileEngine();
  const finding = () => {
    const f = engine
      .check(DRAFT, { asOf: AS_OF })
      .findings.find((x) => x.factId === 'h200.memory_capacity' && x.fix?.citation);
    assert.ok(f, 'the overridden H200 fact gives a fix with a citation from the hostile source');
    return f;
  };

  it('“Replace and cite” (footnote): the hostile title and publisher are text in the preview, the URL a plain https link', () => {
    const fixed = applyEdits(DRAFT, replaceAndCiteEdits(finding(), DRAFT, 'footnote')!);
    assert.match(fixed, /The Nvidia H200 has 150 GB\[\^1\] of HBM3e memory\./);
    assertInert(fixed, engine, []);
    assertShowsLiterally(fixed, HOSTILE.titleBreak);
    assertShowsLiterally(fixed, HOSTILE.image);
  });

  it('“Replace and cite” (inline link): the link goes to the record’s https source and nowhere else', () => {
    const fixed = applyEdits(DRAFT, replaceAndCiteEdits(finding(), DRAFT, 'inline')!);
    assert.match(fixed, /\[150 GB\]\(https:\/\/desk\.example\/memo\)/);
    assertInert(fixed, engine, []);
  });

  it('“Replace with the recorded value”: the value written is the value, inert', () => {
    const fixed = applyEdits(DRAFT, replaceEdits(finding())!);
    assert.equal(fixed, DRAFT.replace('96 GB', '150 GB'));
  });

  it('“Replace with the recorded value” where the value is a pack’s name: no image, HTML or link in the preview', () => {
    const NAME =
      'Evil ![](https://tracker.example/p.png) <img src=x onerror=alert(1)> [t](command:workbench.action.terminal.new) www.evil.example | x';
    const pack = parseRecordFile(
      `publishers: [{ id: the-desk, name: The Desk, tier: named-outlet, hosts: [desk.example] }]
sources:
  - { id: desk-memo, title: Desk memo, publisher: The Desk, url: "https://desk.example/memo", date: 2026-01-05, accessed: 2026-01-05 }
entities:
  - { id: evil-co, kind: company, name: ${JSON.stringify(NAME)}, aliases: [Evil Co], description: d }
  - { id: acme-z9, kind: chip, name: Acme Z9, aliases: [Z9], description: d }
facts:
  - { id: acme-z9.vendor, kind: category, entity: acme-z9, attribute: vendor, value: evil-co, citations: [{ source: desk-memo, quote: q }], asOf: 2026-01-05 }
`,
      'p.facts.yaml',
    );
    assert.deepEqual(pack.errors, []);
    const { record, errors } = compileRecord([pack], { version: 'hostile-name', base: bundledRecord() });
    assert.deepEqual(errors, []);
    const named = createEngine(record);
    const text = 'The Acme Z9 is made by AMD.\n';
    const f = named.check(text, { asOf: AS_OF }).findings.find((x) => x.fix);
    assert.ok(f, 'a fix naming the pack’s company');
    const fixed = applyEdits(text, replaceEdits(f)!);
    assertInert(fixed, named, []);
    assertShowsLiterally(fixed, NAME);
  });
});
