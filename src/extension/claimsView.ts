/** The claims view: the active draft's claims grouped by verdict; selecting one reveals it. */
import * as vscode from 'vscode';
import type { ActiveDraft } from './activeDraft';
import type { Checker } from './checker';
import type { Log } from './log';
import { VERDICT_SIGN } from './logic/markdown';
import { ignoreNoteOn } from './logic/edits';
import {
  acceptanceWaiver,
  groupClaims,
  waivedClaims,
  withoutIgnores,
  type ClaimGroup,
  type ClaimItem,
} from './logic/tree';
import type { Finding } from '../engine';

export const CLAIMS_VIEW_ID = 'factdesk.claims';

type Node = { type: 'group'; group: ClaimGroup; uri: vscode.Uri } | { type: 'claim'; item: ClaimItem; uri: vscode.Uri };

/** A plain snapshot of the view for the test API. */
export interface ClaimsTreeSnapshot {
  draft?: string;
  message?: string;
  /** The view shows its welcome content (no draft: “Open a markdown draft…” and its buttons). */
  welcome?: true;
  groups: {
    label: string;
    verdict: string;
    claims: { label: string; description: string; line: number; factId: string; note?: true }[];
  }[];
}

const GROUP_ICONS: Record<string, [string, string]> = {
  contradicted: ['error', 'errorForeground'],
  outdated: ['warning', 'editorWarning.foreground'],
  disputed: ['question', 'editorInfo.foreground'],
  quoted: ['quote', 'editorInfo.foreground'],
  unknown: ['circle-slash', 'descriptionForeground'],
  supported: ['pass', 'testing.iconPassed'],
  waived: ['eye-closed', 'descriptionForeground'],
};

export class ClaimsView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  readonly view: vscode.TreeView<Node>;
  private groups: ClaimGroup[] = [];
  private uri: vscode.Uri | undefined;
  private message: string | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly checker: Checker,
    private readonly active: ActiveDraft,
    private readonly log: Log,
  ) {
    this.view = vscode.window.createTreeView(CLAIMS_VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
    this.subscriptions.push(
      this.view,
      checker.onDidChangeState(() => this.refresh()),
      active.onDidChange(() => this.refresh()),
      checker.packs.onDidLoad(() => this.refresh()),
    );
    this.refresh();
  }

  refresh(): void {
    this.log.safely(
      'claims view',
      () => {
        const doc = this.active.document;
        this.uri = doc?.uri;
        this.groups = [];
        this.view.description = undefined;
        if (!this.checker.settings.enable) {
          this.message = 'Fact Desk is disabled (factdesk.enable).';
        } else if (!doc) {
          // No message: VS Code shows a view's welcome content (package.json viewsWelcome: the same words and
          // its buttons) only while the view has no message and no rows.
          this.message = undefined;
        } else {
          const stored = this.checker.stored(doc.uri);
          const error = this.checker.lastError(doc.uri);
          if (stored) {
            this.groups = groupClaims(
              stored.result.findings,
              (id) => this.checker.engineFor(doc.uri).index.entityName(id),
              this.waived(doc, stored.version, stored.result),
              // An accepted wording says who accepted it, when and why in its pack entry; an ignore, in its comment.
              (f) =>
                f.accepted
                  ? acceptanceWaiver(f.accepted)
                  : ignoreNoteOn(doc.lineAt(Math.min(f.range.start.line, doc.lineCount - 1)).text),
              stored.result.notes ?? [],
            );
            this.view.description = `as of ${stored.result.asOf}`;
            this.message = stored.result.refused
              ? `Not checked: ${stored.result.refused}`
              : this.groups.length
                ? undefined
                : 'No claims about the record’s chips, companies or rules in this draft.';
          } else if (error) {
            this.message = `The check failed: ${error} (Fact Desk: Show log).`;
          } else if (this.checker.isTooLarge(doc)) {
            this.message = 'Large draft: Fact Desk checks it when you save.';
          } else {
            this.message = 'Checking…';
          }
          if (stored && error) this.message = `The last check failed: ${error} (Fact Desk: Show log).`;
          // An older desk record in use (broken packs, or written for an older bundled record): said above the claims.
          const desk = this.checker.packs.deskNotes(doc.uri);
          if (desk.length) this.message = [...desk, ...(this.message ? [this.message] : [])].join('\n');
        }
        this.view.message = this.message;
        this.emitter.fire(undefined);
      },
      undefined,
    );
  }

  /**
   * Claims an ignore comment or an accepted wording hides: the draft checked again with its ignore
   * comments inert (same offsets) and accepted wordings kept (marked with their pack entry), only when
   * it has an ignore comment or its record accepts wordings, and the stored result is of this version
   * of the text. That check runs on the check thread; until it lands the view shows no waived claims,
   * then it refreshes.
   */
  private waived(
    doc: vscode.TextDocument,
    version: number,
    result: { asOf: string; findings: readonly Finding[] },
  ): Finding[] {
    if (version !== doc.version) return [];
    const stored = this.checker.stored(doc.uri);
    if (!stored) return [];
    const text = stored.text ?? doc.getText();
    const unmasked = withoutIgnores(text);
    const accepts = stored.engine.index.record.accepted.length > 0;
    if (unmasked === undefined && !accepts) return [];
    const draftPath = this.checker.packs.draftPathOf(doc.uri);
    const all = this.checker.unmaskedFindings(stored, unmasked ?? text, {
      asOf: result.asOf,
      includeSupported: true,
      draft: `${doc.uri.toString()}#unmasked`,
      keepAccepted: true,
      ...(draftPath ? { draftPath } : {}),
    });
    return all ? waivedClaims(result.findings, all) : [];
  }

  getChildren(node?: Node): Node[] {
    return this.log.safely('claims view children', () => this.children(node), []);
  }

  private children(node?: Node): Node[] {
    const uri = this.uri;
    if (!uri) return [];
    if (!node) return this.groups.map((group) => ({ type: 'group', group, uri }));
    if (node.type === 'group') return node.group.claims.map((item) => ({ type: 'claim', item, uri }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    return this.log.safely('claims view item', () => this.treeItem(node), new vscode.TreeItem('?'));
  }

  private treeItem(node: Node): vscode.TreeItem {
    if (node.type === 'group') {
      const item = new vscode.TreeItem(
        node.group.label,
        node.group.verdict === 'supported'
          ? vscode.TreeItemCollapsibleState.Collapsed
          : vscode.TreeItemCollapsibleState.Expanded,
      );
      const [icon, color] = GROUP_ICONS[node.group.verdict] ?? ['circle-outline', 'foreground'];
      item.iconPath = new vscode.ThemeIcon(icon, new vscode.ThemeColor(color));
      item.id = `${node.uri.toString()}#${node.group.verdict}`;
      item.contextValue = 'factdesk.group';
      return item;
    }
    const c = node.item;
    // A note is not a claim: no verdict sign, an information icon instead.
    const item = new vscode.TreeItem(
      c.note ? c.label : `${VERDICT_SIGN[c.verdict] ?? ''} ${c.label}`,
      vscode.TreeItemCollapsibleState.None,
    );
    if (c.note) item.iconPath = new vscode.ThemeIcon('info', new vscode.ThemeColor('editorInfo.foreground'));
    item.description = c.description;
    item.tooltip = c.tooltip;
    item.contextValue = c.note ? 'factdesk.note' : 'factdesk.claim';
    item.command = {
      command: 'factdesk.revealClaim',
      title: 'Reveal the claim',
      arguments: [node.uri.toString(), c.range],
    };
    return item;
  }

  snapshot(): ClaimsTreeSnapshot {
    return {
      ...(this.uri ? { draft: this.uri.toString() } : {}),
      ...(this.message ? { message: this.message } : {}),
      ...(!this.message && !this.groups.length && !this.uri ? { welcome: true as const } : {}),
      groups: this.groups.map((g) => ({
        label: g.label,
        verdict: g.verdict,
        claims: g.claims.map((c) => ({
          label: c.label,
          description: c.description,
          line: c.range.start.line,
          factId: c.factId,
          ...(c.note ? { note: true as const } : {}),
        })),
      })),
    };
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.emitter.dispose();
  }
}
