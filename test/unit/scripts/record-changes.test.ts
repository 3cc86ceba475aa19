/**
 * The record's changelog of fact changes (data/record/changes.yaml): schema'd and compiled with the record,
 * its lists derived from git history by scripts/record-changes.js (checked here when the history is there).
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compileRecord, parseRecordFile } from '../../../src/engine';
import { bundledRecord } from '../../helpers/record';

const ROOT = path.join(__dirname, '..', '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the script is plain JavaScript run by node
const script = require(path.join(ROOT, 'scripts', 'record-changes.js')) as {
  compare(
    before: Map<string, unknown>,
    after: Map<string, unknown>,
  ): { added: string[]; changed: { fact: string; fields: string[] }[]; removed: string[]; recited: string[] };
};

const cite = (source: string) => [{ source, quote: 'q' }];

describe('record changelog (data/record/changes.yaml)', () => {
  it('is compiled with the bundled record: versions oldest first, the newest one’s facts in the record', () => {
    const versions = bundledRecord().changes ?? [];
    assert.deepEqual(
      versions.map((v) => v.version),
      [
        '2026-11-23',
        '2026-12-02-tiers',
        '2026-12-02-update',
        '2026-12-02-second-pass',
        '2026-12-02-third-pass',
        '2026-12-03-fourth-pass',
        '2026-12-03-fifth-pass',
        '2026-12-07-sixth-pass',
        '2026-12-07-event-cues',
        '2026-12-07-seventh-pass',
        '2026-12-08-event-types',
        '2026-12-08-eighth-pass',
      ],
    );
    assert.equal(versions[0]!.baseline, true);
    const ids = new Set(bundledRecord().facts.map((f) => f.id));
    const newest = versions[versions.length - 1]!;
    for (const id of [...newest.added, ...newest.changed.map((c) => c.fact), ...newest.recited])
      assert.ok(ids.has(id), id);
    // What data/record/CHANGELOG.md says in prose: statuses ended on 15 Jan 2026, the NVL72's memory redone.
    const update = versions.find((v) => v.version === '2026-12-02-update')!;
    const changed = new Map(update.changed.map((c) => [c.fact, c.fields]));
    assert.deepEqual(changed.get('h20.china-status.licensed'), ['valid']);
    assert.deepEqual(changed.get('h200.china-status.approved-pending'), ['valid']);
    assert.deepEqual(changed.get('gb200-nvl72.memory_capacity'), ['conflicts', 'value']);
    assert.ok(update.added.includes('h200.china-import.blocked'));
    // The second sourcing pass: the H200's China-import block moved to 7 Jan 2026, the bills were added.
    const second = versions.find((v) => v.version === '2026-12-02-second-pass')!;
    assert.deepEqual(new Map(second.changed.map((c) => [c.fact, c.fields])).get('h200.china-import.blocked'), [
      'summary',
      'valid',
    ]);
    assert.ok(second.added.includes('remote-access-security-act.passed-house.2026-01-12'));
    // The third pass: the bills and charges of 2025–26 added, the 950PR's memory cited anew (a better page).
    const third = versions.find((v) => v.version === '2026-12-02-third-pass')!;
    assert.ok(third.added.includes('gain-ai-act.introduced.2025-11-06'));
    assert.ok(third.recited.includes('huawei-ascend-950pr.memory_capacity'));
    assert.deepEqual(third.changed, []);
    // The fourth pass: the Blackwell systems' China statuses and China's import side for the other chips added, weak facts cited anew (better pages).
    const fourth = versions.find((v) => v.version === '2026-12-03-fourth-pass')!;
    assert.ok(
      fourth.added.includes('gb200.china-status.prohibited') &&
        fourth.added.includes('gb200-nvl72.china-status.prohibited'),
    );
    for (const id of [
      'h100.china-import.state-datacentre-ban',
      'mi325x.china-import.state-datacentre-ban',
      'bis-2025-gp10-prc-chips-guidance.issued.2025-05-13',
    ])
      assert.ok(fourth.added.includes(id), id);
    for (const id of [
      'deepseek-v4.parameters.pro',
      'huawei-ascend-950dt.memory_capacity',
      'h200-sxm.fp8_tensor',
      'b200.china-status.prohibited',
      'kimi-k2.released.2025-07-11',
      'china.state-funded-datacentres.2025-11-05',
    ])
      assert.ok(fourth.recited.includes(id), id);
    assert.deepEqual(fourth.changed, []);
    // The fifth pass: the listings, Huang's remarks and the Beijing summit added; the only change is main's variant on DeepSeek-V4-Pro's parameters, merged into this version.
    const fifth = versions.find((v) => v.version === '2026-12-03-fifth-pass')!;
    for (const id of [
      'moore-threads.listed.2025-12-05',
      'jensen-huang.china-h200-acceptance-unknown.2025-12-03',
      'donald-trump.beijing-summit-trade-deals.2026-05-15',
      'deepseek-v4.parameters.flash',
    ])
      assert.ok(fifth.added.includes(id), id);
    assert.deepEqual(fifth.changed, [{ fact: 'deepseek-v4.parameters.pro', fields: ['variant'] }]);
    // The sixth pass: the L20's US-export status, Kimi K2.6 and Huang's remark of 7 Nov 2025 added; no value changed (new titles and confirmed dates are not substance).
    const sixth = versions.find((v) => v.version === '2026-12-07-sixth-pass')!;
    for (const id of [
      'l20.china-status.unrestricted',
      'kimi-k2-6.maker',
      'kimi-k2-6.parameters',
      'jensen-huang.no-china-shipping-plans-remark.2025-11-07',
    ])
      assert.ok(sixth.added.includes(id), id);
    assert.deepEqual(sixth.changed, []);
    // The seventh pass: lead A03 added, the H200 customs-block event's summary gained Beijing's exemptions, Huang's remark cited anew.
    const seventh = versions.find((v) => v.version === '2026-12-07-seventh-pass')!;
    assert.deepEqual(seventh.added, ['h20.licences-not-granted-report.2025-10-30']);
    assert.deepEqual(seventh.changed, [{ fact: 'h200.china-customs-block.2026-01-14', fields: ['summary'] }]);
    assert.deepEqual(seventh.recited, ['jensen-huang.no-china-shipping-plans-remark.2025-11-07']);
    // The eighth pass: the MI308's licensed status and leads E08 and A24 added; `confirmed` dates are not substance.
    const eighth = versions.find((v) => v.version === '2026-12-08-eighth-pass')!;
    assert.deepEqual(eighth.added, [
      'amd.results.q4-2025',
      'h200.ten-chinese-buyers-cleared-report.2026-05',
      'mi308.china-status.licensed',
    ]);
    assert.deepEqual(eighth.changed, [{ fact: 'mi308.china-status.case-by-case', fields: ['summary'] }]);
    assert.ok(eighth.recited.includes('inventec.h200-stuck-china-side.2026-01-20'));
  });

  it('a pack may not carry a changelog; versions must be unique and oldest first', () => {
    const file = (name: string, text: string) => parseRecordFile(text, name);
    const v = (version: string, date: string) =>
      `  - version: '${version}'\n    date: '${date}'\n    title: t\n    commit: abcdef0\n`;
    const pack = compileRecord([file('p.facts.yaml', `changes:\n${v('x', '2026-01-01')}`)], {
      version: 'p',
      base: bundledRecord(),
    });
    assert.match(
      pack.errors.map((e) => `${e.field}: ${e.message}`).join('\n'),
      /changes\[0\]: only the bundled record keeps a changelog/,
    );
    const twice = compileRecord(
      [file('c.yaml', `changes:\n${v('a', '2026-01-02')}${v('a', '2026-01-03')}${v('b', '2026-01-01')}`)],
      { version: 't' },
    );
    const messages = twice.errors.map((e) => `${e.field}: ${e.message}`).join('\n');
    assert.match(messages, /changes\[1\]\.version: duplicate record version "a"/);
    assert.match(messages, /changes\[2\]\.date: versions are listed oldest first/);
  });

  it('the derivation: value and validity are changes, other citations are not, schema defaults are not', () => {
    const before = new Map<string, unknown>([
      [
        'q',
        {
          id: 'q',
          kind: 'quantity',
          entity: 'e',
          attribute: 'tdp',
          value: { amount: 700, unit: 'W' },
          citations: cite('s1'),
        },
      ],
      [
        's',
        {
          id: 's',
          kind: 'status',
          entity: 'e',
          status: 'licensed',
          valid: { from: '2025-08-08' },
          citations: cite('s1'),
        },
      ],
      [
        'c',
        {
          id: 'c',
          kind: 'category',
          entity: 'e',
          attribute: 'vendor',
          value: 'nvidia',
          citations: cite('s1'),
          note: 'old',
        },
      ],
      ['gone', { id: 'gone', kind: 'category', entity: 'e', attribute: 'maker', value: 'x', citations: cite('s1') }],
    ]);
    const after = new Map<string, unknown>([
      [
        'q',
        {
          id: 'q',
          kind: 'quantity',
          entity: 'e',
          attribute: 'tdp',
          value: { amount: 600, unit: 'W' },
          citations: cite('s1'),
        },
      ],
      // The side written out (the schema's default before) and the validity ended.
      [
        's',
        {
          id: 's',
          kind: 'status',
          entity: 'e',
          side: 'us-export',
          status: 'licensed',
          valid: { from: '2025-08-08', to: '2026-01-15' },
          citations: cite('s1'),
        },
      ],
      // Another source and a new note: cited anew, not changed.
      [
        'c',
        {
          id: 'c',
          kind: 'category',
          entity: 'e',
          attribute: 'vendor',
          value: 'nvidia',
          citations: cite('s2'),
          note: 'new',
          confirmed: '2026-01-01',
        },
      ],
      ['new', { id: 'new', kind: 'category', entity: 'e', attribute: 'maker', value: 'y', citations: cite('s1') }],
    ]);
    assert.deepEqual(script.compare(before, after), {
      added: ['new'],
      changed: [
        { fact: 'q', fields: ['value'] },
        { fact: 's', fields: ['valid'] },
      ],
      removed: ['gone'],
      recited: ['c'],
    });
  });

  it('agrees with git history (when the versions’ commits are in this clone)', function () {
    const commits = (bundledRecord().changes ?? []).map((v) => v.commit);
    const present = commits.every(
      (c) => spawnSync('git', ['cat-file', '-e', `${c}^{commit}`], { cwd: ROOT }).status === 0,
    );
    if (!present) this.skip();
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'record-changes.js'), '--check'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, new RegExp(`agrees with git history \\(${commits.length} versions\\)`));
  });

  describe('--check fails when a fact changed with no changes entry (a scratch repository)', () => {
    let dir: string;
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'record-changes.js'), '--root', dir, ...args], {
        encoding: 'utf8',
      });
    const git = (...args: string[]) =>
      execFileSync(
        'git',
        ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args],
        { cwd: dir, encoding: 'utf8' },
      );
    const head = () => git('rev-parse', '--short=7', 'HEAD').trim();
    const record = (tdp: number, source = 's1') =>
      fs.writeFileSync(
        path.join(dir, 'data', 'record', 'chips.yaml'),
        `facts:\n  - id: x.tdp\n    kind: quantity\n    entity: x\n    attribute: tdp\n    value: { amount: ${tdp}, unit: W }\n    citations: [{ source: ${source}, quote: q }]\n`,
      );
    // Quoted: a hash such as 38483e4 is a number to YAML (3.8483e8), which failed this test now and then.
    const version = (v: string, commit: string) =>
      `  - version: '${v}'\n    date: '2026-12-0${v}'\n    title: v${v}\n    commit: '${commit}'\n`;
    const changes = (body: string) =>
      fs.writeFileSync(path.join(dir, 'data', 'record', 'changes.yaml'), `changes:\n${body}`);

    before(function () {
      if (spawnSync('git', ['--version']).status !== 0) this.skip();
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fd-changes-'));
      fs.mkdirSync(path.join(dir, 'data', 'record'), { recursive: true });
      git('init', '-q');
      record(700);
      git('add', '.');
      git('commit', '-qm', 'record');
      changes(version('1', head()));
      assert.equal(run().status, 0);
      git('add', '.');
      git('commit', '-qm', 'changelog');
    });
    after(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

    it('passes on a record that is the newest version’s; fails on a changed value, committed or not, until the version is listed', () => {
      const ok = run('--check');
      assert.equal(ok.status, 0, ok.stderr);
      record(600);
      const edited = run('--check');
      assert.equal(edited.status, 1);
      assert.match(
        edited.stderr,
        /^data\/record\/ changed 1 fact\(s\) after the newest version in data\/record\/changes\.yaml \(1, commit [0-9a-f]{7}\) with no changes entry: x\.tdp \(value\)$/m,
      );
      git('commit', '-qam', 'tdp 600');
      assert.equal(run('--check').status, 1, 'committing the record is not enough: the changelog lacks the version');
      changes(version('1', git('rev-parse', '--short=7', 'HEAD~1').trim()) + version('2', head()));
      assert.equal(run().status, 0);
      const listed = run('--check');
      assert.equal(listed.status, 0, listed.stderr);
      assert.match(
        fs.readFileSync(path.join(dir, 'data', 'record', 'changes.yaml'), 'utf8'),
        /- fact: x\.tdp\n {8}fields: \[value\]/,
      );
    });

    it('a fact added or removed fails too; a fact only cited anew passes, with a note', () => {
      record(600, 's2');
      const recited = run('--check');
      assert.equal(recited.status, 0, recited.stderr);
      assert.match(recited.stdout, /1 fact\(s\) cited anew since 2, for the next version/);
      fs.writeFileSync(
        path.join(dir, 'data', 'record', 'more.yaml'),
        'facts:\n  - id: y.vendor\n    kind: category\n    entity: y\n    attribute: vendor\n    value: z\n    citations: [{ source: s1, quote: q }]\n',
      );
      assert.match(run('--check').stderr, /with no changes entry: y\.vendor \(added\)$/m);
      fs.rmSync(path.join(dir, 'data', 'record', 'more.yaml'));
      fs.writeFileSync(path.join(dir, 'data', 'record', 'chips.yaml'), 'facts: []\n');
      assert.match(run('--check').stderr, /with no changes entry: x\.tdp \(removed\)$/m);
    });
  });
});
