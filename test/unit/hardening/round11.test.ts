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
import { OVERRIDE_PACK } from '../../helpers/packs-fixtures';
import { loadPacks } from '../../../src/packs/packs';
import { spawnSync } from 'node:child_process';

function packErrors(text: string): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fd-round11-'));
  try {
    fs.writeFileSync(path.join(dir, 'p.facts.yaml'), text);
    return loadPacks(bundledRecord(), [path.join(dir, 'p.facts.yaml')]).errors.map((e) => e.message);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function withPack(text: string): CompiledRecord {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fd-round11-'));
  try {
    fs.writeFileSync(path.join(dir, 'p.facts.yaml'), text);
    const loaded = loadPacks(bundledRecord(), [path.join(dir, 'p.facts.yaml')]);
    assert.deepEqual(
      loaded.errors.map((e) => e.message),
      [],
    );
    return loaded.record;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
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

  describe('C13 (active content): a source URL that could end its link early is refused', () => {
    const withUrl = (url: string) => OVERRIDE_PACK.replace('https://desk.example/h200', JSON.stringify(url));
    for (const url of [
      'https://desk.example/x> <img src=x onerror=alert(1)>',
      'https://desk.example/\u001b[31mRED',
      'https://desk.example/a"onclick=x',
      'https://desk.example/a b',
    ])
      it(`refused: ${JSON.stringify(url)}`, () => {
        assert.match(packErrors(withUrl(url)).join(' | '), /percent-encode it/);
      });
    it('accepted: the same URL percent-encoded', () => {
      assert.deepEqual(packErrors(withUrl('https://desk.example/x%3E%20%3Cimg%3E')), []);
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
