/**
 * The CLI against bad files, beyond test/unit/cli/main.test.ts: a 50 MB draft, a
 * folder mixing good and bad files, a file that vanishes between listing and
 * reading, symlink loops, a FIFO, and a draft that crashes the engine. Runs
 * the built dist/cli.js in a child process (npm test builds first).
 *
 * The rule under test: every good file is still checked and reported; every
 * bad one gets exactly one clear line naming it; the exit code is 2; nothing
 * hangs and no stack trace is printed.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const CLAIM = 'The H200 has 96 GB of memory.\n';

function factdesk(args: string[], opts: { cwd?: string; preload?: string; timeout?: number } = {}) {
  const node = [...(opts.preload ? ['--require', opts.preload] : []), CLI, ...args];
  const r = spawnSync(process.execPath, node, {
    cwd: opts.cwd ?? ROOT,
    encoding: 'utf8',
    timeout: opts.timeout ?? 60_000,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, FACTDESK_TODAY: '2026-11-23', NO_COLOR: '1' },
  });
  return {
    code: r.status,
    signal: r.signal,
    out: r.stdout ?? '',
    err: r.stderr ?? '',
    all: `${r.stdout ?? ''}${r.stderr ?? ''}`,
    timedOut: r.error?.message.includes('ETIMEDOUT') ?? false,
  };
}

const linesAbout = (text: string, name: string) => text.split('\n').filter((l) => l.includes(name));
const noStack = (s: string) => assert.doesNotMatch(s, /\n[ \t]+at .+:\d+:\d+/, 'no stack trace');

describe('hardening: CLI bad files', function () {
  this.timeout(120_000);
  let dir: string;

  before(function () {
    if (!fs.existsSync(CLI)) throw new Error('dist/cli.js is missing: run npm run build (npm test does)');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factdesk-hardening-cli-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const folder = (name: string, files: Record<string, string | Buffer>) => {
    const root = path.join(dir, name);
    fs.mkdirSync(root, { recursive: true });
    for (const [rel, content] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      fs.writeFileSync(path.join(root, rel), content);
    }
    return root;
  };

  it('a 50 MB .md file: one clear line, exit 2, refused by size before it is read', () => {
    const root = folder('huge', {});
    fs.writeFileSync(path.join(root, 'huge.md'), Buffer.alloc(50 * 1024 * 1024, 'The H200 has 96 GB of memory. '));
    const r = factdesk(['check', 'huge.md'], { cwd: root });
    assert.equal(r.timedOut, false);
    assert.equal(r.code, 2, r.all);
    const lines = linesAbout(r.all, 'huge.md');
    assert.equal(lines.length, 1, r.all);
    assert.match(lines[0]!, /^huge\.md: error: .*50\.0 MB.*10 MB/);
    noStack(r.all);
    // JSON keeps the file with its error, and says it once on stderr.
    const j = factdesk(['check', '--format', 'json', 'huge.md'], { cwd: root });
    assert.equal(j.code, 2);
    assert.match(JSON.parse(j.out).files[0].error, /50\.0 MB/);
    assert.equal(linesAbout(j.err, 'huge.md').length, 1, j.err);
  });

  describe('a folder mixing good and bad files', () => {
    let root: string;
    before(() => {
      root = folder('mixed', {
        'a-good.md': `# Specs\n\n${CLAIM}`,
        'b-binary.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]),
        'c-latin1.md': Buffer.from([0x48, 0x32, 0x30, 0x30, 0x20, 0xe9, 0x74, 0xe9]),
        'd-empty.md': '',
        'e-broken-front-matter.md': `---\ndate: [2025\n---\n\n${CLAIM}`,
        'f-bom-crlf.md': Buffer.concat([
          Buffer.from([0xef, 0xbb, 0xbf]),
          Buffer.from(`---\r\ndate: 2025-11-27\r\n---\r\n\r\nThe H20 draws 700 W.\r\n`),
        ]),
        'g-lone-cr.md': `intro\r\r${CLAIM.trim()}\r`,
        'h-utf16.md': Buffer.from('\ufeffThe H200 has 96 GB of memory.\n', 'utf16le'),
        'sub/i-good.md': 'Nvidia’s H20 has 141 GB of memory.\n',
        'notes.txt': CLAIM,
        'node_modules/x/readme.md': CLAIM,
      });
      fs.writeFileSync(path.join(root, 'j-huge.md'), Buffer.alloc(11 * 1024 * 1024, 'lorem ipsum '));
    });

    it('text: good files still checked and reported, each bad file one error line, exit 2', () => {
      const r = factdesk(['check', '.'], { cwd: root });
      assert.equal(r.code, 2, r.all);
      noStack(r.all);
      // Good files: their findings, at their places.
      assert.match(r.out, /^a-good\.md:3:14: error: H200 memory: 141 GB in the record, not 96 GB/m);
      assert.match(r.out, /^e-broken-front-matter\.md: note: front matter is not valid YAML/m);
      assert.match(r.out, /^e-broken-front-matter\.md:5:14: error: H200 memory: 141 GB in the record, not 96 GB/m);
      assert.match(r.out, /^f-bom-crlf\.md:5:\d+: error: H20 TDP: 400 W in the record, not 700 W/m);
      assert.match(r.out, /^g-lone-cr\.md:3:14: error: H200 memory: 141 GB in the record, not 96 GB/m);
      assert.match(r.out, /^sub\/i-good\.md:1:\d+: error: H20 memory: 96 GB in the record, not 141 GB/m);
      // Bad files: one line each, naming the problem.
      for (const [name, why] of [
        ['b-binary.md', /not a text file/],
        ['c-latin1.md', /not valid UTF-8/],
        ['h-utf16.md', /UTF-16 text: save it as UTF-8/],
        ['j-huge.md', /11\.0 MB/],
      ] as const) {
        const lines = linesAbout(r.all, name);
        assert.equal(lines.length, 1, `${name}: ${r.all}`);
        assert.match(lines[0]!, why);
      }
      // Not drafts: never listed.
      assert.equal(linesAbout(r.all, 'notes.txt').length, 0);
      assert.equal(linesAbout(r.all, 'node_modules').length, 0);
      // The summary counts the 6 drafts that were checked.
      assert.match(r.out, /^5 errors, .* in 6 files/m);
    });

    it('json and sarif: every draft listed, errors kept per file, exit 2', () => {
      const j = factdesk(['check', '--format', 'json', '.'], { cwd: root });
      assert.equal(j.code, 2, j.err);
      const report = JSON.parse(j.out) as { files: { path: string; error?: string; findings: unknown[] }[] };
      assert.equal(report.files.length, 10);
      const byName = new Map(report.files.map((f) => [f.path, f]));
      assert.ok(byName.get('a-good.md')!.findings.length >= 1);
      assert.ok(byName.get('sub/i-good.md')!.findings.length >= 1);
      for (const bad of ['b-binary.md', 'c-latin1.md', 'h-utf16.md', 'j-huge.md'])
        assert.ok(byName.get(bad)!.error, bad);
      const s = factdesk(['check', '--format', 'sarif', '.'], { cwd: root });
      assert.equal(s.code, 2);
      const sarif = JSON.parse(s.out) as {
        runs: { results: { locations?: { physicalLocation?: { artifactLocation?: { uri?: string } } }[] }[] }[];
      };
      const uris = sarif.runs[0]!.results.map((x) => x.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '');
      for (const good of ['a-good.md', 'e-broken-front-matter.md', 'f-bom-crlf.md', 'g-lone-cr.md', 'sub/i-good.md'])
        assert.ok(
          uris.some((u) => u.endsWith(good)),
          `${good} in ${JSON.stringify(uris)}`,
        );
      assert.equal(linesAbout(s.err, 'b-binary.md').length, 1, s.err);
    });
  });

  it('a file deleted between listing and reading it: one line for it, the others still reported, exit 2', () => {
    const root = folder('vanish-before-stat', { 'a-good.md': CLAIM, 'b-vanishing.md': CLAIM, 'c-good.md': CLAIM });
    // Deletes b-vanishing.md the first time anything stats it: after the glob listed it, before it is read.
    const preload = path.join(root, '..', 'vanish-before-stat.js');
    fs.writeFileSync(
      preload,
      `const fs = require('fs'); const stat = fs.statSync; let done = false;
       fs.statSync = function (p, ...rest) { if (!done && String(p).endsWith('b-vanishing.md')) { done = true; fs.unlinkSync(p); } return stat.call(this, p, ...rest); };`,
    );
    const r = factdesk(['check', '.'], { cwd: root, preload });
    assert.equal(r.code, 2, r.all);
    noStack(r.all);
    assert.match(r.out, /^a-good\.md:1:14: error/m);
    assert.match(r.out, /^c-good\.md:1:14: error/m);
    const lines = linesAbout(r.all, 'b-vanishing.md');
    assert.equal(lines.length, 1, r.all);
    assert.match(lines[0]!, /cannot read \(ENOENT\)/);
  });

  // BUG-CLI-READ: readDraft() (src/cli/files.ts) stats the file inside a try
  // but reads it with fs.readFileSync outside one. A file deleted (or made
  // unreadable: EACCES, EISDIR, EIO) between the stat and the read throws out
  // of run(): the CLI prints "factdesk: internal error: ENOENT: no such file
  // or directory, open '…'" and exits 2 WITHOUT reporting any other file.
  // Repro: this test (a --require preload that unlinks the file right after
  // its stat), or chmod 000 on a draft when not running as root.
  it('a file deleted between its stat and its read: one line for it, the others still reported', () => {
    const root = folder('vanish-after-stat', { 'a-good.md': CLAIM, 'b-vanishing.md': CLAIM, 'c-good.md': CLAIM });
    const preload = path.join(root, '..', 'vanish-after-stat.js');
    fs.writeFileSync(
      preload,
      `const fs = require('fs'); const stat = fs.statSync; let done = false;
       fs.statSync = function (p, ...rest) { const s = stat.call(this, p, ...rest); if (!done && String(p).endsWith('b-vanishing.md')) { done = true; fs.unlinkSync(p); } return s; };`,
    );
    const r = factdesk(['check', '.'], { cwd: root, preload });
    assert.equal(r.code, 2, r.all);
    noStack(r.all);
    assert.doesNotMatch(r.all, /internal error/);
    assert.match(r.out, /^a-good\.md:1:14: error/m);
    assert.match(r.out, /^c-good\.md:1:14: error/m);
    assert.equal(linesAbout(r.all, 'b-vanishing.md').length, 1, r.all);
  });

  describe('symlinks', function () {
    before(function () {
      if (process.platform === 'win32') this.skip();
    });

    it('a symlink loop in a folder (a → b → a, x.md → a, a dangling x.md): no hang, no crash, the good file reported', () => {
      const root = folder('loops', { 'good.md': CLAIM });
      fs.symlinkSync('loop-b', path.join(root, 'loop-a'));
      fs.symlinkSync('loop-a', path.join(root, 'loop-b'));
      fs.symlinkSync('loop-a', path.join(root, 'looping.md'));
      fs.symlinkSync('nowhere.md', path.join(root, 'dangling.md'));
      fs.mkdirSync(path.join(root, 'sub'));
      fs.symlinkSync('../sub', path.join(root, 'sub', 'self'));
      const r = factdesk(['check', '.'], { cwd: root, timeout: 60_000 });
      assert.equal(r.timedOut, false, 'the CLI hung');
      assert.equal(r.code, 1, r.all);
      noStack(r.all);
      assert.match(r.out, /^good\.md:1:14: error/m);
      // Named on the command line, a looping link is one clear usage line, exit 2.
      const e = factdesk(['check', 'looping.md'], { cwd: root });
      assert.equal(e.code, 2);
      assert.equal(e.err.trim().split('\n').length, 1, e.err);
    });

    // BUG-CLI-SYMLINK-DUP: a symlink to an ancestor folder makes the CLI check
    // the same file twice under two names (the dedupe in expandPaths compares
    // normalised paths, not real paths), double-counting its findings.
    // Repro: mkdir d; echo 'The H200 has 96 GB of memory.' > d/good.md;
    // ln -s .. d/up; factdesk check d → "d/good.md" and "d/up/d/good.md".
    it('a symlink back to an ancestor does not check the same file twice', () => {
      const root = folder('ancestor', { 'd/good.md': CLAIM });
      fs.symlinkSync('..', path.join(root, 'd', 'up'));
      const r = factdesk(['check', 'd'], { cwd: root });
      assert.equal(r.code, 1, r.all);
      assert.equal(r.out.split('\n').filter((l) => /good\.md:1:14: error/.test(l)).length, 1, r.out);
    });
  });

  describe('special files', function () {
    before(function () {
      if (process.platform === 'win32') this.skip();
    });

    it('a FIFO named *.md inside a folder is not listed (no hang)', () => {
      const root = folder('fifo-in-folder', { 'good.md': CLAIM });
      const made = spawnSync('mkfifo', [path.join(root, 'pipe.md')]);
      if (made.status !== 0) return;
      const r = factdesk(['check', '.'], { cwd: root, timeout: 30_000 });
      assert.equal(r.timedOut, false, 'the CLI hung on a FIFO');
      assert.equal(r.code, 1, r.all);
      assert.match(r.out, /^good\.md:1:14: error/m);
    });

    // BUG-CLI-FIFO: a FIFO (or /dev/stdin-like special file) named on the
    // command line passes the "is a markdown file" test (not a directory,
    // name ends in .md), stat gives size 0, and fs.readFileSync blocks
    // forever: the CLI hangs. Repro: mkfifo p.md; factdesk check p.md.
    // Fix: refuse anything that is not stat.isFile() with one line.
    it('a FIFO named on the command line: one line, exit 2, no hang', () => {
      const root = folder('fifo-named', { 'good.md': CLAIM });
      assert.equal(spawnSync('mkfifo', [path.join(root, 'pipe.md')]).status, 0);
      const r = factdesk(['check', 'good.md', 'pipe.md'], { cwd: root, timeout: 20_000 });
      assert.equal(r.timedOut, false, 'the CLI hung on a FIFO');
      assert.equal(r.code, 2);
      assert.equal(linesAbout(r.all, 'pipe.md').length, 1);
      assert.match(r.out, /^good\.md:1:14: error/m);
    });
  });

  // BUG-CLI-ENGINE-THROW (fixed): when the engine threw on one draft (quotes
  // nested 10,000 deep → RangeError, see bad-inputs BUG-DEEP-THROW), check()
  // in src/cli/main.ts did not catch it per file: the run died with
  // "factdesk: internal error: Maximum call stack size exceeded" and the
  // other files' findings were never printed. Both halves are fixed: the
  // engine skips a stretch nested too deeply to parse and says so in a note
  // (so that draft no longer throws), and the CLI guards each file's check.
  it('a draft nested 10,000 deep is checked with a note; the other files are still reported', () => {
    const root = folder('engine-deep', {
      'a-good.md': CLAIM,
      'b-deep.md': '> '.repeat(10_000) + CLAIM,
      'c-good.md': CLAIM,
    });
    const r = factdesk(['check', '.'], { cwd: root });
    assert.equal(r.code, 1, r.all);
    noStack(r.all);
    assert.doesNotMatch(r.all, /internal error/);
    assert.match(r.out, /^a-good\.md:1:14: error/m);
    assert.match(r.out, /^c-good\.md:1:14: error/m);
    assert.deepEqual(
      linesAbout(r.all, 'b-deep.md').map((l) => /note: .*nested too deeply/.test(l)),
      [true],
      r.all,
    );
  });

  // The per-file guard itself, now that no known draft makes the engine throw:
  // a --require preload hands the engine a text that throws when read (the
  // draft holding the marker), as a fault inside check() would.
  it('a draft that crashes the engine is that file’s error; the other files are still reported', () => {
    const root = folder('engine-throw', {
      'a-good.md': CLAIM,
      'b-crash.md': `${CLAIM} INJECT-ENGINE-FAULT`,
      'c-good.md': CLAIM,
    });
    const preload = path.join(root, '..', 'engine-fault.js');
    fs.writeFileSync(
      preload,
      `const decode = TextDecoder.prototype.decode;
       const boom = () => { throw new Error('injected engine fault'); };
       TextDecoder.prototype.decode = function (...args) {
         const text = decode.apply(this, args);
         if (typeof text !== 'string' || !text.includes('INJECT-ENGINE-FAULT')) return text;
         return new Proxy({}, { get: (_, key) => (key === 'charCodeAt' ? () => 0x20 : key === 'slice' ? () => boom() : boom()) });
       };`,
    );
    const r = factdesk(['check', '.'], { cwd: root, preload });
    assert.equal(r.code, 2, r.all);
    noStack(r.all);
    assert.doesNotMatch(r.all, /^factdesk: internal error/m);
    assert.match(r.out, /^a-good\.md:1:14: error/m);
    assert.match(r.out, /^c-good\.md:1:14: error/m);
    const lines = linesAbout(r.all, 'b-crash.md');
    assert.equal(lines.length, 1, r.all);
    assert.match(lines[0]!, /internal error while checking: injected engine fault/);
  });

  // BUG-YAML-WARN: a front matter with a custom YAML tag makes the yaml
  // library call process.emitWarning (engine.ts frontMatterDate uses
  // YAML.parse without logLevel): the CLI prints a 5-line
  // "(node:PID) [TAG_RESOLVE_FAILED] YAMLWarning: Unresolved tag …" block on
  // stderr, and the extension host logs it. Repro: printf -- '---\ndate:
  // !!js/function "x"\n---\n' > t.md; factdesk check t.md.
  it('a front matter with a custom tag prints no YAML warning on stderr', () => {
    const root = folder('tagged', { 't.md': `---\ndate: !!js/function "function () {}"\n---\n${CLAIM}` });
    const r = factdesk(['check', 't.md'], { cwd: root });
    assert.equal(r.code, 1, r.all);
    assert.doesNotMatch(r.err, /YAMLWarning|TAG_RESOLVE_FAILED/);
  });
});
