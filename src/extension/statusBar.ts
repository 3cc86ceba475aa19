/** The status-bar item: "Fact Desk: 2 to fix · as of 2 Dec 2026 (no date in draft)"; a click focuses the claims view. */
import * as vscode from 'vscode';
import type { ActiveDraft } from './activeDraft';
import type { Checker } from './checker';
import type { Log } from './log';
import { diagnosticsFor } from './logic/diagnostics';
import { countVerdicts, statusText, type StatusState } from './logic/status';

export class StatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly subscriptions: vscode.Disposable[] = [];
  private current: { text: string; tooltip: string; visible: boolean } = { text: '', tooltip: '', visible: false };

  constructor(
    private readonly checker: Checker,
    private readonly active: ActiveDraft,
    private readonly log: Log,
  ) {
    this.item = vscode.window.createStatusBarItem('factdesk.status', vscode.StatusBarAlignment.Right, 100);
    this.item.name = 'Fact Desk';
    this.item.command = 'factdesk.focusClaims';
    // A pack reload may change what the tooltip says of the desk record even when no draft is re-checked.
    this.subscriptions.push(
      this.item,
      checker.onDidChangeState(() => this.refresh()),
      active.onDidChange(() => this.refresh()),
      checker.packs.onDidLoad(() => this.refresh()),
    );
    this.refresh();
  }

  state(doc: vscode.TextDocument): StatusState {
    if (!this.checker.settings.enable) return { kind: 'disabled' };
    const error = this.checker.lastError(doc.uri);
    if (error) return { kind: 'error', message: error };
    const stored = this.checker.stored(doc.uri);
    const saveOnly = this.checker.isTooLarge(doc);
    if (stored?.result.refused) return { kind: 'refused', reason: stored.result.refused };
    if (stored) {
      const r = stored.result;
      const deskNotes = this.checker.packs.deskNotes(doc.uri);
      const newestSource = r.findings
        .map((f) => f.confirmed ?? '')
        .sort()
        .pop();
      return {
        kind: 'result',
        counts: countVerdicts(r.findings),
        // The Problems panel's own list: the same severities, so the same counts.
        shown: diagnosticsFor(r.findings, this.checker.settings.severity).map((d) => d.severity),
        asOf: r.asOf,
        asOfOrigin: r.asOfOrigin,
        ...(r.recordReviewed ? { recordReviewed: r.recordReviewed } : {}),
        ...(newestSource ? { newestSource } : {}),
        saveOnly,
        stale: stored.version !== doc.version,
        ...(this.checker.packs.trusted ? {} : { restricted: true }),
        ...(deskNotes.length ? { deskNotes } : {}),
      };
    }
    if (saveOnly)
      return { kind: 'saveOnly', size: this.checker.sizeOf(doc), limit: this.checker.settings.maxDocumentSize };
    return { kind: 'pending' };
  }

  refresh(): void {
    this.log.safely(
      'status bar',
      () => {
        const doc = this.active.document;
        if (!doc) {
          this.item.hide();
          this.current = { ...this.current, visible: false };
          return;
        }
        const state = this.state(doc);
        const { text, tooltip } = statusText(state);
        this.item.text = text;
        this.item.tooltip = tooltip;
        this.item.backgroundColor =
          state.kind === 'error' ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
        this.item.show();
        this.current = { text, tooltip, visible: true };
      },
      undefined,
    );
  }

  snapshot(): { text: string; tooltip: string; visible: boolean } {
    return { ...this.current };
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
