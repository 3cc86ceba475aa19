/**
 * "Fact Desk: Check all drafts in the workspace" in a real VS Code: two drafts that disagree on a fact the
 * record does not hold (the MI308's memory) get one information diagnostic each, with the other draft's
 * claim as related information. (Named to run last: it leaves these diagnostics on the workspace's drafts.)
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { WorkspaceCheckSummary } from '../../../src/extension/commands';
import { codeOf, factDiagnostics, fixtureUri, trapHostErrors } from './util';

describe('Check all drafts in the workspace', () => {
  trapHostErrors();

  it('links two drafts that disagree where the record is silent (information, related information both ways)', async () => {
    const summary = (await vscode.commands.executeCommand('factdesk.checkWorkspace')) as WorkspaceCheckSummary;
    assert.ok(summary && !summary.cancelled, 'the check ran to the end');
    assert.ok(summary.files >= 9, `every draft checked (${summary.files})`);
    assert.ok(summary.disagreements >= 1, `disagreements found (${summary.disagreements})`);
    const a = fixtureUri('disagree/mi308-a.md');
    const b = fixtureUri('disagree/mi308-b.md');
    const at = (uri: vscode.Uri) => factDiagnostics(uri).filter((d) => codeOf(d) === 'factdesk/disagreement');
    const [onA, ...moreA] = at(a);
    const [onB, ...moreB] = at(b);
    assert.ok(onA && onB && !moreA.length && !moreB.length, 'one disagreement diagnostic in each draft');
    assert.strictEqual(onA.severity, vscode.DiagnosticSeverity.Information);
    assert.strictEqual(onB.severity, vscode.DiagnosticSeverity.Information);
    assert.strictEqual(
      onA.message,
      "Drafts disagree on AMD Instinct MI308's memory: “192 GB” here, “128 GB” in disagree/mi308-b.md (the record holds no value for it).",
    );
    assert.deepStrictEqual([onA.range.start.line, onA.range.start.character, onA.range.end.character], [6, 14, 20]);
    assert.deepStrictEqual([onB.range.start.line, onB.range.start.character, onB.range.end.character], [6, 23, 29]);
    const [toB] = onA.relatedInformation ?? [];
    const [toA] = onB.relatedInformation ?? [];
    assert.strictEqual(toB?.location.uri.toString(), b.toString());
    assert.ok(toB.location.range.isEqual(onB.range), 'a links to the claim in b');
    assert.strictEqual(toB.message, '“128 GB” in disagree/mi308-b.md');
    assert.strictEqual(toA?.location.uri.toString(), a.toString());
    assert.ok(toA.location.range.isEqual(onA.range), 'b links to the claim in a');
  });
});
