/**
 * Parity of pack discovery between the extension and the CLI when a folder
 * sets `factdesk.packs` (extends the default-setting parity test in
 * test/unit/extension/packs.test.ts, which has no settings files).
 *
 * The extension side is what WorkspacePacks does: each workspace folder's
 * globs are readSettings(get).packs, `get` being VS Code's configuration for
 * that folder — emulated here from the same settings as plain objects (the
 * folder's value, else package.json's default), not with the CLI's reader —
 * then the draft's pack root (packRootForDraft) and that root's packs
 * (packScopeForRoot), and packScopeForDraft. The CLI side is CliPackFinder (in
 * process) and dist/cli.js as run (`--format json` lists the packs used).
 * Cases: the default setting, a custom `factdesk.packs` in a JSONC
 * settings.json, and a multi-root workspace whose two folders set different
 * globs (one CLI run over both: each folder its own packs and findings).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  packRootForDraft,
  packScopeForDraft,
  packScopeForRoot,
  type PackFolder,
} from '../../../src/extension/logic/packs';
import { readSettings } from '../../../src/extension/logic/settings';
import { CliPackFinder, type SettingsProblem } from '../../../src/packs/folder-settings';
import { GOOD_PACK, OVERRIDE_PACK, remove, tree } from '../../helpers/packs-fixtures';

const ROOT = path.join(__dirname, '..', '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const PKG = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const ACCEPT_PACK = 'accepted:\n  - { fact: h200.memory_capacity, wording: 80 GB }\n';
const DRAFT = '---\ndate: 2026-02-01\n---\n\nThe Nvidia H200 has 141 GB of memory.\n';

/** A folder's settings as VS Code holds them (keys as written in settings.json). */
type FolderSettings = Record<string, unknown>;

/**
 * The `get` of `workspace.getConfiguration('factdesk', folderUri)`: the
 * folder's value, else the default package.json contributes.
 */
function vscodeGet(settings: FolderSettings | undefined): (key: string) => unknown {
  const properties = PKG.contributes.configuration.properties as Record<string, { default?: unknown }>;
  return (key) => {
    const full = `factdesk.${key}`;
    return settings && full in settings ? settings[full] : properties[full]?.default;
  };
}

/** The workspace folders as the extension builds them (WorkspacePacks.folders, with extension.ts's globsFor). */
function extensionFolders(ws: string, folders: Record<string, FolderSettings | undefined>): PackFolder[] {
  return Object.entries(folders).map(([name, settings]) => ({
    path: path.join(ws, name),
    name,
    globs: readSettings(vscodeGet(settings)).packs,
  }));
}

/** The pack files the extension loads for a draft: its pack root's scope (engineFor → engineForRoot → load). */
function extensionPacks(ws: string, draft: string, folders: PackFolder[]): string[] {
  const file = path.join(ws, draft);
  const root = packRootForDraft(file, folders);
  const loaded = root ? packScopeForRoot(root, folders).files : [];
  assert.deepEqual(
    packScopeForDraft(file, folders).files,
    loaded,
    `${draft}: packScopeForDraft agrees with what WorkspacePacks loads`,
  );
  return loaded.map((f) => path.relative(ws, f).split(path.sep).join('/'));
}

function cliRun(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, FACTDESK_TODAY: '2026-11-23', NO_COLOR: '1' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The packs `factdesk check --format json DRAFT` used, relative to the workspace. */
function cliPacks(ws: string, draft: string): string[] {
  const r = cliRun(['check', '--format', 'json', '--fail-on', 'never', draft], ws);
  assert.equal(r.code, 0, r.err);
  assert.equal(r.err, '', `${draft}: no warnings`);
  return JSON.parse(r.out).record.packs;
}

/** Asserts the extension and the CLI (in process and as run) find the same packs for every draft; returns them. */
function assertParity(
  ws: string,
  folders: Record<string, FolderSettings | undefined>,
  drafts: string[],
  runCli: boolean,
): Record<string, string[]> {
  const ext = extensionFolders(ws, folders);
  const problems: SettingsProblem[] = [];
  const finder = new CliPackFinder((p) => problems.push(p));
  const out: Record<string, string[]> = {};
  for (const d of drafts) {
    const editor = extensionPacks(ws, d, ext);
    const cli = finder.scopeFor(path.join(ws, d)).files.map((f) => path.relative(ws, f).split(path.sep).join('/'));
    assert.deepEqual(cli, editor, `${d}: CLI (in process) = extension`);
    if (runCli) assert.deepEqual(cliPacks(ws, d), editor, `${d}: CLI (as run) = extension`);
    out[d] = editor;
  }
  assert.deepEqual(problems, [], 'no settings problems');
  return out;
}

/** settings.json text as people write it: comments and trailing commas. */
function jsonc(settings: FolderSettings): string {
  const body = Object.entries(settings)
    .map(
      ([k, v]) =>
        `  // ${k}\n  ${JSON.stringify(k)}: ${Array.isArray(v) ? `[\n${v.map((x) => `    ${JSON.stringify(x)}, /* glob */`).join('\n')}\n  ]` : JSON.stringify(v)},`,
    )
    .join('\n');
  return `// Workspace settings\n{\n${body}\n}\n`;
}

describe('packs: extension and CLI discover the same packs for any factdesk.packs', function () {
  this.timeout(120_000);
  before(function () {
    if (!fs.existsSync(CLI)) throw new Error('dist/cli.js is missing: run npm run build (npm test does)');
  });

  describe('the default setting (a settings.json without factdesk.packs, and no settings.json)', () => {
    let ws: string;
    const settings = { news: { 'editor.wordWrap': 'on' }, plain: undefined };
    const drafts = ['news/a.md', 'news/desk/b.md', 'news/team/c.md', 'plain/d.md', 'plain/sub/e.md'];
    before(() => {
      ws = tree({
        'news/.vscode/settings.json': jsonc(settings.news),
        'news/.factdesk/desk.facts.yaml': OVERRIDE_PACK,
        'news/.factdesk/notes.md': 'not a pack',
        'news/facts/other.yaml': GOOD_PACK,
        'news/team/.factdesk/team.facts.yaml': ACCEPT_PACK,
        'plain/.factdesk/p.facts.yaml': GOOD_PACK,
        ...Object.fromEntries(drafts.map((d) => [d, DRAFT])),
      });
    });
    after(() => remove(ws));

    it('the same pack files for every draft: extension, CliPackFinder and `factdesk check`', () => {
      const found = assertParity(ws, settings, drafts, true);
      assert.deepEqual(found['news/a.md'], ['news/.factdesk/desk.facts.yaml']);
      assert.deepEqual(
        found['news/team/c.md'],
        ['news/team/.factdesk/team.facts.yaml'],
        'a nested .factdesk/ is its own root',
      );
      assert.deepEqual(found['plain/sub/e.md'], ['plain/.factdesk/p.facts.yaml']);
    });
  });

  describe('a custom factdesk.packs in .vscode/settings.json (JSONC)', () => {
    let ws: string;
    const settings = { site: { 'editor.tabSize': 2, 'factdesk.packs': ['facts/*.yaml', 'more/**/*.facts.yml'] } };
    const drafts = ['site/a.md', 'site/drafts/deep/b.md', 'site/team/c.md'];
    before(() => {
      ws = tree({
        'site/.vscode/settings.json': jsonc(settings.site),
        'site/facts/desk.yaml': OVERRIDE_PACK,
        'site/more/x/extra.facts.yml': GOOD_PACK,
        // Not matched by the custom globs: must not be loaded (it is broken, so using it would print errors).
        'site/.factdesk/ignored.facts.yaml': 'facts: [\n  - {',
        'site/team/.factdesk/.keep': '',
        'site/team/facts/team.yaml': ACCEPT_PACK,
        ...Object.fromEntries(drafts.map((d) => [d, DRAFT])),
      });
    });
    after(() => remove(ws));

    it('the folder’s globs, not the defaults: the same pack files for every draft', () => {
      const found = assertParity(ws, settings, drafts, true);
      assert.deepEqual(found['site/a.md'], ['site/facts/desk.yaml', 'site/more/x/extra.facts.yml']);
      assert.deepEqual(found['site/drafts/deep/b.md'], found['site/a.md']);
      assert.deepEqual(
        found['site/team/c.md'],
        ['site/team/facts/team.yaml'],
        'the folder’s globs apply under a nested root',
      );
    });

    it('`factdesk check` flags the draft against the custom pack’s fact (with its provenance)', () => {
      const r = cliRun(['check', 'site/a.md'], ws);
      assert.equal(r.code, 1, r.out + r.err);
      assert.equal(r.err, '');
      assert.match(
        r.out,
        /site\/a\.md:5:21: error: H200 memory: 150 GB in the record, not 141 GB .*\n {4}.*“141 GB”.*the record says 150 GB.*overridden by site\/facts\/desk\.yaml:10/,
      );
      assert.match(r.out, /record [^\n]* \+ 2 packs/);
    });
  });

  describe('multi-root: two folders with different settings', () => {
    let ws: string;
    const settings = {
      alpha: { 'factdesk.packs': ['packs/*.facts.yaml'] },
      beta: { 'factdesk.packs': ['.factdesk/*.facts.yaml', 'accepted/*.yaml'] },
      gamma: { 'factdesk.packs': [] as string[] },
    };
    const drafts = ['alpha/a.md', 'alpha/notes/b.md', 'beta/c.md', 'beta/sub/d.md', 'gamma/e.md'];
    before(() => {
      ws = tree({
        'alpha/.vscode/settings.json': jsonc(settings.alpha),
        'alpha/packs/desk.facts.yaml': OVERRIDE_PACK,
        'alpha/.factdesk/ignored.facts.yaml': 'facts: [\n  - {',
        'beta/.vscode/settings.json': jsonc(settings.beta),
        'beta/.factdesk/one.facts.yaml': GOOD_PACK,
        'beta/accepted/wordings.yaml': ACCEPT_PACK,
        'beta/packs/desk.facts.yaml': OVERRIDE_PACK,
        'gamma/.vscode/settings.json': jsonc(settings.gamma),
        'gamma/.factdesk/g.facts.yaml': OVERRIDE_PACK,
        ...Object.fromEntries(drafts.map((d) => [d, DRAFT])),
      });
    });
    after(() => remove(ws));

    it('each folder its own globs: the same pack files for every draft', () => {
      const found = assertParity(ws, settings, drafts, true);
      assert.deepEqual(found['alpha/a.md'], ['alpha/packs/desk.facts.yaml']);
      assert.deepEqual(found['beta/sub/d.md'], ['beta/.factdesk/one.facts.yaml', 'beta/accepted/wordings.yaml']);
      assert.deepEqual(found['gamma/e.md'], [], 'an empty list: no packs');
    });

    it('one `factdesk check alpha beta gamma` run: each draft is checked against its own folder’s record', () => {
      const r = cliRun(['check', '--format', 'json', '--fail-on', 'never', 'alpha', 'beta', 'gamma'], ws);
      assert.equal(r.code, 0, r.err);
      assert.equal(r.err, '', 'no pack errors: the broken .factdesk/ pack in alpha is not one of its packs');
      const report = JSON.parse(r.out);
      assert.deepEqual([...report.record.packs].sort(), [
        'alpha/packs/desk.facts.yaml',
        'beta/.factdesk/one.facts.yaml',
        'beta/accepted/wordings.yaml',
      ]);
      const memory = (p: string) =>
        report.files
          .find((f: { path: string }) => f.path === p)
          .findings.filter((f: { factId: string }) => f.factId === 'h200.memory_capacity');
      for (const p of ['alpha/a.md', 'alpha/notes/b.md']) {
        assert.equal(memory(p).length, 1, p);
        assert.equal(memory(p)[0].verdict, 'contradicted', `${p}: alpha overrides the H200 to 150 GB`);
        assert.match(JSON.stringify(memory(p)[0].provenance), /alpha\/packs\/desk\.facts\.yaml/);
      }
      for (const p of ['beta/c.md', 'beta/sub/d.md', 'gamma/e.md'])
        assert.deepEqual(memory(p), [], `${p}: the bundled 141 GB holds there`);
    });
  });
});
