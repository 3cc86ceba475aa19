/**
 * Pack commands: reload the workspace packs, and the two quick fixes that
 * write to the desk's pack (`.factdesk/desk.facts.yaml` of the draft's pack
 * root, created when missing) — never to editor state:
 *  - factdesk.addToRecord: drafts an entry for an unknown or disputed claim
 *    with the claim's value and an EMPTY source, then opens it to be filled;
 *  - factdesk.acceptWording: writes an `accepted` entry for the finding.
 */
import * as vscode from 'vscode';
import path from 'node:path';
import type { Finding } from '../engine';
import { DEFAULT_PACK_GLOBS, discoverPacks } from '../packs/packs';
import type { Checker } from './checker';
import type { Log } from './log';
import { acceptedEntry, draftRecordEntry, insertEntry, packIds, type DraftEntry, type PackInsert } from './logic/packEntries';
import { deskPackPath, folderFor } from './logic/packs';

export const ADD_TO_RECORD_COMMAND = 'factdesk.addToRecord';
export const ACCEPT_WORDING_COMMAND = 'factdesk.acceptWording';

export interface PackWriteResult {
  /** The pack file written. */
  file: string;
  list: DraftEntry['list'];
  entry: Record<string, unknown>;
  /** 0-based line of the new entry in the pack. */
  line: number;
}

const today = () => new Date().toISOString().slice(0, 10);
const samePath = (a: string, b: string) => path.resolve(a) === path.resolve(b);

export function registerPackCommands(checker: Checker, log: Log): vscode.Disposable[] {
  const register = <A extends unknown[], R>(id: string, fn: (...args: A) => R | Promise<R>) => vscode.commands.registerCommand(id, log.command(id, fn));

  /** Where a draft's desk pack goes: its pack root; an untitled draft uses the first folder; a file outside any folder its own folder. */
  const rootForWrite = (uri: vscode.Uri): string | undefined => {
    const root = checker.packs.rootFor(uri);
    if (root) return root;
    if (uri.scheme === 'file') return path.dirname(uri.fsPath);
    return checker.packs.folders()[0]?.path;
  };

  /** Restricted Mode: packs are not read, so nothing is written to one either. True when trusted. */
  const untrustedRefusal = (): boolean => {
    if (checker.packs.trusted) return true;
    void vscode.window.showInformationMessage('Fact Desk: workspace fact packs are off in Restricted Mode. Trust this workspace to load or add to its record.');
    return false;
  };

  const documentOf = (uri: vscode.Uri) => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());

  const readPack = async (file: string): Promise<{ text: string; open?: vscode.TextDocument }> => {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'file' && samePath(d.uri.fsPath, file));
    if (open) return { text: open.getText(), open };
    try {
      return { text: new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(vscode.Uri.file(file))) };
    } catch {
      return { text: '' };
    }
  };

  /** Appends the entry to the pack (an open pack is edited and saved, so the undo history keeps it), then reloads. */
  const writeEntry = async (root: string, draft: (text: string) => DraftEntry | undefined): Promise<(PackWriteResult & { insert: PackInsert; summary: string }) | undefined> => {
    const file = deskPackPath(root);
    const uri = vscode.Uri.file(file);
    const { text, open } = await readPack(file);
    const entry = draft(text);
    if (!entry) return undefined;
    const insert = insertEntry(text, entry.list, entry.entry);
    if (open) {
      const edit = new vscode.WorkspaceEdit();
      if (insert.replaceAll) edit.replace(uri, new vscode.Range(open.positionAt(0), open.positionAt(text.length)), insert.newText);
      else edit.insert(uri, open.positionAt(insert.offset), insert.text);
      if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`could not edit ${file}`);
      await open.save();
    } else {
      await vscode.workspace.fs.createDirectory(vscode.Uri.file(path.dirname(file)));
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(insert.newText));
    }
    const folder = folderFor(root, checker.packs.folders());
    const globs = folder?.globs ?? DEFAULT_PACK_GLOBS;
    if (!discoverPacks(root, globs).some((f) => samePath(f, file))) {
      void vscode.window.showWarningMessage(`Fact Desk: ${vscode.workspace.asRelativePath(uri)} is not matched by factdesk.packs (${globs.join(', ')}), so the record does not read it.`);
    }
    // Reload now rather than waiting for the file watcher.
    checker.packs.refresh(root, 'quick fix');
    log.info(`wrote ${entry.summary} to ${file} (${entry.list}, line ${insert.entryLine + 1})`);
    return { file, list: entry.list, entry: entry.entry, line: insert.entryLine, insert, summary: entry.summary };
  };

  return [
    register('factdesk.reloadPacks', () => {
      if (!untrustedRefusal()) return [];
      const snapshot = checker.packs.reloadAll('command');
      checker.recheckOpenDrafts('packs');
      const files = snapshot.reduce((n, s) => n + s.files.length, 0);
      const errors = snapshot.reduce((n, s) => n + s.errors.length, 0);
      const lastGood = snapshot.some((s) => s.usingLastGood);
      const message = `Fact Desk: reloaded ${files} pack file(s)${errors ? `; ${errors} error(s) in the Problems panel${lastGood ? ', the last good record stays in use' : ''}` : ''}.`;
      log.info(message);
      if (errors) void vscode.window.showWarningMessage(message);
      else void vscode.window.showInformationMessage(message);
      return snapshot;
    }),

    register(ADD_TO_RECORD_COMMAND, async (uriText?: string, finding?: Finding): Promise<PackWriteResult | undefined> => {
      if (typeof uriText !== 'string' || !finding) return undefined;
      if (!untrustedRefusal()) return undefined;
      const uri = vscode.Uri.parse(uriText, true);
      const root = rootForWrite(uri);
      if (!root) {
        void vscode.window.showInformationMessage('Fact Desk: open a folder to keep a workspace record (.factdesk/desk.facts.yaml).');
        return undefined;
      }
      const doc = documentOf(uri);
      const index = checker.engineFor(uri).index;
      const asOf = doc ? checker.asOfFor(doc).asOf : today();
      const written = await writeEntry(root, (text) =>
        draftRecordEntry(finding, index, { today: today(), asOf, packIds: packIds(text), draftName: vscode.workspace.asRelativePath(uri) }),
      );
      if (!written) {
        void vscode.window.showInformationMessage('Fact Desk: this claim cannot be added to the record (only unknown or disputed claims can).');
        return undefined;
      }
      // Open the entry at its empty source: the pack shows an error until the source is filled.
      const editor = await vscode.window.showTextDocument(vscode.Uri.file(written.file), { preview: false });
      const line = editor.document.lineAt(Math.min(written.insert.focusLine, editor.document.lineCount - 1));
      const quote = line.text.indexOf('""');
      const at = new vscode.Position(line.lineNumber, quote >= 0 ? quote + 1 : line.firstNonWhitespaceCharacterIndex);
      editor.selection = new vscode.Selection(at, at);
      editor.revealRange(new vscode.Range(written.insert.entryLine, 0, line.lineNumber, 0), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      void vscode.window.showInformationMessage(`Fact Desk: drafted ${written.summary} in ${vscode.workspace.asRelativePath(written.file)}. Fill in its source: until then the pack shows an error and is not used.`);
      return { file: written.file, list: written.list, entry: written.entry, line: written.line };
    }),

    register(ACCEPT_WORDING_COMMAND, async (uriText?: string, finding?: Finding): Promise<PackWriteResult | undefined> => {
      if (typeof uriText !== 'string' || !finding) return undefined;
      if (!untrustedRefusal()) return undefined;
      const uri = vscode.Uri.parse(uriText, true);
      const root = rootForWrite(uri);
      if (!root) {
        void vscode.window.showInformationMessage('Fact Desk: open a folder to keep a workspace record (.factdesk/desk.facts.yaml).');
        return undefined;
      }
      const written = await writeEntry(root, () => acceptedEntry(finding, { today: today(), draftName: vscode.workspace.asRelativePath(uri) }));
      if (!written) return undefined;
      const relative = vscode.workspace.asRelativePath(written.file);
      void vscode.window.showInformationMessage(`Fact Desk: accepted ${written.summary} in ${relative}.`, 'Open the pack').then((choice) => {
        if (choice) void vscode.window.showTextDocument(vscode.Uri.file(written.file), { selection: new vscode.Range(written.line, 0, written.line, 0) });
      });
      return { file: written.file, list: written.list, entry: written.entry, line: written.line };
    }),
  ];
}
