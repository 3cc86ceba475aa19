/** `factdesk sweep`: which published drafts owe readers a correction, an update note, or a recheck. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { z } from 'zod';
import {
  sweepChangeSchema,
  sweepDraftSchema,
  sweepItemSchema,
  sweepReportSchema,
  sweepSourceSchema,
} from '../../../src/cli/format/sweep-schema';
import type { SweepChange, SweepDraft, SweepItem, SweepSource } from '../../../src/cli/sweep';
import { bundledRecord } from '../../helpers/record';

const ROOT = path.join(__dirname, '..', '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');

// The record's versions (data/record/changes.yaml): the newest one is what a sweep runs "through".
const VERSIONS = (bundledRecord().changes ?? []).map((v) => v.version);
const NEWEST = VERSIONS[VERSIONS.length - 1]!;
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// The JSON contract (format/sweep-schema.ts) and the types the sweep builds its report from are one shape:
// this fails to typecheck when either changes without the other.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const sweepTypesMatchSchema: [
  Same<z.infer<typeof sweepSourceSchema>, SweepSource>,
  Same<z.infer<typeof sweepChangeSchema>, SweepChange>,
  Same<z.infer<typeof sweepItemSchema>, SweepItem>,
  Same<z.infer<typeof sweepDraftSchema>, SweepDraft>,
] = [true, true, true, true];

/** The report parsed by its zod schema; a failure names the first fields that do not fit. */
function validReport(stdout: string) {
  const parsed = sweepReportSchema.safeParse(JSON.parse(stdout));
  assert.ok(parsed.success, parsed.error && JSON.stringify(parsed.error.issues.slice(0, 5)));
  return parsed.data!;
}

function sweep(args: string[], cwd: string) {
  return spawnSync(process.execPath, [CLI, 'sweep', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, FACTDESK_TODAY: '2026-11-30' },
  });
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
    fs.writeFileSync(
      path.join(dir, 'wrong.md'),
      '---\ndate: 2025-06-01\n---\n\nThe Nvidia H200 has 96 GB of memory.\n',
    );
    fs.writeFileSync(path.join(dir, 'undated.md'), 'The H20 is banned in China.\n');
    // Right when published (the H20 the strongest chip licensed); wrong once the H200 was approved on 8 Dec 2025.
    fs.writeFileSync(
      path.join(dir, 'most.md'),
      '---\ndate: 2025-11-27\n---\n\nThe most powerful Nvidia chip legally available in China is the H20.\n',
    );
    // Right when published (licences granted); from 15 Jan 2026 under case-by-case review: the record no longer says.
    fs.writeFileSync(
      path.join(dir, 'licence.md'),
      '---\ndate: 2025-09-01\n---\n\nThe H20 can be sold to China under licence.\n',
    );
  });
  after(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

  it('lists an update due (right when published, outdated later) with the change and its source, a correction due, and names an undated draft', () => {
    const r = sweep(['--at', '2025-09-01', '.'], dir);
    assert.equal(r.status, 1, r.stderr);
    // The day it stopped being right (the H20's licences, 8 August 2025), the status that began then, and its source.
    assert.match(
      r.stdout,
      /^june\.md:5:5: update due \(right when published 2025-06-01, outdated from 2025-08-08\): H20 China status: now exportable under licence since 8 August 2025, not banned \(outdated\)/m,
    );
    assert.match(
      r.stdout,
      /^june\.md:5:5: .*\n {4}changed: Nvidia H20: Exportable under US licences, from 8 August 2025 \[h20\.china-status\.licensed\]\n {4}source: .+, “.+”, \d{4}-\d{2}-\d{2}, https?:\/\/\S+$/m,
    );
    assert.match(
      r.stdout,
      /^wrong\.md:5:\d+: correction due \(wrong when published 2025-06-01\): H200 memory: 141 GB in the record, not 96 GB/m,
    );
    assert.match(r.stdout, /^undated\.md: note: no publication date/m);
    assert.match(r.stdout, /^most\.md: note: published 2025-11-27, after 2025-09-01: not swept$/m);
    assert.match(
      r.stdout,
      /1 correction\(s\), 1 update note\(s\) due and 0 claim\(s\) to recheck in 5 draft\(s\), swept at 2025-09-01$/m,
    );
  });

  it('JSON and a markdown report for the editor’s queue, with the source of the change', () => {
    const json = JSON.parse(sweep(['--at', '2025-09-01', '--format', 'json', 'june.md'], dir).stdout);
    const [update] = json.drafts[0].updates;
    assert.equal(json.drafts[0].updates.length, 1);
    assert.equal(update.verdictNow, 'outdated');
    assert.equal(update.change.date, '2025-08-08');
    assert.equal(update.change.verdict, 'outdated');
    assert.deepEqual(update.change.fact, {
      id: 'h20.china-status.licensed',
      began: true,
      value: 'Nvidia H20: Exportable under US licences',
    });
    assert.match(update.source.url, /^https?:\/\//);
    assert.deepEqual(update.change.source, update.source);
    const md = sweep(['--at', '2025-09-01', '--format', 'markdown', '.'], dir).stdout;
    assert.match(md, /^# Corrections sweep at 2025-09-01$/m);
    assert.match(md, /^### Update note due \(right when published, no longer at 2025-09-01\)$/m);
    assert.match(
      md,
      /^ {2}- Changed: Nvidia H20: Exportable under US licences, from 8 August 2025 \(`h20\.china-status\.licensed`\)\. Source: .+, <https?:\/\/[^>]+>\.$/m,
    );
    // A correction cites the recorded value's source.
    assert.match(
      md,
      /^- line 5: “96 GB” — H200 memory: 141 GB in the record, not 96 GB\. Source: .+, <https?:\/\/[^>]+>\.$/m,
    );
  });

  it('the JSON report fits its zod schema (format/sweep-schema.ts): a correction, an update, a recheck, notes, --since-record', () => {
    const all = validReport(sweep(['--at', '2026-02-01', '--format', 'json', '.'], dir).stdout);
    assert.deepEqual(
      all.drafts.map((d) => [d.path, d.corrections.length, d.updates.length, d.rechecks.length, d.note ?? '']),
      [
        // "The H20 is banned in China" names no side: by February 2026 China's customs block it, so no update is due.
        ['june.md', 0, 0, 0, ''],
        ['licence.md', 0, 0, 1, ''],
        ['most.md', 0, 1, 0, ''],
        ['undated.md', 0, 0, 0, 'no publication date (front matter date:): not swept'],
        ['wrong.md', 1, 0, 0, ''],
      ],
    );
    const limited = validReport(
      sweep(['--at', '2026-02-01', '--since-record', '2026-11-23', '--format', 'json', '.'], dir).stdout,
    );
    assert.equal(limited.sinceRecord?.since, '2026-11-23');
    assert.match(limited.record.changelogVersion ?? '', /\S/);
    // What the schema refuses: a field it does not know, a verdict that is not one, a 0-based line.
    const report = JSON.parse(sweep(['--at', '2026-02-01', '--format', 'json', 'wrong.md'], dir).stdout);
    const [c] = report.drafts[0].corrections;
    assert.ok(!sweepReportSchema.safeParse({ ...report, extra: 1 }).success);
    assert.ok(!sweepItemSchema.safeParse({ ...c, verdictThen: 'wrong' }).success);
    assert.ok(!sweepItemSchema.safeParse({ ...c, line: 0 }).success);
  });

  it('a superlative: the change is the stronger chip that became exportable, found between publication and --at', () => {
    const json = JSON.parse(sweep(['--at', '2025-12-20', '--format', 'json', 'most.md'], dir).stdout);
    const [u] = json.drafts[0].updates;
    assert.equal(u.verdictThen, 'supported');
    assert.equal(u.change.date, '2025-12-08');
    assert.match(
      u.change.message,
      /^Most powerful chip exportable to China: now H200, exportable since 8 Dec 2025, not H20/,
    );
    assert.equal(u.change.fact.id, 'h200.china-status.approved-pending');
    // The page that reported the change: the cited one dated nearest on or after the day.
    assert.equal(u.source.date, '2025-12-09');
    assert.equal(u.later, undefined, 'nothing else turned before 20 December 2025');
  });

  it('a recheck names the day the record stopped confirming the claim, the status that began then and its source', () => {
    const r = sweep(['--at', '2026-02-01', 'licence.md'], dir);
    assert.match(
      r.stdout,
      /^licence\.md:5:5: recheck \(right when published 2025-09-01; the record no longer confirms it from 2026-01-15\): “H20 can be sold to China” \[h20\.china-status\.case-by-case\]$/m,
    );
    assert.match(
      r.stdout,
      /^ {4}changed: Nvidia H20: US licence required; reviewed case by case, from 15 January 2026 \[h20\.china-status\.case-by-case\]$/m,
    );
    assert.match(r.stdout, /^ {4}source: .+, “.+”, 2026-\d{2}-\d{2}, https:\/\/\S+$/m);
  });

  describe('the five seed drafts and the example draft (examples/, each dated as published) at 2026-11-30', () => {
    let json: { drafts: { path: string; published: string; corrections: Item[]; updates: Item[]; rechecks: Item[] }[] };
    interface Change {
      date: string;
      verdict: string;
      message: string;
      factId: string;
      fact?: { id: string; began: boolean; value: string };
      source?: { url: string; date: string | null; title: string; publisher: string };
    }
    interface Item {
      line: number;
      column: number;
      claim: string;
      factId: string;
      verdictNow: string;
      message: string;
      change?: Change;
      later?: Change[];
      source?: { url: string; date: string | null };
    }
    const draft = (name: string) => json.drafts.find((d) => d.path === `examples/${name}`)!;
    before(() => {
      json = validReport(sweep(['--at', '2026-11-30', '--format', 'json', 'examples'], ROOT).stdout) as typeof json;
    });

    it('every draft is swept at its publication date', () => {
      assert.deepEqual(
        json.drafts.map((d) => [d.path, d.published]),
        [
          ['examples/desk-test-deliberate-errors.md', '2025-12-15'],
          ['examples/seed-000-great-tech-exodus.md', '2025-11-27'],
          ['examples/seed-001-moving-ai-training-abroad.md', '2025-11-27'],
          ['examples/seed-002-shift-ai-training-overseas.md', '2025-11-27'],
          ['examples/seed-003-geopolitical-chess.md', '2025-11-27'],
          ['examples/seed-004-southeast-asia-training.md', '2025-11-27'],
        ],
      );
    });

    it('became outdated: “the most powerful Nvidia chip legally available in China is the H20”, with the change and its source', () => {
      const updates = json.drafts.flatMap((d) => d.updates.map((u) => `${d.path}:${u.line}:${u.column}`));
      // Line 12's H100 and H200, examples of “the fastest ones … are now virtually unobtainable” (below), then line 14.
      assert.deepEqual(updates, [
        'examples/seed-000-great-tech-exodus.md:12:101',
        'examples/seed-000-great-tech-exodus.md:12:107',
        'examples/seed-000-great-tech-exodus.md:14:42',
      ]);
      const u = draft('seed-000-great-tech-exodus.md').updates.find((x) => x.line === 14);
      assert.equal(u!.claim, 'most powerful Nvidia chip legally available in China is the H20');
      // Wrong from 8 Dec 2025, when the H200 (more powerful) became exportable to approved customers.
      assert.equal(u!.change!.date, '2025-12-08');
      assert.equal(u!.change!.verdict, 'outdated');
      assert.equal(
        u!.change!.message,
        'Most powerful chip exportable to China: now H200, exportable since 8 Dec 2025, not H20 (outdated)',
      );
      assert.equal(u!.change!.factId, 'h20.china-status.licensed', 'judged that day against the H20’s licences');
      assert.equal(u!.factId, 'h20.china-status.case-by-case', 'at 2026-11-30, against its case-by-case review');
      assert.deepEqual(u!.change!.fact, {
        id: 'h200.china-status.approved-pending',
        began: true,
        value: 'Nvidia H200: Approved for approved customers; licences under review',
      });
      assert.match(u!.change!.source!.url, /^https:\/\/www\.wionews\.com\//);
      assert.equal(u!.change!.source!.date, '2025-12-09');
      // Then, from 15 Jan 2026 (the H20 itself under case-by-case review), the record no longer judges it either way.
      assert.deepEqual(
        u!.later!.map((t) => [t.date, t.verdict, t.fact?.id]),
        [['2026-01-15', 'unknown', 'h20.china-status.case-by-case']],
      );
      assert.equal(u!.verdictNow, 'unknown');
      assert.ok(json.drafts.every((d) => !d.rechecks.length));
    });

    it('seed-000 line 12 (the H100 and H200 “now virtually unobtainable”) is an update due for each chip, as the same claim worded plainly is', () => {
      // Line 12 says “the fastest ones—like Nvidia’s top-tier H100, H200, and the newer Blackwell series—are now
      // virtually unobtainable for mainland Chinese entities”: the chips are examples of the subject, and share its
      // predicate (the family, “the newer Blackwell series”, is no chip and is not judged).
      const seed = draft('seed-000-great-tech-exodus.md').updates.filter((x) => x.line === 12);
      assert.deepEqual(
        seed.map((x) => [x.change?.date, x.factId.split('.')[0]]),
        [
          ['2026-01-15', 'h100'],
          ['2025-12-08', 'h200'],
        ],
      );
      // The same claim as a plain sentence, published the same day.
      const plain = fs.mkdtempSync(path.join(os.tmpdir(), 'fd-sweep-seed000-'));
      fs.writeFileSync(
        path.join(plain, 'seed-000-line-12.md'),
        '---\ndate: 2025-11-27\n---\n\nThe H200 is now virtually unobtainable for mainland Chinese entities.\n',
      );
      const out = validReport(sweep(['--at', '2026-11-30', '--format', 'json', '.'], plain).stdout);
      fs.rmSync(plain, { recursive: true, force: true });
      const [u] = out.drafts[0]!.updates;
      assert.equal(out.drafts[0]!.updates.length, 1);
      assert.equal(u!.verdictThen, 'supported');
      assert.equal(u!.change?.date, '2025-12-08');
      assert.deepEqual(u!.change?.fact, {
        id: 'h200.china-status.approved-pending',
        began: true,
        value: 'Nvidia H200: Approved for approved customers; licences under review',
      });
      assert.equal(u!.change?.source?.date, '2025-12-09');
    });

    it('wrong when published: the seed-002 date and the example draft’s deliberate errors, each with its source', () => {
      const corrections = json.drafts.flatMap((d) =>
        d.corrections.map((c) => `${d.path.replace('examples/', '')}:${c.line}: ${c.factId}`),
      );
      assert.deepEqual(corrections, [
        'desk-test-deliberate-errors.md:12: h200.memory_capacity',
        'desk-test-deliberate-errors.md:18: h100.architecture',
        'desk-test-deliberate-errors.md:26: h200.memory_capacity',
        'desk-test-deliberate-errors.md:31: h20.export-licence-required.2025-04-09',
        'desk-test-deliberate-errors.md:35: h20.revenue-share.2025-08',
        'desk-test-deliberate-errors.md:37: h200.china-status.approved-pending',
        'desk-test-deliberate-errors.md:39: h20.china-status.licensed',
        'desk-test-deliberate-errors.md:43: qwen.maker',
        'desk-test-deliberate-errors.md:45: h20.memory_capacity',
        'seed-002-shift-ai-training-overseas.md:14: a100-h100.export-licence-required.2022-08-26',
      ]);
      const [c] = draft('seed-002-shift-ai-training-overseas.md').corrections;
      assert.equal(c!.message, 'H100 export restrictions: 7 October 2022 in the record, not April 2023');
      assert.ok(json.drafts.every((d) => d.corrections.every((x) => /^https?:\/\//.test(x.source?.url ?? ''))));
    });

    it('already out of date when published: the correction names the change before publication and the page that reported it', () => {
      const corrections = draft('desk-test-deliberate-errors.md').corrections;
      const outdated = corrections.filter((c) => c.change);
      // “The H200 is still banned in China.” and “The most powerful Nvidia chip legally available in China is the H20.”
      assert.deepEqual(
        outdated.map((c) => [c.line, c.change!.date, c.change!.fact?.id, c.source?.date]),
        [
          [37, '2025-12-08', 'h200.china-status.approved-pending', '2025-12-09'],
          [39, '2025-12-08', 'h200.china-status.approved-pending', '2025-12-09'],
        ],
      );
      assert.ok(
        outdated.every((c) => c.source!.date! <= '2025-12-15'),
        'a page published before the draft',
      );
      assert.ok(outdated.every((c) => c.later === undefined));
      // A claim wrong outright (not out of date) cites the recorded value's source and names no change.
      assert.ok(corrections.filter((c) => c.line !== 37 && c.line !== 39).every((c) => !c.change && c.source));
      const md = sweep(
        ['--at', '2026-11-30', '--format', 'markdown', 'examples/desk-test-deliberate-errors.md'],
        ROOT,
      ).stdout;
      assert.match(
        md,
        /^- line 37: “H200 is still banned in China” — H200 China status: now approved, licences under review since 8 December 2025, not banned \(outdated\)\n {2}- Changed before publication: Nvidia H200: Approved for approved customers; licences under review, from 8 December 2025 \(`h200\.china-status\.approved-pending`\)\. Source: WION, .+, 2025-12-09, <https:\/\/www\.wionews\.com\/[^>]+>\.$/m,
      );
    });

    it('the text report: the update’s change, source and later turn; the correction', () => {
      const r = sweep(['--at', '2026-11-30', 'examples'], ROOT);
      assert.equal(r.status, 1, r.stderr);
      assert.match(
        r.stdout,
        /^examples\/seed-000-great-tech-exodus\.md:14:42: update due \(right when published 2025-11-27, outdated from 2025-12-08\): Most powerful chip exportable to China: now H200, exportable since 8 Dec 2025, not H20 \(outdated\) \[h20\.china-status\.licensed\]\n {4}changed: Nvidia H200: Approved for approved customers; licences under review, from 8 December 2025 \[h200\.china-status\.approved-pending\]\n {4}source: WION, “.+”, 2025-12-09, https:\/\/www\.wionews\.com\/\S+\n {4}then 2026-01-15: the record no longer judges the claim — Nvidia H20: US licence required; reviewed case by case, from 15 January 2026 \[h20\.china-status\.case-by-case\]$/m,
      );
      assert.match(
        r.stdout,
        /^examples\/seed-002-shift-ai-training-overseas\.md:14:264: correction due \(wrong when published 2025-11-27\): H100 export restrictions: 7 October 2022 in the record, not April 2023/m,
      );
      assert.match(
        r.stdout,
        /^10 correction\(s\), 3 update note\(s\) due and 0 claim\(s\) to recheck in 6 draft\(s\), swept at 2026-11-30$/m,
      );
    });
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
      assert.match(
        r.stdout,
        new RegExp(
          `^note: limited to the \\d+ fact\\(s\\) added or changed after record 2026-11-23 \\(through ${esc(NEWEST)}\\)$`,
          'm',
        ),
      );
      assert.match(r.stdout, /^june\.md:5:5: update due .*\[h20\.china-status\.licensed\]$/m);
      assert.doesNotMatch(r.stdout, /wrong\.md/, 'the H200 memory fact has not changed since 2026-11-23');
      assert.match(r.stdout, /^0 correction\(s\), 1 update note\(s\) due/m);
    });

    it('JSON names the version range and the facts; the newest version leaves nothing to sweep', () => {
      const json = JSON.parse(
        sweep(['--at', '2025-09-01', '--since-record', '2026-12-02-tiers', '--format', 'json', '.'], dir).stdout,
      );
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
      assert.match(
        md,
        new RegExp(
          `^_Limited to the \\d+ fact\\(s\\) added or changed after record 2026-11-23 \\(through ${esc(NEWEST)}\\)\\._$`,
          'm',
        ),
      );
    });

    it('on the seeds at 2026-11-30, since the tiers version: the changed H20 status is there, the old date error is not', () => {
      const r = sweep(['--at', '2026-11-30', '--since-record', '2026-12-02-tiers', 'examples'], ROOT);
      assert.match(
        r.stdout,
        /^examples\/seed-000-great-tech-exodus\.md:14:42: update due \(right when published 2025-11-27, outdated from 2025-12-08\): Most powerful chip exportable to China/m,
      );
      assert.doesNotMatch(r.stdout, /seed-002-shift-ai-training-overseas\.md:14:264/);
    });

    it('an unknown version is bad usage naming the versions there are', () => {
      const r = sweep(['--since-record', '0.9', '.'], dir);
      assert.equal(r.status, 2);
      assert.match(
        r.stderr,
        new RegExp(
          `^factdesk: --since-record 0\\.9: no such record version \\(the record's versions: ${esc(VERSIONS.join(', '))}\\)$`,
          'm',
        ),
      );
      assert.ok(VERSIONS.includes('2026-12-02-update') && VERSIONS.includes('2026-12-02-second-pass'));
    });
  });
});
