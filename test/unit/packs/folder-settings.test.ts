/**
 * `factdesk.packs` as the CLI reads it from a folder's .vscode/settings.json
 * (src/packs/folder-settings.ts): JSONC as VS Code reads it, the one function
 * both fronts share for the globs (packGlobsFromSetting), which folder is a
 * draft's workspace folder, and unusable settings files — one message with
 * file, line and column, the defaults, never a crash (in process and as run).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_SETTINGS, readSettings } from '../../../src/extension/logic/settings';
import {
  CliPackFinder,
  lineColumn,
  packSettingsFromText,
  readFolderPackSettings,
  SETTINGS_FILE,
  type SettingsProblem,
} from '../../../src/packs/folder-settings';
import { DEFAULT_PACK_GLOBS, packGlobsFromSetting } from '../../../src/packs/packs';
import { OVERRIDE_PACK, remove, tree } from '../../helpers/packs-fixtures';

const ROOT = path.join(__dirname, '..', '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const FILE = '/ws/.vscode/settings.json';
const DRAFT = '---\ndate: 2026-02-01\n---\n\nThe Nvidia H200 has 141 GB of memory.\n';

describe('packs: which globs apply to a folder (one function for the extension and the CLI)', () => {
  it('packGlobsFromSetting: a list of strings as written; anything else the defaults', () => {
    assert.deepEqual(packGlobsFromSetting(['facts/*.yaml', '']), ['facts/*.yaml', '']);
    assert.deepEqual(packGlobsFromSetting([]), []);
    for (const bad of [undefined, null, 'facts/*.yaml', 3, {}, ['a', 3], [null]])
      assert.deepEqual(packGlobsFromSetting(bad), [...DEFAULT_PACK_GLOBS], JSON.stringify(bad));
    const value = ['x'];
    assert.notEqual(packGlobsFromSetting(value), value, 'a copy');
  });

  it('the extension’s readSettings gives the same globs for the same value', () => {
    for (const value of [undefined, ['facts/*.yaml'], [], 'x', ['a', 3]]) {
      assert.deepEqual(
        readSettings((k) => (k === 'packs' ? value : undefined)).packs,
        packGlobsFromSetting(value),
        JSON.stringify(value),
      );
    }
    assert.deepEqual(DEFAULT_SETTINGS.packs, [...DEFAULT_PACK_GLOBS]);
  });
});

describe('packs: factdesk.packs from .vscode/settings.json', () => {
  const read = (text: string) => packSettingsFromText(text, FILE, '/ws');

  it('JSON with comments and trailing commas, as VS Code reads settings', () => {
    const s = read(
      '// settings\n{\n  /* wrap */ "editor.wordWrap": "on",\n  "factdesk.packs": [\n    "facts/*.yaml", // ours\n  ],\n}\n',
    );
    assert.deepEqual(s, { folder: '/ws', file: FILE, globs: ['facts/*.yaml'], fromSettings: true });
  });

  it('the nested form ("factdesk": { "packs": … }); the last value in the file wins', () => {
    assert.deepEqual(read('{ "factdesk": { "packs": ["a/*.yaml"] } }').globs, ['a/*.yaml']);
    assert.deepEqual(read('{ "factdesk": { "packs": ["a"] }, "factdesk.packs": ["b"] }').globs, ['b']);
    assert.deepEqual(read('{ "factdesk.packs": ["b"], "factdesk.packs": ["c"] }').globs, ['c']);
  });

  it('no factdesk.packs, an empty file, only comments, a BOM: the defaults, no problem', () => {
    for (const text of ['{ "editor.tabSize": 2 }', '', '  \n', '// nothing yet\n', '\ufeff{}', '{ "factdesk": 3 }']) {
      assert.deepEqual(
        read(text),
        { folder: '/ws', file: FILE, globs: [...DEFAULT_PACK_GLOBS], fromSettings: false },
        JSON.stringify(text),
      );
    }
    assert.deepEqual(read('\ufeff{ "factdesk.packs": ["x"] }').globs, ['x']);
  });

  it('malformed JSON: one problem at the first error’s line and column; the defaults', () => {
    const s = read('{\n  "factdesk.packs": ["facts/*.yaml"]\n  "editor.tabSize": 2\n}\n');
    assert.deepEqual(s.globs, [...DEFAULT_PACK_GLOBS]);
    assert.equal(s.fromSettings, false);
    assert.deepEqual(s.problem, {
      file: FILE,
      line: 3,
      column: 3,
      message:
        'not valid JSON with comments (comma expected); its settings are not read and the default factdesk.packs (.factdesk/*.facts.yaml) applies',
    });
    const cut = read('{ "factdesk.packs": [').problem!;
    assert.deepEqual([cut.line, cut.column], [1, 22]);
    assert.match(cut.message, /close bracket expected/);
    const bom = read('\ufeff{\n  oops\n}');
    assert.deepEqual([bom.problem?.line, bom.problem?.column], [2, 3], 'a BOM is not a column');
    assert.match(read('{ "a": 1 } 2').problem!.message, /\(end of file expected\)/);
  });

  it('a value that is not a list of strings: a problem at the value; the defaults', () => {
    const s = read('{\n  "factdesk.packs": "facts/*.yaml"\n}');
    assert.deepEqual([s.problem?.line, s.problem?.column], [2, 21]);
    assert.match(s.problem!.message, /^factdesk\.packs must be a list of glob strings/);
    assert.deepEqual(s.globs, [...DEFAULT_PACK_GLOBS]);
    const item = read('{ "factdesk.packs": ["ok", 3] }');
    assert.deepEqual([item.problem?.line, item.problem?.column], [1, 28], 'at the item that is not a string');
    const root = read('[1, 2]');
    assert.match(root.problem!.message, /^expected an object of settings, found an array/);
  });

  it('lineColumn is 1-based in lines and columns', () => {
    assert.deepEqual(lineColumn('ab\ncd', 0), { line: 1, column: 1 });
    assert.deepEqual(lineColumn('ab\ncd', 4), { line: 2, column: 2 });
    assert.deepEqual(lineColumn('ab\r\ncd', 4), { line: 2, column: 1 });
  });

  it('from disk: missing is the defaults; a folder, a FIFO or an unreadable file is a problem, never a throw', function () {
    const dir = tree({ 'none/x.md': 'x', 'dir/.vscode/settings.json/inner': 'x' });
    try {
      assert.deepEqual(readFolderPackSettings(path.join(dir, 'none')), {
        folder: path.join(dir, 'none'),
        file: path.join(dir, 'none', '.vscode', 'settings.json'),
        globs: [...DEFAULT_PACK_GLOBS],
        fromSettings: false,
      });
      assert.match(readFolderPackSettings(path.join(dir, 'dir')).problem!.message, /^not a regular file/);
      fs.mkdirSync(path.join(dir, 'fifo', '.vscode'), { recursive: true });
      const fifo = spawnSync('mkfifo', [path.join(dir, 'fifo', '.vscode', 'settings.json')]);
      if (fifo.status === 0)
        assert.match(readFolderPackSettings(path.join(dir, 'fifo')).problem!.message, /^not a regular file/);
      if (process.getuid?.() !== 0) {
        fs.mkdirSync(path.join(dir, 'locked', '.vscode'), { recursive: true });
        fs.writeFileSync(path.join(dir, 'locked', '.vscode', 'settings.json'), '{}', { mode: 0o000 });
        assert.match(readFolderPackSettings(path.join(dir, 'locked')).problem!.message, /^cannot read \(EACCES\)/);
      }
    } finally {
      remove(dir);
    }
  });
});

describe('packs: the CLI’s workspace folder for a draft', () => {
  let ws: string;
  before(() => {
    ws = tree({
      'repo/.vscode/settings.json': '{ "factdesk.packs": ["facts/*.yaml"] }',
      'repo/facts/desk.yaml': OVERRIDE_PACK,
      'repo/docs/guide/a.md': DRAFT,
      'repo/site/.vscode/settings.json': '{ "editor.tabSize": 2 }',
      'repo/site/b.md': DRAFT,
      'loose/.factdesk/l.facts.yaml': OVERRIDE_PACK,
      'loose/c.md': DRAFT,
      'bad/.vscode/settings.json': '{ "factdesk.packs": [ }',
      'bad/.factdesk/d.facts.yaml': OVERRIDE_PACK,
      'bad/one.md': DRAFT,
      'bad/two.md': DRAFT,
    });
  });
  after(() => remove(ws));

  it('the folder holding the nearest .vscode/settings.json; its globs; the .factdesk/ search stops there', () => {
    const finder = new CliPackFinder();
    assert.equal(finder.folderFor(path.join(ws, 'repo/docs/guide/a.md')), path.join(ws, 'repo'));
    assert.equal(finder.folderFor(path.join(ws, 'repo/docs')), path.join(ws, 'repo'));
    assert.equal(finder.folderFor(path.join(ws, 'repo/site/b.md')), path.join(ws, 'repo/site'));
    const a = finder.scopeFor(path.join(ws, 'repo/docs/guide/a.md'));
    assert.deepEqual(
      [a.root, a.folder, a.globs, a.files],
      [path.join(ws, 'repo'), path.join(ws, 'repo'), ['facts/*.yaml'], [path.join(ws, 'repo/facts/desk.yaml')]],
    );
    const b = finder.scopeFor(path.join(ws, 'repo/site/b.md'));
    assert.deepEqual(
      [b.root, b.globs, b.files],
      [path.join(ws, 'repo/site'), [...DEFAULT_PACK_GLOBS], []],
      'a nested workspace folder uses its own (default) settings',
    );
  });

  it('no settings file above: the nearest .factdesk/ with the default globs (as before)', () => {
    const finder = new CliPackFinder();
    assert.equal(finder.folderFor(path.join(ws, 'loose/c.md')), undefined);
    const c = finder.scopeFor(path.join(ws, 'loose/c.md'));
    assert.deepEqual(
      [c.root, c.globs, c.files],
      [path.join(ws, 'loose'), [...DEFAULT_PACK_GLOBS], [path.join(ws, 'loose/.factdesk/l.facts.yaml')]],
    );
  });

  it('a malformed settings file is reported once per run, however many drafts it covers', () => {
    const problems: SettingsProblem[] = [];
    const finder = new CliPackFinder((p) => problems.push(p));
    const one = finder.scopeFor(path.join(ws, 'bad/one.md'));
    finder.scopeFor(path.join(ws, 'bad/two.md'));
    assert.equal(problems.length, 1);
    assert.deepEqual(
      [problems[0]!.file, problems[0]!.line, problems[0]!.column],
      [path.join(ws, 'bad', ...SETTINGS_FILE.split('/')), 1, 23],
    );
    assert.deepEqual(one.files, [path.join(ws, 'bad/.factdesk/d.facts.yaml')], 'the defaults apply');
  });

  describe('as run (dist/cli.js)', () => {
    before(function () {
      if (!fs.existsSync(CLI)) throw new Error('dist/cli.js is missing: run npm run build (npm test does)');
    });
    const run = (args: string[]) =>
      spawnSync(process.execPath, [CLI, ...args], {
        cwd: ws,
        encoding: 'utf8',
        env: { ...process.env, FACTDESK_TODAY: '2026-11-23', NO_COLOR: '1' },
      });

    it('check: a malformed settings.json gives one warning line (file:line:column) on stderr, the default packs apply, the exit code is the findings’', () => {
      const r = run(['check', 'bad']);
      assert.equal(
        r.stderr,
        'bad/.vscode/settings.json:1:23: warning: not valid JSON with comments (value expected); its settings are not read and the default factdesk.packs (.factdesk/*.facts.yaml) applies\n',
      );
      assert.equal(r.status, 1, 'the findings against the default pack fail the run, as without the warning');
      // Each finding: its one-row message, then its explanation naming the pack that overrode the fact.
      assert.equal(
        r.stdout.split('\n').filter((l) => / error: H200 memory: 150 GB in the record, not 141 GB /.test(l)).length,
        2,
        r.stdout,
      );
      assert.equal(
        r.stdout.split('\n').filter((l) => /^ {4}Draft says .*overridden by bad\/\.factdesk\/d\.facts\.yaml/.test(l))
          .length,
        2,
        r.stdout,
      );
      const never = run(['check', '--fail-on', 'never', '--format', 'json', 'bad']);
      assert.equal(never.status, 0, 'a settings warning alone does not fail the run');
      assert.deepEqual(JSON.parse(never.stdout).record.packs, ['bad/.factdesk/d.facts.yaml']);
    });

    it('check from a sub-folder: the repository’s settings apply (the settings folder is above the draft)', () => {
      const r = run(['check', '--format', 'json', '--fail-on', 'never', 'repo/docs']);
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(JSON.parse(r.stdout).record.packs, ['repo/facts/desk.yaml']);
    });

    it('record validate and record stats in a folder use its settings’ globs', () => {
      const cwd = path.join(ws, 'repo');
      const validate = spawnSync(process.execPath, [CLI, 'record', 'validate'], { cwd, encoding: 'utf8' });
      assert.equal(validate.status, 0, validate.stderr);
      assert.match(validate.stdout, /record valid: 1 pack file\(s\) checked \(facts\/desk\.yaml\)/);
      const stats = spawnSync(process.execPath, [CLI, 'record', 'stats'], { cwd, encoding: 'utf8' });
      assert.match(stats.stdout, /overridden by packs: 1;/);
    });

    it('--no-workspace-packs does not read settings (no warning)', () => {
      const r = run(['check', '--no-workspace-packs', '--fail-on', 'never', 'bad']);
      assert.equal(r.status, 0);
      assert.equal(r.stderr, '');
    });
  });
});
