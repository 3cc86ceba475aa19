/**
 * Workspace packs in the editor, as plain data: which packs apply to a draft
 * (the CLI's discovery from src/packs, per workspace folder), how pack errors
 * become Problems entries, and which record stays in use when a pack breaks.
 * No `vscode` import: unit-tested against the CLI's discovery.
 */
import path from 'node:path';
import { shortDate, type CompiledRecord, type Range, type RecordError, type RecordVersion } from '../../engine';
import { explainPackErrors, type PackVocabulary } from './packErrors';
import {
  DEFAULT_PACK_GLOBS,
  DESK_PACK,
  discoverPacksChecked,
  isInside,
  packRootInFolders,
  packScopeInFolders,
  type LoadedPacks,
  type PackScope,
  type RefusedPack,
} from '../../packs/packs';

export const PACK_DIAGNOSTIC_COLLECTION = 'Fact Desk packs';
export const PACK_DIAGNOSTIC_SOURCE = 'Fact Desk packs';

/** One workspace folder as the extension sees it: its file-system path, name and `factdesk.packs` globs. */
export interface PackFolder {
  path: string;
  name?: string;
  globs?: readonly string[];
}

/**
 * The packs that apply to a draft: the pack root (the draft's workspace folder,
 * or a folder holding `.factdesk/` between the draft and it) and the files the
 * folder's globs match there. The same src/packs functions as `factdesk check`.
 */
export function packScopeForDraft(
  draftPath: string,
  folders: readonly PackFolder[],
): PackScope & { folder?: string; globs: readonly string[] } {
  return packScopeInFolders(draftPath, folders);
}

/** The innermost workspace folder holding a path. */
export function folderFor(target: string, folders: readonly PackFolder[]): PackFolder | undefined {
  const abs = path.resolve(target);
  return folders
    .filter((f) => isInside(abs, path.resolve(f.path)))
    .sort((a, b) => path.resolve(b.path).length - path.resolve(a.path).length)[0];
}

/** Only the pack root of a draft (no globbing: cheap enough for every check). */
export function packRootForDraft(draftPath: string, folders: readonly PackFolder[]): string | undefined {
  return packRootInFolders(draftPath, folders).root;
}

/** The packs under a pack root, by the globs of the folder holding it. */
export function packScopeForRoot(
  root: string,
  folders: readonly PackFolder[],
): PackScope & { root: string; folder?: string; globs: readonly string[] } {
  const folder = folderFor(root, folders);
  const globs = folder?.globs ?? DEFAULT_PACK_GLOBS;
  const { files, refused } = discoverPacksChecked(
    path.resolve(root),
    globs,
    folder ? path.resolve(folder.path) : path.resolve(root),
  );
  return {
    root: path.resolve(root),
    ...(folder ? { folder: path.resolve(folder.path) } : {}),
    globs,
    files,
    ...(refused.length ? { refused } : {}),
  };
}

/** The packs of a workspace folder itself (loaded at start, so their errors show before any draft opens). */
export function packScopeForFolder(folder: PackFolder): PackScope & { folder: string; globs: readonly string[] } {
  const root = path.resolve(folder.path);
  const globs = folder.globs ?? DEFAULT_PACK_GLOBS;
  const { files, refused } = discoverPacksChecked(root, globs);
  return { root, folder: root, globs, files, ...(refused.length ? { refused } : {}) };
}

/**
 * A draft's path from its pack root, '/' between folders (`drafts/h200.md`): how a wording accepted
 * "in this draft" names the draft, for the editor and `factdesk check` alike. Undefined outside the root.
 */
export function draftPathFor(draftPath: string, root: string): string | undefined {
  const rel = path.relative(path.resolve(root), path.resolve(draftPath));
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join('/');
}

/** Where the desk's own pack (quick fixes write there) lives for a pack root. */
export function deskPackPath(root: string): string {
  return path.join(root, ...DESK_PACK.split('/'));
}

/**
 * How a pack file is named in errors, hovers and provenance: relative to its
 * root, prefixed with the folder's name when several folders are open
 * (`docs/.factdesk/desk.facts.yaml`), as VS Code's relative paths are.
 */
export function packDisplayName(file: string, root: string, folders: readonly PackFolder[]): string {
  const folder = folders.find((f) => isInside(path.resolve(root), path.resolve(f.path)));
  const base = folder ? path.resolve(folder.path) : path.resolve(root);
  const rel = path.relative(base, file).split(path.sep).join('/');
  const name = folder && folders.length > 1 ? `${folder.name ?? path.basename(base)}/` : '';
  return rel.startsWith('..') || path.isAbsolute(rel) ? file : `${name}${rel}`;
}

export interface PackDiagnosticData {
  range: Range;
  message: string;
  severity: 'error' | 'warning';
  source: typeof PACK_DIAGNOSTIC_SOURCE;
  /** The field, e.g. "facts[0].citations[0].source". */
  code: string;
}

/**
 * Record errors → Problems entries per pack file (absolute path), at the error's line and column.
 * With `explain` (the packs' text and what they may name): one entry per field, merged, with
 * "did you mean …?" (logic/packErrors).
 */
export function packDiagnostics(
  errors: readonly RecordError[],
  fileOf: (displayName: string) => string | undefined,
  explain?: { textOf(file: string): string | undefined; vocabulary(): PackVocabulary },
): Map<string, PackDiagnosticData[]> {
  const out = new Map<string, PackDiagnosticData[]>();
  if (explain) {
    const byFile = new Map<string, RecordError[]>();
    for (const e of errors) {
      const file = fileOf(e.file);
      if (file) (byFile.get(file) ?? byFile.set(file, []).get(file)!).push(e);
    }
    const vocabulary = byFile.size ? explain.vocabulary() : undefined;
    for (const [file, list] of byFile) {
      out.set(
        file,
        explainPackErrors(list, explain.textOf(file), vocabulary!).map((x) => ({
          range: x.range,
          message: x.message,
          severity: 'error',
          source: PACK_DIAGNOSTIC_SOURCE,
          code: x.field,
        })),
      );
    }
    return out;
  }
  for (const e of errors) {
    const file = fileOf(e.file);
    if (!file) continue;
    const at = { line: Math.max(0, e.line - 1), character: Math.max(0, e.column - 1) };
    const list = out.get(file) ?? [];
    list.push({
      range: { start: at, end: at },
      message: e.field ? `${e.field}: ${e.message}` : e.message,
      severity: 'error',
      source: PACK_DIAGNOSTIC_SOURCE,
      code: e.field,
    });
    out.set(file, list);
  }
  return out;
}

/**
 * Problems entries for pack files the globs matched but Fact Desk refused to read (outside the
 * folder, a link out of it, a FIFO or device): a warning at the top of each, naming why, so a
 * refused pack is never dropped without a word. Nothing of the file's content is read or shown.
 */
export function refusedPackDiagnostics(refused: readonly RefusedPack[]): Map<string, PackDiagnosticData[]> {
  const out = new Map<string, PackDiagnosticData[]>();
  const top = { line: 0, character: 0 };
  for (const r of refused) {
    out.set(path.resolve(r.file), [
      {
        range: { start: top, end: top },
        message: `Fact Desk did not load this pack: it ${r.reason}`,
        severity: 'warning',
        source: PACK_DIAGNOSTIC_SOURCE,
        code: 'refused',
      },
    ]);
  }
  return out;
}

export interface RecordChoice {
  record: CompiledRecord;
  /** The packs have errors and the previous record stays in use. */
  usingLastGood: boolean;
}

/**
 * The record a folder's drafts are checked against after a (re)load: the new
 * one when the packs load cleanly; with errors, the last record in use (the
 * last good one) stays; on the very first load, whatever loaded (the bundled
 * record plus the packs without errors).
 */
export function chooseRecord(
  previous: CompiledRecord | undefined,
  loaded: Pick<LoadedPacks, 'record' | 'errors'>,
): RecordChoice {
  if (!loaded.errors.length) return { record: loaded.record, usingLastGood: false };
  if (previous) return { record: previous, usingLastGood: true };
  return { record: loaded.record, usingLastGood: false };
}

/** What a draft is told about its desk record (the workspace packs): broken packs, packs written for an older record. */
export interface DeskRecordState {
  /** The packs have errors and the last good desk record stays in use. */
  usingLastGood: boolean;
  /** Pack files (display names) with errors, and how many each. */
  broken: readonly { file: string; errors: number }[];
  /** The bundled record version each pack in use was written against (`recordVersion:`). */
  bases: readonly { file: string; version: string }[];
  /** The bundled record's versions, oldest first. */
  changes: readonly RecordVersion[];
  /** The facts a pack file (display name) overrides or accepts wordings for. */
  factsOf(file: string): readonly string[];
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * Notes for the status bar's tooltip and the Claims view: "Desk record: .factdesk/it.facts.yaml has
 * 2 errors (Problems panel); the last good desk record is in use.", "Desk record: .factdesk/desk.facts.yaml
 * was written for record 2026-11-23 (23 Nov 2026); the bundled record is now 2026-12-02-third-pass
 * (2 Dec 2026): 96 facts added or changed since, 1 of them overridden or accepted in this pack
 * (h200.memory_capacity)." Empty when the desk record is current.
 */
export function deskRecordNotes(state: DeskRecordState): string[] {
  const notes: string[] = [];
  if (state.usingLastGood && state.broken.length) {
    const which = state.broken.map((b) => `${b.file} has ${plural(b.errors, 'error')}`).join(', ');
    notes.push(`Desk record: ${which} (Problems panel); the last good desk record is in use.`);
  }
  const newest = state.changes[state.changes.length - 1];
  if (!newest) return notes;
  for (const base of state.bases) {
    const at = state.changes.findIndex((v) => v.version === base.version);
    if (at === state.changes.length - 1) continue;
    const now = `the bundled record is now ${newest.version} (${shortDate(newest.date)})`;
    if (at < 0) {
      notes.push(
        `Desk record: ${base.file} was written for record ${base.version}, which the bundled record does not list; ${now}.`,
      );
      continue;
    }
    const later = state.changes.slice(at + 1);
    const changed = new Set(later.flatMap((v) => [...v.added, ...v.changed.map((c) => c.fact), ...v.removed]));
    const mine = [...new Set(state.factsOf(base.file))].filter((f) => changed.has(f)).sort();
    const since = `${plural(changed.size, 'fact')} added, changed or removed since`;
    const touched = mine.length
      ? `, ${mine.length} of them overridden or accepted in this pack (${mine.slice(0, 3).join(', ')}${mine.length > 3 ? ', …' : ''})`
      : '';
    notes.push(
      `Desk record: ${base.file} was written for record ${base.version} (${shortDate(state.changes[at]!.date)}); ${now}: ${since}${touched}.`,
    );
  }
  return notes;
}
