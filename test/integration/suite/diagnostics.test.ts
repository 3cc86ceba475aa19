/**
 * Diagnostics on the seed drafts and the desk-test draft, as VS Code holds
 * them: message, range (and the text under it), severity, source, code.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { codeOf, describeDiagnostic, factDesk, openFixture, SOURCE, settled, targetOf, trapHostErrors } from './util';

const SEED_002 = 'seed-002-shift-ai-training-overseas.md';
const CLEAN_SEEDS = ['seed-000-great-tech-exodus.md', 'seed-001-moving-ai-training-abroad.md', 'seed-003-geopolitical-chess.md', 'seed-004-southeast-asia-training.md'];
const DESK_TEST = 'desk-test-deliberate-errors.md';

const { Error: ERROR, Warning: WARNING, Information: INFORMATION } = vscode.DiagnosticSeverity;

/** The desk-test draft's expected diagnostics, in document order (0-based lines). */
const DESK_TEST_EXPECTED: { line: number; start: number; end: number; severity: vscode.DiagnosticSeverity; code: string; text: string; message: RegExp }[] = [
  { line: 11, start: 17, end: 22, severity: ERROR, code: 'h200.memory_capacity', text: '96 GB', message: /^Draft says “96 GB” for the Nvidia H200's memory; the record says 141 GB/ },
  { line: 17, start: 4, end: 24, severity: ERROR, code: 'h100.architecture', text: 'Blackwell-based H100', message: /^Draft says “Blackwell” for the Nvidia H100's architecture; the record says Hopper/ },
  { line: 25, start: 9, end: 14, severity: ERROR, code: 'h200.memory_capacity', text: '80 GB', message: /^Draft says “80 GB” for the Nvidia H200's memory; the record says 141 GB/ },
  { line: 30, start: 29, end: 39, severity: ERROR, code: 'h20.export-licence-required.2025-04-09', text: 'April 2023', message: /^Draft says “April 2023” for the Nvidia H20's export restrictions; the record says 9 April 2025/ },
  { line: 34, start: 51, end: 54, severity: ERROR, code: 'h20.revenue-share.2025-08', text: '25%', message: /^Draft says “25%” for the Nvidia H20's US revenue share; the record says 15%/ },
  { line: 36, start: 4, end: 24, severity: WARNING, code: 'h200.china-status.approved-pending', text: 'H200 is still banned', message: /^Outdated: Draft says “H200 is still banned”; the record says the Nvidia H200 is approved for sale/ },
  { line: 38, start: 4, end: 67, severity: WARNING, code: 'h20.china-status.licensed', text: 'most powerful Nvidia chip legally available in China is the H20', message: /^Outdated: .*The Nvidia H200, a more powerful chip, became exportable on 8 December 2025\. This is as far as the record knows; newest source 9 December 2025\.$/ },
  { line: 42, start: 0, end: 28, severity: ERROR, code: 'qwen.maker', text: 'Qwen, developed by ByteDance', message: /^Draft says “ByteDance” for Qwen's maker; the record says Alibaba/ },
  { line: 44, start: 15, end: 21, severity: INFORMATION, code: 'h20.memory_capacity', text: '141 GB', message: /^In a quotation: Draft says “141 GB” for the Nvidia H20's memory; the record says 96 GB/ },
];

describe('Diagnostics on the example drafts', () => {
  trapHostErrors();

  it('seed 002 has exactly one error: “April 2023” for the H100 restrictions (line 14)', async () => {
    const editor = await openFixture(SEED_002);
    const doc = editor.document;
    const diagnostics = await settled(doc);
    assert.strictEqual(diagnostics.length, 1, `expected one diagnostic, got:\n${diagnostics.map((d) => describeDiagnostic(doc, d)).join('\n')}`);
    const d = diagnostics[0]!;
    assert.deepStrictEqual([d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character], [13, 263, 13, 273]);
    assert.strictEqual(doc.getText(d.range), 'April 2023');
    assert.strictEqual(d.severity, ERROR);
    assert.strictEqual(d.source, SOURCE);
    assert.strictEqual(codeOf(d), 'a100-h100.export-licence-required.2022-08-26');
    assert.match(targetOf(d) ?? '', /^https:\/\/bis\.gov\//, 'the code links to the first (primary) source');
    assert.strictEqual(
      d.message,
      'Draft says “April 2023” for the Nvidia H100\'s export restrictions; the record says 26 August 2022 (licence requirement), 7 October 2022 (rule issued), 17 October 2023 (rule issued), 23 October 2023 (licence requirement) (as of 2025-11-27).',
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
      assert.deepStrictEqual(flagged.map((f) => f.message), []);
    });
  }

  it('the desk-test draft has exactly its expected diagnostics', async () => {
    const editor = await openFixture(DESK_TEST);
    const doc = editor.document;
    const diagnostics = await settled(doc);
    const got = diagnostics.map((d) => describeDiagnostic(doc, d));
    assert.strictEqual(diagnostics.length, DESK_TEST_EXPECTED.length, `got:\n${got.join('\n')}`);
    DESK_TEST_EXPECTED.forEach((e, i) => {
      const d = diagnostics[i]!;
      const where = `diagnostic ${i} (${got[i]})`;
      assert.deepStrictEqual([d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character], [e.line, e.start, e.line, e.end], where);
      assert.strictEqual(doc.getText(d.range), e.text, where);
      assert.strictEqual(d.severity, e.severity, where);
      assert.strictEqual(d.source, SOURCE, where);
      assert.strictEqual(codeOf(d), e.code, where);
      assert.match(d.message, e.message, where);
      assert.match(d.message, /\(as of 2025-12-15\)/, where);
    });
    // Right statements, the code block and the ignored line are not flagged.
    for (const line of [13, 15, 19, 21, 26, 32, 47, 51]) {
      assert.ok(!diagnostics.some((d) => d.range.start.line === line), `line ${line + 1} (“${doc.lineAt(line).text}”) is flagged`);
    }
  });
});
