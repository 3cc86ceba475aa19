/**
 * Runs the engine over markdown drafts and keeps the results: diagnostics on
 * open/change (debounced)/save, the stale-version guard (document version and
 * record), the size limit (check on save only), per-draft as-of overrides,
 * and a fault hook for tests.
 */
import * as vscode from 'vscode';
import {
  LineIndex,
  type CheckOptions,
  type CheckResult,
  type Engine,
  type Finding,
  type Position,
  type Range,
} from '../engine';
import { CheckClient, EngineFailure } from './checkClient';
import { toDiagnostic, toNoteDiagnostic } from './convert';
import type { Log } from './log';
import { errorMessage } from './log';
import { diagnosticsFor, undatedNote } from './logic/diagnostics';
import { VersionGuard } from './logic/guard';
import { effectiveAsOf, readSettings, type Settings } from './logic/settings';
import type { WorkspacePacks } from './packs';

/** Schemes whose markdown documents are drafts (not previews, diffs or our own fact cards). */
const DRAFT_SCHEMES = new Set(['file', 'untitled', 'vscode-vfs', 'vscode-remote', 'vscode-test-web', 'memfs']);

export type CheckReason = 'open' | 'change' | 'save' | 'command' | 'settings' | 'workspace' | 'activate' | 'packs';

export interface StoredResult {
  uri: vscode.Uri;
  /** The document version the result was computed from; -1 for a file read from disk. */
  version: number;
  result: CheckResult;
  /** The engine (record) the result was computed with: once a pack reload replaces it, the result is stale. */
  engine: Engine;
  /** The editor document checked (none for a file read from disk): untitled names are reused, versions restart at 1. */
  document?: vscode.TextDocument;
  /** The text checked: what a result a keystroke behind is compared with, line by line, before it is used. */
  text?: string;
}

/**
 * The last result of an open draft, for hovers and quick fixes: served at once, never computed on
 * the editor thread. It may be a keystroke behind the text; `holds` says whether a range of it still
 * reads the same in the document (its lines unchanged), and only such findings are shown or fixed.
 */
export interface LastResult {
  result: CheckResult;
  engine: Engine;
  /** The result is of the document's current version. */
  fresh: boolean;
  holds(range: Range): boolean;
  /** Offset in the text checked of a position (line and character), and back: where the result's spans are. */
  offsetOf(position: Position): number;
  positionOf(offset: number): Position;
}

export interface CheckEvent {
  uri: vscode.Uri;
  version: number;
  reason: CheckReason;
  result?: CheckResult;
  /** Set when the check failed (the error is logged). */
  error?: string;
  /** Set when the result was dropped because the document changed meanwhile. */
  dropped?: boolean;
}

export class Checker implements vscode.Disposable {
  settings: Settings;
  readonly diagnostics: vscode.DiagnosticCollection;
  private readonly results = new Map<string, StoredResult>();
  /** The line index of a stored result's text, for results a keystroke behind (see lastResult). */
  private readonly checkedLines = new WeakMap<StoredResult, LineIndex>();
  /** The claims view's waived-claims checks, one per draft (see unmaskedFindings). */
  private readonly unmasked = new Map<string, { stored: StoredResult; text: string; findings?: readonly Finding[] }>();
  private readonly errors = new Map<string, string>();
  private readonly asOfOverrides = new Map<string, string>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly guard = new VersionGuard();
  private readonly emitter = new vscode.EventEmitter<CheckEvent>();
  readonly onDidCheck = this.emitter.event;
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  /** Fires when anything the views show may have changed (results, errors, settings, overrides). */
  readonly onDidChangeState = this.changeEmitter.event;
  private failNext: string | undefined;
  checkCount = 0;
  /** Open/change/save checks run on this thread when it is there (dist/extension-worker.js), else here. */
  readonly client: CheckClient | undefined;
  /** Checks of a draft sent to the check thread and not yet answered. */
  private readonly inFlight = new Map<string, number>();

  constructor(
    private readonly log: Log,
    /** One engine per pack root (workspace folder): the bundled record plus that folder's packs. */
    readonly packs: WorkspacePacks,
  ) {
    this.settings = this.readSettings();
    this.diagnostics = vscode.languages.createDiagnosticCollection('factdesk');
    this.client = CheckClient.create(log);
    log.info(
      this.client
        ? 'checks run on a check thread (worker), off the editor thread'
        : 'checks run on the editor thread (no check thread bundle)',
    );
  }

  /** The bundled record's engine, created on first use (activation stays cheap). */
  get engine(): Engine {
    return this.packs.bundled;
  }

  /** The engine for a draft: the record of the folder it belongs to (bundled + that folder's packs). */
  engineFor(uri: vscode.Uri | undefined): Engine {
    return this.packs.engineFor(uri);
  }

  readSettings(): Settings {
    const config = vscode.workspace.getConfiguration('factdesk');
    return readSettings((key) => config.get(key));
  }

  reloadSettings(): void {
    this.settings = this.readSettings();
    this.changeEmitter.fire();
  }

  isDraft(doc: vscode.TextDocument): boolean {
    return doc.languageId === 'markdown' && DRAFT_SCHEMES.has(doc.uri.scheme);
  }

  /** The document's length in characters (without copying its text). */
  sizeOf(doc: vscode.TextDocument): number {
    return doc.offsetAt(doc.lineAt(doc.lineCount - 1).range.end);
  }

  isTooLarge(doc: vscode.TextDocument): boolean {
    return this.sizeOf(doc) > this.settings.maxDocumentSize;
  }

  // ── as-of overrides ──────────────────────────────────────────────────────

  asOfOverride(uri: vscode.Uri): string | undefined {
    return this.asOfOverrides.get(uri.toString());
  }

  setAsOfOverride(uri: vscode.Uri, asOf: string | undefined): void {
    if (asOf) this.asOfOverrides.set(uri.toString(), asOf);
    else this.asOfOverrides.delete(uri.toString());
    this.changeEmitter.fire();
  }

  /** The as-of date and its origin a draft is (or would be) checked at. */
  asOfFor(doc: vscode.TextDocument): Pick<CheckResult, 'asOf' | 'asOfOrigin'> {
    const fresh = this.freshResult(doc);
    if (fresh) return { asOf: fresh.result.asOf, asOfOrigin: fresh.result.asOfOrigin };
    return this.engineFor(doc.uri).asOfFor(doc.getText(), this.checkOptions(doc.uri));
  }

  private checkOptions(uri: vscode.Uri) {
    const asOf = effectiveAsOf(this.asOfOverride(uri), this.settings);
    // The URI lets the engine re-use this draft's previous check: a keystroke re-reads one paragraph.
    // The path from the pack root: the wordings the desk record accepts in this draft only.
    const draftPath = this.packs.draftPathOf(uri);
    return {
      includeSupported: true,
      draft: uri.toString(),
      ...(asOf ? { asOf } : {}),
      ...(draftPath ? { draftPath } : {}),
    };
  }

  // ── results ──────────────────────────────────────────────────────────────

  stored(uri: vscode.Uri): StoredResult | undefined {
    const s = this.results.get(uri.toString());
    // A closed document's result under a name a new document now holds is not the new one's.
    const open = s?.document && this.openDocument(uri);
    return open && open !== s.document ? undefined : s;
  }

  lastError(uri: vscode.Uri): string | undefined {
    return this.errors.get(uri.toString());
  }

  /** The stored result if it matches the document's current version and the record in use for it now. */
  freshResult(doc: vscode.TextDocument): StoredResult | undefined {
    const s = this.results.get(doc.uri.toString());
    return s && s.version === doc.version && s.engine === this.engineFor(doc.uri) && (!s.document || s.document === doc)
      ? s
      : undefined;
  }

  /**
   * For hovers and quick fixes: the stored result of this document without waiting and without
   * checking (a check may be on the check thread). A result computed with a record replaced since
   * (a pack reload) is not served: its values are the old record's. A result a keystroke behind is
   * served with `holds`, which compares the lines of a range in the text checked and the text now.
   */
  lastResult(doc: vscode.TextDocument): LastResult | undefined {
    const s = this.results.get(doc.uri.toString());
    if (!s || (s.document && s.document !== doc) || s.engine !== this.engineFor(doc.uri)) return undefined;
    if (s.version === doc.version && s.document === doc) {
      const at = (p: Position) => doc.offsetAt(new vscode.Position(p.line, p.character));
      return {
        result: s.result,
        engine: s.engine,
        fresh: true,
        holds: () => true,
        offsetOf: at,
        positionOf: (o) => doc.positionAt(o),
      };
    }
    const checked = s.text;
    if (checked === undefined) return undefined;
    // Indexed once per stored result (a long draft's lines are not counted again on every hover).
    const linesOf = () => {
      let index = this.checkedLines.get(s);
      if (!index) this.checkedLines.set(s, (index = new LineIndex(checked)));
      return index;
    };
    const holds = (range: Range): boolean => {
      const lines = linesOf();
      if (range.end.line >= doc.lineCount) return false;
      for (let line = range.start.line; line <= range.end.line; line++) {
        const start = lines.offsetOf({ line, character: 0 });
        if (line > 0 && start === 0) return false; // past the checked text's last line
        const next = lines.offsetOf({ line: line + 1, character: 0 }) || checked.length;
        if (checked.slice(start, next).replace(/\r?\n$|\r$/, '') !== doc.lineAt(line).text) return false;
      }
      return true;
    };
    return {
      result: s.result,
      engine: s.engine,
      fresh: false,
      holds,
      offsetOf: (p) => linesOf().offsetOf(p),
      positionOf: (o) => linesOf().position(o),
    };
  }

  /**
   * The findings of a stored result's text with its ignore comments made inert (the claims view's
   * waived claims), computed on the check thread: undefined until they land, then onDidChangeState
   * fires. Without a check thread (run from source), computed here.
   */
  unmaskedFindings(stored: StoredResult, unmasked: string, options: CheckOptions): readonly Finding[] | undefined {
    const key = stored.uri.toString();
    const cached = this.unmasked.get(key);
    if (cached?.stored === stored && cached.text === unmasked) return cached.findings;
    const entry: { stored: StoredResult; text: string; findings?: readonly Finding[] } = { stored, text: unmasked };
    this.unmasked.set(key, entry);
    if (!this.client) {
      entry.findings = stored.engine.check(unmasked, options).findings;
      return entry.findings;
    }
    this.client.check(stored.engine, unmasked, options).then(
      (r) => {
        if (this.unmasked.get(key) !== entry) return;
        entry.findings = r.findings;
        this.changeEmitter.fire();
      },
      (err: unknown) => this.log.warn(`waived claims of ${stored.uri.toString(true)}: ${errorMessage(err)}`),
    );
    return undefined;
  }

  allResults(): StoredResult[] {
    return [...this.results.values()];
  }

  // ── scheduling ───────────────────────────────────────────────────────────

  /** Plans a check: `delay` 0 runs it on the next turn of the event loop. */
  schedule(doc: vscode.TextDocument, reason: CheckReason, delay: number): void {
    if (!this.settings.enable || !this.isDraft(doc)) return;
    const key = doc.uri.toString();
    this.cancel(key);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        // A timer callback has no caller to catch for it: nothing may escape into the extension host.
        try {
          if (!doc.isClosed) this.checkSoon(doc, reason);
        } catch (err) {
          this.log.error(`debounced check of ${doc.uri.toString(true)} failed`, err);
        }
      }, delay),
    );
  }

  /** Whether a check of the document is planned or on the check thread. */
  isPending(uri: vscode.Uri): boolean {
    return this.timers.has(uri.toString()) || this.inFlight.has(uri.toString());
  }

  private cancel(key: string): void {
    const t = this.timers.get(key);
    if (t) clearTimeout(t);
    this.timers.delete(key);
  }

  onOpen(doc: vscode.TextDocument): void {
    if (!this.isDraft(doc) || !this.settings.enable) return;
    if (this.isTooLarge(doc)) {
      this.log.info(
        `${doc.uri.toString(true)}: ${this.sizeOf(doc)} characters, past factdesk.maxDocumentSize; checked on save only`,
      );
      this.changeEmitter.fire();
      return;
    }
    this.schedule(doc, 'open', 0);
  }

  onChange(e: vscode.TextDocumentChangeEvent): void {
    const doc = e.document;
    if (!this.isDraft(doc) || !this.settings.enable || e.contentChanges.length === 0) return;
    if (this.isTooLarge(doc)) {
      this.cancel(doc.uri.toString());
      this.changeEmitter.fire();
      return;
    }
    this.schedule(doc, 'change', this.settings.debounceMs);
  }

  onSave(doc: vscode.TextDocument): void {
    if (!this.isDraft(doc) || !this.settings.enable) return;
    this.cancel(doc.uri.toString());
    this.checkSoon(doc, 'save');
  }

  onClose(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    // Closed late, after a new document took its (untitled) name: what is stored is the new one's.
    const successor = this.openDocument(doc.uri);
    if (successor && successor !== doc) return;
    this.cancel(key);
    this.guard.forget(key);
    this.results.delete(key);
    this.unmasked.delete(key);
    this.errors.delete(key);
    // Untitled names are reused: a new draft must not inherit a closed one's date.
    this.asOfOverrides.delete(key);
    this.diagnostics.delete(doc.uri);
    this.changeEmitter.fire();
  }

  /** Re-checks every open draft (settings changed, as-of changed, enable toggled), or those `only` selects (packs reloaded). */
  recheckOpenDrafts(reason: CheckReason, only?: (uri: vscode.Uri) => boolean): void {
    if (!this.settings.enable) {
      this.clearAll();
      return;
    }
    for (const doc of vscode.workspace.textDocuments) {
      if (!this.isDraft(doc) || (only && !only(doc.uri))) continue;
      if (this.isTooLarge(doc) && reason !== 'command') {
        const s = this.stored(doc.uri);
        // Checked with a record replaced since (a pack reload): its findings are the old record's. Check once with the new one.
        if (s && s.engine !== this.engineFor(doc.uri)) {
          this.schedule(doc, reason, 0);
          continue;
        }
        // Re-apply stored findings under the new settings; the text waits for a save.
        if (s) this.diagnostics.set(doc.uri, this.diagnosticsOf(doc.uri, s.result));
        continue;
      }
      this.schedule(doc, reason, 0);
    }
    // Files checked from disk (workspace check) keep their findings under the new severities.
    for (const s of this.results.values()) {
      if (s.version === -1) this.diagnostics.set(s.uri, this.diagnosticsOf(s.uri, s.result));
    }
    this.changeEmitter.fire();
  }

  clearAll(): void {
    for (const key of [...this.timers.keys()]) this.cancel(key);
    this.results.clear();
    this.errors.clear();
    this.diagnostics.clear();
    this.changeEmitter.fire();
  }

  // ── checking ─────────────────────────────────────────────────────────────

  /** Testing: the next check throws as if the engine had failed. */
  failNextCheck(message = 'injected engine fault (testing)'): void {
    this.failNext = message;
  }

  private runEngine(engine: Engine, text: string, uri: vscode.Uri): CheckResult {
    this.checkCount++;
    if (this.failNext !== undefined) {
      const message = this.failNext;
      this.failNext = undefined;
      throw new Error(message);
    }
    return engine.check(text, this.checkOptions(uri));
  }

  /**
   * Checks an open document now, on this thread: only when there is no check thread (run from
   * source) or the thread could not finish the check. The result is applied only if the document
   * is still at the version that was read and the record (engine) it was checked against is still
   * the one in use (the stale-version guard).
   */
  checkNow(doc: vscode.TextDocument, reason: CheckReason): StoredResult | undefined {
    const key = doc.uri.toString();
    const engine = this.engineFor(doc.uri);
    const ticket = this.guard.begin(key, doc.version, engine);
    const started = Date.now();
    let result: CheckResult;
    let text: string;
    try {
      text = doc.getText();
      result = this.runEngine(engine, text, doc.uri);
    } catch (err) {
      this.failed(doc.uri, ticket.version, reason, err);
      return undefined;
    }
    if (
      !this.guard.shouldApply(
        ticket,
        doc.isClosed ? undefined : doc.version,
        doc.isClosed ? undefined : this.engineFor(doc.uri),
      )
    ) {
      const why = doc.isClosed
        ? 'closed'
        : ticket.version !== doc.version
          ? `now v${doc.version}`
          : ticket.record !== this.engineFor(doc.uri)
            ? 'record replaced'
            : 'a later check started';
      this.log.debug(`dropped a stale result for ${doc.uri.toString(true)} (v${ticket.version}, ${why})`);
      this.emitter.fire({ uri: doc.uri, version: ticket.version, reason, dropped: true });
      return undefined;
    }
    return this.apply(doc.uri, ticket.version, result, engine, reason, Date.now() - started, doc, text);
  }

  private failed(uri: vscode.Uri, version: number, reason: CheckReason, err: unknown): void {
    const message = errorMessage(err);
    this.log.error(`check of ${uri.toString(true)} (${reason}) failed`, err);
    this.errors.set(uri.toString(), message);
    this.changeEmitter.fire();
    this.emitter.fire({ uri, version, reason, error: message });
  }

  private checkSoon(doc: vscode.TextDocument, reason: CheckReason): void {
    void this.check(doc, reason);
  }

  /**
   * Checks an open document on the check thread (else here, as checkNow): the editor thread only
   * reads the text and applies the result, under the same stale-version guard. Resolves with the
   * stored result, or undefined when it failed or was dropped as stale. A check the thread cannot
   * finish (it stopped twice) is done here instead, so no diagnostics are lost. Never rejects.
   */
  check(doc: vscode.TextDocument, reason: CheckReason): Promise<StoredResult | undefined> {
    const client = this.client;
    if (!client || this.failNext !== undefined) return Promise.resolve(this.checkNow(doc, reason));
    const key = doc.uri.toString();
    const engine = this.engineFor(doc.uri);
    const ticket = this.guard.begin(key, doc.version, engine);
    const started = Date.now();
    let text: string;
    try {
      text = doc.getText();
    } catch (err) {
      this.failed(doc.uri, ticket.version, reason, err);
      return Promise.resolve(undefined);
    }
    this.checkCount++;
    this.inFlight.set(key, (this.inFlight.get(key) ?? 0) + 1);
    const landed = () => {
      const n = (this.inFlight.get(key) ?? 1) - 1;
      if (n > 0) this.inFlight.set(key, n);
      else this.inFlight.delete(key);
    };
    const stale = () =>
      !this.guard.shouldApply(
        ticket,
        doc.isClosed ? undefined : doc.version,
        doc.isClosed ? undefined : this.engineFor(doc.uri),
      );
    return client.check(engine, text, this.checkOptions(doc.uri)).then(
      (result) => {
        landed();
        if (stale()) {
          this.log.debug(
            `dropped a stale result for ${doc.uri.toString(true)} (v${ticket.version}, checked on the check thread)`,
          );
          this.emitter.fire({ uri: doc.uri, version: ticket.version, reason, dropped: true });
          return undefined;
        }
        return this.log.safely(
          'apply a check',
          () => this.apply(doc.uri, ticket.version, result, engine, reason, Date.now() - started, doc, text),
          undefined,
        );
      },
      (err: unknown) => {
        landed();
        if (err instanceof EngineFailure) {
          this.failed(doc.uri, ticket.version, reason, err);
          return undefined;
        }
        this.log.warn(
          `check of ${doc.uri.toString(true)} could not run on the check thread (${errorMessage(err)}); checking it on the editor thread`,
        );
        return stale() ? undefined : this.log.safely('check', () => this.checkNow(doc, reason), undefined);
      },
    );
  }

  /**
   * Checks text read from disk (workspace check); the result is stored with
   * version -1. A document open under that URI is the truth: a disk text's
   * result is dropped then (the writer may have opened and edited it while
   * the file was read), never stored over the editor text's.
   */
  checkText(uri: vscode.Uri, text: string): StoredResult | undefined {
    if (this.openedMeanwhile(uri)) return undefined;
    try {
      const engine = this.engineFor(uri);
      return this.apply(uri, -1, this.runEngine(engine, text, uri), engine, 'workspace', 0, undefined, text);
    } catch (err) {
      this.log.error(`check of ${uri.toString(true)} failed`, err);
      this.errors.set(uri.toString(), errorMessage(err));
      return undefined;
    }
  }

  /** As checkText, on the check thread when there is one (the workspace check and pack re-checks use this). */
  async checkTextSoon(uri: vscode.Uri, text: string): Promise<StoredResult | undefined> {
    const client = this.client;
    if (!client || this.failNext !== undefined) return this.checkText(uri, text);
    if (this.openedMeanwhile(uri)) return undefined;
    const engine = this.engineFor(uri);
    this.checkCount++;
    let result: CheckResult;
    try {
      result = await client.check(engine, text, this.checkOptions(uri));
    } catch (err) {
      if (!(err instanceof EngineFailure)) return this.checkText(uri, text);
      this.log.error(`check of ${uri.toString(true)} failed`, err);
      this.errors.set(uri.toString(), errorMessage(err));
      return undefined;
    }
    // Opened while it was checked, or its record replaced: the editor's text (or the new record) is the truth.
    if (this.openedMeanwhile(uri) || engine !== this.engineFor(uri)) return undefined;
    return this.apply(uri, -1, result, engine, 'workspace', 0, undefined, text);
  }

  private openedMeanwhile(uri: vscode.Uri): boolean {
    if (!this.openDocument(uri)) return false;
    this.log.debug(`dropped a disk result for ${uri.toString(true)}: it is open in the editor`);
    this.emitter.fire({ uri, version: -1, reason: 'workspace', dropped: true });
    return true;
  }

  /** A result's diagnostics under the current settings, with the note on an undated draft first. */
  private diagnosticsOf(uri: vscode.Uri, result: CheckResult): vscode.Diagnostic[] {
    const note = undatedNote(result);
    const list = diagnosticsFor(result.findings, this.settings.severity).map((d) => toDiagnostic(d, uri));
    return note ? [toNoteDiagnostic(note), ...list] : list;
  }

  /** The open document with this URI, if any. */
  openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
    const key = uri.toString();
    return vscode.workspace.textDocuments.find((d) => !d.isClosed && d.uri.toString() === key);
  }

  private apply(
    uri: vscode.Uri,
    version: number,
    result: CheckResult,
    engine: Engine,
    reason: CheckReason,
    ms: number,
    document: vscode.TextDocument | undefined,
    text: string,
  ): StoredResult {
    const stored: StoredResult = { uri, version, result, engine, text, ...(document ? { document } : {}) };
    this.results.set(uri.toString(), stored);
    this.errors.delete(uri.toString());
    if (result.refused) this.log.warn(`${uri.toString(true)} not checked: ${result.refused}`);
    this.diagnostics.set(uri, this.diagnosticsOf(uri, result));
    this.log.debug(
      `checked ${uri.toString(true)} v${version} (${reason}) in ${ms} ms: ${result.findings.length} claims, as of ${result.asOf} (${result.asOfOrigin})`,
    );
    this.changeEmitter.fire();
    this.emitter.fire({ uri, version, reason, result });
    return stored;
  }

  dispose(): void {
    for (const key of [...this.timers.keys()]) this.cancel(key);
    this.client?.dispose();
    this.diagnostics.dispose();
    this.emitter.dispose();
    this.changeEmitter.dispose();
  }
}
