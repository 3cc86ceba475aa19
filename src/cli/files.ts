/** Which files a `check` covers, and reading them safely: markdown only, text only, bounded size. */
import fs from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { displayBytes } from './format/escape';

export const MARKDOWN = /\.(md|markdown|mdown|mkd)$/i;
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export class UsageError extends Error {}

/**
 * A draft to check. `path` is absolute and is what is shown (relative) and
 * what finds its packs; `fsPath` is what the file system is asked for: the
 * same string, or the raw bytes of a name that is not valid UTF-8 (shown
 * with its odd bytes as `\xNN`), which no string could name.
 */
export interface DraftFile {
  path: string;
  fsPath: string | Buffer;
}

/** A file or folder a walk did not check, and why: the CLI names each in a note. */
export interface Skipped {
  path: string;
  reason: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const decodeName = (name: Buffer): string | undefined => {
  try {
    return utf8.decode(name);
  } catch {
    return undefined;
  }
};

/**
 * A glob result whose name held bytes that are not UTF-8 comes back with
 * U+FFFD in it and names no file: find the entry of its folder whose bytes
 * decode to that name.
 */
function recoverBytes(abs: string): Buffer | undefined {
  if (!abs.includes('\uFFFD') || fs.existsSync(abs)) return undefined;
  const dir = path.dirname(abs);
  const dirBytes = dir.includes('\uFFFD') ? (recoverBytes(dir) ?? Buffer.from(dir)) : Buffer.from(dir);
  try {
    for (const name of fs.readdirSync(dirBytes, { encoding: 'buffer' })) {
      if (name.toString('utf8') === path.basename(abs)) return Buffer.concat([dirBytes, Buffer.from(path.sep), name]);
    }
  } catch {
    /* unreadable: reported when read */
  }
  return undefined;
}

/**
 * Files, folders (recursively, skipping node_modules and dot-folders) and globs → markdown files.
 * A folder walk does not follow symbolic links and cannot enter unreadable
 * folders: those are returned in `skipped`, never dropped without a word.
 */
export function expandPaths(inputs: string[], cwd = process.cwd()): { files: DraftFile[]; skipped: Skipped[] } {
  const out = new Map<string, DraftFile>();
  const skipped: Skipped[] = [];
  /** Real paths already taken: a file reached twice through a symlink is checked once. */
  const real = new Set<string>();
  const add = (file: DraftFile) => {
    let key = file.path;
    try {
      key = fs.realpathSync(file.fsPath, { encoding: 'buffer' }).toString('latin1');
    } catch {
      // Unreadable or vanished: kept, so that reading it reports why.
    }
    if (!real.has(key)) {
      real.add(key);
      out.set(file.path, file);
    }
  };
  const walk = (dir: string, dirBytes: Buffer, exact: boolean) => {
    let entries: fs.Dirent<Buffer>[];
    try {
      entries = fs.readdirSync(dirBytes, { withFileTypes: true, encoding: 'buffer' });
    } catch (e) {
      skipped.push({
        path: dir,
        reason: `folder not readable (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}): the drafts in it were not checked`,
      });
      return;
    }
    for (const entry of entries) {
      const bytes = entry.name;
      const decoded = decodeName(bytes);
      const name = decoded ?? displayBytes(bytes);
      if (name.startsWith('.') || name === 'node_modules') continue;
      const abs = path.join(dir, name);
      const fsPath = decoded !== undefined && exact ? abs : Buffer.concat([dirBytes, Buffer.from(path.sep), bytes]);
      if (entry.isDirectory())
        walk(abs, Buffer.isBuffer(fsPath) ? fsPath : Buffer.from(fsPath), exact && decoded !== undefined);
      else if (!MARKDOWN.test(name)) continue;
      else if (entry.isSymbolicLink())
        skipped.push({
          path: abs,
          reason: 'a symbolic link: not followed in a folder (name it on the command line to check it)',
        });
      else if (!entry.isFile()) skipped.push({ path: abs, reason: 'not a regular file: not read' });
      else add({ path: abs, fsPath });
    }
  };
  for (const input of inputs) {
    const abs = path.resolve(cwd, input);
    if (fs.existsSync(abs)) {
      const stat = fs.statSync(abs);
      if (stat.isDirectory()) walk(abs, Buffer.from(abs), true);
      else if (MARKDOWN.test(abs)) add({ path: path.normalize(abs), fsPath: path.normalize(abs) });
      else throw new UsageError(`${input}: not a markdown file (.md, .markdown)`);
      continue;
    }
    if (/[*?[{]/.test(input)) {
      for (const f of globSync([input], {
        cwd,
        absolute: true,
        followSymbolicLinks: false,
        ignore: ['**/node_modules/**'],
      })) {
        if (!MARKDOWN.test(f)) continue;
        const file = path.normalize(f);
        const bytes = recoverBytes(file);
        add(
          bytes
            ? {
                path: path.join(
                  path.dirname(file),
                  displayBytes(bytes.subarray(bytes.lastIndexOf(path.sep.charCodeAt(0)) + 1)),
                ),
                fsPath: bytes,
              }
            : { path: file, fsPath: file },
        );
      }
      continue;
    }
    throw new UsageError(`${input}: no such file or folder`);
  }
  return { files: [...out.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)), skipped };
}

export type ReadResult = { text: string } | { error: string };

/** UTF-16 text (with a byte-order mark, or ASCII-heavy text with every other byte zero). */
function looksUtf16(bytes: Buffer): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return false;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  return (oddZero >= pairs * 0.9 && evenZero === 0) || (evenZero >= pairs * 0.9 && oddZero === 0);
}

/** Reads a draft, refusing what is not one: binary data, UTF-16, invalid UTF-8, oversized files. */
export function readDraft(file: string | Buffer): ReadResult {
  let bytes: Buffer;
  const tooLarge = (size: number) => ({
    error: `file is ${(size / 1024 / 1024).toFixed(1)} MB; Fact Desk checks drafts up to ${MAX_FILE_BYTES / 1024 / 1024} MB`,
  });
  try {
    const stat = fs.statSync(file);
    // A FIFO or device would block the read: only regular files are drafts.
    if (!stat.isFile()) return { error: 'not a regular file' };
    // The size is checked before reading: nothing over the limit is ever read.
    if (stat.size > MAX_FILE_BYTES) return tooLarge(stat.size);
    bytes = fs.readFileSync(file);
  } catch (e) {
    // Deleted or made unreadable since it was listed: this file is reported, the others still checked.
    return { error: `cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
  if (bytes.length > MAX_FILE_BYTES) return tooLarge(bytes.length);
  if (looksUtf16(bytes)) return { error: 'UTF-16 text: save it as UTF-8 to check it' };
  if (bytes.includes(0)) return { error: 'not a text file (contains NUL bytes)' };
  try {
    const text = utf8.decode(bytes);
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    return { error: 'not valid UTF-8 text' };
  }
}
