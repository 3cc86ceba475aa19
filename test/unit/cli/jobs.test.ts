/**
 * `factdesk check` on a folder over worker threads (--jobs) and `--format jsonl`: the built
 * dist/cli.js in a child process (npm test builds first). Output order is the file list's,
 * whatever thread finishes first.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');

function factdesk(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, FACTDESK_TODAY: '2026-11-23', NO_COLOR: '1' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A folder of drafts made from the examples, long and short mixed so threads finish out of order; one unreadable. */
function archive(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fd-jobs-'));
  const examples = fs
    .readdirSync(path.join(ROOT, 'examples'))
    .filter((f) => f.endsWith('.md'))
    .sort();
  for (let i = 0; i < 30; i++) {
    const text = fs.readFileSync(path.join(ROOT, 'examples', examples[i % examples.length]!), 'utf8');
    // Every third draft is the example three times over: a slow draft before fast ones.
    fs.writeFileSync(
      path.join(dir, `d${String(i).padStart(2, '0')}.md`),
      i % 3 === 0 ? `${text}\n\n${text}\n\n${text}` : text,
    );
  }
  fs.mkdirSync(path.join(dir, 'sub'));
  fs.writeFileSync(path.join(dir, 'sub', 'late.md'), 'Nvidia’s H20 carries 141 GB of HBM3.\n');
  fs.writeFileSync(path.join(dir, 'sub', 'broken.md'), Buffer.from([0xff, 0xfe, 0x00, 0x41, 0x00, 0x00]));
  return dir;
}

describe('cli: folders on worker threads, --format jsonl', function () {
  this.timeout(120_000);
  let dir: string;
  before(function () {
    if (!fs.existsSync(CLI)) throw new Error('dist/cli.js is missing: run npm run build (npm test does)');
    assert.ok(
      fs.existsSync(path.join(ROOT, 'dist', 'cli-worker.js')),
      'the build writes the worker bundle beside the CLI',
    );
    dir = archive();
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  for (const format of ['text', 'json', 'jsonl', 'sarif']) {
    it(`${format}: three threads print exactly what one thread prints, with the same exit code`, () => {
      const one = factdesk(['check', '.', '--format', format, '--jobs', '1'], dir);
      const three = factdesk(['check', '.', '--format', format, '--jobs', '3'], dir);
      assert.ok(one.out.length > 1000, one.err);
      assert.equal(three.out, one.out);
      assert.equal(three.err, one.err);
      assert.equal(three.code, one.code);
    });
  }

  it('jsonl: one JSON object a line, each file after its findings, files in the order of the list', () => {
    const r = factdesk(['check', '.', '--format', 'jsonl', '--jobs', '2'], dir);
    const lines = r.out
      .trimEnd()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as {
            type: string;
            path: string;
            findings?: number;
            error?: string;
            severity?: string;
            range?: unknown;
            factId?: string;
          },
      );
    const files = lines.filter((l) => l.type === 'file');
    assert.deepEqual(
      files.map((f) => f.path),
      [...Array.from({ length: 30 }, (_, i) => `d${String(i).padStart(2, '0')}.md`), 'sub/broken.md', 'sub/late.md'],
    );
    // The findings lines of a file come right before its file line, as many as it counts.
    let pending: string[] = [];
    for (const l of lines) {
      if (l.type === 'finding') {
        assert.ok(l.range && l.severity && l.factId, JSON.stringify(l));
        pending.push(l.path);
      } else {
        assert.equal(l.type, 'file');
        assert.deepEqual(pending, Array(l.findings).fill(l.path));
        pending = [];
      }
    }
    assert.ok(lines.filter((l) => l.type === 'finding').length > 30);
    // The same findings as --format json, file by file.
    const json = JSON.parse(factdesk(['check', '.', '--format', 'json'], dir).out) as {
      files: { path: string; findings: unknown[] }[];
    };
    assert.deepEqual(
      files.map((f) => f.findings),
      json.files.map((f) => f.findings.length),
    );
    // The unreadable draft is a file line with its error, and the run's exit code is 2 (unreadable input).
    assert.ok(files.find((f) => f.path === 'sub/broken.md')!.error);
    assert.equal(r.code, 2);
  });

  it('--jobs must be a whole number from 1', () => {
    const r = factdesk(['check', '.', '--jobs', '0'], dir);
    assert.equal(r.code, 2);
    assert.match(r.err, /--jobs 0: expected a whole number/);
  });
});
