/** `--format github`: GitHub Actions workflow commands, escaped as GitHub requires, one per finding. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { escapeData, escapeProperty } from '../../../../src/cli/format/github';

const CLI = path.join(__dirname, '..', '..', '..', '..', 'dist', 'cli.js');

describe('cli: --format github', () => {
  it('escapes data (%, CR, LF) and properties (also : and ,) as the workflow-command rules say', () => {
    assert.equal(escapeData('50% done\r\nnext'), '50%25 done%0D%0Anext');
    assert.equal(escapeProperty('a:b,c%d'), 'a%3Ab%2Cc%25d');
    // Other control characters are made terminal-safe first (no raw ESC reaches the log).
    assert.doesNotMatch(escapeData('x\u001b[31my'), /\u001b/);
  });

  it('prints one ::error / ::warning line per finding with 1-based positions, and names that cannot forge a line', function () {
    if (!fs.existsSync(CLI)) this.skip();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fd-gh-'));
    const name = 'odd, name: 50%.md';
    fs.writeFileSync(path.join(dir, name), '---\ndate: 2025-11-27\n---\n\nThe Nvidia H200 has 96 GB of memory.\n');
    const r = spawnSync(process.execPath, [CLI, 'check', '--format', 'github', name], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 1, r.stderr);
    const lines = r.stdout.trim().split('\n');
    assert.equal(lines.length, 1);
    assert.match(lines[0]!, /^::error file=odd%2C name%3A 50%25\.md,line=5,col=\d+,endLine=5,endColumn=\d+,title=Fact Desk%3A contradicted \(h200\.memory_capacity\)::H200 memory: 141 GB in the record, not 96 GB$/);
    // A name with LF, CR and '::' cannot start a second command: it stays one line, its separators escaped.
    fs.rmSync(path.join(dir, name));
    fs.writeFileSync(path.join(dir, 'a\nb\r::warning x.md'), '---\ndate: 2025-11-27\n---\n\nThe Nvidia H200 has 96 GB of memory.\n');
    const forged = spawnSync(process.execPath, [CLI, 'check', '--format', 'github', '.'], { cwd: dir, encoding: 'utf8' });
    assert.deepEqual(forged.stdout.split('\n'), ['::error file=a%0Ab%0D%3A%3Awarning x.md,line=5,col=21,endLine=5,endColumn=26,title=Fact Desk%3A contradicted (h200.memory_capacity)::H200 memory: 141 GB in the record, not 96 GB', '']);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('is offered by the usage error', function () {
    if (!fs.existsSync(CLI)) this.skip();
    const r = spawnSync(process.execPath, [CLI, 'check', '--format', 'xml', 'x.md'], { encoding: 'utf8' });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /expected text, json, jsonl, sarif or github/);
  });
});
