/**
 * Workspace fact packs: discovery and loading, the same for the CLI and the
 * extension. Node-only (file system); the engine itself never reads files.
 *
 * Discovery, in one rule for both fronts: the packs that apply to a draft are
 * the files matching the globs (default `.factdesk/*.facts.yaml`) under its
 * pack root. The pack root is the nearest folder at or above the draft that
 * holds a `.factdesk/` folder; in the editor the search stops at the
 * workspace folder, and a draft in a workspace folder without one uses that
 * folder (so custom globs outside `.factdesk/` work there too).
 *
 * Which globs apply to a folder is one function for both fronts,
 * packGlobsFromSetting: the extension passes the `factdesk.packs` value VS Code
 * gives for the folder; the CLI the one it reads from the folder's
 * `.vscode/settings.json` (folder-settings.ts). It lives in globs.ts (no
 * file system, no engine), which the extension's settings reader imports.
 */
import fs from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { compileRecord, parseRecordFile, type CompiledRecord, type RecordError } from '../engine';
import { DEFAULT_PACK_GLOBS } from './globs';

export { DEFAULT_PACK_GLOBS, PACKS_SETTING, packGlobsFromSetting } from './globs';
export const PACK_DIR = '.factdesk';
/** Where the editor's "Add to the workspace record…" and "Accept this wording" write, relative to the pack root. */
export const DESK_PACK = '.factdesk/desk.facts.yaml';

const isDir = (p: string) => {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
};

/** Whether `child` is `parent` or inside it (both absolute). */
export function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * The folder whose packs apply to a path: the nearest ancestor (or the path
 * itself, for a folder) holding `.factdesk/`, else undefined. With `stopAt`
 * the search does not go above that folder.
 */
export function packRootFor(target: string, stopAt?: string): string | undefined {
  let dir = path.resolve(target);
  if (!isDir(dir)) dir = path.dirname(dir);
  const stop = stopAt ? path.resolve(stopAt) : undefined;
  if (stop && !isInside(dir, stop)) return undefined;
  for (;;) {
    if (isDir(path.join(dir, PACK_DIR))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir || (stop && dir === stop)) return undefined;
    dir = parent;
  }
}

/** Pack files of one folder, by the globs (relative to the folder), sorted for a stable override order. */
export function discoverPacks(folder: string, globs: readonly string[] = DEFAULT_PACK_GLOBS): string[] {
  const patterns = globs.filter((g) => typeof g === 'string' && g.trim());
  if (!patterns.length || !isDir(folder)) return [];
  return globSync([...patterns], { cwd: folder, absolute: true, dot: true, onlyFiles: true, ignore: ['**/node_modules/**'] })
    .map((f) => path.normalize(f))
    .sort();
}

export interface PackScope {
  /** The pack root: where globs are resolved and DESK_PACK lives. Undefined: no packs apply. */
  root?: string;
  files: string[];
}

/**
 * The workspace packs for a draft or folder, as `factdesk check` and
 * `factdesk record …` find them (no workspace folders: the nearest `.factdesk/`).
 */
export function workspacePacksFor(target: string, globs: readonly string[] = DEFAULT_PACK_GLOBS): PackScope {
  const root = packRootFor(target);
  return root ? { root, files: discoverPacks(root, globs) } : { files: [] };
}

export interface PackFolderSpec {
  path: string;
  globs?: readonly string[];
}

/**
 * The pack root of a draft inside workspace folders (the editor), without
 * globbing: the nearest folder holding `.factdesk/`, searched no higher than
 * the outermost workspace folder holding the draft (as the CLI searches, but
 * bounded by the workspace), else the draft's own (innermost) folder. `folder`
 * is the workspace folder the root belongs to, whose globs apply. A draft
 * outside every folder is treated as the CLI treats it.
 */
export function packRootInFolders(target: string, folders: readonly PackFolderSpec[]): { root?: string; folder?: PackFolderSpec } {
  const abs = path.resolve(target);
  const containing = folders.filter((f) => isInside(abs, path.resolve(f.path))).sort((a, b) => path.resolve(a.path).length - path.resolve(b.path).length);
  if (!containing.length) {
    const root = packRootFor(abs);
    return root ? { root } : {};
  }
  const root = packRootFor(abs, containing[0]!.path) ?? path.resolve(containing[containing.length - 1]!.path);
  const folder = containing.filter((f) => isInside(root, path.resolve(f.path))).pop();
  return { root, ...(folder ? { folder } : {}) };
}

/** The packs for a draft inside workspace folders: its pack root and the files the root's folder's globs match there. */
export function packScopeInFolders(target: string, folders: readonly PackFolderSpec[]): PackScope & { folder?: string; globs: readonly string[] } {
  const { root, folder } = packRootInFolders(target, folders);
  const globs = folder?.globs ?? DEFAULT_PACK_GLOBS;
  if (!root) return { files: [], globs };
  return { root, ...(folder ? { folder: path.resolve(folder.path) } : {}), globs, files: discoverPacks(root, globs) };
}

export interface LoadedPacks {
  record: CompiledRecord;
  errors: RecordError[];
  files: string[];
  /** Files left out because of their errors (the rest of the record keeps working). */
  rejected: string[];
}

/**
 * Compiles pack files over the bundled record. A pack with errors is left out
 * whole (its errors reported), so the rest of the record keeps working.
 * `readText` lets the editor supply unsaved text; by default files are read from disk.
 */
export function loadPacks(
  bundled: CompiledRecord,
  files: readonly string[],
  displayPath: (f: string) => string = (f) => f,
  readText: (f: string) => string = (f) => fs.readFileSync(f, 'utf8'),
): LoadedPacks {
  const errors: RecordError[] = [];
  const parsed = [];
  const rejected = new Set<string>();
  const byName = new Map<string, string>();
  for (const file of files) {
    const name = displayPath(file);
    byName.set(name, file);
    let text: string;
    try {
      text = readText(file);
    } catch (e) {
      errors.push({ file: name, line: 1, column: 1, field: '', message: `cannot read: ${(e as Error).message}` });
      rejected.add(file);
      continue;
    }
    parsed.push(parseRecordFile(text, name));
  }
  const clean = parsed.filter((p) => !p.errors.length);
  for (const p of parsed) {
    if (!p.errors.length) continue;
    errors.push(...p.errors);
    rejected.add(byName.get(p.name) ?? p.name);
  }
  const done = (record: CompiledRecord): LoadedPacks => ({ record, errors, files: [...files], rejected: files.filter((f) => rejected.has(f)) });
  if (!clean.length) return done(bundled);
  const compiled = compileRecord(clean, { version: bundled.version, base: bundled });
  if (!compiled.errors.length) return done(compiled.record);
  // Cross-reference errors: drop the packs that caused them and compile the rest again.
  const bad = new Set(compiled.errors.map((e) => e.file));
  errors.push(...compiled.errors);
  for (const name of bad) rejected.add(byName.get(name) ?? name);
  const rest = clean.filter((p) => !bad.has(p.name));
  const again = rest.length ? compileRecord(rest, { version: bundled.version, base: bundled }) : { record: bundled, errors: [] };
  if (again.errors.length) for (const p of rest) rejected.add(byName.get(p.name) ?? p.name);
  return done(again.errors.length ? bundled : again.record);
}
