/**
 * The editor's pack logic (logic/packs.ts, over src/packs): the same discovery
 * as the CLI for every draft, single and multi-root — compared with the
 * functions `factdesk check` calls and with the CLI's own output — plus the
 * Problems entries for pack errors, the last-good-record rule, display names
 * and the hover of an overridden fact.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createEngine } from '../../../src/engine';
import { hoverAt } from '../../../src/extension/logic/hover';
import {
  chooseRecord,
  deskPackPath,
  packDiagnostics,
  packDisplayName,
  packRootForDraft,
  packScopeForDraft,
  packScopeForFolder,
  packScopeForRoot,
  PACK_DIAGNOSTIC_SOURCE,
  type PackFolder,
} from '../../../src/extension/logic/packs';
import { DEFAULT_PACK_GLOBS, loadPacks, workspacePacksFor } from '../../../src/packs/packs';
import { bundledRecord } from '../../helpers/record';
import { GOOD_PACK, OVERRIDE_LINE, OVERRIDE_PACK, remove, tree } from '../../helpers/packs-fixtures';

const ROOT = path.join(__dirname, '..', '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const ACCEPT_PACK = 'accepted:\n  - { fact: h200.memory_capacity, wording: 80 GB }\n';

describe('extension packs: discovery is the CLI’s', function () {
  this.timeout(60_000);
  let ws: string;
  let folders: PackFolder[];
  const drafts = [
    'alpha/drafts/a.md',
    'alpha/notes/deep/b.md',
    'beta/c.md',
    'beta/team/d.md',
    'beta/team/sub/e.md',
    'gamma/f.md',
    'outside/g.md',
    'nowhere/h.md',
  ];
  before(() => {
    ws = tree({
      'alpha/.factdesk/desk.facts.yaml': OVERRIDE_PACK,
      'alpha/.factdesk/readme.md': 'not a pack',
      'beta/.factdesk/one.facts.yaml': GOOD_PACK,
      'beta/.factdesk/two.facts.yaml': ACCEPT_PACK,
      'beta/team/.factdesk/team.facts.yaml': ACCEPT_PACK,
      'gamma/notes.md': 'no packs here',
      'outside/.factdesk/x.facts.yaml': ACCEPT_PACK,
      ...Object.fromEntries(
        drafts.map((d) => [d, '---\ndate: 2026-02-01\n---\n\nThe Nvidia H200 has 141 GB of memory.\n']),
      ),
    });
    // A multi-root workspace: alpha, beta and gamma are folders; outside/ and nowhere/ are not.
    folders = ['alpha', 'beta', 'gamma'].map((name) => ({
      path: path.join(ws, name),
      name,
      globs: DEFAULT_PACK_GLOBS,
    }));
  });
  after(() => remove(ws));

  it('every draft: the extension’s pack files are the ones `factdesk check` uses (src/packs)', () => {
    for (const d of drafts) {
      const file = path.join(ws, d);
      const editor = packScopeForDraft(file, folders);
      const cli = workspacePacksFor(file);
      assert.deepEqual(editor.files, cli.files, d);
      if (cli.root) assert.equal(editor.root, cli.root, d);
      assert.equal(packRootForDraft(file, folders), editor.root, `${d}: the cheap root agrees`);
    }
  });

  it('multi-root: each folder its own packs; a nested .factdesk/ is its own root', () => {
    const files = (d: string) =>
      packScopeForDraft(path.join(ws, d), folders).files.map((f) => path.relative(ws, f).split(path.sep).join('/'));
    assert.deepEqual(files('alpha/drafts/a.md'), ['alpha/.factdesk/desk.facts.yaml']);
    assert.deepEqual(files('alpha/notes/deep/b.md'), ['alpha/.factdesk/desk.facts.yaml']);
    assert.deepEqual(files('beta/c.md'), ['beta/.factdesk/one.facts.yaml', 'beta/.factdesk/two.facts.yaml']);
    assert.deepEqual(files('beta/team/d.md'), ['beta/team/.factdesk/team.facts.yaml']);
    assert.deepEqual(files('gamma/f.md'), []);
    assert.deepEqual(files('outside/g.md'), ['outside/.factdesk/x.facts.yaml'], 'outside every folder: as the CLI');
    assert.deepEqual(files('nowhere/h.md'), []);
    // The folder is the root when it has no .factdesk/ (custom globs resolve there).
    assert.equal(packScopeForDraft(path.join(ws, 'gamma/f.md'), folders).root, path.join(ws, 'gamma'));
    assert.equal(packScopeForDraft(path.join(ws, 'beta/team/sub/e.md'), folders).root, path.join(ws, 'beta/team'));
    // One engine per root: the folders' own scopes.
    assert.deepEqual(
      folders.map((f) => packScopeForFolder(f).files.length),
      [1, 2, 0],
    );
    assert.deepEqual(packScopeForRoot(path.join(ws, 'beta/team'), folders).folder, path.join(ws, 'beta'));
  });

  it('agrees with the CLI as run: `factdesk check --format json` lists the same packs for each draft', function () {
    if (!fs.existsSync(CLI)) this.skip();
    for (const d of drafts) {
      const r = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', '--fail-on', 'never', d], {
        cwd: ws,
        encoding: 'utf8',
        env: { ...process.env, FACTDESK_TODAY: '2026-11-23' },
      });
      assert.equal(r.status, 0, r.stderr);
      const cliPacks: string[] = JSON.parse(r.stdout).record.packs;
      const editorPacks = packScopeForDraft(path.join(ws, d), folders).files.map((f) =>
        path.relative(ws, f).split(path.sep).join('/'),
      );
      assert.deepEqual(editorPacks, cliPacks, d);
    }
  });

  it('a folder’s factdesk.packs globs apply under it only', () => {
    const custom: PackFolder[] = [
      { path: path.join(ws, 'alpha'), globs: ['.factdesk/*.md'] },
      { path: path.join(ws, 'beta') },
    ];
    assert.deepEqual(packScopeForDraft(path.join(ws, 'alpha/drafts/a.md'), custom).files, [
      path.join(ws, 'alpha/.factdesk/readme.md'),
    ]);
    assert.equal(packScopeForDraft(path.join(ws, 'beta/c.md'), custom).files.length, 2);
  });

  it('the desk pack lives in the root’s .factdesk/', () => {
    assert.equal(deskPackPath(path.join(ws, 'gamma')), path.join(ws, 'gamma', '.factdesk', 'desk.facts.yaml'));
  });

  it('display names: relative to the folder, with the folder’s name when several are open', () => {
    const file = path.join(ws, 'beta/team/.factdesk/team.facts.yaml');
    assert.equal(packDisplayName(file, path.join(ws, 'beta/team'), folders), 'beta/team/.factdesk/team.facts.yaml');
    assert.equal(packDisplayName(file, path.join(ws, 'beta/team'), [folders[1]!]), 'team/.factdesk/team.facts.yaml');
  });
});

describe('extension packs: errors in the Problems panel, the last good record', () => {
  it('errors become entries on their pack file at line and column (0-based), naming the field', () => {
    const map = packDiagnostics(
      [
        {
          file: '.factdesk/a.facts.yaml',
          line: 19,
          column: 32,
          field: 'facts[0].value.unit',
          message: 'must be one of "GB"',
        },
        { file: '.factdesk/a.facts.yaml', line: 1, column: 1, field: '', message: 'YAML: bad' },
        { file: 'unknown', line: 1, column: 1, field: '', message: 'dropped' },
      ],
      (name) => (name === '.factdesk/a.facts.yaml' ? '/ws/.factdesk/a.facts.yaml' : undefined),
    );
    assert.deepEqual([...map.keys()], ['/ws/.factdesk/a.facts.yaml']);
    const [first, second] = map.get('/ws/.factdesk/a.facts.yaml')!;
    assert.deepEqual(first, {
      range: { start: { line: 18, character: 31 }, end: { line: 18, character: 31 } },
      message: 'facts[0].value.unit: must be one of "GB"',
      severity: 'error',
      source: PACK_DIAGNOSTIC_SOURCE,
      code: 'facts[0].value.unit',
    });
    assert.equal(second!.message, 'YAML: bad');
    assert.equal(PACK_DIAGNOSTIC_SOURCE, 'Fact Desk packs');
  });

  it('clean packs replace the record; broken ones keep the last good one; the first load takes what loads', () => {
    const good = { record: { ...bundledRecord(), version: 'good' }, errors: [] };
    const broken = {
      record: { ...bundledRecord(), version: 'partial' },
      errors: [{ file: 'p', line: 1, column: 1, field: '', message: 'x' }],
    };
    assert.deepEqual(chooseRecord(bundledRecord(), good), { record: good.record, usingLastGood: false });
    assert.deepEqual(chooseRecord(good.record, broken), { record: good.record, usingLastGood: true });
    assert.deepEqual(chooseRecord(undefined, broken), { record: broken.record, usingLastGood: false });
  });
});

describe('extension packs: the hover of an overridden fact', () => {
  it('says "overridden by <pack>:<line>; bundled value … (sources)" besides the pack’s own sources', () => {
    const dir = tree({ '.factdesk/desk.facts.yaml': OVERRIDE_PACK });
    try {
      const files = packScopeForDraft(path.join(dir, 'draft.md'), [{ path: dir }]).files;
      const loaded = loadPacks(bundledRecord(), files, (f) => packDisplayName(f, dir, [{ path: dir }]));
      const engine = createEngine(loaded.record);
      const text = 'The Nvidia H200 has 141 GB of memory.';
      const result = engine.check(text, { asOf: '2026-02-01', includeSupported: true });
      const hover = hoverAt(engine.index, result, text.indexOf('141') + 1)!;
      assert.match(hover.markdown, /record: \*\*150 GB\*\*/);
      assert.match(
        hover.markdown,
        new RegExp(
          `⟲ Overridden by \`\\.factdesk/desk\\.facts\\.yaml:${OVERRIDE_LINE}\`; bundled value \\*\\*141 GB\\*\\* \\(.+ \\(\\[.+\\]\\(https://`,
        ),
      );
      assert.ok(hover.markdown.includes('](https://desk.example/h200)'), 'the pack’s source');
      // The override line names the pack file and line; no fact id or record hash.
      assert.ok(!hover.markdown.includes('h200.memory_capacity'), 'no fact id in the hover');
      // A bundled claim has no override line.
      const plain = createEngine(bundledRecord());
      const h = hoverAt(
        plain.index,
        plain.check(text, { asOf: '2026-02-01', includeSupported: true }),
        text.indexOf('141') + 1,
      )!;
      assert.doesNotMatch(h.markdown, /Overridden/);
    } finally {
      remove(dir);
    }
  });
});
