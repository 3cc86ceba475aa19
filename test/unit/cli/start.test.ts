/**
 * The CLI's start (src/cli/start.ts): dist/cli.js runs dist/cli-main.js with the V8 code cache the
 * build wrote. The cache is only a speed-up: absent or unreadable, the CLI answers the same.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..', '..');
const DIST = path.join(ROOT, 'dist');

function run(dist: string) {
  const r = spawnSync(
    process.execPath,
    [path.join(dist, 'cli.js'), 'check', '--format', 'json', 'examples/seed-002-shift-ai-training-overseas.md'],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, FACTDESK_TODAY: '2026-11-23', FACTDESK_DEBUG_CODE_CACHE: '1' },
    },
  );
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A copy of the CLI's files in a temporary dist/, with the cache replaced. */
function distWithCache(cache: Buffer | undefined): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factdesk-start-'));
  for (const f of ['cli.js', 'cli-main.js']) fs.copyFileSync(path.join(DIST, f), path.join(dir, f));
  fs.cpSync(path.join(DIST, 'vendor'), path.join(dir, 'vendor'), { recursive: true });
  if (cache) fs.writeFileSync(path.join(dir, 'cli-main.js.cache'), cache);
  return dir;
}

describe('cli start: the code cache', function () {
  this.timeout(30_000);
  before(function () {
    if (!fs.existsSync(path.join(DIST, 'cli-main.js')))
      throw new Error('dist/cli-main.js is missing: run npm run build (npm test does)');
  });

  it('the build wrote a cache this Node uses', () => {
    assert.ok(fs.statSync(path.join(DIST, 'cli-main.js.cache')).size > 100_000);
    const r = run(DIST);
    assert.equal(r.code, 1);
    assert.match(r.err, /^factdesk: code cache used$/m);
  });

  it('without a cache, or with one V8 rejects, the CLI gives the same answer', () => {
    const expected = run(DIST);
    for (const [cache, state] of [
      [undefined, 'absent'],
      [Buffer.from('not a code cache '.repeat(100)), 'rejected'],
    ] as const) {
      const dir = distWithCache(cache);
      try {
        const r = run(dir);
        assert.match(r.err, new RegExp(`^factdesk: code cache ${state}$`, 'm'));
        assert.equal(r.code, expected.code);
        assert.equal(r.out, expected.out);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }
  });

  it('required as a module, dist/cli.js exports the CLI without running it', () => {
    const r = spawnSync(
      process.execPath,
      [
        '-e',
        `const cli = require(${JSON.stringify(path.join(DIST, 'cli.js'))}); process.stdout.write(typeof cli.main)`,
      ],
      { encoding: 'utf8' },
    );
    assert.equal(r.stdout, 'function');
    assert.equal(r.status, 0);
  });
});
