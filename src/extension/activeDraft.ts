/** Which draft the claims view and the status bar are about. */
import * as vscode from 'vscode';
import type { Checker } from './checker';

/** Editors that do not change the subject: the output panel, our own fact cards. */
const IGNORED_SCHEMES = new Set(['output', 'factdesk']);

export class ActiveDraft implements vscode.Disposable {
  private uri: vscode.Uri | undefined;
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly checker: Checker) {
    this.update(vscode.window.activeTextEditor);
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor((e) => this.update(e)),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        if (this.uri && doc.uri.toString() === this.uri.toString()) {
          this.uri = undefined;
          this.emitter.fire();
        }
      }),
      // A language change (plain text → Markdown) closes and reopens the document in the same editor without
      // changing the active editor: look again, so the status item and the Claims view follow at once.
      vscode.workspace.onDidOpenTextDocument((doc) => {
        const editor = vscode.window.activeTextEditor;
        if (editor && editor.document.uri.toString() === doc.uri.toString()) this.update(editor);
      }),
    );
  }

  private update(editor: vscode.TextEditor | undefined): void {
    // No text editor (a preview or webview has focus) or a side document: keep showing the last draft.
    if (!editor || IGNORED_SCHEMES.has(editor.document.uri.scheme)) return;
    const next = this.checker.isDraft(editor.document) ? editor.document.uri : undefined;
    if (next?.toString() === this.uri?.toString()) return;
    this.uri = next;
    this.emitter.fire();
  }

  /** The draft's document, if it is still open. */
  get document(): vscode.TextDocument | undefined {
    const uri = this.uri;
    if (!uri) return undefined;
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && !d.isClosed);
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.emitter.dispose();
  }
}
