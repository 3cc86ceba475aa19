/**
 * Diagnostics on the seed drafts and the desk-test draft, as VS Code holds
 * them: message, range (and the text under it), severity, source, code.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { codeOf, describeDiagnostic, factDesk, openFixture, SOURCE, settled, targetOf, trapHostErrors } from './util';

const SEED_002 = 'seed-002-shift-ai-training-overseas.md';
const CLEAN_SEEDS = [
  'seed-000-great-tech-exodus.md',
  'seed-001-moving-ai-training-abroad.md',
  'seed-003-geopolitical-chess.md',
  'seed-004-southeast-asia-training.md',
];
const DESK_TEST = 'desk-test-deliberate-errors.md';

const { Error: ERROR, Warning: WARNING, Information: INFORMATION } = vscode.DiagnosticSeverity;

/** The desk-test draft's expected diagnostics, in document order (0-based lines). */
const DESK_TEST_EXPECTED: {
  line: number;
  start: number;
  end: number;
  severity: vscode.DiagnosticSeverity;
  code: string;
  entity: string;
  text: string;
  message: string;
}[] = [
  {
    line: 11,
    start: 17,
    end: 22,
    severity: ERROR,
    code: 'memory',
    entity: 'nvidia-h200',
    text: '96 GB',
    message: 'H200 memory: 141 GB in the record, not 96 GB',
  },
  {
    line: 17,
    start: 4,
    end: 24,
    severity: ERROR,
    code: 'architecture',
    entity: 'nvidia-h100',
    text: 'Blackwell-based H100',
    message: 'H100 architecture: Hopper in the record, not Blackwell',
  },
  {
    line: 25,
    start: 9,
    end: 14,
    severity: ERROR,
    code: 'memory',
    entity: 'nvidia-h200',
    text: '80 GB',
    message: 'H200 memory: 141 GB in the record, not 80 GB',
  },
  {
    line: 30,
    start: 29,
    end: 39,
    severity: ERROR,
    code: 'export restrictions',
    entity: 'nvidia-h20',
    text: 'April 2023',
    message: 'H20 export restrictions: 9 April 2025 in the record, not April 2023',
  },
  {
    line: 34,
    start: 51,
    end: 54,
    severity: ERROR,
    code: 'US revenue share',
    entity: 'nvidia-h20',
    text: '25%',
    message: 'H20 US revenue share: 15% in the record, not 25%',
  },
  {
    line: 36,
    start: 4,
    end: 33,
    severity: WARNING,
    code: 'China status',
    entity: 'nvidia-h200',
    text: 'H200 is still banned in China',
    message: 'H200 China status: now approved, licences under review since 8 December 2025, not banned (outdated)',
  },
  {
    line: 38,
    start: 4,
    end: 67,
    severity: WARNING,
    code: 'China status',
    entity: 'nvidia-h20',
    text: 'most powerful Nvidia chip legally available in China is the H20',
    message: 'Most powerful chip exportable to China: now H200, exportable since 8 Dec 2025, not H20 (outdated)',
  },
  {
    line: 42,
    start: 0,
    end: 28,
    severity: ERROR,
    code: 'maker',
    entity: 'qwen',
    text: 'Qwen, developed by ByteDance',
    message: 'Qwen maker: Alibaba in the record, not ByteDance',
  },
  {
    line: 44,
    start: 15,
    end: 21,
    severity: INFORMATION,
    code: 'memory',
    entity: 'nvidia-h20',
    text: '141 GB',
    message: 'H20 memory: 96 GB in the record, not 141 GB (in a quotation)',
  },
];

describe('Diagnostics on the example drafts', () => {
  trapHostErrors();

  it('seed 002 has exactly one error: “April 2023” for the H100 restrictions (line 14)', async () => {
    const editor = await openFixture(SEED_002);
    const doc = editor.document;
    const diagnostics = await settled(doc);
    assert.strictEqual(
      diagnostics.length,
      1,
      `expected one diagnostic, got:\n${diagnostics.map((d) => describeDiagnostic(doc, d)).join('\n')}`,
    );
    const d = diagnostics[0]!;
    assert.deepStrictEqual(
      [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character],
      [13, 263, 13, 273],
    );
    assert.strictEqual(doc.getText(d.range), 'April 2023');
    assert.strictEqual(d.severity, ERROR);
    assert.strictEqual(d.source, SOURCE);
    assert.strictEqual(codeOf(d), 'export restrictions', 'a readable code: the attribute, not a fact id');
    assert.strictEqual(targetOf(d), 'command:factdesk.showFactCard?["nvidia-h100"]', 'the code opens the fact card');
    assert.strictEqual(d.message, 'H100 export restrictions: 7 October 2022 in the record, not April 2023');
    // The long explanation and the sources sit under the row, in related information.
    const related = (d.relatedInformation ?? []).map((r) => r.message);
    assert.match(
      related[0] ?? '',
      /^Draft says “April 2023” for the Nvidia H100's export restrictions; the record says 26 August 2022 \(licence requirement\), 7 October 2022 \(rule issued\).*\(as of 2025-11-27\)\.$/,
    );
    assert.match(related[1] ?? '', /^Source \(primary\): .* — https:\/\/bis\.gov\//);
    assert.ok(
      (d.relatedInformation ?? []).every((r) => r.location.uri.toString() === doc.uri.toString()),
      'related information points at the claim',
    );
    // The fix the finding carries: October 2022.
    const api = await factDesk();
    const finding = api.lastResult(doc.uri)!.result.findings.find((f) => f.verdict === 'contradicted');
    assert.strictEqual(finding?.fix?.newText, 'October 2022');
    assert.strictEqual(api.lastResult(doc.uri)!.result.asOf, '2025-11-27', 'as of the front matter date');
  });

  for (const seed of CLEAN_SEEDS) {
    it(`${seed} has no diagnostics (no false alarms), though it was checked`, async () => {
      const editor = await openFixture(seed);
      const doc = editor.document;
      const diagnostics = await settled(doc);
      assert.deepStrictEqual(
        diagnostics.map((d) => describeDiagnostic(doc, d)),
        [],
      );
      const api = await factDesk();
      const result = api.lastResult(doc.uri)!.result;
      assert.strictEqual(result.asOf, '2025-11-27');
      assert.ok(result.mentions.length > 0, 'the check saw the draft’s chips and companies');
      const flagged = result.findings.filter((f) => f.verdict === 'contradicted' || f.verdict === 'outdated');
      assert.deepStrictEqual(
        flagged.map((f) => f.message),
        [],
      );
    });
  }

  it('every diagnostic and every finding on the examples is one row: at most 100 characters, no newline', async () => {
    const api = await factDesk();
    const all: string[] = [];
    const verdicts = new Set<string>();
    for (const name of [SEED_002, ...CLEAN_SEEDS, DESK_TEST]) {
      const editor = await openFixture(name);
      await settled(editor.document);
      // Every Fact Desk diagnostic (the date note too), and every finding the editor holds: supported and
      // not-in-the-record claims are rows of the Claims view and lines of the hover.
      for (const d of vscode.languages.getDiagnostics(editor.document.uri).filter((x) => x.source === SOURCE))
        all.push(`${name}: ${d.message}`);
      for (const f of api.lastResult(editor.document.uri)!.result.findings) {
        verdicts.add(f.verdict);
        all.push(`${name}: ${f.message}`);
      }
    }
    assert.ok(all.length >= 40, all.join('\n'));
    assert.deepStrictEqual(
      [...verdicts].sort(),
      ['contradicted', 'outdated', 'supported', 'unknown'],
      'every verdict the examples hold was measured',
    );
    assert.deepStrictEqual(
      all.filter((m) => m.slice(m.indexOf(': ') + 2).length > 100 || m.includes('\n')),
      [],
    );
  });

  it('the code of a diagnostic opens the fact card of the claim’s entity', async () => {
    const editor = await openFixture(SEED_002);
    const [d] = await settled(editor.document);
    const target = vscode.Uri.parse(targetOf(d!) ?? '');
    assert.strictEqual(target.scheme, 'command');
    const args = JSON.parse(decodeURIComponent(target.query)) as unknown[];
    await vscode.commands.executeCommand(target.path, ...args);
    const api = await factDesk();
    assert.strictEqual(api.factCard()?.entityId, 'nvidia-h100');
  });

  it('the desk-test draft has exactly its expected diagnostics', async () => {
    const editor = await openFixture(DESK_TEST);
    const doc = editor.document;
    const diagnostics = await settled(doc);
    const got = diagnostics.map((d) => describeDiagnostic(doc, d));
    assert.strictEqual(diagnostics.length, DESK_TEST_EXPECTED.length, `got:\n${got.join('\n')}`);
    DESK_TEST_EXPECTED.forEach((e, i) => {
      const d = diagnostics[i]!;
      const where = `diagnostic ${i} (${got[i]})`;
      assert.deepStrictEqual(
        [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character],
        [e.line, e.start, e.line, e.end],
        where,
      );
      assert.strictEqual(doc.getText(d.range), e.text, where);
      assert.strictEqual(d.severity, e.severity, where);
      assert.strictEqual(d.source, SOURCE, where);
      assert.strictEqual(codeOf(d), e.code, where);
      assert.strictEqual(targetOf(d), `command:factdesk.showFactCard?${JSON.stringify([e.entity])}`, where);
      assert.strictEqual(d.message, e.message, where);
      assert.ok(d.message.length <= 100, `${where}: ${d.message.length} characters`);
      assert.match(d.relatedInformation?.[0]?.message ?? '', /\(as of 2025-12-15\)/, where);
    });
    // Right statements, the code block and the ignored line are not flagged.
    for (const line of [13, 15, 19, 21, 26, 32, 47, 51]) {
      assert.ok(
        !diagnostics.some((d) => d.range.start.line === line),
        `line ${line + 1} (“${doc.lineAt(line).text}”) is flagged`,
      );
    }
  });
});
