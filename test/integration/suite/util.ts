// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- an ambient module declaration (the bundled record), which import cannot bring in
/// <reference path="../../../src/engine/record/bundled-record.d.ts" />
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import type { FactDeskApi, FactDeskTesting } from '../../../src/extension/api';

/** Polls `check` until it returns a truthy value; never a fixed sleep. */
export async function waitFor<T>(
  check: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  what: string,
  timeoutMs = 30_000,
  intervalMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline) {
      const why = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${why}`);
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

export const EXTENSION_ID = 'factdesk.factdesk';
export const SOURCE = 'Fact Desk';

/** The single workspace folder run.js opens (a fresh copy of test/integration/fixtures/workspace). */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open');
  return folder.uri;
}

export function fixtureUri(relPath: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relPath.split('/'));
}

export async function openFixture(relPath: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(relPath));
  return vscode.window.showTextDocument(doc);
}

// ── the extension and its test API ─────────────────────────────────────────

/** Activates Fact Desk (if needed) and returns its test API. */
export async function factDesk(): Promise<FactDeskTesting> {
  const ext = vscode.extensions.getExtension<FactDeskApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed in the extension host`);
  const api = ext.isActive ? ext.exports : await ext.activate();
  assert.ok(api && api.apiVersion === 1 && api.testing, 'activate() did not return the test API');
  return api.testing;
}

// ── scratch documents (each test its own; nothing shared, nothing saved) ──

let scratchCounter = 0;
const scratchFiles = new Set<string>();

/**
 * A fresh copy of a fixture, as a real file outside the workspace folder
 * (in the run folder, which run.js removes), opened in an editor. The name
 * is unique, so no other test sees this document.
 */
export async function openCopy(
  fixture: string,
  edit?: (text: string) => string,
  how: 'api' | 'workbench' = 'api',
): Promise<vscode.TextEditor> {
  const source = fixtureUri(fixture);
  let text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(source));
  if (edit) text = edit(text);
  const dir = vscode.Uri.file(path.join(path.dirname(workspaceRoot().fsPath), 'scratch'));
  await vscode.workspace.fs.createDirectory(dir);
  const uri = vscode.Uri.joinPath(dir, `${++scratchCounter}-${Date.now()}-${fixture.replace(/[\\/]/g, '_')}`);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  scratchFiles.add(uri.toString());
  if (how === 'workbench') {
    // As a person opens a file: the extension holds no reference to the document,
    // so closing its editor closes the document at once (workspace.openTextDocument
    // keeps a document open for up to 3 minutes after its editor closes).
    await vscode.commands.executeCommand('vscode.open', uri);
    return waitFor(
      () =>
        vscode.window.activeTextEditor?.document.uri.toString() === uri.toString()
          ? vscode.window.activeTextEditor
          : undefined,
      `an editor on ${uri.path}`,
    );
  }
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc);
}

/** An untitled markdown draft with this content, in an editor. */
export async function openUntitled(content: string): Promise<vscode.TextEditor> {
  // On a busy machine VS Code can hand back an untitled document a test just closed (same name,
  // old text) before it is disposed: ask again until the document holds the text asked for.
  for (let attempt = 0; ; attempt++) {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content });
    if (doc.getText() === content || attempt === 20) return vscode.window.showTextDocument(doc);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Reverts and closes every editor of `doc` (no save prompt) and deletes its scratch file. */
export async function discard(doc: vscode.TextDocument): Promise<void> {
  const key = doc.uri.toString();
  if (!doc.isClosed) {
    for (let i = 0; i < 5; i++) {
      const open = vscode.window.tabGroups.all
        .flatMap((g) => g.tabs)
        .some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === key);
      if (!open) break;
      await vscode.window.showTextDocument(doc, { preview: false });
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  }
  if (scratchFiles.delete(key)) {
    try {
      await vscode.workspace.fs.delete(doc.uri);
    } catch {
      /* already gone */
    }
  }
}

/** Collects documents to discard after each test of the enclosing `describe`. */
export function scratchScope(): { track<T extends vscode.TextEditor | vscode.TextDocument>(x: T): T } {
  const docs: vscode.TextDocument[] = [];
  afterEach(async () => {
    for (const doc of docs.splice(0)) await discard(doc);
  });
  return {
    track(x) {
      docs.push('document' in x ? x.document : x);
      return x;
    },
  };
}

// ── checks and diagnostics ─────────────────────────────────────────────────

/** Fact Desk's diagnostics for a document, in document order. */
/** The claims' diagnostics (the note on an undated draft, code "no date", is read by dateNote). */
export function factDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === SOURCE && d.code !== 'no date')
    .sort((a, b) => a.range.start.compareTo(b.range.start));
}

/**
 * Waits until Fact Desk has checked the document as it is now: nothing
 * pending, and the stored result is of the current version.
 */
export async function settled(doc: vscode.TextDocument, what = 'the check'): Promise<vscode.Diagnostic[]> {
  const api = await factDesk();
  await waitFor(
    () => !api.isPending(doc.uri) && api.lastResult(doc.uri)?.version === doc.version,
    `${what} of ${path.basename(doc.uri.path)} at version ${doc.version}`,
  );
  return factDiagnostics(doc.uri);
}

/** The note Fact Desk puts on the first line of an undated draft, if any. */
export function dateNote(uri: vscode.Uri): vscode.Diagnostic | undefined {
  return vscode.languages.getDiagnostics(uri).find((d) => d.source === SOURCE && d.code === 'no date');
}

/** The value of a diagnostic's code (string, or { value, target }). */
export function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (c === undefined) return undefined;
  if (typeof c === 'string' || typeof c === 'number') return String(c);
  return String(c.value);
}

export function targetOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  return c && typeof c === 'object' ? c.target.toString(true) : undefined;
}

/** A compact, comparable description of a diagnostic. */
export function describeDiagnostic(doc: vscode.TextDocument, d: vscode.Diagnostic): string {
  const r = d.range;
  return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character} ${vscode.DiagnosticSeverity[d.severity]} ${codeOf(d)} “${doc.getText(r)}” ${d.message}`;
}

/** A range from 0-based line/character numbers. */
export const range = (line: number, start: number, end: number, endLine = line) =>
  new vscode.Range(line, start, endLine, end);

// ── hovers and code actions ────────────────────────────────────────────────

/** Unescapes the backslash escapes Fact Desk's hover markdown uses for literal text. */
export const unescapeMarkdown = (s: string) => s.replace(/\\([\\`*_{}[\]()#+\-.!|<>~:@$&])/g, '$1');

export interface HoverText {
  /** The raw markdown of every hover part, joined. */
  markdown: string;
  /** The same, with markdown escapes removed (what a reader sees, roughly). */
  text: string;
  hovers: vscode.Hover[];
}

export async function hoverAt(uri: vscode.Uri, position: vscode.Position): Promise<HoverText> {
  const hovers =
    (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
  const parts = hovers.flatMap((h) =>
    h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : String(c))),
  );
  const markdown = parts.join('\n\n');
  return { markdown, text: unescapeMarkdown(markdown), hovers };
}

export async function codeActions(uri: vscode.Uri, at: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  const actions =
    (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider',
      uri,
      at,
      kind,
    )) ?? [];
  return actions.filter(
    (a): a is vscode.CodeAction => 'title' in a && !('command' in a && typeof a.command === 'string'),
  );
}

/**
 * Fact Desk's quick fixes at a range, once VS Code's markers carry the
 * diagnostic there (they reach the main thread asynchronously).
 */
export async function quickFixes(
  uri: vscode.Uri,
  at: vscode.Range,
  expectTitle: RegExp = /./,
): Promise<vscode.CodeAction[]> {
  return waitFor(async () => {
    const actions = await codeActions(uri, at, vscode.CodeActionKind.QuickFix.value);
    return actions.some((a) => expectTitle.test(a.title)) ? actions : undefined;
  }, `a quick fix matching ${expectTitle} at ${at.start.line}:${at.start.character}`);
}

export function pick(actions: vscode.CodeAction[], title: RegExp): vscode.CodeAction {
  const found = actions.find((a) => title.test(a.title));
  assert.ok(found, `no code action matching ${title}; got ${JSON.stringify(actions.map((a) => a.title))}`);
  return found;
}

export async function applyAction(action: vscode.CodeAction): Promise<void> {
  assert.ok(action.edit, `“${action.title}” has no edit`);
  const ok = await vscode.workspace.applyEdit(action.edit);
  assert.strictEqual(ok, true, `workspace.applyEdit refused “${action.title}”`);
}

// ── settings ───────────────────────────────────────────────────────────────

/**
 * Sets `factdesk.<key>` in the user settings for the rest of the test and
 * restores the previous value after it (even when the test fails).
 */
export function settingsScope(): { set(key: string, value: unknown): Promise<void> } {
  const changed = new Map<string, unknown>();
  afterEach(async () => {
    const config = vscode.workspace.getConfiguration('factdesk');
    for (const [key, previous] of changed) await config.update(key, previous, vscode.ConfigurationTarget.Global);
    changed.clear();
  });
  return {
    async set(key, value) {
      const config = vscode.workspace.getConfiguration('factdesk');
      if (!changed.has(key)) changed.set(key, config.inspect(key)?.globalValue);
      await config.update(key, value, vscode.ConfigurationTarget.Global);
      await waitFor(
        () =>
          JSON.stringify(vscode.workspace.getConfiguration('factdesk').inspect(key)?.globalValue) ===
          JSON.stringify(value),
        `factdesk.${key} to read ${JSON.stringify(value)}`,
      );
    },
  };
}

// ── nothing may escape into the extension host ─────────────────────────────

/**
 * Fails the test if an uncaught exception or unhandled rejection reaches the
 * extension host process while it runs (Fact Desk must catch and log its own).
 */
export function trapHostErrors(): void {
  const seen: string[] = [];
  const onError = (err: unknown) => seen.push(err instanceof Error ? (err.stack ?? err.message) : String(err));
  beforeEach(() => {
    seen.length = 0;
    process.on('uncaughtException', onError);
    process.on('unhandledRejection', onError);
  });
  afterEach(() => {
    process.off('uncaughtException', onError);
    process.off('unhandledRejection', onError);
    if (seen.length) throw new Error(`uncaught in the extension host during the test:\n${seen.join('\n')}`);
  });
}

/** Prints a line into the suite's output (tagged like mocha's, see index.ts). */
export function report(line: string): void {
  console.log(process.env.FACTDESK_IT_TAG ? `[factdesk-it] ${line}` : line);
}
