/** `--format github`: GitHub Actions workflow commands, escaped as GitHub requires, one per finding. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { escapeData, escapeProperty } from '../../../../src/cli/format/github';

const CLI = path.join(__dirname, '..', '..', '..', '..', 'dist', 'cli.js');

/**
 * A workflow command read back the way the GitHub Actions runner reads one (ActionCommand.TryParseV2 in
 * actions/runner, src/Runner.Common/ActionCommand.cs): after leading blanks, `::`; the command info runs to the
 * next `::`; its name to the first space; the properties are split at `,` (empty ones dropped), each at its
 * first `=`; then properties are unescaped (%0D, %0A, %3A, %2C, then %25) and the data (%0D, %0A, then %25).
 */
function parseWorkflowCommand(
  line: string,
): { command: string; properties: Record<string, string>; data: string } | undefined {
  const message = line.trimStart();
  if (!message.startsWith('::')) return undefined;
  const end = message.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = message.slice(2, end);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  const unescape = (text: string, mappings: [string, string][]) =>
    mappings.reduce((t, [escaped, raw]) => t.split(escaped).join(raw), text);
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const pair of info
      .slice(space + 1)
      .trim()
      .split(',')
      .filter(Boolean)) {
      const eq = pair.indexOf('=');
      if (eq > 0 && eq < pair.length - 1)
        properties[pair.slice(0, eq)] = unescape(pair.slice(eq + 1), [
          ['%0D', '\r'],
          ['%0A', '\n'],
          ['%3A', ':'],
          ['%2C', ','],
          ['%25', '%'],
        ]);
    }
  }
  return {
    command,
    properties,
    data: unescape(message.slice(end + 2), [
      ['%0D', '\r'],
      ['%0A', '\n'],
      ['%25', '%'],
    ]),
  };
}

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
    assert.match(
      lines[0]!,
      /^::error file=odd%2C name%3A 50%25\.md,line=5,col=\d+,endLine=5,endColumn=\d+,title=Fact Desk%3A contradicted \(h200\.memory_capacity\)::H200 memory: 141 GB in the record, not 96 GB$/,
    );
    // A name with LF, CR and '::' cannot start a second command: it stays one line, its separators escaped.
    fs.rmSync(path.join(dir, name));
    fs.writeFileSync(
      path.join(dir, 'a\nb\r::warning x.md'),
      '---\ndate: 2025-11-27\n---\n\nThe Nvidia H200 has 96 GB of memory.\n',
    );
    const forged = spawnSync(process.execPath, [CLI, 'check', '--format', 'github', '.'], {
      cwd: dir,
      encoding: 'utf8',
    });
    assert.deepEqual(forged.stdout.split('\n'), [
      '::error file=a%0Ab%0D%3A%3Awarning x.md,line=5,col=21,endLine=5,endColumn=26,title=Fact Desk%3A contradicted (h200.memory_capacity)::H200 memory: 141 GB in the record, not 96 GB',
      '',
    ]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('read back as the runner reads workflow commands, every annotation gives the file, place, title and message exactly', function () {
    if (!fs.existsSync(CLI)) this.skip();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fd-gh-rt-'));
    // Every character the rules name, in the file name (a property) and in the messages (“25%”, “: ”).
    const name = 'desk, 50%: a=b\r\n::warning x.md';
    fs.copyFileSync(
      path.join(__dirname, '..', '..', '..', '..', 'examples', 'desk-test-deliberate-errors.md'),
      path.join(dir, name),
    );
    const github = spawnSync(process.execPath, [CLI, 'check', '--format', 'github', '.'], {
      cwd: dir,
      encoding: 'utf8',
    });
    const json = JSON.parse(
      spawnSync(process.execPath, [CLI, 'check', '--format', 'json', '.'], { cwd: dir, encoding: 'utf8' }).stdout,
    );
    fs.rmSync(dir, { recursive: true, force: true });
    const findings: {
      range: { start: { line: number; character: number }; end: { line: number; character: number } };
      severity: string;
      verdict: string;
      factId: string;
      message: string;
    }[] = json.files[0].findings;
    const lines = github.stdout.split('\n').slice(0, -1);
    assert.equal(lines.length, findings.length, 'one line per finding: nothing in a name or message starts another');
    assert.ok(
      findings.some((f) => f.message.includes('%')),
      'a message with a %',
    );
    lines.forEach((line, i) => {
      const f = findings[i]!;
      const parsed = parseWorkflowCommand(line);
      assert.ok(parsed, line);
      assert.equal(parsed.command, { error: 'error', warning: 'warning', information: 'notice' }[f.severity]);
      assert.deepEqual(parsed.properties, {
        file: name,
        line: String(f.range.start.line + 1),
        col: String(f.range.start.character + 1),
        endLine: String(f.range.end.line + 1),
        endColumn: String(f.range.end.character + 1),
        title: `Fact Desk: ${f.verdict} (${f.factId})`,
      });
      assert.equal(parsed.data, f.message);
    });
  });

  it('the round trip holds for each character the rules name, alone and next to an escape sequence', () => {
    for (const raw of ['%', '\r', '\n', ':', ',', '%25', '%0A', '%3A', '::', '100%,\r\n:x', 'a%2Cb']) {
      const line = `::notice file=${escapeProperty(raw)},title=${escapeProperty(raw)}::${escapeData(raw)}`;
      assert.equal(line.split('\n').length, 1, JSON.stringify(raw));
      assert.deepEqual(
        parseWorkflowCommand(line),
        { command: 'notice', properties: { file: raw, title: raw }, data: raw },
        JSON.stringify(raw),
      );
    }
  });

  it('is offered by the usage error', function () {
    if (!fs.existsSync(CLI)) this.skip();
    const r = spawnSync(process.execPath, [CLI, 'check', '--format', 'xml', 'x.md'], { encoding: 'utf8' });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /expected text, json, jsonl, sarif or github/);
  });
});
