/**
 * The extension's check thread (src/extension/checkClient.ts + checkWorker.ts, built into
 * dist/extension-worker.js; npm test builds first): results equal the editor thread's, a
 * record is sent once, a crash restarts the thread with a log line and loses no check.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createEngine, type CompiledRecord } from '../../../src/engine';
import { CheckClient, EngineFailure } from '../../../src/extension/checkClient';
import type { Log } from '../../../src/extension/log';

const DIST = path.join(__dirname, '..', '..', '..', 'dist');
const record = JSON.parse(fs.readFileSync(path.join(DIST, 'record.json'), 'utf8')) as CompiledRecord;
const draft = fs.readFileSync(
  path.join(
    __dirname,
    '..',
    '..',
    '..',
    'examples',
    fs
      .readdirSync(path.join(__dirname, '..', '..', '..', 'examples'))
      .filter((f) => f.endsWith('.md'))
      .sort()[0]!,
  ),
  'utf8',
);
const OPTIONS = { today: '2026-11-23', includeSupported: true, draft: 'file:///a.md' };

function fakeLog(lines: string[]): Log {
  const push = (level: string) => (m: string, e?: unknown) =>
    lines.push(`${level} ${m}${e ? `: ${(e as Error).message}` : ''}`);
  return { debug: push('debug'), info: push('info'), warn: push('warn'), error: push('error') } as unknown as Log;
}

describe('extension: the check thread', function () {
  this.timeout(60_000);
  let client: CheckClient;
  const lines: string[] = [];
  before(function () {
    if (!fs.existsSync(path.join(DIST, 'extension-worker.js')))
      throw new Error('dist/extension-worker.js is missing: run npm run build (npm test does)');
    client = CheckClient.create(fakeLog(lines), DIST)!;
  });
  after(() => client.dispose());

  it('answers with what the engine on this thread answers, mentions included', async () => {
    const engine = createEngine(record);
    const here = engine.check(draft, OPTIONS);
    const there = await client.check(engine, draft, OPTIONS);
    assert.deepEqual(there.findings, here.findings);
    assert.deepEqual(there.mentions, here.mentions);
    assert.ok(there.findings.length > 0);
    assert.equal(client.inFlight, 0);
  });

  it('keeps checks of two records apart, and answers many at once in any order they were sent', async () => {
    const a = createEngine(record);
    const b = createEngine({ ...record, facts: [] });
    const [ra, rb] = await Promise.all([
      client.check(a, draft, OPTIONS),
      client.check(b, draft, { ...OPTIONS, draft: 'file:///b.md' }),
    ]);
    assert.ok(ra.findings.some((f) => f.verdict === 'contradicted'));
    assert.ok(!rb.findings.some((f) => f.verdict === 'contradicted'), 'a record without facts contradicts nothing');
  });

  it('a crash restarts the thread with one log line, and the checks it held are answered', async () => {
    const engine = createEngine(record);
    await client.check(engine, draft, OPTIONS);
    // The thread dies before it reads these two.
    client.crashForTesting();
    const checks = [
      client.check(engine, draft, OPTIONS),
      client.check(engine, `${draft}\n\nThe H20 has 96 GB of memory.\n`, OPTIONS),
    ];
    const results = await Promise.all(checks);
    assert.equal(results.length, 2);
    assert.ok(results.every((r) => r.findings.length > 0));
    assert.equal(client.restarts, 1);
    assert.ok(
      lines.some((l) => /^warn check thread stopped \(exit 3\) with 2 check\(s\) in flight; restarting it/.test(l)),
      lines.join('\n'),
    );
    // And the new thread goes on checking.
    assert.ok((await client.check(engine, draft, OPTIONS)).findings.length > 0);
  });

  it('an engine failure on the thread is a failed check, not a crash', async () => {
    const broken = createEngine(record);
    // A record the thread cannot build an engine from.
    (broken.index as { record: unknown }).record = { ...record, entities: 'not a list' };
    await assert.rejects(client.check(broken, draft, OPTIONS), (e) => e instanceof EngineFailure);
    assert.equal(client.restarts, 1);
  });
});
