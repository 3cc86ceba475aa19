/** What a draft says about its desk record: a broken pack (the last good record in use), a pack written for an older bundled record. */
import assert from 'node:assert/strict';
import { newPackHeader } from '../../../src/extension/logic/packEntries';
import { deskRecordNotes, type DeskRecordState } from '../../../src/extension/logic/packs';
import { statusText } from '../../../src/extension/logic/status';
import { loadPacks } from '../../../src/packs/packs';
import { bundledRecord } from '../../helpers/record';

const CHANGES: DeskRecordState['changes'] = [
  {
    version: '2026-11-23',
    date: '2026-11-23',
    title: 'first',
    commit: 'c5f91ff',
    baseline: true,
    added: [],
    changed: [],
    removed: [],
    recited: [],
  },
  {
    version: '2026-12-02-update',
    date: '2026-12-02',
    title: 'update',
    commit: 'd5b7f64',
    baseline: false,
    added: ['x.new'],
    changed: [{ fact: 'h20.china-status.licensed', fields: ['value'] }],
    removed: ['x.gone'],
    recited: ['h200.memory_capacity'],
  },
];
const state = (over: Partial<DeskRecordState>): DeskRecordState => ({
  usingLastGood: false,
  broken: [],
  bases: [],
  changes: CHANGES,
  factsOf: () => [],
  ...over,
});

describe('desk record notes', () => {
  it('nothing when the desk record is current (or says no version)', () => {
    assert.deepEqual(deskRecordNotes(state({})), []);
    assert.deepEqual(
      deskRecordNotes(state({ bases: [{ file: '.factdesk/desk.facts.yaml', version: '2026-12-02-update' }] })),
      [],
    );
  });

  it('a pack written for an older bundled record: both versions, what changed since, and what of it the pack touches', () => {
    const notes = deskRecordNotes(
      state({
        bases: [{ file: '.factdesk/desk.facts.yaml', version: '2026-11-23' }],
        factsOf: () => ['h20.china-status.licensed', 'h200.memory_capacity'],
      }),
    );
    assert.deepEqual(notes, [
      'Desk record: .factdesk/desk.facts.yaml was written for record 2026-11-23 (23 Nov 2026); the bundled record is now 2026-12-02-update (2 Dec 2026): 3 facts added, changed or removed since, 1 of them overridden or accepted in this pack (h20.china-status.licensed).',
    ]);
    assert.match(
      deskRecordNotes(state({ bases: [{ file: 'p.facts.yaml', version: '2025-01-01' }] }))[0]!,
      /^Desk record: p\.facts\.yaml was written for record 2025-01-01, which the bundled record does not list; the bundled record is now 2026-12-02-update \(2 Dec 2026\)\.$/,
    );
  });

  it('broken packs: the last good desk record is in use, with each file’s error count', () => {
    assert.deepEqual(
      deskRecordNotes(
        state({
          usingLastGood: true,
          broken: [
            { file: '.factdesk/it.facts.yaml', errors: 4 },
            { file: '.factdesk/b.facts.yaml', errors: 1 },
          ],
        }),
      ),
      [
        'Desk record: .factdesk/it.facts.yaml has 4 errors, .factdesk/b.facts.yaml has 1 error (Problems panel); the last good desk record is in use.',
      ],
    );
  });

  it('the status tooltip lists the notes before the click hint', () => {
    const counts = { contradicted: 0, outdated: 0, disputed: 0, supported: 1, unknown: 0, quoted: 0 };
    const s = statusText({
      kind: 'result',
      counts,
      asOf: '2026-12-02',
      asOfOrigin: 'front-matter',
      deskNotes: ['Desk record: old.'],
    });
    assert.deepEqual(s.tooltip.split('\n').slice(-2), ['Desk record: old.', 'Click to open the claims view.']);
  });

  it('a new desk pack says which bundled record it is written against, and the loader reads it back', () => {
    const version = bundledRecord().changes!.at(-1)!.version;
    const text = newPackHeader(version);
    assert.equal(newPackHeader(undefined), '');
    const loaded = loadPacks(
      bundledRecord(),
      ['/ws/.factdesk/desk.facts.yaml'],
      () => '.factdesk/desk.facts.yaml',
      () => text,
    );
    assert.deepEqual(loaded.errors, []);
    assert.deepEqual(loaded.recordVersions, [{ file: '/ws/.factdesk/desk.facts.yaml', version }]);
    assert.deepEqual(
      deskRecordNotes(state({ bases: loaded.recordVersions, changes: bundledRecord().changes! })),
      [],
      'current: no note',
    );
  });
});
