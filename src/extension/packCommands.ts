/**
 * Pack commands: reload the workspace packs, and the two quick fixes that
 * write to the desk's pack (`.factdesk/desk.facts.yaml` of the draft's pack
 * root, created when missing) — never to editor state:
 *  - factdesk.addToRecord: a short form (value, source URL, title, publisher,
 *    date, quote) for an unknown or disputed claim, written as a valid entry
 *    (and its source) — checked against the record before anything is written;
 *  - factdesk.acceptWording: writes an `accepted` entry for the finding, for this draft only
 *    (named by its path from the pack root) or for every draft, with who, when and an optional reason.
 */
import * as vscode from 'vscode';
import path from 'node:path';
import bundled from 'factdesk:bundled-record';
import { compileRecord, formatRecordError, parseRecordFile, type Finding } from '../engine';
import { DEFAULT_PACK_GLOBS, discoverPacks } from '../packs/packs';
import { Ask } from './ask';
import type { Checker } from './checker';
import type { Log } from './log';
import {
  acceptedEntry,
  acceptTitle,
  insertEntry,
  newPackHeader,
  packIds,
  type AcceptScope,
  type DraftEntry,
  type PackInsert,
} from './logic/packEntries';
import { deskPackPath, draftPathFor, folderFor } from './logic/packs';
import { defaultFor, formEntries, formQuestions, TIER_CHOICES, unknownHost, type RecordForm } from './logic/recordForm';
import { whoAmI } from './who';

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

export function registerPackCommands(checker: Checker, log: Log, ask: Ask = new Ask()): vscode.Disposable[] {
  const register = <A extends unknown[], R>(id: string, fn: (...args: A) => R | Promise<R>) =>
    vscode.commands.registerCommand(id, log.command(id, fn));

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
    void vscode.window.showInformationMessage(
      'Fact Desk: workspace fact packs are off in Restricted Mode. Trust this workspace to load or add to its record.',
    );
    return false;
  };

  const documentOf = (uri: vscode.Uri) =>
    vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());

  const readPack = async (file: string): Promise<{ text: string; open?: vscode.TextDocument }> => {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'file' && samePath(d.uri.fsPath, file));
    if (open) return { text: open.getText(), open };
    try {
      return { text: new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(vscode.Uri.file(file))) };
    } catch {
      return { text: '' };
    }
  };

  /** The pack's errors once compiled over the bundled record: schema, then cross-references. */
  const packErrors = (text: string, file: string): string[] => {
    if (!text.trim()) return [];
    const parsed = parseRecordFile(text, file);
    if (parsed.errors.length) return parsed.errors.map(formatRecordError);
    return compileRecord([parsed], { version: bundled.version, base: bundled }).errors.map(formatRecordError);
  };

  /**
   * Appends the entries to the pack (an open pack is edited and saved, so the undo history keeps it), then
   * reloads. `validate`: refuse (write nothing) when the entries would add errors to the pack.
   */
  const writeEntry = async (
    root: string,
    draft: (text: string) => DraftEntry | DraftEntry[] | undefined,
    validate = false,
  ): Promise<(PackWriteResult & { insert: PackInsert; summary: string }) | { refused: string[] } | undefined> => {
    const file = deskPackPath(root);
    const uri = vscode.Uri.file(file);
    const { text, open } = await readPack(file);
    const drafted = draft(text);
    const entries = Array.isArray(drafted) ? drafted : drafted ? [drafted] : [];
    const entry = entries[entries.length - 1];
    if (!entry) return undefined;
    // A new pack says which bundled record it was written against.
    let newText = text.trim() ? text : newPackHeader(bundled.changes?.[bundled.changes.length - 1]?.version);
    let insert: PackInsert | undefined;
    for (const e of entries) {
      insert = insertEntry(newText, e.list, e.entry);
      newText = insert.newText;
    }
    if (validate) {
      const before = new Set(packErrors(text, file));
      const added = packErrors(newText, file).filter((e) => !before.has(e));
      if (added.length) return { refused: added };
    }
    if (open) {
      const edit = new vscode.WorkspaceEdit();
      edit.replace(uri, new vscode.Range(open.positionAt(0), open.positionAt(text.length)), newText);
      if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`could not edit ${file}`);
      await open.save();
    } else {
      await vscode.workspace.fs.createDirectory(vscode.Uri.file(path.dirname(file)));
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(newText));
    }
    const folder = folderFor(root, checker.packs.folders());
    const globs = folder?.globs ?? DEFAULT_PACK_GLOBS;
    if (!discoverPacks(root, globs).some((f) => samePath(f, file))) {
      void vscode.window.showWarningMessage(
        `Fact Desk: ${vscode.workspace.asRelativePath(uri)} is not matched by factdesk.packs (${globs.join(', ')}), so the record does not read it.`,
      );
    }
    // Reload now rather than waiting for the file watcher.
    checker.packs.refresh(root, 'quick fix');
    const summary = entries.map((e) => e.summary).join(' and ');
    log.info(`wrote ${summary} to ${file} (${entry.list}, line ${insert!.entryLine + 1})`);
    return { file, list: entry.list, entry: entry.entry, line: insert!.entryLine, insert: insert!, summary };
  };

  /** The form, one input box per field; undefined when the user cancels (nothing is written). */
  const askForm = async (finding: Finding, uri: vscode.Uri): Promise<RecordForm | undefined> => {
    const index = checker.engineFor(uri).index;
    const answers: Partial<RecordForm> = {};
    for (const q of formQuestions(finding, index)) {
      const answer = await ask.input({
        title: `Fact Desk: ${q.title}`,
        prompt: q.prompt,
        value: defaultFor(q, index, answers),
        ignoreFocusOut: true,
        validateInput: (input) => q.validate(input) ?? null,
      });
      if (answer === undefined) return undefined;
      answers[q.field] = answer.trim();
      // A host the publisher list does not know: its tier decides how loud the value may be.
      if (q.field === 'publisher' && answers.url && unknownHost(index, answers.url)) {
        const tier = await ask.pick(
          TIER_CHOICES.map((c) => ({ label: c.label, detail: c.detail, tier: c.tier })),
          {
            title: `Fact Desk: Add to the record: how strong a source is ${answers.publisher}?`,
            placeHolder: `${unknownHost(index, answers.url)} is new to the record’s publisher list`,
            ignoreFocusOut: true,
          },
        );
        if (!tier) return undefined;
        answers.tier = tier.tier;
      }
    }
    return answers as RecordForm;
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

    register(
      ADD_TO_RECORD_COMMAND,
      async (uriText?: string, finding?: Finding): Promise<PackWriteResult | undefined> => {
        if (typeof uriText !== 'string' || !finding) return undefined;
        if (!untrustedRefusal()) return undefined;
        const uri = vscode.Uri.parse(uriText, true);
        const root = rootForWrite(uri);
        if (!root) {
          void vscode.window.showInformationMessage(
            'Fact Desk: open a folder to keep a workspace record (.factdesk/desk.facts.yaml).',
          );
          return undefined;
        }
        const doc = documentOf(uri);
        const index = checker.engineFor(uri).index;
        const asOf = doc ? checker.asOfFor(doc).asOf : today();
        const form = await askForm(finding, uri);
        if (!form) return undefined;
        const written = await writeEntry(
          root,
          (text) => {
            const entries = formEntries(finding, index, form, {
              today: today(),
              asOf,
              packIds: packIds(text),
              draftName: vscode.workspace.asRelativePath(uri),
              who: whoAmI(),
            });
            return entries && [entries.publisher, entries.source, entries.fact].filter((e): e is DraftEntry => !!e);
          },
          true,
        );
        if (!written) {
          void vscode.window.showInformationMessage(
            'Fact Desk: this claim cannot be added to the record (only unknown or disputed claims can).',
          );
          return undefined;
        }
        if ('refused' in written) {
          log.warn(`add to the record: not written, the entry would not be valid: ${written.refused.join('; ')}`);
          void vscode.window.showWarningMessage(
            `Fact Desk: nothing written — the entry would not be valid: ${written.refused[0]}`,
          );
          return undefined;
        }
        const relative = vscode.workspace.asRelativePath(written.file);
        void vscode.window
          .showInformationMessage(`Fact Desk: added ${written.summary} to ${relative}.`, 'Open the pack')
          .then((choice) => {
            if (choice)
              void vscode.window.showTextDocument(vscode.Uri.file(written.file), {
                selection: new vscode.Range(written.line, 0, written.line, 0),
              });
          });
        return { file: written.file, list: written.list, entry: written.entry, line: written.line };
      },
    ),

    /**
     * `scope`: 'draft' — this draft only (the entry names it by its path from the pack root); 'all' (the
     * default) — every draft the desk record covers. Asks for an optional reason first; Escape writes nothing.
     */
    register(
      ACCEPT_WORDING_COMMAND,
      async (uriText?: string, finding?: Finding, scope?: unknown): Promise<PackWriteResult | undefined> => {
        if (typeof uriText !== 'string' || !finding) return undefined;
        if (!untrustedRefusal()) return undefined;
        const where: AcceptScope = scope === 'draft' ? 'draft' : 'all';
        const uri = vscode.Uri.parse(uriText, true);
        const root = rootForWrite(uri);
        if (!root) {
          void vscode.window.showInformationMessage(
            'Fact Desk: open a folder to keep a workspace record (.factdesk/desk.facts.yaml).',
          );
          return undefined;
        }
        const draftPath = uri.scheme === 'file' ? draftPathFor(uri.fsPath, root) : undefined;
        if (where === 'draft' && !draftPath) {
          void vscode.window.showInformationMessage(
            'Fact Desk: save the draft in the workspace first: a wording accepted in one draft is kept by its path.',
          );
          return undefined;
        }
        const reason = await ask.input({
          title: `Fact Desk: ${acceptTitle(where).replace(/…$/, '')}`,
          prompt: `Why? Optional — kept in ${vscode.workspace.asRelativePath(deskPackPath(root))} with your name and today’s date, and listed in the Claims view under “Ignored / accepted”. (${finding.message})`,
          value: '',
          ignoreFocusOut: true,
          validateInput: (input) => (input.length > 160 ? 'At most 160 characters.' : null),
        });
        if (reason === undefined) return undefined;
        const written = await writeEntry(root, () =>
          acceptedEntry(finding, {
            today: today(),
            draftName: vscode.workspace.asRelativePath(uri),
            who: whoAmI(),
            scope: where,
            ...(draftPath ? { draftPath } : {}),
            reason,
          }),
        );
        if (!written || 'refused' in written) return undefined;
        const relative = vscode.workspace.asRelativePath(written.file);
        void vscode.window
          .showInformationMessage(`Fact Desk: accepted ${written.summary} in ${relative}.`, 'Open the pack')
          .then((choice) => {
            if (choice)
              void vscode.window.showTextDocument(vscode.Uri.file(written.file), {
                selection: new vscode.Range(written.line, 0, written.line, 0),
              });
          });
        return { file: written.file, list: written.list, entry: written.entry, line: written.line };
      },
    ),
  ];
}
