/**
 * Workspace fact packs in the editor: for each workspace folder (multi-root:
 * each its own), the packs the CLI would find (src/packs, through
 * logic/packs), compiled over the bundled record into one engine per pack
 * root. Pack files are watched and reloaded without a restart; errors go to
 * the Problems panel on the pack file ("Fact Desk packs") and the last good
 * record stays in use until they are fixed.
 *
 * Workspace trust: in Restricted Mode (an untrusted workspace) no pack is read,
 * watched or globbed — not `.factdesk/`, not the `factdesk.packs` globs of
 * `.vscode/settings.json` — and every draft is checked against the bundled
 * record; when the user grants trust, the packs load (onDidGrantWorkspaceTrust).
 */
import * as vscode from 'vscode';
import fs from 'node:fs';
import path from 'node:path';
import bundled from 'factdesk:bundled-record';
import { createEngine, type CompiledRecord, type Engine, type RecordError } from '../engine';
import { isInside, loadPacks, PACK_DIR, readPackFile } from '../packs/packs';
import { toRange } from './convert';
import type { Log } from './log';
import { idsInPack, schemaKeys, type PackVocabulary } from './logic/packErrors';
import {
  chooseRecord,
  deskRecordNotes,
  draftPathFor,
  folderFor,
  packDiagnostics,
  packDisplayName,
  packRootForDraft,
  packScopeForFolder,
  packScopeForRoot,
  PACK_DIAGNOSTIC_COLLECTION,
  refusedPackDiagnostics,
  type PackFolder,
} from './logic/packs';

export interface PackScopeSnapshot {
  root: string;
  folder?: string;
  globs: readonly string[];
  /** Pack files found (absolute paths). */
  files: string[];
  /** Pack files whose facts are in the record in use. */
  inUse: string[];
  errors: RecordError[];
  usingLastGood: boolean;
  recordVersion: string;
  facts: number;
  overridden: number;
  accepted: number;
  loads: number;
}

interface Scope {
  root: string;
  folder?: string;
  globs: readonly string[];
  files: string[];
  /** Display name → absolute path, for mapping errors back to files. */
  names: Map<string, string>;
  record: CompiledRecord;
  inUse: string[];
  engine?: Engine;
  errors: RecordError[];
  usingLastGood: boolean;
  loads: number;
  /** Pack files that have Problems entries now. */
  reported: Set<string>;
  /** The bundled record version each pack in use says it was written against (absolute paths). */
  bases: { file: string; version: string }[];
}

export interface PacksChangeEvent {
  /** The pack roots whose record changed. */
  roots: string[];
  reason: string;
}

export class WorkspacePacks implements vscode.Disposable {
  readonly diagnostics = vscode.languages.createDiagnosticCollection(PACK_DIAGNOSTIC_COLLECTION);
  private readonly scopes = new Map<string, Scope>();
  private bundledEngine: Engine | undefined;
  private watchers: vscode.Disposable[] = [];
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private folderCache: PackFolder[] | undefined;
  private readonly pendingFolders = new Set<string>();
  private readonly emitter = new vscode.EventEmitter<PacksChangeEvent>();
  /** Fires after a reload that changed the record of one or more pack roots. */
  readonly onDidChange = this.emitter.event;
  private readonly loadedEmitter = new vscode.EventEmitter<PackScopeSnapshot[]>();
  /** Fires after every (re)load, changed or not (tests, status). */
  readonly onDidLoad = this.loadedEmitter.event;

  constructor(
    private readonly log: Log,
    private readonly globsFor: (folder: vscode.WorkspaceFolder) => readonly string[],
  ) {}

  /** False in Restricted Mode: the bundled record only, no pack is read. */
  get trusted(): boolean {
    return vscode.workspace.isTrusted !== false;
  }

  /** Loads every folder's packs and starts watching them (once the workspace is trusted). */
  start(): void {
    if (!this.trusted)
      this.log.info(
        'Restricted Mode: this workspace is not trusted, so Fact Desk checks drafts against the bundled record only; workspace fact packs are not read until you trust it.',
      );
    this.subscriptions.push(
      vscode.workspace.onDidGrantWorkspaceTrust(() =>
        this.log.safely(
          'workspace trust granted',
          () => {
            this.log.info('workspace trusted: loading the workspace fact packs');
            this.rewatch();
            this.reloadAll('trust granted');
          },
          undefined,
        ),
      ),
      vscode.workspace.onDidChangeWorkspaceFolders(() =>
        this.log.safely(
          'workspace folders changed',
          () => {
            this.rewatch();
            this.reloadAll('folders');
          },
          undefined,
        ),
      ),
      vscode.workspace.onDidSaveTextDocument((doc) =>
        this.log.safely(
          'pack saved',
          () => {
            if (doc.uri.scheme === 'file' && this.isKnownPack(doc.uri.fsPath))
              this.scheduleFolder(this.folderOf(doc.uri.fsPath) ?? path.dirname(doc.uri.fsPath));
          },
          undefined,
        ),
      ),
    );
    this.rewatch();
    this.reloadAll('start');
  }

  /** The workspace folders on disk, with their `factdesk.packs` globs (cached until folders or settings change: rewatch()). */
  folders(): PackFolder[] {
    this.folderCache ??= (vscode.workspace.workspaceFolders ?? [])
      .filter((f) => f.uri.scheme === 'file')
      .map((f) => ({ path: f.uri.fsPath, name: f.name, globs: this.globsFor(f) }));
    return this.folderCache;
  }

  /** The workspace folder (path) holding a file or pack root. */
  folderOf(file: string): string | undefined {
    const folder = folderFor(file, this.folders());
    return folder && path.resolve(folder.path);
  }

  private isKnownPack(file: string): boolean {
    const abs = path.resolve(file);
    return /\.facts\.ya?ml$/i.test(abs) || [...this.scopes.values()].some((s) => s.files.includes(abs));
  }

  /** Watchers: per folder, each glob anywhere below it (a nested `.factdesk/` is a pack root too). */
  rewatch(): void {
    this.folderCache = undefined;
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
    if (!this.trusted) return;
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      if (folder.uri.scheme !== 'file') continue;
      // The globs anywhere below the folder, and .factdesk/ folders themselves (created, or deleted with their packs).
      const patterns = new Set([
        ...this.globsFor(folder).map((glob) => (glob.startsWith('**/') ? glob : `**/${glob}`)),
        `**/${PACK_DIR}`,
      ]);
      for (const pattern of patterns) {
        const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, pattern));
        const onEvent = (uri: vscode.Uri) =>
          this.log.safely('pack watcher', () => this.scheduleFolder(folder.uri.fsPath, uri), undefined);
        this.watchers.push(
          watcher,
          watcher.onDidCreate(onEvent),
          watcher.onDidChange(onEvent),
          watcher.onDidDelete(onEvent),
        );
      }
    }
  }

  private scheduleFolder(folder: string, uri?: vscode.Uri): void {
    if (!this.trusted) return;
    if (uri) this.log.debug(`pack file event: ${uri.fsPath}`);
    this.pendingFolders.add(path.resolve(folder));
    this.armReload(100, true);
  }

  private armReload(delayMs: number, mayWait: boolean): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const folders = [...this.pendingFolders];
      // Editors and tools truncate (or replace) a file before writing it: a pack read empty or
      // missing then would become the "last good" record and drop its entries. Look again a moment later.
      if (mayWait && folders.some((folder) => this.hasPackInTransit(folder))) return this.armReload(300, false);
      this.pendingFolders.clear();
      this.log.safely('reload packs', () => this.reloadUnder(folders, 'watcher'), undefined);
    }, delayMs);
  }

  /** A known pack file of the folder is empty or gone (it may be being written). */
  private hasPackInTransit(folder: string): boolean {
    for (const scope of this.scopes.values()) {
      if (!isInside(scope.root, folder)) continue;
      for (const file of scope.files) {
        try {
          if (fs.statSync(file).size === 0) return true;
        } catch {
          return true;
        }
      }
    }
    return false;
  }

  /** The bundled record's engine (untitled drafts, drafts outside any pack root). */
  get bundled(): Engine {
    if (!this.bundledEngine) {
      const started = Date.now();
      this.bundledEngine = createEngine(bundled);
      this.log.info(
        `engine ready: record ${bundled.version} (${bundled.entities.length} entities, ${bundled.facts.length} facts, ${bundled.sources.length} sources) in ${Date.now() - started} ms`,
      );
    }
    return this.bundledEngine;
  }

  /** The pack root whose record applies to a draft, if any. */
  rootFor(uri: vscode.Uri): string | undefined {
    if (uri.scheme !== 'file') return undefined;
    return packRootForDraft(uri.fsPath, this.folders());
  }

  /** A draft's path from its pack root (the key of wordings accepted in that draft only); none in Restricted Mode. */
  draftPathOf(uri: vscode.Uri): string | undefined {
    if (!this.trusted || uri.scheme !== 'file') return undefined;
    const root = this.rootFor(uri);
    return root ? draftPathFor(uri.fsPath, root) : undefined;
  }

  /** The engine for a draft: its pack root's record, else the bundled one. */
  engineFor(uri: vscode.Uri | undefined): Engine {
    if (!this.trusted) return this.bundled;
    const root = uri ? this.rootFor(uri) : undefined;
    return root ? this.engineForRoot(root) : this.bundled;
  }

  engineForRoot(root: string): Engine {
    if (!this.trusted) return this.bundled;
    const scope = this.scopes.get(path.resolve(root)) ?? this.load(path.resolve(root), 'first use');
    if (scope.record === bundled) return this.bundled;
    if (!scope.engine) {
      const started = Date.now();
      scope.engine = createEngine(scope.record);
      this.log.info(
        `engine ready for ${scope.root}: record ${scope.record.version} + ${scope.inUse.length} pack(s) (${scope.record.facts.length} facts, ${scope.record.overridden.length} overridden, ${scope.record.accepted.length} accepted wordings) in ${Date.now() - started} ms`,
      );
    }
    return scope.engine;
  }

  /** Reloads every folder's packs and every pack root in use. */
  reloadAll(reason: string): PackScopeSnapshot[] {
    if (!this.trusted) {
      this.log.info(
        `packs (${reason}): not loaded in Restricted Mode (untrusted workspace); the bundled record is in use`,
      );
      this.loadedEmitter.fire([]);
      return [];
    }
    const roots = new Set<string>([...this.scopes.keys()]);
    for (const folder of this.folders()) roots.add(packScopeForFolder(folder).root!);
    const changed: string[] = [];
    const open = new Set(this.folders().map((f) => path.resolve(f.path)));
    for (const root of roots) {
      const scope = this.scopes.get(root);
      if (scope?.folder && !open.has(scope.folder)) {
        // Its workspace folder was closed: forget the scope and its Problems entries.
        for (const f of scope.reported) this.diagnostics.delete(vscode.Uri.file(f));
        this.scopes.delete(root);
        changed.push(root);
        continue;
      }
      if (this.reloadRoot(root, reason)) changed.push(root);
    }
    if (changed.length) this.emitter.fire({ roots: changed, reason });
    const snapshot = this.snapshot();
    this.loadedEmitter.fire(snapshot);
    return snapshot;
  }

  /** Reloads the pack roots inside the given folders (a watcher or save event there). */
  private reloadUnder(folders: string[], reason: string): void {
    if (!this.trusted) return;
    const roots = new Set<string>();
    for (const folder of folders) {
      for (const root of this.scopes.keys()) if (isInside(root, folder)) roots.add(root);
      const f = this.folders().find((x) => path.resolve(x.path) === folder);
      if (f) roots.add(packScopeForFolder(f).root!);
    }
    const changed = [...roots].filter((root) => this.reloadRoot(root, reason));
    // Drafts under these folders may now belong to another (new or gone) pack root: re-check them all.
    this.emitter.fire({ roots: changed.length ? changed : [...roots], reason });
    this.loadedEmitter.fire(this.snapshot());
  }

  /** Reloads one pack root now (a quick fix wrote to it) and tells the drafts. */
  refresh(root: string, reason: string): void {
    if (!this.trusted) return;
    const changed = this.reloadRoot(root, reason);
    this.emitter.fire({ roots: [path.resolve(root)], reason: changed ? reason : `${reason} (unchanged)` });
    this.loadedEmitter.fire(this.snapshot());
  }

  /** (Re)loads one pack root; true when the record in use changed. */
  reloadRoot(root: string, reason: string): boolean {
    if (!this.trusted) return false;
    const before = this.scopes.get(path.resolve(root));
    const after = this.load(path.resolve(root), reason);
    return !before || before.record !== after.record;
  }

  private load(root: string, reason: string): Scope {
    const folders = this.folders();
    const scopeInfo = packScopeForRoot(root, folders);
    const { globs, files } = scopeInfo;
    const names = new Map<string, string>();
    const display = (f: string) => {
      const name = packDisplayName(f, root, folders);
      names.set(name, f);
      return name;
    };
    // The texts read, for the Problems entries: an unknown key on its own line, the value a field refused.
    const texts = new Map<string, string>();
    const loaded = loadPacks(bundled, files, display, (f) => {
      const text = readPackFile(f);
      texts.set(f, text);
      return text;
    });
    const previous = this.scopes.get(root);
    const choice = chooseRecord(previous?.record, loaded);
    const scope: Scope = {
      root,
      ...(scopeInfo.folder ? { folder: scopeInfo.folder } : {}),
      globs,
      files,
      names,
      record: choice.record,
      inUse: choice.usingLastGood ? (previous?.inUse ?? []) : files.filter((f) => !loaded.rejected.includes(f)),
      ...(previous && previous.record === choice.record && previous.engine ? { engine: previous.engine } : {}),
      errors: loaded.errors,
      usingLastGood: choice.usingLastGood,
      loads: (previous?.loads ?? 0) + 1,
      reported: new Set(),
      bases: choice.usingLastGood
        ? (previous?.bases ?? [])
        : loaded.recordVersions.filter((b) => !loaded.rejected.includes(b.file)),
    };
    this.scopes.set(root, scope);
    // Problems entries on the pack files.
    for (const f of previous?.reported ?? []) this.diagnostics.delete(vscode.Uri.file(f));
    const explain = { textOf: (f: string) => texts.get(f), vocabulary: () => packVocabulary(texts.values()) };
    for (const [file, list] of packDiagnostics(loaded.errors, (name) => names.get(name), explain)) {
      this.diagnostics.set(
        vscode.Uri.file(file),
        list.map((d) => {
          const diagnostic = new vscode.Diagnostic(toRange(d.range), d.message, vscode.DiagnosticSeverity.Error);
          diagnostic.source = d.source;
          if (d.code) diagnostic.code = d.code;
          return diagnostic;
        }),
      );
      scope.reported.add(file);
    }
    // A refused pack (outside the folder, a FIFO, a device) gets a warning on the file itself.
    for (const [file, list] of refusedPackDiagnostics(scopeInfo.refused ?? [])) {
      this.diagnostics.set(
        vscode.Uri.file(file),
        list.map((d) => {
          const diagnostic = new vscode.Diagnostic(toRange(d.range), d.message, vscode.DiagnosticSeverity.Warning);
          diagnostic.source = d.source;
          diagnostic.code = d.code;
          return diagnostic;
        }),
      );
      scope.reported.add(file);
    }
    if (scopeInfo.refused?.length) {
      this.log.warn(
        `packs (${reason}): not loaded:\n${scopeInfo.refused.map((r) => `  ${r.file} ${r.reason}`).join('\n')}`,
      );
    }
    const summary = `${files.length} pack file(s) under ${root}`;
    if (loaded.errors.length) {
      this.log.warn(
        `packs (${reason}): ${summary}: ${loaded.errors.length} error(s); ${choice.usingLastGood ? 'the last good record stays in use' : 'packs with errors left out'}\n` +
          loaded.errors
            .map((e) => `  ${e.file}:${e.line}:${e.column}: ${e.field ? `${e.field}: ` : ''}${e.message}`)
            .join('\n'),
      );
    } else if (files.length || previous?.files.length) {
      this.log.info(
        `packs (${reason}): ${summary} loaded: ${choice.record.facts.length} facts, ${choice.record.overridden.length} overridden, ${choice.record.accepted.length} accepted wordings`,
      );
    }
    return scope;
  }

  /**
   * What a draft is told about its desk record: the packs are broken and the last good record is in
   * use, or a pack was written for an older bundled record (with the versions). Empty when current.
   */
  deskNotes(uri: vscode.Uri): string[] {
    if (!this.trusted) return [];
    const root = this.rootFor(uri);
    const scope = root ? this.scopes.get(path.resolve(root)) : undefined;
    if (!scope) return [];
    const nameOf = new Map([...scope.names].map(([name, file]) => [file, name]));
    // As many as the Problems panel shows on each pack (its errors merged per field), not the loader's count.
    const counts = new Map<string, number>();
    for (const file of scope.reported) {
      const shown =
        this.diagnostics.get(vscode.Uri.file(file))?.filter((d) => d.severity === vscode.DiagnosticSeverity.Error)
          .length ?? 0;
      if (shown) counts.set(nameOf.get(file) ?? file, shown);
    }
    const record = scope.record;
    return deskRecordNotes({
      usingLastGood: scope.usingLastGood,
      broken: [...counts].map(([file, errors]) => ({ file, errors })),
      bases: scope.bases.map((b) => ({ file: nameOf.get(b.file) ?? b.file, version: b.version })),
      changes: bundled.changes ?? [],
      factsOf: (file) => [
        ...record.overridden.filter((o) => o.by.file === file).map((o) => o.fact.id),
        ...record.accepted.filter((a) => a.origin.file === file).map((a) => a.fact),
      ],
    });
  }

  snapshot(): PackScopeSnapshot[] {
    return [...this.scopes.values()].map((s) => ({
      root: s.root,
      ...(s.folder ? { folder: s.folder } : {}),
      globs: s.globs,
      files: [...s.files],
      inUse: [...s.inUse],
      errors: [...s.errors],
      usingLastGood: s.usingLastGood,
      recordVersion: s.record.version,
      facts: s.record.facts.length,
      overridden: s.record.overridden.length,
      accepted: s.record.accepted.length,
      loads: s.loads,
    }));
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const w of this.watchers) w.dispose();
    for (const s of this.subscriptions) s.dispose();
    this.diagnostics.dispose();
    this.emitter.dispose();
    this.loadedEmitter.dispose();
  }
}

let schemaKeyList: string[] | undefined;
/**
 * What a pack may name, for "did you mean …?": the pack schema's keys (the zod schema is loaded only
 * when a pack has errors) and the ids of the bundled record and of the packs read.
 */
function packVocabulary(texts: Iterable<string>): PackVocabulary {
  schemaKeyList ??= schemaKeys(
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    (require('../packs/json-schema') as typeof import('../packs/json-schema')).packJsonSchema(),
  );
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const yaml = require('yaml') as typeof import('yaml');
  const entities = bundled.entities.map((e: { id: string }) => e.id);
  const facts = bundled.facts.map((f: { id: string }) => f.id);
  const sources = bundled.sources.map((s: { id: string }) => s.id);
  for (const text of texts) {
    let data: unknown;
    try {
      data = yaml.parse(text, { maxAliasCount: 100 });
    } catch {
      continue;
    }
    const own = idsInPack(data);
    entities.push(...own.entities);
    facts.push(...own.facts);
    sources.push(...own.sources);
  }
  return { keys: schemaKeyList, entities, facts, sources };
}
