/** `factdesk check --workspace`: drafts that disagree where the record cannot settle it. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import type { Log } from 'sarif';

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
    assert.deepEqual(lines, [
      "a.md:5:15: information: drafts disagree on AMD Instinct MI308's memory: “192 GB” here, “128 GB” in b.md:5:24 (the record holds no value for it) [amd-mi308 memory_capacity]",
    ]);
    assert.match(r.stdout, /^1 disagreement\(s\) between drafts$/m);
  });

  it('JSON carries the pairs as data; without --workspace nothing is compared', () => {
    const json = JSON.parse(run(['--workspace', '--format', 'json', '--fail-on', 'never', '.']).stdout);
    assert.equal(json.disagreements.length, 1);
    assert.deepEqual(
      [json.disagreements[0].a.path, json.disagreements[0].b.path, json.disagreements[0].record],
      ['a.md', 'b.md', 'silent'],
    );
    assert.deepEqual(json.disagreements[0].b, {
      path: 'b.md',
      line: 5,
      column: 24,
      endLine: 5,
      endColumn: 30,
      words: '128 GB',
    });
    assert.equal(JSON.parse(run(['--format', 'json', '--fail-on', 'never', '.']).stdout).disagreements, undefined);
  });

  it('SARIF: a note at the first draft, the other draft as a related location linked from the message', () => {
    const r = run(['--workspace', '--format', 'sarif', '--fail-on', 'never', '.']);
    assert.equal(r.status, 0, r.stderr);
    const log = JSON.parse(r.stdout) as Log;
    const schema = JSON.parse(
      fs.readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'),
    );
    const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false, logger: false }).compile(schema);
    assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 5)));
    const run0 = log.runs[0]!;
    const rules = run0.tool.driver.rules!;
    const results = run0.results!.filter((x) => x.ruleId === 'factdesk/disagreement');
    assert.equal(results.length, 1);
    const [d] = results;
    assert.equal(rules[d!.ruleIndex!]!.id, 'factdesk/disagreement');
    assert.equal(d!.level, 'note');
    assert.deepEqual(d!.locations![0]!.physicalLocation!.artifactLocation, { uri: 'a.md', uriBaseId: '%SRCROOT%' });
    assert.deepEqual(d!.locations![0]!.physicalLocation!.region, {
      startLine: 5,
      startColumn: 15,
      endLine: 5,
      endColumn: 21,
    });
    const related = d!.relatedLocations!;
    assert.equal(related.length, 1);
    assert.equal(related[0]!.id, 1);
    assert.deepEqual(related[0]!.physicalLocation!.artifactLocation, { uri: 'b.md', uriBaseId: '%SRCROOT%' });
    assert.deepEqual(related[0]!.physicalLocation!.region, {
      startLine: 5,
      startColumn: 24,
      endLine: 5,
      endColumn: 30,
    });
    assert.equal(
      d!.message.text,
      "Drafts disagree on AMD Instinct MI308's memory: “192 GB” here, “128 GB” in [b.md:5:24](1) (the record holds no value for it).",
    );
    // Without --workspace the rule is not there.
    const plain = JSON.parse(run(['--format', 'sarif', '--fail-on', 'never', '.']).stdout) as Log;
    assert.ok(!plain.runs[0]!.tool.driver.rules!.some((x) => x.id === 'factdesk/disagreement'));
  });

  it('--format github: a ::notice at the first draft naming the other, escaped as workflow commands require', () => {
    const r = run(['--workspace', '--format', 'github', '--fail-on', 'never', '.']);
    assert.equal(r.status, 0, r.stderr);
    const notices = r.stdout.split('\n').filter((l) => l.startsWith('::notice '));
    assert.deepEqual(notices, [
      "::notice file=a.md,line=5,col=15,endLine=5,endColumn=21,title=Fact Desk%3A drafts disagree (amd-mi308 memory_capacity)::Drafts disagree on AMD Instinct MI308's memory: “192 GB” here, “128 GB” in b.md:5:24 (the record holds no value for it).",
    ]);
    // A file name with the property separators is escaped in the property and in the message alike.
    const odd = fs.mkdtempSync(path.join(os.tmpdir(), 'fd-ws-odd-'));
    fs.writeFileSync(path.join(odd, 'x, y: 50%.md'), draft('The MI308 has 192 GB of memory.'));
    fs.writeFileSync(path.join(odd, 'z.md'), draft('AMD says the MI308 has 128 GB of memory.'));
    const o = spawnSync(
      process.execPath,
      [CLI, 'check', '--workspace', '--format', 'github', '--fail-on', 'never', '.'],
      { cwd: odd, encoding: 'utf8' },
    );
    fs.rmSync(odd, { recursive: true, force: true });
    assert.match(
      o.stdout,
      /^::notice file=x%2C y%3A 50%25\.md,line=5,col=15,.*::Drafts disagree on AMD Instinct MI308's memory: “192 GB” here, “128 GB” in z\.md:5:24 \(the record holds no value for it\)\.$/m,
    );
  });

  it('where the record is disputed (sources disagree, none preferred): both drafts named, SARIF linking the other', () => {
    // The record holds 192 GB and 180 GB for the B200's memory with no reason to prefer one (conflictResolution open).
    const disputed = fs.mkdtempSync(path.join(os.tmpdir(), 'fd-ws-disputed-'));
    fs.writeFileSync(path.join(disputed, 'first.md'), draft('The Nvidia B200 has 192 GB of memory.'));
    fs.writeFileSync(path.join(disputed, 'second.md'), draft('The B200 carries 180 GB of HBM3e.'));
    // Where the record prefers one value (the H200's 141 GB over 144 GB), it settles it: no pair between drafts.
    fs.writeFileSync(path.join(disputed, 'settled-a.md'), draft('The Nvidia H200 has 144 GB of memory.'));
    fs.writeFileSync(path.join(disputed, 'settled-b.md'), draft('The Nvidia H200 has 141 GB of memory.'));
    const inDir = (args: string[]) =>
      spawnSync(process.execPath, [CLI, 'check', '--workspace', '--fail-on', 'never', ...args, '.'], {
        cwd: disputed,
        encoding: 'utf8',
      });
    const text = inDir([]);
    const sarif = JSON.parse(inDir(['--format', 'sarif']).stdout) as Log;
    fs.rmSync(disputed, { recursive: true, force: true });
    assert.equal(text.status, 0, text.stderr);
    assert.deepEqual(
      text.stdout.split('\n').filter((l) => l.includes('drafts disagree')),
      [
        "first.md:5:21: information: drafts disagree on Nvidia B200's memory: “192 GB” here, “180 GB” in second.md:5:18 (the record’s sources disagree) [nvidia-b200 memory_capacity]",
      ],
    );
    const [d, ...more] = sarif.runs[0]!.results!.filter((x) => x.ruleId === 'factdesk/disagreement');
    assert.equal(more.length, 0);
    assert.equal(d!.locations![0]!.physicalLocation!.artifactLocation!.uri, 'first.md');
    assert.deepEqual(
      d!.relatedLocations!.map((l) => [
        l.id,
        l.physicalLocation!.artifactLocation!.uri,
        l.physicalLocation!.region!.startLine,
        l.physicalLocation!.region!.startColumn,
      ]),
      [[1, 'second.md', 5, 18]],
    );
    assert.match(d!.message.text!, /in \[second\.md:5:18\]\(1\) \(the record’s sources disagree\)\.$/);
  });

  it('--format jsonl: one disagreement line per pair after the files', () => {
    const lines = run(['--workspace', '--format', 'jsonl', '--fail-on', 'never', '.'])
      .stdout.trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string });
    assert.deepEqual(
      lines.filter((l) => l.type === 'disagreement'),
      [
        {
          type: 'disagreement',
          entityId: 'amd-mi308',
          attribute: 'memory_capacity',
          what: "AMD Instinct MI308's memory",
          record: 'silent',
          a: { path: 'a.md', line: 5, column: 15, endLine: 5, endColumn: 21, words: '192 GB' },
          b: { path: 'b.md', line: 5, column: 24, endLine: 5, endColumn: 30, words: '128 GB' },
        },
      ],
    );
    assert.equal(lines[lines.length - 1]!.type, 'disagreement');
  });
});
