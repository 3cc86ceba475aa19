/**
 * What activate() returns: a small API for the integration tests (and only
 * for them). Read the claims view, the status bar and the last results;
 * inject an engine fault; wait for checks without sleeping.
 */
import type * as vscode from 'vscode';
import type { CheckResult } from '../engine';
import type { AskedQuestion, ScriptedAnswer } from './ask';
import type { CheckEvent } from './checker';
import type { ClaimsTreeSnapshot } from './claimsView';
import type { FactCardSnapshot } from './factCard';
import type { SourcePickItem } from './logic/sources';
import type { PackScopeSnapshot } from './packs';

export interface FactDeskTesting {
  /** The last applied result for a draft, and the document version it was computed from (-1: read from disk). */
  lastResult(uri: vscode.Uri): { version: number; result: CheckResult } | undefined;
  /** The last check error for a draft (cleared by the next good check). */
  lastError(uri: vscode.Uri): string | undefined;
  /** What the claims view shows now (the active draft's claims, grouped by verdict). */
  claimsTree(): ClaimsTreeSnapshot;
  /** How many chip, company and rule names of the draft are shown uncoloured (factdesk.entityNames off). */
  plainNames(uri: vscode.Uri): number;
  /** The status-bar item as shown now. */
  statusBar(): { text: string; tooltip: string; visible: boolean };
  /** The next check throws inside the engine call (logged; shown as an error in the status bar). */
  failNextCheck(message?: string): void;
  /** Fires after every check: applied, dropped as stale, or failed. */
  onDidCheck: vscode.Event<CheckEvent>;
  /**
   * Resolves with the first check event for `uri` at `minVersion` or later
   * (immediately when a stored result already qualifies).
   */
  whenChecked(uri: vscode.Uri, minVersion?: number): Promise<CheckEvent>;
  /** Whether a (debounced) check of the draft is planned. */
  isPending(uri: vscode.Uri): boolean;
  /** The per-draft as-of override, if any. */
  asOfOverride(uri: vscode.Uri): string | undefined;
  /** How many checks ran (including failed and dropped ones). */
  checkCount(): number;
  /** While on, "open the sources" records URLs here instead of opening a browser. */
  interceptExternal(on: boolean): void;
  openedExternal: string[];
  /** Workspace packs now: per pack root, the files found, those in use, their errors, whether the last good record stays in use. */
  packs(): PackScopeSnapshot[];
  /** Fires after every pack (re)load: watcher, save, quick fix, reload command. */
  onDidLoadPacks: vscode.Event<PackScopeSnapshot[]>;
  /** Whether workspace packs are in use (false in Restricted Mode). */
  trusted(): boolean;
  /** The open fact card (webview): its entity, title, HTML and the sources it can open; undefined when closed. */
  factCard(): FactCardSnapshot | undefined;
  /** Delivers a message as if the fact card's page had sent it; resolves to the number of sources opened. */
  factCardMessage(message: unknown): Promise<number>;
  /** While set, "open the sources?" questions are answered so (and recorded in sourcePrompts) instead of shown. */
  answerSourcePrompts(answer: 'accept' | 'cancel' | undefined): void;
  sourcePrompts: { kind: 'pick' | 'confirm'; title: string; items: SourcePickItem[] }[];
  /**
   * While set, Fact Desk's quick picks and input boxes (source picker, "Add to the record…" form, ignore
   * reason) take these answers in order instead of showing; `asked` records each question as asked.
   */
  answerQuestions(answers: ScriptedAnswer[] | undefined): void;
  asked: AskedQuestion[];
  /** The plain-text "switch to Markdown" hint: the drafts it was shown for this session, and whether globalState remembers it. */
  plainTextHints(): { shown: string[]; remembered: boolean };
  /** Forgets that the hint was shown. */
  resetPlainTextHint(): Promise<void>;
}

export interface FactDeskApi {
  readonly apiVersion: 1;
  readonly testing: FactDeskTesting;
}
