/** `factdesk sweep`: which published drafts owe readers a correction, an update note, or a recheck. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundledRecord } from '../../helpers/record';

const ROOT = path.join(__dirname, '..', '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');

// The record's versions (data/record/changes.yaml): the newest one is what a sweep runs "through".
const VERSIONS = (bundledRecord().changes ?? []).map((v) => v.version);
const NEWEST = VERSIONS[VERSIONS.length - 1]!;
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function sweep(args: string[], cwd: string) {
  return spawnSync(process.execPath, [CLI, 'sweep', ...args], { cwd, encoding: 'utf8', env: { ...process.env, FACTDESK_TODAY: '2026-11-30' } });
}

describe('cli: sweep', function () {
  this.timeout(60_000);
  let dir: string;
  before(function () {
    if (!fs.existsSync(CLI)) this.skip();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fd-sweep-'));
    // Right in June 2025 (a licence required, none granted); no longer once licences were granted in August.
    fs.writeFileSync(path.join(dir, 'june.md'), '---\ndate: 2025-06-01\n---\n\nThe H20 is banned in China.\n');
    // Wrong when published.
    fs.writeFileSync(path.join(dir, 'wrong.md'), '---\ndate: 2025-06-01\n---\n\nThe Nvidia H200 has 96 GB of memory.\n');
    fs.writeFileSync(path.join(dir, 'undated.md'), 'The H20 is banned in China.\n');
  });
  after(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

  it('lists an update due (right when published, outdated later), a correction due, and names an undated draft', () => {
    const r = sweep(['--at', '2025-09-01', '.'], dir);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /^june\.md:5:5: update due \(right when published 2025-06-01, outdated at 2025-09-01\): H20 China status: now exportable under licence since 8 August 2025, not banned \(outdated\)/m);
    assert.match(r.stdout, /^wrong\.md:5:\d+: correction due \(wrong when published 2025-06-01\): H200 memory: 141 GB in the record, not 96 GB/m);
    assert.match(r.stdout, /^undated\.md: note: no publication date/m);
    assert.match(r.stdout, /1 correction\(s\), 1 update note\(s\) due and 0 claim\(s\) to recheck in 3 draft\(s\), swept at 2025-09-01$/m);
  });

  it('JSON and a markdown report for the editor’s queue, with the source of the change', () => {
    const json = JSON.parse(sweep(['--at', '2025-09-01', '--format', 'json', 'june.md'], dir).stdout);
    assert.equal(json.drafts[0].updates.length, 1);
    assert.equal(json.drafts[0].updates[0].verdictNow, 'outdated');
    assert.match(json.drafts[0].updates[0].source.url, /^https?:\/\//);
    const md = sweep(['--at', '2025-09-01', '--format', 'markdown', '.'], dir).stdout;
    assert.match(md, /^# Corrections sweep at 2025-09-01$/m);
    assert.match(md, /^### Update note due \(right when published, no longer at 2025-09-01\)$/m);
    assert.match(md, /Source: .+, <https?:\/\/[^>]+>\./);
  });

  it('on the seed drafts at 2026-11-30: the seed-002 error is a correction; the "most powerful … H20" claim is to recheck', () => {
    const r = sweep(['--at', '2026-11-30', 'examples'], ROOT);
    assert.match(r.stdout, /^examples\/seed-002-shift-ai-training-overseas\.md:14:264: correction due .*: H100 export restrictions: 7 October 2022 in the record, not April 2023/m);
    assert.match(r.stdout, /^examples\/seed-000-great-tech-exodus\.md:14:42: recheck .*“most powerful Nvidia chip legally available in China is the H20”/m);
  });

  it('refuses a bad --at and an unknown format with exit 2', () => {
    assert.equal(sweep(['--at', '2025-02-30', '.'], dir).status, 2);
    assert.equal(sweep(['--format', 'sarif', '.'], dir).status, 2);
  });

  describe('--since-record VERSION (the record changelog, data/record/changes.yaml)', () => {
    it('sweeps only claims on facts added or changed after that version, and says so', () => {
      // Since the first record, the H20's licensed status changed (it ended on 15 Jan 2026); the H200's memory did not.
      const r = sweep(['--at', '2025-09-01', '--since-record', '2026-11-23', 'june.md', 'wrong.md'], dir);
      assert.equal(r.status, 1, r.stderr);
      assert.match(r.stdout, new RegExp(`^note: limited to the \\d+ fact\\(s\\) added or changed after record 2026-11-23 \\(through ${esc(NEWEST)}\\)$`, 'm'));
      assert.match(r.stdout, /^june\.md:5:5: update due .*\[h20\.china-status\.licensed\]$/m);
      assert.doesNotMatch(r.stdout, /wrong\.md/, 'the H200 memory fact has not changed since 2026-11-23');
      assert.match(r.stdout, /^0 correction\(s\), 1 update note\(s\) due/m);
    });

    it('JSON names the version range and the facts; the newest version leaves nothing to sweep', () => {
      const json = JSON.parse(sweep(['--at', '2025-09-01', '--since-record', '2026-12-02-tiers', '--format', 'json', '.'], dir).stdout);
      assert.equal(json.record.changelogVersion, NEWEST);
      assert.equal(json.sinceRecord.since, '2026-12-02-tiers');
      assert.equal(json.sinceRecord.through, NEWEST);
      assert.ok(json.sinceRecord.facts.includes('h20.china-status.licensed'));
      assert.ok(json.sinceRecord.facts.includes('h200.china-status.case-by-case-rule'), 'an added fact');
      assert.ok(!json.sinceRecord.facts.includes('h200.memory_capacity'), 'cited anew only is not a change');
      const newest = sweep(['--at', '2025-09-01', '--since-record', NEWEST, '.'], dir);
      assert.equal(newest.status, 0);
      assert.match(newest.stdout, /limited to the 0 fact\(s\)/);
      assert.match(newest.stdout, /^0 correction\(s\), 0 update note\(s\) due and 0 claim\(s\) to recheck/m);
      const md = sweep(['--at', '2025-09-01', '--since-record', '2026-11-23', '--format', 'markdown', '.'], dir).stdout;
      assert.match(md, new RegExp(`^_Limited to the \\d+ fact\\(s\\) added or changed after record 2026-11-23 \\(through ${esc(NEWEST)}\\)\\._$`, 'm'));
    });

    it('on the seeds at 2026-11-30, since the tiers version: the changed H20 status is there, the old date error is not', () => {
      const r = sweep(['--at', '2026-11-30', '--since-record', '2026-12-02-tiers', 'examples'], ROOT);
      assert.match(r.stdout, /^examples\/seed-000-great-tech-exodus\.md:14:42: recheck .*“most powerful Nvidia chip legally available in China is the H20”/m);
      assert.doesNotMatch(r.stdout, /seed-002-shift-ai-training-overseas\.md:14:264/);
    });

    it('an unknown version is bad usage naming the versions there are', () => {
      const r = sweep(['--since-record', '0.9', '.'], dir);
      assert.equal(r.status, 2);
      assert.match(r.stderr, new RegExp(`^factdesk: --since-record 0\\.9: no such record version \\(the record's versions: ${esc(VERSIONS.join(', '))}\\)$`, 'm'));
      assert.ok(VERSIONS.includes('2026-12-02-update') && VERSIONS.includes('2026-12-02-second-pass'));
    });
  });
});
