/**
 * The fact card in a real VS Code (issue 15): a webview panel, not a markdown
 * preview — its page is escaped HTML under a strict CSP, it keeps showing the
 * card when the draft's tab is focused (the preview used to turn into a
 * preview of the draft), and a source opens only after a yes.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { FactCardSnapshot } from '../../../src/extension/factCard';
import { factDesk, openUntitled, scratchScope, settled, trapHostErrors, waitFor } from './util';

const cardTabs = () =>
  vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('factdesk.factCard'));
const previewTabs = () =>
  vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .filter((t) => t.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(t.input.viewType));

describe('Fact card (webview)', () => {
  trapHostErrors();
  const scratch = scratchScope();

  afterEach(async () => {
    for (const tab of cardTabs()) await vscode.window.tabGroups.close(tab);
  });

  it('opens as a webview with a strict CSP and escaped text, and stays the card when the draft is focused', async () => {
    const editor = scratch.track(
      await openUntitled('---\ndate: 2025-11-27\n---\n\nOur reporter asked a reseller about the H20 and its price.\n'),
    );
    await settled(editor.document);
    const api = await factDesk();
    const shown = (await vscode.commands.executeCommand('factdesk.showFactCard', 'nvidia-h20')) as FactCardSnapshot;
    assert.strictEqual(shown.entityId, 'nvidia-h20');
    assert.strictEqual(shown.title, 'Fact card: Nvidia H20');
    assert.strictEqual(shown.asOf, '2025-11-27', 'the draft’s as-of date');
    assert.ok(shown.enableScripts, 'the page’s one script (nonce) runs');
    assert.match(
      shown.html,
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src [^;"]+ 'nonce-/,
    );
    assert.match(shown.html, /script-src 'nonce-[A-Za-z0-9+/=]+'; img-src 'none'/);
    assert.doesNotMatch(shown.html, /<a\s|<img\s|\shref=|\ssrc=/, 'no link, no image');
    assert.ok(
      shown.html.includes('<strong>China export status on 2025-11-27:</strong> Exportable under US licences'),
      shown.html.slice(0, 600),
    );
    assert.ok(
      shown.links.length > 0 && shown.links.every((l) => l.startsWith('https://')),
      'https sources, kept by the extension',
    );
    await waitFor(() => (cardTabs().length === 1 ? true : undefined), 'a fact-card webview tab');
    assert.strictEqual(previewTabs().length, 0, 'no markdown preview');

    // Focus the draft, then look again: still the H20 card (a markdown preview would follow the active editor).
    await vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, preserveFocus: false });
    await waitFor(
      () => (vscode.window.activeTextEditor?.document === editor.document ? true : undefined),
      'the draft focused',
    );
    const after = api.factCard()!;
    assert.strictEqual(after.entityId, 'nvidia-h20');
    assert.strictEqual(after.title, 'Fact card: Nvidia H20');
    assert.strictEqual(cardTabs().length, 1);
    assert.strictEqual(cardTabs()[0]!.label, 'Fact card: Nvidia H20');

    // Another card reuses the panel.
    await vscode.commands.executeCommand('factdesk.showFactCard', 'nvidia-h200');
    assert.strictEqual(api.factCard()!.entityId, 'nvidia-h200');
    assert.strictEqual(cardTabs().length, 1, 'one panel, reused');
  });

  it('a source button opens the record’s https URL only after a yes; messages that are not the page’s own are ignored', async () => {
    const api = await factDesk();
    const shown = (await vscode.commands.executeCommand('factdesk.showFactCard', 'nvidia-h20')) as FactCardSnapshot;
    const already = api.openedExternal.length;
    api.interceptExternal(true);
    try {
      api.answerSourcePrompts('cancel');
      assert.strictEqual(await api.factCardMessage({ type: 'openSource', index: 0 }), 0);
      assert.strictEqual(api.openedExternal.length, already);
      api.answerSourcePrompts('accept');
      assert.strictEqual(await api.factCardMessage({ type: 'openSource', index: 0 }), 1);
      assert.deepStrictEqual(api.openedExternal.slice(already), [shown.links[0]]);
      assert.strictEqual(await api.factCardMessage({ type: 'open', url: 'https://evil.example/' }), 0);
      assert.strictEqual(await api.factCardMessage({ type: 'openSource', index: shown.links.length }), 0);
      assert.strictEqual(api.openedExternal.length, already + 1);
    } finally {
      api.answerSourcePrompts(undefined);
      api.interceptExternal(false);
    }
  });
});
