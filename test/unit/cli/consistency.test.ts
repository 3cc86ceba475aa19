/** `factdesk check --workspace`: drafts that disagree where the record cannot settle it. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const CLI = path.join(__dirname, '..', '..', '..', 'dist', 'cli.js');
const draft = (body: string) => `---\ndate: 2025-11-27\n---\n\n${body}\n`;

describe('cli: check --workspace (drafts that contradict each other)', function () {
  this.timeout(60_000);
  let dir: string;
  before(function () {
    if (!fs.existsSync(CLI)) this.skip();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fd-ws-'));
    // The record holds no memory figure for the MI308: two drafts disagree, a third agrees with the first.
    fs.writeFileSync(path.join(dir, 'a.md'), draft('The MI308 has 192 GB of memory.'));
    fs.writeFileSync(path.join(dir, 'b.md'), draft('AMD says the MI308 has 128 GB of memory.'));
    fs.writeFileSync(path.join(dir, 'c.md'), draft('The MI308 carries 192 GB of memory.'));
    // A fact the record holds is never a disagreement between drafts: each is judged against the record.
    fs.writeFileSync(path.join(dir, 'd.md'), draft('The Nvidia H200 has 96 GB of memory.'));
  });
  after(() => dir && fs.rmSync(dir, { recursive: true, force: true }));
  const run = (args: string[]) => spawnSync(process.execPath, [CLI, 'check', ...args], { cwd: dir, encoding: 'utf8' });

  it('names both places, once per disagreeing value, as information (the exit code stays the findings’)', () => {
    const r = run(['--workspace', '--fail-on', 'never', '.']);
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.split('\n').filter((l) => l.includes('drafts disagree'));
    assert.deepEqual(lines, ['a.md:5:15: information: drafts disagree on amd-mi308\'s memory_capacity: “192 GB” here, “128 GB” in b.md:5:24 (the record is silent)']);
    assert.match(r.stdout, /^1 disagreement\(s\) between drafts$/m);
  });

  it('JSON carries the pairs as data; without --workspace nothing is compared', () => {
    const json = JSON.parse(run(['--workspace', '--format', 'json', '--fail-on', 'never', '.']).stdout);
    assert.equal(json.disagreements.length, 1);
    assert.deepEqual([json.disagreements[0].a.path, json.disagreements[0].b.path, json.disagreements[0].record], ['a.md', 'b.md', 'silent']);
    assert.equal(JSON.parse(run(['--format', 'json', '--fail-on', 'never', '.']).stdout).disagreements, undefined);
  });
});
