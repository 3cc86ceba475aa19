/**
 * A one-time hint when a plain-text document reads like a draft Fact Desk could check (it names a chip,
 * company or rule the record knows): switch it to Markdown. Shown once per installation (globalState), on
 * open or after a paste into an Untitled file; the check itself never runs on plain text.
 */
import * as vscode from 'vscode';
import type { Checker } from './checker';
import type { Log } from './log';

export const PLAIN_TEXT_HINT_KEY = 'factdesk.plainTextHintShown';
export const USE_MARKDOWN_COMMAND = 'factdesk.useMarkdown';
export const PLAIN_TEXT_HINT =
  'Fact Desk checks Markdown drafts. This plain-text file names chips or companies in its record: switch it to Markdown to check it?';
const SWITCH = 'Switch to Markdown';
/** Only the start of a long file is looked at: enough to tell a draft. */
const LOOK_AT = 20_000;

export class PlainTextHint implements vscode.Disposable {
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Tests: the hints shown in this session. */
  readonly shown: string[] = [];

  constructor(
    private readonly state: vscode.Memento,
    private readonly checker: Checker,
    private readonly log: Log,
  ) {
    this.subscriptions.push(
      vscode.workspace.onDidOpenTextDocument((doc) => this.consider(doc)),
      vscode.workspace.onDidChangeTextDocument((e) => this.consider(e.document)),
      vscode.commands.registerCommand(
        USE_MARKDOWN_COMMAND,
        log.command(USE_MARKDOWN_COMMAND, (uri?: string) => this.useMarkdown(uri)),
      ),
    );
    for (const doc of vscode.workspace.textDocuments) this.consider(doc);
  }

  /** Whether the hint was shown (ever, on this installation). */
  get done(): boolean {
    return this.state.get<boolean>(PLAIN_TEXT_HINT_KEY) === true;
  }

  /** Tests: forget that the hint was shown. */
  async reset(): Promise<void> {
    await this.state.update(PLAIN_TEXT_HINT_KEY, undefined);
    this.shown.length = 0;
  }

  private consider(doc: vscode.TextDocument): void {
    if (doc.languageId !== 'plaintext' || this.done || !this.checker.settings.enable) return;
    if (doc.uri.scheme !== 'file' && doc.uri.scheme !== 'untitled') return;
    // Typing and pasting: look once the document is still for a moment.
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.log.safely('plain-text hint', () => this.hintIfDraft(doc), undefined);
      }, 300),
    );
  }

  private hintIfDraft(doc: vscode.TextDocument): void {
    if (doc.isClosed || doc.languageId !== 'plaintext' || this.done) return;
    const text = doc.getText().slice(0, LOOK_AT);
    if (text.trim().length < 20) return;
    const { mentions } = this.checker.engineFor(doc.uri).check(text);
    if (!mentions.length) return;
    void this.state.update(PLAIN_TEXT_HINT_KEY, true);
    this.shown.push(doc.uri.toString());
    this.log.info(`plain-text hint shown for ${doc.uri.toString(true)} (${mentions.length} names from the record)`);
    void vscode.window.showInformationMessage(`Fact Desk: ${PLAIN_TEXT_HINT}`, SWITCH).then((choice) => {
      if (choice === SWITCH) void this.useMarkdown(doc.uri.toString());
    });
  }

  private async useMarkdown(uri?: string): Promise<boolean> {
    const doc =
      typeof uri === 'string'
        ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri)
        : vscode.window.activeTextEditor?.document;
    if (!doc || doc.languageId === 'markdown') return false;
    await vscode.languages.setTextDocumentLanguage(doc, 'markdown');
    return true;
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}
