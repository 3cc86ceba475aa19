/**
 * Edits racing checks, closing a draft with a check pending, and an injected
 * engine fault: the diagnostics always describe the text they are shown on,
 * and nothing reaches the editor as an exception.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { Finding } from '../../../src/engine';
import {
  describeDiagnostic,
  discard,
  factDesk,
  factDiagnostics,
  hoverAt,
  openCopy,
  openUntitled,
  report,
  scratchScope,
  settingsScope,
  settled,
  trapHostErrors,
  waitFor,
} from './util';

const SEED_002 = 'seed-002-shift-ai-training-overseas.md';

const toRange = (f: Finding) =>
  new vscode.Range(f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character);
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** What a result says, independent of the document it was computed for. */
const summary = (doc: vscode.TextDocument, ds: vscode.Diagnostic[]) => ds.map((d) => describeDiagnostic(doc, d));

/** Types `text` at `pos` one character at a time, each keystroke its own edit (and document version). */
async function typeChars(editor: vscode.TextEditor, pos: vscode.Position, text: string): Promise<vscode.Position> {
  let at = pos;
  for (const ch of text) {
    const ok = await editor.edit((b) => b.insert(at, ch), { undoStopBefore: false, undoStopAfter: false });
    assert.ok(ok, 'edit applied');
    at = ch === '\n' ? new vscode.Position(at.line + 1, 0) : at.translate(0, 1);
  }
  return at;
}

async function backspace(editor: vscode.TextEditor, pos: vscode.Position, n: number): Promise<vscode.Position> {
  let at = pos;
  for (let i = 0; i < n; i++) {
    const from = at.translate(0, -1);
    assert.ok(
      await editor.edit((b) => b.delete(new vscode.Range(from, at)), { undoStopBefore: false, undoStopAfter: false }),
    );
    at = from;
  }
  return at;
}

describe('Robustness', () => {
  trapHostErrors();
  const scratch = scratchScope();
  const settings = settingsScope();

  for (const debounceMs of [0, 200]) {
    it(`an edit racing the checks (debounce ${debounceMs} ms): applied results are never stale, the final diagnostics match a fresh check`, async () => {
      const api = await factDesk();
      if (debounceMs !== 200) await settings.set('debounceMs', debounceMs);
      const editor = scratch.track(await openCopy(SEED_002));
      const doc = editor.document;
      await settled(doc);

      const problems: string[] = [];
      let applied = 0;
      let dropped = 0;
      let failed = 0;
      const sub = api.onDidCheck((e) => {
        if (e.uri.toString() !== doc.uri.toString()) return;
        if (e.dropped) return void dropped++;
        if (e.error) return void failed++;
        if (!e.result) return;
        applied++;
        // Applied now, synchronously: it must be of the text as it is now.
        if (e.version !== doc.version) problems.push(`v${e.version} applied while the document is at v${doc.version}`);
        for (const f of e.result.findings) {
          if (norm(doc.getText(toRange(f))) !== norm(f.claim))
            problems.push(
              `v${e.version}: range ${JSON.stringify(f.range)} holds “${doc.getText(toRange(f))}”, the claim is “${f.claim}”`,
            );
        }
        for (const d of factDiagnostics(doc.uri)) {
          if (!e.result.findings.some((f) => toRange(f).isEqual(d.range)))
            problems.push(`v${e.version}: diagnostic ${describeDiagnostic(doc, d)} has no finding`);
        }
      });
      try {
        // 1. A new paragraph with a wrong date above the claim, typed key by key: every line below moves down.
        await typeChars(editor, new vscode.Position(7, 0), 'The US restricted the H100 in April 2023.\n\n');
        // 2. Words typed in front of the seed's claim (now line 16): its characters move right.
        const claimLine = 15;
        const at = doc.lineAt(claimLine).text.indexOf("the U.S. government's April 2023");
        assert.ok(at > 0, doc.lineAt(claimLine).text.slice(0, 80));
        await typeChars(editor, new vscode.Position(claimLine, at), 'what insiders call ');
        // 3. The first paragraph's date retyped: “April 2023” → “October 2022”.
        const line7 = doc.lineAt(7).text;
        const end = new vscode.Position(7, line7.indexOf('April 2023') + 'April 2023'.length);
        const start = await backspace(editor, end, 'April 2023'.length);
        await typeChars(editor, start, 'October 2022');
        // 4. A burst of whole-word edits without waiting for anything in between.
        for (let i = 0; i < 10; i++) {
          await editor.edit((b) => b.insert(new vscode.Position(9, 0), i % 2 ? 'Nvidia ' : 'chips '), {
            undoStopBefore: false,
            undoStopAfter: false,
          });
        }
      } finally {
        sub.dispose();
      }
      const finalVersion = doc.version;
      const diagnostics = await settled(doc, 'the last check');
      assert.strictEqual(doc.version, finalVersion);
      report(
        `      race (debounce ${debounceMs} ms): ${finalVersion} versions, ${applied} results applied, ${dropped} dropped, ${failed} failed`,
      );
      assert.deepStrictEqual(problems, []);
      assert.strictEqual(failed, 0);

      // The final diagnostics: seed 002's error, moved, plus nothing for the corrected new paragraph.
      assert.deepStrictEqual(
        diagnostics.map((d) => [d.range.start.line, doc.getText(d.range)]),
        [[15, 'April 2023']],
        summary(doc, diagnostics).join('\n'),
      );
      assert.ok(doc.lineAt(15).text.includes("what insiders call the U.S. government's April 2023 restrictions"));
      assert.strictEqual(doc.lineAt(7).text, 'The US restricted the H100 in October 2022.');

      // A fresh check of the same text (a new document) gives the same diagnostics.
      const fresh = scratch.track(await openUntitled(doc.getText())).document;
      const expected = await settled(fresh, 'the fresh check');
      assert.deepStrictEqual(summary(doc, diagnostics), summary(fresh, expected));
      assert.deepStrictEqual(
        api.lastResult(doc.uri)!.result.findings.map((f) => [f.range, f.verdict, f.factId, f.claim]),
        api.lastResult(fresh.uri)!.result.findings.map((f) => [f.range, f.verdict, f.factId, f.claim]),
      );
    });
  }

  it('closing a draft with a check pending: no error, nothing applied afterwards, diagnostics cleared', async () => {
    const api = await factDesk();
    for (const kind of ['untitled', 'file'] as const) {
      // A debounce long enough that the planned check cannot start while the draft is being discarded (on a busy
      // machine closing took longer than the default 200 ms, and a check already on the check thread is not planned).
      await settings.set('debounceMs', 5000);
      const text = new TextDecoder().decode(
        await vscode.workspace.fs.readFile(vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, SEED_002)),
      );
      const editor = kind === 'untitled' ? await openUntitled(text) : await openCopy(SEED_002, undefined, 'workbench');
      const doc = editor.document;
      const uri = doc.uri;
      assert.strictEqual((await settled(doc)).length, 1, kind);

      const after: string[] = [];
      let closed = false;
      const subs = [
        api.onDidCheck((e) => {
          if (closed && e.uri.toString() === uri.toString())
            after.push(JSON.stringify({ version: e.version, reason: e.reason, error: e.error, dropped: e.dropped }));
        }),
        vscode.workspace.onDidCloseTextDocument((d) => {
          if (d.uri.toString() === uri.toString()) closed = true;
        }),
      ];
      try {
        await editor.edit((b) => b.insert(new vscode.Position(13, 0), 'Meanwhile, '));
        assert.strictEqual(api.isPending(uri), true, `${kind}: a check is planned after the edit`);
        await discard(doc);
        await waitFor(() => closed, `${kind}: the document to close`);
        assert.strictEqual(doc.isClosed, true);
        assert.strictEqual(api.isPending(uri), false, `${kind}: the planned check is cancelled`);
        assert.deepStrictEqual(vscode.languages.getDiagnostics(uri), [], `${kind}: diagnostics cleared`);
        assert.strictEqual(api.lastResult(uri), undefined, `${kind}: result forgotten`);
        assert.strictEqual(api.lastError(uri), undefined, `${kind}: no error`);
        await settings.set('debounceMs', 200);
        // Let the debounce window pass through real work (a check of another draft) and look again.
        // (A file, not untitled: VS Code reuses the closed draft's untitled: URI for the next untitled document.)
        const other = scratch.track(await openCopy('draft.md')).document;
        await settled(other);
        await waitFor(() => api.checkCount() > 0 && !api.isPending(other.uri), 'the other draft');
        assert.deepStrictEqual(after, [], `${kind}: no check of the closed draft`);
        assert.notStrictEqual(api.statusBar().text, 'Fact Desk: error');
        assert.notStrictEqual(api.claimsTree().draft, uri.toString());
      } finally {
        subs.forEach((s) => s.dispose());
      }
    }
  });

  it('an injected engine fault: no exception reaches the editor, the status shows the error, the next check recovers', async () => {
    const api = await factDesk();
    const editor = scratch.track(await openCopy(SEED_002));
    const doc = editor.document;
    assert.strictEqual((await settled(doc)).length, 1);
    const okStatus = api.statusBar().text;
    assert.strictEqual(okStatus, 'Fact Desk: 1 to fix · as of 27 Nov 2025');

    const fault = 'injected engine fault (integration test)';
    api.failNextCheck(fault);
    await editor.edit((b) => b.insert(new vscode.Position(13, 0), 'Meanwhile, '));
    const event = await api.whenChecked(doc.uri, doc.version);
    assert.strictEqual(event.error, fault);
    assert.strictEqual(event.result, undefined);
    assert.strictEqual(api.lastError(doc.uri), fault);
    await waitFor(
      () => api.statusBar().text === 'Fact Desk: error',
      `the status to show the error, got ${api.statusBar().text}`,
    );
    assert.ok(
      api.statusBar().tooltip.startsWith(`Fact Desk could not check this draft: ${fault}`),
      api.statusBar().tooltip,
    );
    assert.strictEqual(api.claimsTree().message, `The last check failed: ${fault} (Fact Desk: Show log).`);
    // The editor keeps working: the last good diagnostics stay, hovers still answer.
    assert.strictEqual(factDiagnostics(doc.uri).length, 1);
    // Hovers answer from the last result, never a check on the editor thread: on a line the edit left
    // alone they still answer; on the edited line (offsets moved) nothing stale is shown.
    const mention = await hoverAt(doc.uri, new vscode.Position(9, 'Chinese tech giants like Ali'.length));
    assert.match(mention.text, /Alibaba/, 'hover after the fault, on an unedited line');
    const edited = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      doc.uri,
      new vscode.Position(13, 'Meanwhile, '.length + 266),
    );
    assert.ok(
      !edited.some((h) => h.contents.some((c) => (typeof c === 'string' ? c : c.value).includes('7 October 2022'))),
      'no stale hover on the edited line',
    );

    // The next check (another keystroke) recovers.
    await editor.edit((b) => b.insert(new vscode.Position(13, 0), 'And '));
    const diagnostics = await settled(doc, 'the check after the fault');
    assert.deepStrictEqual(
      diagnostics.map((d) => doc.getText(d.range)),
      ['April 2023'],
    );
    assert.strictEqual(api.lastError(doc.uri), undefined);
    await waitFor(
      () => api.statusBar().text === okStatus,
      `the status to recover to ${okStatus}, got ${api.statusBar().text}`,
    );
    assert.strictEqual(api.claimsTree().message, undefined);

    // Through the command: it resolves (no rejection into the editor), then recovers.
    api.failNextCheck(fault);
    assert.strictEqual(await vscode.commands.executeCommand('factdesk.checkDocument', doc.uri), undefined);
    assert.strictEqual(api.lastError(doc.uri), fault);
    const result = await vscode.commands.executeCommand<{ findings: Finding[] }>('factdesk.checkDocument', doc.uri);
    assert.ok(result && result.findings.some((f) => f.claim === 'April 2023' && f.verdict === 'contradicted'));
    assert.strictEqual(api.lastError(doc.uri), undefined);
    await waitFor(() => api.statusBar().text === okStatus, 'the status to recover after the command');
  });
});
