/**
 * Round eleven (an outside probe written without the fixes; cases by its ids, C5 …): a dated spec value holds only
 * in its window. A pack's override of the H200's memory "valid" only on 1 January 2000 contradicted a correct
 * "141 GB" in 2026 with "the record says 96 GB (as of 2026-11-30)"; outside its window it now judges nothing (not in
 * the record), inside it as before.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createEngine, type CompiledRecord } from '../../../src/engine';
import { bundledRecord } from '../../helpers/record';
import { loadPackText, OVERRIDE_PACK } from '../../helpers/packs-fixtures';
import { spawnSync } from 'node:child_process';

function withPack(text: string): CompiledRecord {
  const loaded = loadPackText(bundledRecord(), text);
  assert.deepEqual(loaded.errors, []);
  return loaded.record;
}
const verdicts = (record: CompiledRecord, text: string, asOf: string) =>
  createEngine(record)
    .check(text, { asOf, includeSupported: true })
    .findings.filter((f) => f.kind === 'quantity')
    .map((f) => `${f.verdict}:${f.claim}`);

describe('hardening: round eleven', () => {
  describe('C5 (silently wrong): a dated spec value is judged only in its window', () => {
    const dated = withPack(
      OVERRIDE_PACK.replace(
        '    asOf: 2026-01-05\n',
        '    asOf: 2026-01-05\n    valid: { from: 2000-01-01, to: 2000-01-02 }\n',
      ),
    );
    it('outside the window: not in the record, neither contradicted nor supported', () => {
      assert.deepEqual(verdicts(dated, 'The H200 has 141 GB of memory.', '2026-11-30'), ['unknown:141 GB']);
      assert.deepEqual(verdicts(dated, 'The H200 has 150 GB of memory.', '2026-11-30'), ['unknown:150 GB']);
      assert.deepEqual(verdicts(dated, 'The H200 has 150 GB of memory.', '1999-06-01'), ['unknown:150 GB']);
    });
    it('inside the window: judged against the dated value', () => {
      assert.deepEqual(verdicts(dated, 'The H200 has 150 GB of memory.', '2000-01-01'), ['supported:150 GB']);
      assert.deepEqual(verdicts(dated, 'The H200 has 141 GB of memory.', '2000-01-01'), ['contradicted:141 GB']);
    });
    it('an undated override is judged at every date, as before', () => {
      const undated = withPack(OVERRIDE_PACK);
      assert.deepEqual(verdicts(undated, 'The H200 has 141 GB of memory.', '2026-11-30'), ['contradicted:141 GB']);
    });
  });

  describe('C13 (active content): the markdown sweep never writes a source URL raw', () => {
    const CLI = path.join(__dirname, '../../../dist/cli.js');
    it("a pack URL with '> <img onerror>' and an ESC is a percent-encoded autolink", () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fd-round11-sweep-'));
      try {
        fs.mkdirSync(path.join(dir, '.factdesk'));
        const url = 'https://desk.example/x> <img src=x onerror=alert(1)> \u001b[31mRED';
        fs.writeFileSync(
          path.join(dir, '.factdesk', 'p.facts.yaml'),
          OVERRIDE_PACK.replace('https://desk.example/h200', JSON.stringify(url)),
        );
        fs.writeFileSync(path.join(dir, 'a.md'), '---\ndate: 2026-11-30\n---\nThe H200 has 96 GB of memory.\n');
        const r = spawnSync(process.execPath, [CLI, 'sweep', '--at', '2026-12-01', '--format', 'markdown', 'a.md'], {
          cwd: dir,
          encoding: 'utf8',
        });
        assert.match(r.stdout, /Source: .*<https:\/\/desk\.example\/x%3E%20%3Cimg/);
        assert.doesNotMatch(r.stdout, /<img|\u001b/);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('C15 (silently wrong): a character reference inside a word or number gets a note', () => {
    const notesOf = (text: string) =>
      (createEngine(bundledRecord()).check(text, { asOf: '2026-11-30' }).notes ?? []).join(' | ');
    for (const text of [
      'The &#72;200 has 96 GB of memory.',
      'The H&#50;00 has &#57;6 GB.',
      'The H100 is an &#x41;MD chip.',
      'A&shy;MD makes the MI308.',
    ])
      it(`noted: ${text}`, () => assert.match(notesOf(text), /character references? \(such as &#72; or &shy;\)/));
    for (const text of ['R&amp;D spending rose.', 'The H200 has 141&nbsp;GB of memory.', 'The H200 has 141&#160;GB.'])
      it(`no note: ${text}`, () => assert.doesNotMatch(notesOf(text), /character reference/));
  });

  describe('C10 (exit code): a pack named with --pack that cannot be used is unreadable input (2) everywhere', () => {
    const CLI = path.join(__dirname, '../../../dist/cli.js');
    const run = (args: string[]) =>
      spawnSync(process.execPath, [CLI, ...args], { cwd: os.tmpdir(), encoding: 'utf8' }).status;
    const bad = path.join(os.tmpdir(), 'fd-round11-bad.facts.yaml');
    before(() => fs.writeFileSync(bad, 'facts: [\n'));
    after(() => fs.rmSync(bad, { force: true }));
    for (const args of [
      ['explain', 'H100', '--pack', '/nonexistent/p.facts.yaml'],
      ['explain', 'H100', '--pack', bad],
      ['record', 'stats', '--pack', '/nonexistent/p.facts.yaml'],
      ['record', 'stats', '--pack', bad],
    ])
      it(args.join(' '), () => assert.equal(run([...args, '--no-workspace-packs']), 2));
    it('without a pack: 0', () => assert.equal(run(['explain', 'H100', '--no-workspace-packs']), 0));
  });
});
