/** The CLI as users run it: the built dist/cli.js in a child process (npm test builds first). */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import { CLAIM_KINDS } from '../../../src/engine';

const ROOT = path.join(__dirname, '..', '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const GOLDEN = path.join(ROOT, 'test', 'golden', 'examples.json');

function factdesk(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, FACTDESK_TODAY: '2026-11-23', NO_COLOR: '1' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/**
 * Version strings change with every record edit, and so do the bundled record's line numbers
 * (a fact's provenance): both are masked; the golden file pins everything else.
 */
const stable = (json: string) =>
  json
    .replace(/0\.1\.0\+[0-9a-f]{8}/g, '<record-version>')
    .replace(/("origin": "bundled@<record-version>",\s*"line": )\d+/g, '$1"<record-line>"');

describe('cli', function () {
  before(function () {
    if (!fs.existsSync(CLI)) throw new Error('dist/cli.js is missing: run npm run build (npm test does)');
  });

  it('text: path:line:col: severity: one-row message [fact-id], the explanation, the source URL, a summary; exit 1 on errors', () => {
    const r = factdesk(['check', 'examples/seed-002-shift-ai-training-overseas.md']);
    assert.equal(r.code, 1);
    const lines = r.out.trim().split('\n');
    assert.equal(
      lines[0],
      'examples/seed-002-shift-ai-training-overseas.md:14:264: error: H100 export restrictions: 7 October 2022 in the record, not April 2023 [a100-h100.export-licence-required.2022-08-26]',
    );
    assert.match(
      lines[1]!,
      /^ {4}Draft says “April 2023” for the Nvidia H100's export restrictions; the record says 26 August 2022 \(licence requirement\), 7 October 2022 \(rule issued\).*\(as of 2025-11-27\)\.$/,
    );
    assert.match(lines[2]!, /^ {4}source \((primary|major press|named outlet|weak)\): https:\/\//);
    assert.match(lines[lines.length - 1]!, /^1 error, 0 warnings, 0 information in 1 file \(as of 2025-11-27\)/);
    assert.doesNotMatch(r.out, /\u001b\[/, 'no colour when not a TTY');
  });

  it('json: the golden contract on the examples', () => {
    const r = factdesk(['check', '--format', 'json', 'examples']);
    assert.equal(r.code, 1);
    const actual = stable(r.out);
    if (process.env.UPDATE_GOLDEN === '1' || !fs.existsSync(GOLDEN)) fs.writeFileSync(GOLDEN, actual);
    assert.equal(
      actual,
      fs.readFileSync(GOLDEN, 'utf8'),
      'run with UPDATE_GOLDEN=1 to accept a deliberate change, then review the diff',
    );
    const json = JSON.parse(r.out);
    assert.equal(json.version, 1);
    assert.equal(json.asOf, '2026-11-23');
    const file = json.files.find((f: { path: string }) => f.path.endsWith('seed-002-shift-ai-training-overseas.md'));
    assert.equal(file.asOf, '2025-11-27');
    const finding = file.findings[0];
    assert.deepEqual(Object.keys(finding), [
      'range',
      'severity',
      'verdict',
      'kind',
      'claim',
      'recorded',
      'message',
      'detail',
      'factId',
      'sources',
      'sourceTier',
      'weaklySourced',
      'fix',
      'provenance',
      'confirmed',
    ]);
    assert.deepEqual(finding.range, { start: { line: 13, character: 263 }, end: { line: 13, character: 273 } });
    assert.equal(finding.fix.newText, 'October 2022');
    assert.ok(
      finding.sources.every(
        (s: Record<string, unknown>) => s.title && s.publisher && /^https?:\/\//.test(String(s.url)) && 'date' in s,
      ),
    );
    // The tier beside every source, and the best tier of the fact's own sources.
    assert.ok(
      finding.sources.every((s: Record<string, unknown>) =>
        ['primary', 'major-press', 'named-outlet', 'weak'].includes(String(s.tier)),
      ),
    );
    assert.equal(finding.sourceTier, 'primary');
    assert.equal(finding.weaklySourced, false);
  });

  it('sarif: valid SARIF 2.1.0 against the published schema, one rule per claim kind', () => {
    const r = factdesk(['check', '--format', 'sarif', 'examples']);
    assert.equal(r.code, 1);
    const log = JSON.parse(r.out) as import('sarif').Log;
    const schema = JSON.parse(
      fs.readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'),
    );
    // The published schema's patterns are not valid under the u flag.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    const validate = ajv.compile(schema);
    const valid = validate(JSON.parse(r.out));
    assert.ok(valid, JSON.stringify(validate.errors?.slice(0, 5)));
    const rules = log.runs[0]!.tool.driver.rules!.map((x) => x.id);
    // One rule per kind of the registry, in its order (a new kind needs no edit here).
    assert.deepEqual(
      rules,
      CLAIM_KINDS.map((k) => `factdesk/${k.id}`),
    );
    const result = log.runs[0]!.results![0]!;
    assert.ok((result.properties!['sources'] as unknown[]).length > 0);
    assert.ok((result.properties!['sources'] as { tier?: string }[]).every((s) => typeof s.tier === 'string'));
    assert.ok(['primary', 'major-press', 'named-outlet', 'weak'].includes(String(result.properties!['sourceTier'])));
    assert.ok(Number.isInteger(result.locations![0]!.physicalLocation!.region!.startLine));
  });

  it('--fail-on and --as-of', () => {
    assert.equal(factdesk(['check', '--fail-on', 'never', 'examples']).code, 0);
    assert.equal(factdesk(['check', '--fail-on', 'warning', 'examples/seed-000-great-tech-exodus.md']).code, 0);
    // As of 15 Dec 2025 the H200 was approved: seed 000's "most powerful ... is the H20" becomes outdated.
    const r = factdesk([
      'check',
      '--fail-on',
      'warning',
      '--as-of',
      '2025-12-15',
      'examples/seed-000-great-tech-exodus.md',
    ]);
    assert.equal(r.code, 1);
    assert.match(
      r.out,
      /warning: Most powerful chip exportable to China: now H200, exportable since 8 Dec 2025, not H20 \(outdated\)/,
    );
    assert.match(r.out, /^ {4}Outdated: Draft says “most powerful Nvidia chip legally available in China is the H20”/m);
  });

  it('explain prints an entity card with its export-control timeline and sources', () => {
    const r = factdesk(['explain', 'H20', '--as-of', '2025-11-27']);
    assert.equal(r.code, 0);
    assert.match(r.out, /\*\*Nvidia H20\*\*/);
    assert.match(r.out, /China export status on 2025-11-27:\*\* Exportable under US licences/);
    assert.match(r.out, /9 April 2025/);
    assert.match(r.out, /\*\*Sources\*\*/);
  });

  it('explain takes the fact id a finding prints: the fact, its sources and quotes, then its entity', () => {
    const r = factdesk(['explain', 'h20.revenue-share.2025-08', '--as-of', '2025-11-27']);
    assert.equal(r.code, 0);
    assert.match(r.out, /^\*\*Fact h20\\.revenue-share\.2025-08\*\* — Nvidia H20, Revenue share to the US: 15%/);
    assert.match(r.out, /^ {2}> Nvidia will provide 15 per cent of revenues/m);
    assert.match(r.out, /\*\*Nvidia H20\*\* — /);
  });

  it('record stats and record test', () => {
    assert.match(factdesk(['record', 'stats']).out, /^record .*\nentities: \d+/);
    const t = factdesk(['record', 'test']);
    assert.equal(t.code, 0, t.out);
    assert.match(t.out, /record test: \d+ passed, 0 failed/);
  });

  describe('--help: usage on stdout, exit 0, nothing checked', () => {
    for (const [args, first] of [
      [['--help'], /^Usage:\n {2}factdesk check /],
      [['-h'], /^Usage:\n {2}factdesk check /],
      [['help', 'check'], /^Usage: factdesk check \[options\] PATH\.\.\./],
      [['check', '--help'], /^Usage: factdesk check \[options\] PATH\.\.\./],
      [['check', '-h', 'examples'], /^Usage: factdesk check \[options\] PATH\.\.\./],
      [['sweep', '--help'], /^Usage: factdesk sweep \[options\] PATH\.\.\./],
      [['record', '--help'], /^Usage:\n {2}factdesk record validate /],
      [['record', 'test', '--help'], /^Usage:\n {2}factdesk record validate /],
      [['explain', '--help'], /^Usage: factdesk explain ENTITY\|FACT-ID/],
      [['mcp', '--help'], /^Usage: factdesk mcp /],
    ] as [string[], RegExp][]) {
      it(`factdesk ${args.join(' ')}`, () => {
        const r = factdesk(args);
        assert.equal(r.code, 0, r.err);
        assert.match(r.out, first);
        assert.equal(r.err, '');
      });
    }
    it('check --help names every option check accepts', () => {
      const out = factdesk(['check', '--help']).out;
      for (const option of [
        '--format',
        '--as-of',
        '--pack',
        '--no-workspace-packs',
        '--fail-on',
        '--workspace',
        '--jobs',
      ])
        assert.ok(out.includes(option), option);
    });
    it('without a command: the usage, and exit 2', () => {
      const r = factdesk([]);
      assert.equal(r.code, 2);
      assert.match(r.out, /^Usage:/);
    });
  });

  describe('bad usage and bad input: one line, exit 2, nothing lost', () => {
    let dir: string;
    before(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factdesk-cli-'));
      fs.writeFileSync(path.join(dir, 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
      fs.writeFileSync(path.join(dir, 'latin1.md'), Buffer.from([0x48, 0x32, 0x30, 0x20, 0xe9, 0x74, 0xe9]));
      fs.writeFileSync(path.join(dir, 'empty.md'), '');
      fs.writeFileSync(path.join(dir, 'only-front-matter.md'), '---\ndate: 2025-11-27\n---\n');
      fs.writeFileSync(
        path.join(dir, 'broken-front-matter.md'),
        '---\ndate: [2025\n---\n\nThe H200 has 96 GB of memory.\n',
      );
      fs.writeFileSync(path.join(dir, 'notes.txt'), 'not markdown');
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));
    const oneLine = (s: string) => assert.equal(s.trim().split('\n').length, 1, s);

    it('a binary file', () => {
      const r = factdesk(['check', path.join(dir, 'binary.md')]);
      assert.equal(r.code, 2);
      assert.match(r.out, /binary\.md: error: not a text file/);
    });
    it('invalid UTF-8', () => {
      const r = factdesk(['check', path.join(dir, 'latin1.md')]);
      assert.equal(r.code, 2);
      assert.match(r.out, /latin1\.md: error: not valid UTF-8/);
    });
    it('an empty file and a file that is only front matter check clean', () => {
      assert.equal(factdesk(['check', path.join(dir, 'empty.md'), path.join(dir, 'only-front-matter.md')]).code, 0);
    });
    it('broken front matter: a note, checked as of today, findings still reported', () => {
      const r = factdesk(['check', path.join(dir, 'broken-front-matter.md')]);
      assert.equal(r.code, 1);
      assert.match(r.out, /note: front matter is not valid YAML/);
      assert.match(r.out, /error: H200 memory: 141 GB in the record, not 96 GB/);
    });
    for (const [args, message] of [
      [['check', 'no/such/file.md'], /no such file or folder/],
      [['check'], /at least one file/],
      [['check', '--format', 'xml', 'examples'], /--format xml/],
      [['check', '--as-of', '27/11/2025', 'examples'], /--as-of 27\/11\/2025: expected a date/],
      [['check', '--bogus', 'examples'], /Unknown option '--bogus'/],
      [['frobnicate'], /unknown command "frobnicate"/],
      [['frobnicate', '--help'], /unknown command "frobnicate"/],
      [['explain', 'Z9000'], /no entity or fact "Z9000"/],
    ] as [string[], RegExp][]) {
      it(`usage: factdesk ${args.join(' ')}`, () => {
        const r = factdesk(args);
        assert.equal(r.code, 2);
        assert.match(r.err, message);
        oneLine(r.err);
        assert.doesNotMatch(r.err, /\n[ \t]+at /, 'no stack trace');
      });
    }
    it('a non-markdown file', () => {
      const r = factdesk(['check', path.join(dir, 'notes.txt')]);
      assert.equal(r.code, 2);
      assert.match(r.err, /not a markdown file/);
    });
  });
});
