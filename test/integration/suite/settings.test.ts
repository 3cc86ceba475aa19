/**
 * Settings take effect on open drafts (and are restored after each test),
 * and the per-draft as-of date (Fact Desk: Set / Clear as-of date).
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  codeOf,
  discard,
  factDesk,
  factDiagnostics,
  hoverAt,
  openCopy,
  openUntitled,
  pick,
  quickFixes,
  range,
  scratchScope,
  settingsScope,
  settled,
  trapHostErrors,
  waitFor,
} from './util';

const SEED_000 = 'seed-000-great-tech-exodus.md';
const SEED_002 = 'seed-002-shift-ai-training-overseas.md';
const { Error: ERROR, Warning: WARNING } = vscode.DiagnosticSeverity;
/** Seed 000, line 14: “the most powerful Nvidia chip legally available in China is the H20”. */
const H20_CLAIM = 'most powerful Nvidia chip legally available in China is the H20';

const severities = (uri: vscode.Uri) => factDiagnostics(uri).map((d) => vscode.DiagnosticSeverity[d.severity]);

describe('Settings', () => {
  trapHostErrors();
  const scratch = scratchScope();
  const settings = settingsScope();

  it('factdesk.severity.contradicted = warning turns the error into a warning, and back', async () => {
    const doc = scratch.track(await openCopy(SEED_002)).document;
    assert.deepStrictEqual(
      (await settled(doc)).map((d) => d.severity),
      [ERROR],
    );
    await settings.set('severity.contradicted', 'warning');
    await waitFor(
      () => severities(doc.uri).join() === 'Warning',
      `the diagnostic to become a warning (now ${severities(doc.uri)})`,
    );
    const d = factDiagnostics(doc.uri)[0]!;
    assert.strictEqual(doc.getText(d.range), 'April 2023', 'same claim, same range');
    assert.strictEqual(codeOf(d), 'export restrictions');
    await settings.set('severity.contradicted', undefined);
    await waitFor(
      () => severities(doc.uri).join() === 'Error',
      `the diagnostic to be an error again (now ${severities(doc.uri)})`,
    );
  });

  it('factdesk.severity.contradicted = off hides the diagnostic but the claims view still lists it', async () => {
    const api = await factDesk();
    const doc = scratch.track(await openCopy(SEED_002)).document;
    await settled(doc);
    await settings.set('severity.contradicted', 'off');
    await waitFor(() => factDiagnostics(doc.uri).length === 0, 'the diagnostic to go');
    assert.deepStrictEqual(
      api.claimsTree().groups[0]!.claims.map((c) => c.label),
      ['April 2023 → 7 October 2022'],
    );
    // No diagnostic, so no quick fix either.
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      doc.uri,
      range(13, 263, 273),
      'quickfix',
    );
    assert.ok(
      !(actions ?? []).some((a) => /recorded value|Ignore this claim/.test(a.title)),
      JSON.stringify((actions ?? []).map((a) => a.title)),
    );
  });

  it('factdesk.enable = false clears diagnostics, hovers and counts; true brings them back', async () => {
    const api = await factDesk();
    const doc = scratch.track(await openCopy(SEED_002)).document;
    await settled(doc);
    await settings.set('enable', false);
    await waitFor(() => factDiagnostics(doc.uri).length === 0, 'the diagnostics to clear');
    await waitFor(
      () => api.statusBar().text === 'Fact Desk: off',
      `the status to read “Fact Desk: off”, got ${api.statusBar().text}`,
    );
    assert.strictEqual(api.claimsTree().message, 'Fact Desk is disabled (factdesk.enable).');
    assert.strictEqual(
      (await hoverAt(doc.uri, new vscode.Position(13, 266))).hovers.length,
      0,
      'no hover while disabled',
    );
    await settings.set('enable', true);
    await waitFor(() => factDiagnostics(doc.uri).length === 1, 'the diagnostic to come back');
    await waitFor(() => api.statusBar().text.startsWith('Fact Desk: 1 to fix'), 'the counts to come back');
  });

  it('factdesk.asOf = 2025-12-15 makes seed 000’s “most powerful chip … H20” outdated', async () => {
    const doc = scratch.track(await openCopy(SEED_000)).document;
    assert.deepStrictEqual(await settled(doc), []);
    await settings.set('asOf', '2025-12-15');
    // Line 14's H20 superlative is outdated (a warning); line 12's H200, an example of "the fastest ones … are now
    // virtually unobtainable", is contradicted by the H200's approval of 8 December 2025.
    const d = await waitFor(
      () => factDiagnostics(doc.uri).find((x) => doc.getText(x.range) === H20_CLAIM),
      'the outdated warning',
    );
    assert.strictEqual(d!.severity, WARNING);
    assert.strictEqual(doc.getText(d!.range), H20_CLAIM);
    await settings.set('asOf', undefined);
    await waitFor(() => factDiagnostics(doc.uri).length === 0, 'the warning to go with the setting');
  });
});

describe('As-of date for one draft', () => {
  trapHostErrors();
  const scratch = scratchScope();

  it('factdesk.setAsOf 2025-12-15 on seed 000 makes the H20 claim outdated; clearAsOf restores', async () => {
    const api = await factDesk();
    const other = scratch.track(await openCopy(SEED_002)).document;
    await settled(other);
    const doc = scratch.track(await openCopy(SEED_000)).document;
    assert.deepStrictEqual(await settled(doc), []);
    assert.strictEqual(vscode.window.activeTextEditor?.document, doc);

    assert.strictEqual(await vscode.commands.executeCommand('factdesk.setAsOf', '2025-12-15'), '2025-12-15');
    assert.strictEqual(api.asOfOverride(doc.uri), '2025-12-15');
    const diagnostics = await settled(doc, 'the check at the new date');
    // The H20 superlative (line 14) and, on line 12, the H200 given as an example of "the fastest ones … unobtainable".
    assert.deepStrictEqual(
      diagnostics.map((x) => x.range.start.line),
      [11, 13],
    );
    const d = diagnostics.find((x) => x.range.start.line === 13)!;
    assert.strictEqual(d.severity, WARNING);
    assert.strictEqual(doc.getText(d.range), H20_CLAIM);
    assert.deepStrictEqual(
      [d.range.start.line, d.range.start.character, d.range.end.character],
      [13, 41, 41 + H20_CLAIM.length],
    );
    assert.strictEqual(codeOf(d), 'China status');
    assert.strictEqual(
      d.message,
      'Most powerful chip exportable to China: now H200, exportable since 8 Dec 2025, not H20 (outdated)',
    );
    assert.match(
      d.relatedInformation?.[0]?.message ?? '',
      /^Outdated: Draft says “most powerful Nvidia chip legally available in China is the H20”; .*\(as of 2025-12-15\)\. The Nvidia H200, a more powerful chip, became exportable on 8 December 2025\. This is as far as the record knows; newest source 9 December 2025\.$/,
    );
    await waitFor(
      () =>
        api
          .statusBar()
          .tooltip.includes('As of 2025-12-15 (set by Fact Desk: Set as-of date or the factdesk.asOf setting)'),
      'the status tooltip to show the date',
    );
    assert.strictEqual(api.statusBar().text, 'Fact Desk: 2 to fix · as of 15 Dec 2025 (set)');
    const actions = await quickFixes(doc.uri, d.range, /^Replace with/);
    pick(actions, /^Replace with the recorded value: Nvidia H200$/);

    // Only this draft: seed 002 keeps its front-matter date.
    assert.strictEqual(api.asOfOverride(other.uri), undefined);
    assert.strictEqual(api.lastResult(other.uri)!.result.asOf, '2025-11-27');

    assert.strictEqual(await vscode.commands.executeCommand('factdesk.clearAsOf'), true);
    assert.strictEqual(api.asOfOverride(doc.uri), undefined);
    await waitFor(() => factDiagnostics(doc.uri).length === 0, 'the warning to go');
    assert.strictEqual(api.lastResult(doc.uri)!.result.asOf, '2025-11-27');
    await waitFor(
      () => api.statusBar().tooltip.includes("As of 2025-11-27 (from the draft's front matter)"),
      'the status tooltip to show the front-matter date',
    );
  });

  // Was a bug: the override outlived the draft, and VS Code reuses untitled names.
  it('closing a draft forgets its as-of date (a new untitled draft does not inherit it)', async () => {
    const api = await factDesk();
    const text = `---\ndate: 2025-11-27\n---\n\nThe ${H20_CLAIM}.\n`;
    const first = await openUntitled(text);
    await settled(first.document);
    assert.strictEqual(await vscode.commands.executeCommand('factdesk.setAsOf', '2025-12-15'), '2025-12-15');
    await discard(first.document);
    const second = scratch.track(await openUntitled(text)).document;
    await settled(second);
    assert.strictEqual(
      api.asOfOverride(second.uri),
      undefined,
      `${second.uri.toString()} inherited the closed draft's as-of date`,
    );
    assert.strictEqual(api.lastResult(second.uri)!.result.asOf, '2025-11-27');
    assert.deepStrictEqual(factDiagnostics(second.uri), []);
  });

  it('an invalid date is refused: no override, findings unchanged', async () => {
    const api = await factDesk();
    const doc = scratch.track(await openCopy(SEED_000)).document;
    await settled(doc);
    for (const bad of ['2025-13-45', '15/12/2025', 'tomorrow']) {
      assert.strictEqual(await vscode.commands.executeCommand('factdesk.setAsOf', bad), undefined, bad);
      assert.strictEqual(api.asOfOverride(doc.uri), undefined, bad);
    }
    assert.deepStrictEqual(factDiagnostics(doc.uri), []);
    assert.strictEqual(api.lastResult(doc.uri)!.result.asOf, '2025-11-27');
  });
});

describe('Entity names setting', () => {
  trapHostErrors();
  const scratch = scratchScope();
  const settings = settingsScope();

  it('factdesk.entityNames = false: names lose their colour and their hover; claims keep theirs', async () => {
    const api = await factDesk();
    const doc = scratch.track(await openCopy(SEED_002)).document;
    await settled(doc);
    const name = new vscode.Position(13, doc.lineAt(13).text.indexOf('Alibaba') + 2);
    assert.ok((await hoverAt(doc.uri, name)).markdown.includes('[Fact card]'), 'a name hovers by default');
    assert.strictEqual(api.plainNames(doc.uri), 0);
    await settings.set('entityNames', false);
    await waitFor(() => api.plainNames(doc.uri) > 0 || undefined, 'the names to be shown in the text colour');
    assert.ok(!(await hoverAt(doc.uri, name)).markdown.includes('[Fact card]'), 'no hover on a name');
    const claim = await hoverAt(doc.uri, new vscode.Position(13, 266));
    assert.ok(claim.text.includes('**Contradicted** — record: **7 October 2022**'), 'the claim keeps its hover');
    assert.strictEqual(factDiagnostics(doc.uri).length, 1);
    await settings.set('entityNames', undefined);
    await waitFor(() => api.plainNames(doc.uri) === 0 || undefined, 'the colours to come back');
  });
});
