import assert from 'node:assert/strict';
import { createEngine } from '../../../src/engine';
import { acceptedEntry, insertEntry } from '../../../src/extension/logic/packEntries';
import {
  acceptanceWaiver,
  groupClaims,
  noteRow,
  waivedClaims,
  waiverText,
  withoutIgnores,
} from '../../../src/extension/logic/tree';
import { loadPacks } from '../../../src/packs/packs';
import { bundledRecord } from '../../helpers/record';
import { testEngine } from '../../helpers/record';
import { AS_OF, check } from './fixtures';

const name = (id: string) => testEngine().index.entityName(id);

describe('claims-tree grouping', () => {
  it('groups claims by verdict in a fixed order, in draft order, leaving out empty groups', () => {
    const text =
      "Huawei's Ascend 910C has 64 GB of memory.\n\nThe H100 was announced in 2019.\n\nThe Nvidia H200 has 80 GB of HBM3 memory.";
    const groups = groupClaims(check(text).findings, name);
    assert.deepEqual(
      groups.map((g) => g.label),
      ['Contradicted (3)', 'Disputed (1)', 'Supported (1)'],
    );
    // The draft's words, then the record's.
    assert.deepEqual(
      groups[0]!.claims.map((c) => c.label),
      ['2019 → 22 March 2022', '80 GB → 141 GB', 'HBM3 → HBM3e'],
    );
    assert.equal(groups[0]!.claims[1]!.description, 'H200 memory · line 5');
    assert.equal(groups[0]!.claims[1]!.range.start.line, 4);
    assert.equal(groups[0]!.claims[1]!.tooltip, 'H200 memory: 141 GB in the record, not 80 GB');
    assert.equal(groups[1]!.claims[0]!.factId, 'ascend-910c.memory_capacity');
  });

  it('is empty for a draft without claims', () => {
    assert.deepEqual(groupClaims(check('Nothing about chips.').findings, name), []);
  });

  it('lists claims the record cannot judge under "Not in the record", before the supported ones', () => {
    const groups = groupClaims(
      check('The MI308 has 192 GB of memory. The Nvidia H200 has 141 GB of memory.').findings,
      name,
    );
    assert.deepEqual(
      groups.map((g) => g.label),
      ['Not in the record (1)', 'Supported (1)'],
    );
    assert.equal(groups[0]!.claims[0]!.label, '192 GB');
  });

  it('lists the check’s notes as their own rows of "Not in the record", after its claims, revealing the line they name', () => {
    const result = check('The MI308 has 192 GB of memory.\n\nThe Nvidia H200 has 14\u200b1 GB of memory.\n');
    assert.equal(result.notes?.length, 1);
    const groups = groupClaims(result.findings, name, [], undefined, result.notes);
    assert.deepEqual(
      groups.map((g) => g.label),
      ['Not in the record (1, 1 note)'],
    );
    const [claim, note] = groups[0]!.claims;
    assert.equal(claim!.label, '192 GB');
    assert.equal(note!.note, true);
    assert.equal(note!.factId, '');
    assert.equal(note!.label, '1 invisible character inside a word or number or at its edg…');
    assert.ok(note!.label.length <= 60);
    assert.equal(note!.description, 'note · line 3');
    assert.equal(note!.range.start.line, 2);
    assert.match(note!.tooltip, /^1 invisible character .* delete it to check that text$/);
  });

  it('a note alone makes the group; a note without a line reveals the first line', () => {
    const groups = groupClaims([], name, [], undefined, [
      'front matter is not valid YAML (bad indentation); checked as of today',
      'markup nested too deeply to read at lines 4, 9; that part was not checked',
    ]);
    assert.deepEqual(
      groups.map((g) => g.label),
      ['Not in the record (2 notes)'],
    );
    assert.deepEqual(
      groups[0]!.claims.map((c) => [c.label, c.description, c.range.start.line]),
      [
        ['Front matter is not valid YAML (bad indentation); checked a…', 'note · line 1', 0],
        ['Markup nested too deeply to read at lines 4, 9; that part w…', 'note · line 4', 3],
      ],
    );
    assert.equal(noteRow('x at line 12').range.start.line, 11);
  });

  it('puts a contradicted quotation under "In quotations" (information, as in the Problems panel), ignored claims under "Ignored / accepted"', () => {
    const text =
      '“The H200 has 96 GB of memory,” one analyst said.\n\n<!-- factdesk-ignore-next-line -->\nThe H20 has 141 GB of memory and the Hopper architecture.\n\nThe H100 has 80 GB of memory.\n';
    const shown = check(text).findings;
    const unmasked = withoutIgnores(text)!;
    assert.equal(unmasked.length, text.length, 'same offsets');
    const waived = waivedClaims(shown, check(unmasked).findings);
    const groups = groupClaims(shown, name, waived);
    assert.deepEqual(
      groups.map((g) => g.label),
      ['In quotations (1)', 'Supported (1)', 'Ignored / accepted (1)'],
    );
    assert.deepEqual(
      groups[0]!.claims.map((c) => c.label),
      ['96 GB → 141 GB'],
    );
    assert.deepEqual(
      groups[2]!.claims.map((c) => `${c.label} · ${c.description}`),
      ['141 GB → 96 GB · H20 memory · line 4 · ignored'],
    );
    // With the comment's note: who, when and why.
    const noted = groupClaims(shown, name, waived, () => ({
      reason: 'the spec sheet’s own figure',
      who: 'anna',
      date: '2026-12-02',
    }));
    assert.equal(
      noted[2]!.claims[0]!.description,
      'H20 memory · line 4 · ignored by anna, 2 Dec 2026: the spec sheet’s own figure',
    );
    assert.equal(withoutIgnores('No comment here.'), undefined);
  });

  it('lists accepted wordings under "Ignored / accepted" with where, who, when and why (from the pack entry)', () => {
    const text = 'The Nvidia H200 has 80 GB of memory.\n\nThe H20 has 141 GB of memory.\n';
    const h200 = check(text).findings.find((f) => f.factId === 'h200.memory_capacity')!;
    const h20 = check(text).findings.find((f) => f.factId === 'h20.memory_capacity')!;
    const mine = acceptedEntry(h200, {
      today: '2026-12-02',
      who: 'anna',
      scope: 'draft',
      draftPath: 'drafts/a.md',
      reason: 'house style for the launch story',
    })!;
    const everyone = acceptedEntry(h20, { today: '2026-12-01', who: 'ben', scope: 'all' })!;
    const pack = insertEntry(insertEntry('', mine.list, mine.entry).newText, everyone.list, everyone.entry).newText;
    const loaded = loadPacks(
      bundledRecord(),
      ['/ws/.factdesk/desk.facts.yaml'],
      () => '.factdesk/desk.facts.yaml',
      () => pack,
    );
    assert.deepEqual(loaded.errors, []);
    const engine = createEngine(loaded.record);
    const options = { asOf: AS_OF, includeSupported: true, draftPath: 'drafts/a.md' };
    const shown = engine.check(text, options).findings;
    assert.deepEqual(
      shown.filter((f) => f.verdict === 'contradicted'),
      [],
      'both accepted: nothing to fix',
    );
    const waived = waivedClaims(shown, engine.check(text, { ...options, keepAccepted: true }).findings);
    const groups = groupClaims(shown, name, waived, (f) => (f.accepted ? acceptanceWaiver(f.accepted) : undefined));
    assert.deepEqual(
      groups.map((g) => g.label),
      ['Ignored / accepted (2)'],
    );
    assert.deepEqual(
      groups[0]!.claims.map((c) => `${c.label} · ${c.description}`),
      [
        '80 GB → 141 GB · H200 memory · line 1 · accepted in this draft by anna, 2 Dec 2026: house style for the launch story (was contradicted; the record says 141 GB).',
        '141 GB → 96 GB · H20 memory · line 3 · accepted in all drafts by ben, 1 Dec 2026: Was contradicted; the record says 96 GB.',
      ],
    );
    assert.match(
      groups[0]!.claims[0]!.tooltip,
      /\(\.factdesk\/desk\.facts\.yaml:2\)$/,
      'the tooltip names the pack entry',
    );
  });

  it('reads who and when from an older accepted entry’s note', () => {
    const w = acceptanceWaiver({
      fact: 'x',
      wording: '80 GB',
      note: 'Accepted by anna 2026-11-23 in drafts/h200.md (was contradicted; the record says 141 GB).',
      origin: { file: '.factdesk/desk.facts.yaml', line: 3 },
    });
    assert.equal(
      waiverText(w),
      'accepted in all drafts by anna, 23 Nov 2026: was contradicted; the record says 141 GB',
    );
  });
});
