/**
 * factdesk.entityNames = false: chip, company and rule names lose their colour. The grammar
 * (syntaxes/) colours them as soon as they are typed and cannot be switched off by a setting,
 * so the names the check found are painted back in the editor's own text colour.
 */
import * as vscode from 'vscode';
import type { Checker } from './checker';
import { toRange } from './convert';
import type { Log } from './log';

export class PlainNames implements vscode.Disposable {
  private readonly decoration = vscode.window.createTextEditorDecorationType({
    color: new vscode.ThemeColor('editor.foreground'),
  });
  private readonly subscriptions: vscode.Disposable[] = [];
  /** Per draft URI, how many names are shown plain now (for the test API). */
  private readonly painted = new Map<string, number>();

  constructor(
    private readonly checker: Checker,
    private readonly log: Log,
  ) {
    this.subscriptions.push(
      this.decoration,
      checker.onDidChangeState(() => this.refresh()),
      vscode.window.onDidChangeVisibleTextEditors(() => this.refresh()),
    );
    this.refresh();
  }

  refresh(): void {
    this.log.safely(
      'plain names',
      () => {
        this.painted.clear();
        for (const editor of vscode.window.visibleTextEditors) {
          const doc = editor.document;
          if (!this.checker.isDraft(doc)) continue;
          const stored = this.checker.stored(doc.uri);
          const plain = !this.checker.settings.entityNames && stored && stored.version === doc.version;
          const ranges = plain ? stored.result.mentions.map((m) => toRange(m.range)) : [];
          editor.setDecorations(this.decoration, ranges);
          if (ranges.length) this.painted.set(doc.uri.toString(), ranges.length);
        }
      },
      undefined,
    );
  }

  /** How many names of the draft are shown in the plain text colour. */
  plainCount(uri: vscode.Uri): number {
    return this.painted.get(uri.toString()) ?? 0;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
