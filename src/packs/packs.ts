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

/** Regular file once links are followed (stat never opens it, so a FIFO cannot block here). */
const isRegularFile = (p: string) => {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
};

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

/** A pack file a glob matched but that is not read, and why (never anything from its content). */
export interface RefusedPack {
  file: string;
  reason: string;
}

const realpath = (p: string) => {
  try {
    return fs.realpathSync(p);
  } catch {
    return undefined;
  }
};

/**
 * FIFOs, sockets and devices that a pattern like `.factdesk/*.facts.yaml` names: the glob walk leaves
 * them out without a word (only files, folders and links are listed), so the folder a pattern's last
 * segment is matched in is listed here. Patterns whose wildcards are not all in the last segment
 * (`**`, `a*`/`b`) are not looked at: the default and the usual patterns are of this one-folder form.
 */
function specialFilesMatching(folder: string, patterns: readonly string[]): string[] {
  const out: string[] = [];
  for (const pattern of patterns) {
    const parts = pattern.split('/');
    const last = parts.pop()!;
    if (parts.some((p) => /[*?[\]{}!]/.test(p)) || /[[\]{}!]/.test(last) || !/[*?]/.test(last)) continue;
    const dir = path.resolve(folder, ...parts);
    const name = new RegExp(
      `^${last
        .replace(/[.+^$()|\\]/g, '\\$&')
        .replaceAll('*', '[^/]*')
        .replaceAll('?', '[^/]')}$`,
    );
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      if (
        (e.isFIFO() || e.isSocket() || e.isCharacterDevice() || e.isBlockDevice()) &&
        name.test(e.name) &&
        (e.name[0] !== '.' || last[0] === '.')
      )
        out.push(path.join(dir, e.name));
    }
  }
  return out;
}

/**
 * Pack files of one folder, by the globs (relative to the folder), sorted for
 * a stable override order, with the matches that are refused. One rule for
 * the CLI and the extension: a pack must be inside `bound` (the workspace
 * folder; by default the folder itself) once symbolic links are resolved, so
 * `../../secret.yaml`, an absolute pattern or a link to /dev/zero or to a file
 * elsewhere is refused, by name only: it is never read.
 */
export function discoverPacksChecked(
  folder: string,
  globs: readonly string[] = DEFAULT_PACK_GLOBS,
  bound: string = folder,
): { files: string[]; refused: RefusedPack[] } {
  const patterns = globs.filter((g) => typeof g === 'string' && g.trim());
  if (!patterns.length || !isDir(folder)) return { files: [], refused: [] };
  const within = realpath(bound) ?? path.resolve(bound);
  const files: string[] = [];
  const refused: RefusedPack[] = [];
  // onlyFiles would drop a FIFO, socket or device without a word: folders are left out here instead,
  // and anything else that is not a regular file is refused by name.
  const matched = globSync([...patterns], {
    cwd: folder,
    absolute: true,
    dot: true,
    onlyFiles: false,
    ignore: ['**/node_modules/**'],
  })
    .map((f) => path.normalize(f))
    .filter((f) => !isDir(f))
    .sort();
  for (const file of matched) {
    const real = realpath(file);
    if (!isInside(path.resolve(file), path.resolve(bound)) && !isInside(path.resolve(file), within))
      refused.push({ file, reason: 'is outside the workspace folder: not read' });
    else if (real !== undefined && isInside(real, within) && !isRegularFile(real))
      refused.push({ file, reason: 'is not a regular file (a FIFO, socket or device): not read' });
    else if (real === undefined) refused.push({ file, reason: 'is a broken symbolic link: not read' });
    else if (!isInside(real, within))
      refused.push({ file, reason: 'is a symbolic link to a file outside the workspace folder: not read' });
    else files.push(file);
  }
  for (const file of specialFilesMatching(folder, patterns)) {
    if (refused.some((r) => r.file === file)) continue;
    const inside = isInside(path.resolve(file), path.resolve(bound)) || isInside(path.resolve(file), within);
    refused.push({
      file,
      reason: inside
        ? 'is not a regular file (a FIFO, socket or device): not read'
        : 'is outside the workspace folder: not read',
    });
  }
  refused.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { files, refused };
}

/** Pack files of one folder, by the globs (relative to the folder), sorted; refused matches left out (discoverPacksChecked). */
export function discoverPacks(
  folder: string,
  globs: readonly string[] = DEFAULT_PACK_GLOBS,
  bound: string = folder,
): string[] {
  return discoverPacksChecked(folder, globs, bound).files;
}

export interface PackScope {
  /** The pack root: where globs are resolved and DESK_PACK lives. Undefined: no packs apply. */
  root?: string;
  files: string[];
  /** Matches of the globs that are not read (outside the workspace folder), named so the user can be told. */
  refused?: RefusedPack[];
}

/**
 * The workspace packs for a draft or folder, as `factdesk check` and
 * `factdesk record …` find them (no workspace folders: the nearest `.factdesk/`).
 */
export function workspacePacksFor(target: string, globs: readonly string[] = DEFAULT_PACK_GLOBS): PackScope {
  const root = packRootFor(target);
  if (!root) return { files: [] };
  const { files, refused } = discoverPacksChecked(root, globs);
  return { root, files, ...(refused.length ? { refused } : {}) };
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
export function packRootInFolders(
  target: string,
  folders: readonly PackFolderSpec[],
): { root?: string; folder?: PackFolderSpec } {
  const abs = path.resolve(target);
  const containing = folders
    .filter((f) => isInside(abs, path.resolve(f.path)))
    .sort((a, b) => path.resolve(a.path).length - path.resolve(b.path).length);
  if (!containing.length) {
    const root = packRootFor(abs);
    return root ? { root } : {};
  }
  const root = packRootFor(abs, containing[0]!.path) ?? path.resolve(containing[containing.length - 1]!.path);
  const folder = containing.filter((f) => isInside(root, path.resolve(f.path))).pop();
  return { root, ...(folder ? { folder } : {}) };
}

/** The packs for a draft inside workspace folders: its pack root and the files the root's folder's globs match there. */
export function packScopeInFolders(
  target: string,
  folders: readonly PackFolderSpec[],
): PackScope & { folder?: string; globs: readonly string[] } {
  const { root, folder } = packRootInFolders(target, folders);
  const globs = folder?.globs ?? DEFAULT_PACK_GLOBS;
  if (!root) return { files: [], globs };
  const { files, refused } = discoverPacksChecked(root, globs, folder ? path.resolve(folder.path) : root);
  return {
    root,
    ...(folder ? { folder: path.resolve(folder.path) } : {}),
    globs,
    files,
    ...(refused.length ? { refused } : {}),
  };
}

export interface LoadedPacks {
  record: CompiledRecord;
  errors: RecordError[];
  files: string[];
  /** Files left out because of their errors (the rest of the record keeps working). */
  rejected: string[];
  /** Files that could not be read at all (missing, not a regular file, too large): unreadable input. */
  unreadable: string[];
  /** The bundled record version each pack file says it was written against (`recordVersion:`), by file. */
  recordVersions: { file: string; version: string }[];
}

/** Pack files larger than this are refused before they are read (the engine's own limit, MAX_PACK_BYTES). */
export const MAX_PACK_FILE_BYTES = 2 * 1024 * 1024;
/** At most this many errors are listed per pack file; the rest are counted. */
export const MAX_ERRORS_PER_PACK = 100;

/** Why a pack file cannot be read, as a sentence, from its error. */
export class PackReadError extends Error {}

/**
 * Reads a pack from disk, stat first: a FIFO, a device (a link to /dev/zero),
 * a folder or a file over the size limit is refused before any byte is read,
 * so nothing can block or fill memory.
 */
export function readPackFile(file: string): string {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new PackReadError(code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? (e as Error).message})`);
  }
  if (stat.isDirectory()) throw new PackReadError('a folder, not a pack file');
  if (!stat.isFile()) throw new PackReadError('not a regular file (a FIFO, socket or device): not read');
  if (stat.size > MAX_PACK_FILE_BYTES)
    throw new PackReadError(
      `file is larger than ${MAX_PACK_FILE_BYTES / 1024 / 1024} MB (${(stat.size / 1024 / 1024).toFixed(1)} MB): not read`,
    );
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    throw new PackReadError(`cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  if (bytes.length > MAX_PACK_FILE_BYTES)
    throw new PackReadError(`file is larger than ${MAX_PACK_FILE_BYTES / 1024 / 1024} MB`);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    throw new PackReadError('UTF-16 text: save the pack as UTF-8');
  return bytes.toString('utf8');
}

/** A file's errors, at most MAX_ERRORS_PER_PACK of them, then one line counting the rest. */
function capped(list: RecordError[]): RecordError[] {
  if (list.length <= MAX_ERRORS_PER_PACK) return list;
  const first = list.slice(0, MAX_ERRORS_PER_PACK);
  const last = first[first.length - 1]!;
  return [
    ...first,
    {
      file: last.file,
      line: last.line,
      column: last.column,
      field: '',
      message: `… and ${list.length - MAX_ERRORS_PER_PACK} more errors in this file (not listed)`,
    },
  ];
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
  readText: (f: string) => string = readPackFile,
): LoadedPacks {
  // Errors are appended one by one, never spread as arguments: a pack may hold 100,000 of them.
  const errors: RecordError[] = [];
  const add = (list: RecordError[]) => {
    for (const e of list) errors.push(e);
  };
  const parsed = [];
  const rejected = new Set<string>();
  const unreadable = new Set<string>();
  const byName = new Map<string, string>();
  for (const file of files) {
    const name = displayPath(file);
    byName.set(name, file);
    let text: string;
    try {
      text = readText(file);
    } catch (e) {
      const why =
        e instanceof PackReadError
          ? e.message
          : (e as NodeJS.ErrnoException).code === 'ENOENT'
            ? 'no such file'
            : (e as Error).message;
      errors.push({ file: name, line: 1, column: 1, field: '', message: `cannot read: ${why}` });
      rejected.add(file);
      unreadable.add(file);
      continue;
    }
    parsed.push(parseRecordFile(text, name));
  }
  const clean = parsed.filter((p) => !p.errors.length);
  for (const p of parsed) {
    if (!p.errors.length) continue;
    add(capped(p.errors));
    rejected.add(byName.get(p.name) ?? p.name);
  }
  const recordVersions = parsed
    .filter((p) => p.data?.recordVersion)
    .map((p) => ({ file: byName.get(p.name) ?? p.name, version: p.data!.recordVersion! }));
  const done = (record: CompiledRecord): LoadedPacks => ({
    record,
    errors,
    files: [...files],
    rejected: files.filter((f) => rejected.has(f)),
    unreadable: files.filter((f) => unreadable.has(f)),
    recordVersions,
  });
  if (!clean.length) return done(bundled);
  const compiled = compileRecord(clean, { version: bundled.version, base: bundled });
  if (!compiled.errors.length) return done(compiled.record);
  // Cross-reference errors: drop the packs that caused them and compile the rest again.
  const bad = new Set(compiled.errors.map((e) => e.file));
  const byFile = new Map<string, RecordError[]>();
  for (const e of compiled.errors) (byFile.get(e.file) ?? byFile.set(e.file, []).get(e.file)!).push(e);
  for (const list of byFile.values()) add(capped(list));
  for (const name of bad) rejected.add(byName.get(name) ?? name);
  const rest = clean.filter((p) => !bad.has(p.name));
  const again = rest.length
    ? compileRecord(rest, { version: bundled.version, base: bundled })
    : { record: bundled, errors: [] };
  if (again.errors.length) for (const p of rest) rejected.add(byName.get(p.name) ?? p.name);
  return done(again.errors.length ? bundled : again.record);
}
