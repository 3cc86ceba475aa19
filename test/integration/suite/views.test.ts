/** The claims view and the status-bar item, read through the test API, following the active editor. */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { shortDate } from '../../../src/engine';
import {
  applyAction,
  factDesk,
  openCopy,
  openUntitled,
  pick,
  quickFixes,
  range,
  scratchScope,
  settled,
  trapHostErrors,
  waitFor,
} from './util';

const SEED_002 = 'seed-002-shift-ai-training-overseas.md';
const DESK_TEST = 'desk-test-deliberate-errors.md';

describe('Claims view and status bar', () => {
  trapHostErrors();
  const scratch = scratchScope();

  it('show the active draft: seed 002’s one contradicted claim, counts and as-of date', async () => {
    const api = await factDesk();
    const doc = scratch.track(await openCopy(SEED_002)).document;
    await settled(doc);
    const result = api.lastResult(doc.uri)!.result;
    const supported = result.findings.filter((f) => f.verdict === 'supported').length;
    const unknown = result.findings.filter((f) => f.verdict === 'unknown').length;
    assert.ok(supported > 0, 'seed 002 has supported claims too');

    const status = await waitFor(() => {
      const s = api.statusBar();
      return s.visible && / to fix| no claims/.test(s.text) ? s : undefined;
    }, 'the status bar to show counts');
    assert.strictEqual(status.text, 'Fact Desk: 1 to fix · as of 27 Nov 2025');
    const newest = result.findings
      .map((f) => f.confirmed ?? '')
      .sort()
      .pop()!;
    assert.deepStrictEqual(status.tooltip.split('\n'), [
      `Fact Desk: 1 contradicted, 0 outdated, 0 disputed, ${unknown} not in the record, ${supported} supported`,
      "As of 2025-11-27 (from the draft's front matter)",
      // The record's own review date, as the check result carries it: a new review of the record moves it.
      `Record reviewed ${shortDate(result.recordReviewed!)}; newest source for this draft's claims ${shortDate(newest)}`,
      'Click to open the claims view.',
    ]);

    const tree = api.claimsTree();
    assert.strictEqual(tree.draft, doc.uri.toString());
    assert.strictEqual(tree.message, undefined);
    assert.deepStrictEqual(
      tree.groups.map((g) => [g.verdict, g.label]),
      [
        ['contradicted', 'Contradicted (1)'],
        ['supported', `Supported (${supported})`],
      ],
    );
    // The draft's words, then the record's; what the claim is about and its line.
    assert.deepStrictEqual(tree.groups[0]!.claims, [
      {
        label: 'April 2023 → 7 October 2022',
        description: 'H100 export restrictions · line 14',
        line: 13,
        factId: 'a100-h100.export-licence-required.2022-08-26',
      },
    ]);
    assert.ok(
      tree.groups[1]!.claims.every((c) => /· line \d+$/.test(c.description)),
      JSON.stringify(tree.groups[1]),
    );
  });

  it('follow the active editor to another draft, and clear for a non-markdown editor', async () => {
    const api = await factDesk();
    const seed = scratch.track(await openCopy(SEED_002)).document;
    await settled(seed);
    const desk = scratch.track(await openCopy(DESK_TEST)).document;
    await settled(desk);
    // The waived claims come from a second check on the check thread: the group shows when it lands.
    const tree = await waitFor(() => {
      const t = api.claimsTree();
      return t.draft === desk.uri.toString() && t.groups.some((g) => g.verdict === 'waived') ? t : undefined;
    }, 'the claims view to follow the desk-test draft, its ignored claims included');
    // To fix (contradicted, outdated), to check (a contradicted quotation: information), then the rest.
    assert.deepStrictEqual(
      tree.groups.map((g) => g.label.replace(/ \(\d+\)$/, '')),
      ['Contradicted', 'Outdated', 'In quotations', 'Supported', 'Ignored / accepted'],
    );
    assert.deepStrictEqual(
      tree.groups[0]!.claims.map((c) => c.label),
      [
        '96 GB → 141 GB',
        'Blackwell → Hopper',
        '80 GB → 141 GB',
        'April 2023 → 9 April 2025',
        '25% → 15%',
        'ByteDance → Alibaba',
      ],
    );
    assert.deepStrictEqual(
      tree.groups[1]!.claims.map((c) => `${c.label} · ${c.description}`),
      [
        'H200 is still banned in China → approved, licences under review since 8 December 2025 · H200 China status · line 37',
        'most powerful Nvidia chip legally avail… → H200, exportable since 8 December 2025 · Most powerful chip exportable to China · line 39',
      ],
    );
    assert.deepStrictEqual(
      tree.groups[2]!.claims.map((c) => `${c.label} · ${c.description}`),
      ['141 GB → 96 GB · H20 memory · line 45'],
    );
    // The draft's ignore comment hides a wrong figure from the Problems panel, not from an editor's audit.
    assert.deepStrictEqual(
      tree.groups[4]!.claims.map((c) => `${c.label} · ${c.description}`),
      ['80 GB → 141 GB · H200 memory · line 52 · ignored'],
    );
    const supported = tree.groups[3]!.claims.length;
    // The Claims view's to-fix rows are the status bar's and the Problems panel's.
    assert.strictEqual(tree.groups[0]!.claims.length + tree.groups[1]!.claims.length, 8);
    assert.strictEqual(
      api.statusBar().text,
      'Fact Desk: 8 to fix · 1 to check · as of 15 Dec 2025',
      'the quoted claim is information, to check, as in the Problems panel',
    );
    // The Problems panel's own counts: errors and warnings to fix, information to check.
    const problems = vscode.languages.getDiagnostics(desk.uri).filter((d) => d.source === 'Fact Desk');
    const toFix = problems.filter(
      (d) => d.severity === vscode.DiagnosticSeverity.Error || d.severity === vscode.DiagnosticSeverity.Warning,
    ).length;
    assert.deepStrictEqual([toFix, problems.length - toFix], [8, 1]);
    assert.ok(supported > 0);
    assert.ok(api.statusBar().tooltip.includes("As of 2025-12-15 (from the draft's front matter)"));

    // Back to seed 002.
    await vscode.window.showTextDocument(seed);
    await waitFor(
      () => api.claimsTree().draft === seed.uri.toString() && api.statusBar().text.startsWith('Fact Desk: 1 to fix'),
      'the views to follow seed 002 again',
    );

    // A plain-text editor is not a draft: the status item hides, the view says so.
    const text = scratch.track(
      await vscode.window.showTextDocument(
        await vscode.workspace.openTextDocument({
          language: 'plaintext',
          content: 'The H100 was restricted in April 2023.',
        }),
      ),
    );
    assert.strictEqual(text.document.languageId, 'plaintext');
    await waitFor(() => !api.statusBar().visible, 'the status item to hide');
    // No message: the view's welcome content (its words and buttons, package.json viewsWelcome) shows instead.
    assert.deepStrictEqual(api.claimsTree(), { welcome: true, groups: [] });
    assert.deepStrictEqual(vscode.languages.getDiagnostics(text.document.uri), [], 'plain text is never checked');
  });

  it('update after a fix: the contradicted group goes, the counts follow', async () => {
    const api = await factDesk();
    const doc = scratch.track(await openCopy(SEED_002)).document;
    await settled(doc);
    await applyAction(pick(await quickFixes(doc.uri, range(13, 263, 273), /^Replace with/), /^Replace with/));
    await settled(doc, 'the check after the fix');
    const supported = api.lastResult(doc.uri)!.result.findings.filter((f) => f.verdict === 'supported').length;
    assert.ok(supported > 0);
    await waitFor(
      () => api.statusBar().text === 'Fact Desk: nothing to fix · as of 27 Nov 2025',
      `the status to read nothing to fix, got ${api.statusBar().text}`,
    );
    assert.deepStrictEqual(
      api.claimsTree().groups.map((g) => g.verdict),
      ['supported'],
    );
    assert.ok(api.claimsTree().groups[0]!.claims.some((c) => c.label === 'October 2022' && c.line === 13));
  });

  it('update after “Replace and cite”: the cited date is re-checked and listed under Supported (an inline link with a long URL)', async () => {
    const api = await factDesk();
    const doc = scratch.track(await openCopy(SEED_002)).document;
    await settled(doc);
    const before = api.claimsTree();
    assert.deepStrictEqual(
      before.groups.map((g) => g.label),
      ['Contradicted (1)', 'Supported (1)'],
    );
    await applyAction(
      pick(await quickFixes(doc.uri, range(13, 263, 273), /^Replace and cite /), /^Replace and cite (?!another)/),
    );
    assert.match(
      doc.lineAt(13).text,
      /government's \[October 2022\]\(https:\/\/[^)]{40,}\) restrictions/,
      'an inline link with a long URL',
    );
    await settled(doc, 'the check after the fix');
    await waitFor(
      () => api.statusBar().text === 'Fact Desk: nothing to fix · as of 27 Nov 2025',
      `the status to read nothing to fix, got ${api.statusBar().text}`,
    );
    const tree = await waitFor(
      () => {
        const t = api.claimsTree();
        return t.groups.length === 1 && t.groups[0]!.claims.length === 2 ? t : undefined;
      },
      `the claims view to list both claims as supported; got ${JSON.stringify(api.claimsTree().groups)}`,
    );
    assert.deepStrictEqual(
      tree.groups.map((g) => g.label),
      ['Supported (2)'],
    );
    assert.ok(
      tree.groups[0]!.claims.some((c) => c.label === 'October 2022' && c.line === 13),
      JSON.stringify(tree.groups[0]!.claims),
    );
  });

  it('list what the record cannot judge under “Not in the record”: seed 004’s unrecorded share, and the check’s notes as their own rows', async () => {
    const api = await factDesk();
    const seed = scratch.track(await openCopy('seed-004-southeast-asia-training.md')).document;
    await settled(seed);
    const tree = await waitFor(
      () => (api.claimsTree().draft === seed.uri.toString() ? api.claimsTree() : undefined),
      'the claims view to show seed 004',
    );
    // Groups in the issue's order: to fix, to check, not in the record, supported.
    const order = ['contradicted', 'outdated', 'disputed', 'quoted', 'unknown', 'supported', 'waived'];
    const verdicts = tree.groups.map((g) => g.verdict);
    assert.deepStrictEqual(
      [...verdicts].sort((a, b) => order.indexOf(a) - order.indexOf(b)),
      verdicts,
    );
    const unknown = tree.groups.find((g) => g.verdict === 'unknown')!;
    assert.strictEqual(unknown.label, 'Not in the record (1)');
    assert.deepStrictEqual(unknown.claims, [
      { label: '15%', description: 'US revenue share · line 34', line: 33, factId: unknown.claims[0]!.factId },
    ]);

    // A draft with a figure split by an invisible character: the claim there is not judged, and the row says why.
    const doc = scratch.track(
      await openUntitled(
        '# Memory\n\nThe MI308 has 192 GB of memory.\n\nThe Nvidia H200 has 14\u200b1 GB of memory.\n',
      ),
    ).document;
    await settled(doc);
    const notes = await waitFor(() => {
      const t = api.claimsTree();
      return t.draft === doc.uri.toString() && t.groups.length ? t : undefined;
    }, 'the claims view to show the untitled draft');
    assert.deepStrictEqual(
      notes.groups.map((g) => g.label),
      ['Not in the record (1, 1 note)'],
    );
    assert.deepStrictEqual(notes.groups[0]!.claims, [
      { label: '192 GB', description: 'MI308 memory · line 3', line: 2, factId: notes.groups[0]!.claims[0]!.factId },
      {
        label: '1 invisible character inside a word or number or at its edg…',
        description: 'note · line 5',
        line: 4,
        factId: '',
        note: true,
      },
    ]);
    // The status bar counts claims, not notes: one not in the record.
    assert.match(api.statusBar().tooltip, /, 1 not in the record, 0 supported$/m);
  });

  it('say so when a draft has no claims about the record', async () => {
    const api = await factDesk();
    const doc = scratch.track(
      await openUntitled('# Notes\n\nThe weather was fine and the coffee was cold.\n'),
    ).document;
    await settled(doc);
    await waitFor(() => api.claimsTree().draft === doc.uri.toString(), 'the claims view to show the untitled draft');
    assert.deepStrictEqual(api.claimsTree().groups, []);
    assert.strictEqual(
      api.claimsTree().message,
      'No claims about the record’s chips, companies or rules in this draft.',
    );
    // Not a row of zeros that reads as "all clear": no claims, and no date in the draft.
    assert.match(
      api.statusBar().text,
      /^Fact Desk: no claims · as of \d{1,2} [A-Z][a-z]{2} \d{4} \(no date in draft\)$/,
    );
  });

  it('the status item’s command opens the claims view without error', async () => {
    const doc = scratch.track(await openCopy(SEED_002)).document;
    await settled(doc);
    await vscode.commands.executeCommand('factdesk.focusClaims');
    // Focus moved to the view; the view still shows the draft.
    const api = await factDesk();
    assert.strictEqual(api.claimsTree().draft, doc.uri.toString());
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
  });
});
