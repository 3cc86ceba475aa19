/**
 * Onboarding: the one-time "switch to Markdown" hint on a plain-text draft (remembered in globalState),
 * the switch itself (the draft is then checked at once), and the Get Started walkthrough command.
 * The walkthrough as a person sees it is screenshotted by ui.js.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { factDesk, scratchScope, settled, trapHostErrors, waitFor } from './util';

const PASTED =
  'Nvidia said the H200 has 96 GB of memory and is still banned in China, according to people familiar with the matter.';

async function openPlain(content: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: '' });
  await vscode.window.showTextDocument(doc);
  // A paste into an empty Untitled file, as a writer does it.
  const edit = new vscode.WorkspaceEdit();
  edit.insert(doc.uri, new vscode.Position(0, 0), content);
  assert.ok(await vscode.workspace.applyEdit(edit));
  return doc;
}

describe('Onboarding', () => {
  trapHostErrors();
  const scratch = scratchScope();

  it('a paragraph pasted into a plain-text Untitled file gets the switch-to-Markdown hint once, remembered in globalState', async () => {
    const api = await factDesk();
    await api.resetPlainTextHint();
    assert.deepStrictEqual(api.plainTextHints(), { shown: [], remembered: false });
    const first = scratch.track(await openPlain(PASTED));
    await waitFor(() => api.plainTextHints().shown.includes(first.uri.toString()), 'the hint for the pasted paragraph');
    assert.strictEqual(api.plainTextHints().remembered, true);
    assert.strictEqual(api.lastResult(first.uri), undefined, 'plain text is never checked');

    const second = scratch.track(await openPlain(`${PASTED} Again.`));
    // Nothing to wait for when nothing should happen: give the (300 ms) pause after typing time to pass.
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    assert.deepStrictEqual(api.plainTextHints().shown, [first.uri.toString()], 'shown once only');
    void second;
  });

  it('a plain-text file that names nothing from the record gets no hint', async () => {
    const api = await factDesk();
    await api.resetPlainTextHint();
    scratch.track(await openPlain('Shopping list: milk, eggs, bread and a new kettle for the office.'));
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    assert.deepStrictEqual(api.plainTextHints(), { shown: [], remembered: false });
  });

  it('“Switch to Markdown” turns the file into a draft that is checked at once', async () => {
    const api = await factDesk();
    const plain = scratch.track(await openPlain(PASTED));
    assert.strictEqual(await vscode.commands.executeCommand('factdesk.useMarkdown', plain.uri.toString()), true);
    const doc = await waitFor(
      () =>
        vscode.workspace.textDocuments.find(
          (d) => d.uri.toString() === plain.uri.toString() && d.languageId === 'markdown',
        ),
      'the markdown document',
    );
    const diagnostics = await settled(doc, 'the first check after the switch');
    assert.ok(
      diagnostics.some((d) => d.message === 'H200 memory: 141 GB in the record, not 96 GB'),
      JSON.stringify(diagnostics.map((d) => d.message)),
    );
    await waitFor(
      () => api.statusBar().visible && api.statusBar().text.startsWith('Fact Desk:'),
      'the status item on the switched draft',
    );
  });

  it('“Fact Desk: Get started” opens the walkthrough without an error', async () => {
    await vscode.commands.executeCommand('factdesk.getStarted');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
