/** Workspace packs as a library: discovery, loading, and each kind of malformed pack with its exact message and place. */
import assert from 'node:assert/strict';
import path from 'node:path';
import { createEngine, UNIT_NAMES } from '../../../src/engine';
import {
  DEFAULT_PACK_GLOBS,
  discoverPacks,
  loadPacks,
  packRootFor,
  packScopeInFolders,
  workspacePacksFor,
} from '../../../src/packs/packs';
import { overrideOf, overrideSentence, withPackProvenance } from '../../../src/packs/provenance';
import { bundledRecord } from '../../helpers/record';
import { GOOD_PACK, OVERRIDE_LINE, OVERRIDE_PACK, remove, tree } from '../../helpers/packs-fixtures';

/** The schema's units, from the one unit table (record/units.ts), as a validation message lists them. */
const UNIT_LIST = UNIT_NAMES.map((u) => `"${u}"`).join(', ');

describe('packs: discovery', () => {
  let root: string;
  before(() => {
    root = tree({
      'newsroom/.factdesk/b.facts.yaml': GOOD_PACK,
      'newsroom/.factdesk/a.facts.yaml': OVERRIDE_PACK,
      'newsroom/.factdesk/notes.yaml': 'not a pack',
      'newsroom/drafts/2026/draft.md': 'x',
      'newsroom/desk/.factdesk/desk.facts.yaml': GOOD_PACK,
      'newsroom/desk/draft.md': 'x',
      'elsewhere/draft.md': 'x',
    });
  });
  after(() => remove(root));

  it('the pack root is the nearest folder holding .factdesk/', () => {
    assert.equal(packRootFor(path.join(root, 'newsroom/drafts/2026/draft.md')), path.join(root, 'newsroom'));
    assert.equal(packRootFor(path.join(root, 'newsroom/desk/draft.md')), path.join(root, 'newsroom/desk'));
    assert.equal(packRootFor(path.join(root, 'newsroom')), path.join(root, 'newsroom'));
    assert.equal(packRootFor(path.join(root, 'elsewhere/draft.md')), undefined);
  });
  it('stopAt bounds the search', () => {
    assert.equal(
      packRootFor(path.join(root, 'newsroom/drafts/2026/draft.md'), path.join(root, 'newsroom/drafts')),
      undefined,
    );
    assert.equal(
      packRootFor(path.join(root, 'newsroom/drafts/2026/draft.md'), path.join(root, 'newsroom')),
      path.join(root, 'newsroom'),
    );
  });
  it('the default globs find .factdesk/*.facts.yaml, sorted (the override order)', () => {
    assert.deepEqual(discoverPacks(path.join(root, 'newsroom')), [
      path.join(root, 'newsroom/.factdesk/a.facts.yaml'),
      path.join(root, 'newsroom/.factdesk/b.facts.yaml'),
    ]);
    assert.deepEqual(discoverPacks(path.join(root, 'newsroom'), ['.factdesk/*.yaml']).length, 3);
    assert.deepEqual(discoverPacks(path.join(root, 'newsroom'), []), []);
  });
  it('workspacePacksFor is root + its packs; packScopeInFolders bounds it by the workspace folder', () => {
    const draft = path.join(root, 'newsroom/drafts/2026/draft.md');
    assert.deepEqual(workspacePacksFor(draft), {
      root: path.join(root, 'newsroom'),
      files: discoverPacks(path.join(root, 'newsroom')),
    });
    assert.deepEqual(workspacePacksFor(path.join(root, 'elsewhere/draft.md')), { files: [] });
    // A folder without .factdesk/ is its own root (custom globs may point anywhere in it).
    const inFolder = packScopeInFolders(path.join(root, 'elsewhere/draft.md'), [
      { path: path.join(root, 'elsewhere') },
    ]);
    assert.deepEqual(inFolder, {
      root: path.join(root, 'elsewhere'),
      folder: path.join(root, 'elsewhere'),
      globs: DEFAULT_PACK_GLOBS,
      files: [],
    });
  });
});

describe('packs: loading over the bundled record', () => {
  let root: string;
  before(() => {
    root = tree({
      '.factdesk/good.facts.yaml': GOOD_PACK,
      '.factdesk/override.facts.yaml': OVERRIDE_PACK,
      'bad/broken.facts.yaml': 'facts: [\n  - {',
    });
  });
  after(() => remove(root));
  const display = (f: string) => path.relative(root, f).split(path.sep).join('/');

  it('adds entities and facts, overrides a bundled fact and keeps the bundled one as overridden', () => {
    const loaded = loadPacks(bundledRecord(), discoverPacks(root), display);
    assert.deepEqual(loaded.errors, []);
    const r = loaded.record;
    assert.ok(r.entities.some((e) => e.id === 'acme-x1' && e.origin.file === '.factdesk/good.facts.yaml'));
    const h200 = r.facts.find((f) => f.id === 'h200.memory_capacity')!;
    assert.equal(h200.kind === 'quantity' && h200.value.amount, 150);
    assert.deepEqual(h200.origin, { file: '.factdesk/override.facts.yaml', line: OVERRIDE_LINE });
    assert.equal(r.overridden.length, 1);
    assert.equal(r.overridden[0]!.fact.origin.file, 'bundled');
    assert.equal(r.version, bundledRecord().version);
    assert.equal(r.facts.length, bundledRecord().facts.length + 1);
  });

  it('an override names the pack and line, the bundled value and its sources', () => {
    const engine = createEngine(loadPacks(bundledRecord(), discoverPacks(root), display).record);
    const o = overrideOf(engine.index, 'h200.memory_capacity')!;
    assert.equal(o.value, '141 GB');
    assert.ok(o.sources.length >= 1 && o.sources.every((s) => /^https?:/.test(s.url)));
    assert.match(
      overrideSentence(o),
      /^overridden by \.factdesk\/override\.facts\.yaml:10; bundled value 141 GB \(.+https?:\/\/.+\)$/,
    );
    const f = engine.check('The Nvidia H200 has 141 GB of memory.', { asOf: '2026-02-01' }).findings[0]!;
    assert.equal(f.verdict, 'contradicted');
    assert.deepEqual(f.provenance, { origin: '.factdesk/override.facts.yaml', line: OVERRIDE_LINE });
    const [annotated] = withPackProvenance([f], engine.index);
    assert.match(
      annotated!.detail,
      /the record says 150 GB .* Fact h200\.memory_capacity overridden by \.factdesk\/override\.facts\.yaml:10; bundled value 141 GB \(/,
    );
  });

  it('a broken pack is left out whole; the others keep working', () => {
    const files = [...discoverPacks(root), path.join(root, 'bad/broken.facts.yaml')];
    const loaded = loadPacks(bundledRecord(), files, display);
    assert.equal(loaded.errors.length >= 1, true);
    assert.ok(loaded.errors.every((e) => e.file === 'bad/broken.facts.yaml'));
    assert.deepEqual(loaded.rejected, [path.join(root, 'bad/broken.facts.yaml')]);
    assert.ok(loaded.record.entities.some((e) => e.id === 'acme-x1'));
  });

  it('an unreadable pack is an error, not a crash', () => {
    const loaded = loadPacks(bundledRecord(), [path.join(root, 'missing.facts.yaml')], display);
    assert.equal(loaded.errors.length, 1);
    assert.match(loaded.errors[0]!.message, /^cannot read: /);
    assert.equal(loaded.record, bundledRecord());
  });
});

describe('packs: malformed packs — exact message, file, line, column and field', () => {
  const overrideUnknown = `${GOOD_PACK}overrides:
  - id: h999.memory_capacity
    kind: quantity
    entity: nvidia-h200
    attribute: memory_capacity
    value: { amount: 1, unit: GB }
    citations: [{ source: desk-memo, quote: "q" }]
    asOf: 2026-01-05
`;
  const cases: { name: string; text: string; line: number; column: number; field: string; message: string | RegExp }[] =
    [
      {
        name: 'bad YAML',
        text: GOOD_PACK.replace('value: { amount: 48, unit: GB }', 'value: { amount: 48, unit: GB'),
        line: 20,
        column: 5,
        field: 'facts[0].value',
        message: 'YAML: Flow map in block collection must be sufficiently indented and end with a }',
      },
      {
        name: 'a wrong type',
        text: GOOD_PACK.replace('amount: 48', 'amount: forty-eight'),
        line: 19,
        column: 22,
        field: 'facts[0].value.amount',
        message: 'Invalid input: expected number, received string',
      },
      {
        name: 'a missing source (no citations)',
        text: GOOD_PACK.replace('    citations: [{ source: desk-memo, quote: "The X1 has 48 GB." }]\n', ''),
        line: 15,
        column: 5,
        field: 'facts[0].citations',
        message: 'missing (required)',
      },
      {
        name: 'a missing source (an id no source has)',
        text: GOOD_PACK.replace('source: desk-memo,', 'source: desk-memo-2,'),
        line: 20,
        column: 27,
        field: 'facts[0].citations[0].source',
        message: 'unknown source "desk-memo-2"',
      },
      {
        name: 'a missing source (left empty)',
        text: GOOD_PACK.replace('source: desk-memo,', 'source: "",'),
        line: 20,
        column: 27,
        field: 'facts[0].citations[0].source',
        message: 'empty: fill this in (required)',
      },
      {
        name: 'an unknown unit',
        text: GOOD_PACK.replace('unit: GB', 'unit: GiB'),
        line: 19,
        column: 32,
        field: 'facts[0].value.unit',
        message: `must be one of ${UNIT_LIST}`,
      },
      {
        name: 'a date that is not a date',
        text: GOOD_PACK.replace('    asOf: 2026-01-05', '    asOf: 05/01/2026'),
        line: 21,
        column: 11,
        field: 'facts[0].asOf',
        message: 'a date written YYYY, YYYY-MM or YYYY-MM-DD',
      },
      {
        name: 'a date that is not a day of the calendar',
        text: GOOD_PACK.replace('    asOf: 2026-01-05', '    asOf: 2026-02-30'),
        line: 21,
        column: 11,
        field: 'facts[0].asOf',
        message: 'not a day of the calendar (that month is shorter)',
      },
      {
        name: 'an override of an unknown fact',
        text: overrideUnknown,
        line: 23,
        column: 9,
        field: 'overrides[0].id',
        message: 'overrides unknown fact "h999.memory_capacity"',
      },
      {
        name: 'a duplicate id (a bundled fact)',
        text: GOOD_PACK.replace('id: acme-x1.memory_capacity', 'id: h200.memory_capacity'),
        line: 15,
        column: 9,
        field: 'facts[0].id',
        message:
          /^duplicate fact id "h200\.memory_capacity" \(first defined in bundled:\d+\); to replace a bundled fact, put it under overrides$/,
      },
      {
        name: 'a duplicate id (within the pack)',
        text: GOOD_PACK + GOOD_PACK.slice(GOOD_PACK.indexOf('  - id: acme-x1.memory_capacity')),
        line: 22,
        column: 9,
        field: 'facts[1].id',
        message:
          'duplicate fact id "acme-x1.memory_capacity" (first defined in .factdesk/pack.facts.yaml:15); to replace a bundled fact, put it under overrides',
      },
      {
        name: 'a duplicate entity id',
        text: GOOD_PACK.replace('  - id: acme-x1\n    kind: chip', '  - id: nvidia-h200\n    kind: chip'),
        line: 10,
        column: 9,
        field: 'entities[0].id',
        message: /^duplicate entity id "nvidia-h200" \(first defined in bundled:\d+\)$/,
      },
    ];
  for (const c of cases) {
    it(c.name, () => {
      const root = tree({ '.factdesk/pack.facts.yaml': c.text });
      try {
        const loaded = loadPacks(bundledRecord(), discoverPacks(root), (f) =>
          path.relative(root, f).split(path.sep).join('/'),
        );
        assert.ok(loaded.errors.length >= 1, 'expected an error');
        const e = loaded.errors[0]!;
        assert.equal(e.file, '.factdesk/pack.facts.yaml');
        assert.equal(e.field, c.field);
        if (typeof c.message === 'string') assert.equal(e.message, c.message);
        else assert.match(e.message, c.message);
        assert.deepEqual([e.line, e.column], [c.line, c.column], JSON.stringify(e));
        // The line really is where the field is.
        const lineText = c.text.split('\n')[e.line - 1]!;
        const leaf = c.field
          .replace(/\[\d+\]$/, '')
          .split('.')
          .pop()!;
        if (!e.message.startsWith('YAML') && !c.field.endsWith('.id') && !c.message.toString().includes('missing'))
          assert.ok(lineText.includes(leaf), `line ${e.line} "${lineText}" names ${leaf}`);
        // The record stays usable: the bundled facts are all there.
        assert.equal(loaded.record.facts.length >= bundledRecord().facts.length, true);
      } finally {
        remove(root);
      }
    });
  }
  it('YAML is loaded as data only (no tags run, no prototype keys)', () => {
    const root = tree({
      '.factdesk/pack.facts.yaml': GOOD_PACK.replace('asOf: 2026-01-05', 'asOf: !!js/function "function(){}"').replace(
        '    kind: chip',
        '    kind: chip\n    __proto__: { polluted: true }',
      ),
    });
    try {
      const loaded = loadPacks(bundledRecord(), discoverPacks(root));
      assert.ok(loaded.errors.length >= 1);
      assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
    } finally {
      remove(root);
    }
  });
  it('a pack larger than the limit is refused', () => {
    const root = tree({ '.factdesk/pack.facts.yaml': `# ${'x'.repeat(2 * 1024 * 1024 + 10)}\n` });
    try {
      const loaded = loadPacks(bundledRecord(), discoverPacks(root));
      assert.match(loaded.errors[0]!.message, /larger than 2 MB/);
    } finally {
      remove(root);
    }
  });
});
