/**
 * Packs through the CLI as users run it (dist/cli.js; npm test builds first):
 * record validate / test with discovered and named packs, pack errors on
 * stderr, the override round trip with provenance in text, JSON and SARIF,
 * the acceptance round trip, and pack examples run by `record test`.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { UNIT_NAMES } from '../../../src/engine';
import { GOOD_PACK, OVERRIDE_LINE, OVERRIDE_PACK, remove, tree } from '../../helpers/packs-fixtures';

/** The schema's units, from the one unit table (record/units.ts), as a validation message lists them. */
const UNIT_LIST = UNIT_NAMES.map((u) => `"${u}"`).join(', ');

const ROOT = path.join(__dirname, '..', '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');

function factdesk(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, FACTDESK_TODAY: '2026-11-23', NO_COLOR: '1' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const DRAFT = '---\ndate: 2026-02-01\n---\n\nThe Nvidia H200 has 141 GB of HBM3e memory.\n';

describe('packs: CLI', function () {
  this.timeout(60_000);
  before(function () {
    if (!fs.existsSync(CLI)) throw new Error('dist/cli.js is missing: run npm run build (npm test does)');
  });

  describe('record validate', () => {
    let dir: string;
    before(() => {
      dir = tree({
        'good/.factdesk/desk.facts.yaml': GOOD_PACK,
        'bad/.factdesk/a.facts.yaml': GOOD_PACK.replace('unit: GB', 'unit: GiB'),
        'bad/.factdesk/b.facts.yaml': GOOD_PACK.replace('    asOf: 2026-01-05', '    asOf: 05/01/2026').replace(
          /acme-x1/g,
          'acme-x2',
        ),
        'bad/.factdesk/c.facts.yaml': 'facts: [\n  - {',
        'bad/.factdesk/d.facts.yaml': OVERRIDE_PACK.replace('id: h200.memory_capacity', 'id: h999.memory_capacity'),
        'none/readme.md': 'x',
      });
    });
    after(() => remove(dir));

    it('without arguments: the packs discovered in the current folder', () => {
      const r = factdesk(['record', 'validate'], path.join(dir, 'good'));
      assert.equal(r.code, 0, r.err);
      assert.equal(r.out, 'record valid: 1 pack file(s) checked (.factdesk/desk.facts.yaml)\n');
    });
    it('without packs: the bundled record', () => {
      const r = factdesk(['record', 'validate'], path.join(dir, 'none'));
      assert.equal(r.code, 0);
      assert.match(r.out, /^record valid: the bundled record; no pack files/);
    });
    it('errors name file, line, column and field; exit 1', () => {
      const r = factdesk(['record', 'validate'], path.join(dir, 'bad'));
      assert.equal(r.code, 1);
      const lines = r.err.trim().split('\n');
      assert.ok(
        lines.includes(`.factdesk/a.facts.yaml:19:32: facts[0].value.unit: must be one of ${UNIT_LIST}`),
        r.err,
      );
      assert.ok(
        lines.includes('.factdesk/b.facts.yaml:21:11: facts[0].asOf: a date written YYYY, YYYY-MM or YYYY-MM-DD'),
        r.err,
      );
      assert.ok(
        lines.some((l) => l.startsWith('.factdesk/c.facts.yaml:2:') && l.includes(': facts: YAML: ')),
        r.err,
      );
      assert.ok(
        lines.includes('.factdesk/d.facts.yaml:10:9: overrides[0].id: overrides unknown fact "h999.memory_capacity"'),
        r.err,
      );
      assert.match(lines[lines.length - 1]!, /^\d+ error\(s\) in 4 of 4 pack file\(s\)$/);
    });
    it('named packs (arguments and --pack) instead of the discovered ones', () => {
      const r = factdesk(['record', 'validate', 'good/.factdesk/desk.facts.yaml'], dir);
      assert.equal(r.code, 0, r.err);
      assert.match(r.out, /1 pack file\(s\) checked \(good\/\.factdesk\/desk\.facts\.yaml\)/);
      const bad = factdesk(['record', 'validate', '--pack', 'bad/.factdesk/a.facts.yaml'], dir);
      assert.equal(bad.code, 1);
      assert.match(bad.err, /^bad\/\.factdesk\/a\.facts\.yaml:19:32: facts\[0\]\.value\.unit: must be one of/);
    });
    it('check prints pack errors to stderr (once each), still checks against the rest, and exits 1 unless --fail-on never', () => {
      fs.writeFileSync(path.join(dir, 'bad', 'draft.md'), DRAFT);
      const r = factdesk(['check', 'draft.md'], path.join(dir, 'bad'));
      assert.match(r.err, /^\.factdesk\/a\.facts\.yaml:19:32: error: facts\[0\]\.value\.unit: must be one of/m);
      assert.match(
        r.err,
        /^\.factdesk\/d\.facts\.yaml:10:9: error: overrides\[0\]\.id: overrides unknown fact "h999\.memory_capacity"$/m,
      );
      assert.match(r.out, /0 errors, 0 warnings, 0 information in 1 file/, 'the draft was checked');
      assert.equal(r.code, 1, 'broken packs fail the run');
      assert.equal(factdesk(['check', '--fail-on', 'never', 'draft.md'], path.join(dir, 'bad')).code, 0);
      fs.writeFileSync(path.join(dir, 'good', 'draft.md'), DRAFT);
      const twice = factdesk(['check', '--pack', 'bad/.factdesk/a.facts.yaml', 'good/draft.md', 'bad/draft.md'], dir);
      assert.equal(
        twice.err.split('\n').filter((l) => l.startsWith('bad/.factdesk/a.facts.yaml:19:32:')).length,
        1,
        twice.err,
      );
    });
  });

  describe('override round trip', () => {
    let dir: string;
    before(() => {
      dir = tree({
        'desk/.factdesk/override.facts.yaml': OVERRIDE_PACK,
        'desk/drafts/draft.md': DRAFT,
        'plain/draft.md': DRAFT,
        'packs/h200.facts.yaml': OVERRIDE_PACK,
      });
    });
    after(() => remove(dir));

    it('without the pack the bundled 141 GB is supported', () => {
      const r = factdesk(['check', 'plain/draft.md'], dir);
      assert.equal(r.code, 0, r.out);
    });
    it('text: the old value is flagged; the finding names the pack, its line and the bundled value with its sources', () => {
      const r = factdesk(['check', 'desk/drafts/draft.md'], dir);
      assert.equal(r.code, 1, r.out + r.err);
      const [first, detail] = r.out.split('\n');
      assert.equal(
        first,
        'desk/drafts/draft.md:5:21: error: H200 memory: 150 GB in the record, not 141 GB [h200.memory_capacity]',
      );
      assert.match(
        detail!,
        /^ {4}Draft says “141 GB” for the Nvidia H200's memory; the record says 150 GB \(as of 2026-02-01\)\./,
      );
      assert.match(
        detail!,
        new RegExp(
          `Fact h200\\.memory_capacity overridden by desk/\\.factdesk/override\\.facts\\.yaml:${OVERRIDE_LINE}; bundled value 141 GB \\(.*https://`,
        ),
      );
      assert.match(r.out, /^ {4}source \(named outlet\): https:\/\/desk\.example\/h200$/m);
      assert.match(r.out, /record 0\.1\.0\+[0-9a-f]{8} \+ 1 pack$/m);
    });
    it('json: provenance is the pack file and line; the report names the record version and the pack', () => {
      const r = factdesk(['check', '--format', 'json', 'desk/drafts/draft.md'], dir);
      const json = JSON.parse(r.out);
      assert.match(json.record.version, /^0\.1\.0\+[0-9a-f]{8}$/);
      assert.deepEqual(json.record.packs, ['desk/.factdesk/override.facts.yaml']);
      const f = json.files[0].findings[0];
      assert.equal(f.verdict, 'contradicted');
      assert.equal(f.factId, 'h200.memory_capacity');
      assert.deepEqual(f.provenance, { origin: 'desk/.factdesk/override.facts.yaml', line: OVERRIDE_LINE });
      assert.equal(f.fix.newText, '150 GB');
      assert.deepEqual(
        f.sources.map((s: { url: string }) => s.url),
        ['https://desk.example/h200'],
      );
    });
    it('sarif: the result carries the provenance; the run the record version and packs', () => {
      const r = factdesk(['check', '--format', 'sarif', 'desk/drafts/draft.md'], dir);
      const log = JSON.parse(r.out);
      const result = log.runs[0].results[0];
      assert.deepEqual(result.properties.provenance, {
        origin: 'desk/.factdesk/override.facts.yaml',
        line: OVERRIDE_LINE,
      });
      assert.match(log.runs[0].properties.recordVersion, /^0\.1\.0\+/);
      assert.deepEqual(log.runs[0].properties.packs, ['desk/.factdesk/override.facts.yaml']);
    });
    it('--pack names a pack outside .factdesk/; bundled findings keep bundled provenance', () => {
      const r = factdesk(['check', '--format', 'json', '--pack', 'packs/h200.facts.yaml', 'plain/draft.md'], dir);
      const f = JSON.parse(r.out).files[0].findings[0];
      assert.deepEqual(f.provenance, { origin: 'packs/h200.facts.yaml', line: OVERRIDE_LINE });
      const bundled = factdesk(
        [
          'check',
          '--format',
          'json',
          '--pack',
          'packs/h200.facts.yaml',
          path.join(ROOT, 'examples/seed-002-shift-ai-training-overseas.md'),
        ],
        dir,
      );
      for (const finding of JSON.parse(bundled.out).files[0].findings)
        assert.match(finding.provenance.origin, /^bundled@0\.1\.0\+[0-9a-f]{8}$/);
    });
    it('--no-workspace-packs ignores the discovered pack', () => {
      assert.equal(factdesk(['check', '--no-workspace-packs', 'desk/drafts/draft.md'], dir).code, 0);
    });
  });

  describe('acceptance round trip', () => {
    it('an accepted wording is not flagged; without it, it is', () => {
      const draft = '---\ndate: 2026-02-01\n---\n\nThe Nvidia H200 has 80 GB of memory.\n';
      const dir = tree({
        'before/draft.md': draft,
        'after/draft.md': draft,
        'after/.factdesk/desk.facts.yaml':
          'accepted:\n  - fact: h200.memory_capacity\n    wording: 80 GB\n    note: house style for the launch story\n',
      });
      try {
        const before = factdesk(['check', '--format', 'json', 'before/draft.md'], dir);
        assert.equal(before.code, 1);
        assert.ok(
          JSON.parse(before.out).files[0].findings.some((f: { factId: string }) => f.factId === 'h200.memory_capacity'),
        );
        const after = factdesk(['check', '--format', 'json', 'after/draft.md'], dir);
        assert.equal(after.code, 0, after.out + after.err);
        assert.deepEqual(JSON.parse(after.out).files[0].findings, []);
        assert.match(factdesk(['record', 'stats'], path.join(dir, 'after')).out, /accepted wordings: 1$/m);
      } finally {
        remove(dir);
      }
    });
  });

  describe('a wording accepted in one draft only', () => {
    it('silences that draft (by its path from the pack root), not the others', () => {
      const draft = '---\ndate: 2026-02-01\n---\n\nThe Nvidia H200 has 80 GB of memory.\n';
      const dir = tree({
        'drafts/launch.md': draft,
        'drafts/other.md': draft,
        '.factdesk/desk.facts.yaml':
          'accepted:\n  - fact: h200.memory_capacity\n    wording: 80 GB\n    draft: drafts/launch.md\n    by: anna\n    date: 2026-02-01\n',
      });
      try {
        const r = factdesk(['check', '--format', 'json', 'drafts'], dir);
        const files = JSON.parse(r.out).files as { path: string; findings: { factId: string }[] }[];
        assert.deepEqual(
          files.map((f) => [f.path, f.findings.map((x) => x.factId)]),
          [
            ['drafts/launch.md', []],
            ['drafts/other.md', ['h200.memory_capacity']],
          ],
        );
        // Checked from inside the folder, the draft is still named from the pack root.
        assert.equal(factdesk(['check', 'launch.md'], path.join(dir, 'drafts')).code, 0);
      } finally {
        remove(dir);
      }
    });
  });

  describe('record test runs the examples in packs', () => {
    const withExamples = (flags: string[], passes: string[]) =>
      GOOD_PACK +
      `    examples:\n      flags: [${flags.map((s) => JSON.stringify(s)).join(', ')}]\n      passes: [${passes.map((s) => JSON.stringify(s)).join(', ')}]\n`;
    it('discovered packs and --pack: their examples pass', () => {
      const dir = tree({
        '.factdesk/x1.facts.yaml': withExamples(
          ['The Acme X1 has 64 GB of memory.'],
          ['The Acme X1 has 48 GB of memory.'],
        ),
      });
      try {
        const r = factdesk(['record', 'test'], dir);
        assert.equal(r.code, 0, r.out + r.err);
        assert.match(r.out, /^record test: \d+ passed, 0 failed \(2 from packs\)$/m);
        const named = factdesk(['record', 'test', '--no-workspace-packs', '--pack', '.factdesk/x1.facts.yaml'], dir);
        assert.match(named.out, /\(2 from packs\)/);
        assert.doesNotMatch(factdesk(['record', 'test', '--no-workspace-packs'], dir).out, /from packs/);
      } finally {
        remove(dir);
      }
    });
    it('a failing pack example names the pack and line; exit 1', () => {
      const dir = tree({
        '.factdesk/x1.facts.yaml': withExamples(
          ['The Acme X1 has 48 GB of memory.'],
          ['The Acme X1 has 96 GB of memory.'],
        ),
      });
      try {
        const r = factdesk(['record', 'test'], dir);
        assert.equal(r.code, 1);
        assert.match(
          r.out,
          /^\.factdesk\/x1\.facts\.yaml:15: FAIL \[acme-x1\.memory_capacity\] expected a finding: "The Acme X1 has 48 GB of memory\." — got no finding$/m,
        );
        assert.match(
          r.out,
          /^\.factdesk\/x1\.facts\.yaml:15: FAIL \[acme-x1\.memory_capacity\] expected no finding: "The Acme X1 has 96 GB of memory\." — got contradicted: /m,
        );
        assert.match(r.out, /record test: \d+ passed, 2 failed \(2 from packs\)/);
      } finally {
        remove(dir);
      }
    });
  });
});
