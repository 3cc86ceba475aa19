import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, openFixture, waitFor, workspaceRoot } from './util';

describe('Fact Desk in a real extension host', () => {
  it('runs with the fixture workspace open', () => {
    // In the (remote) extension host the workspace is a plain file: URI.
    const root = workspaceRoot();
    assert.strictEqual(root.scheme, 'file', `workspace scheme is ${root.scheme}`);
    assert.ok(root.path.includes('/factdesk-it-'), `workspace is the per-run copy, got ${root.path}`);
  });

  it('finds the extension under development', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is not installed in the extension host`);
  });

  it('activates when a markdown draft is opened', async () => {
    const editor = await openFixture('draft.md');
    assert.strictEqual(editor.document.languageId, 'markdown');
    assert.match(editor.document.lineAt(0).text, /^# /);

    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is not installed`);
    await waitFor(() => ext.isActive, `${EXTENSION_ID} to activate`, 30_000);
    assert.strictEqual(ext.isActive, true);
  });
});
