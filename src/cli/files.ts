/** Which files a `check` covers, and reading them safely: markdown only, text only, bounded size. */
import fs from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';

export const MARKDOWN = /\.(md|markdown|mdown|mkd)$/i;
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export class UsageError extends Error {}

/** Files, folders (recursively, skipping node_modules and dot-folders) and globs → markdown files. */
export function expandPaths(inputs: string[], cwd = process.cwd()): string[] {
  const out = new Set<string>();
  /** Real paths already taken: a file reached twice through a symlink is checked once. */
  const real = new Set<string>();
  const add = (f: string) => {
    let key = f;
    try {
      key = fs.realpathSync(f);
    } catch {
      // Unreadable or vanished: kept, so that reading it reports why.
    }
    if (!real.has(key)) {
      real.add(key);
      out.add(path.normalize(f));
    }
  };
  for (const input of inputs) {
    const abs = path.resolve(cwd, input);
    if (fs.existsSync(abs)) {
      const stat = fs.statSync(abs);
      if (stat.isDirectory()) {
        for (const f of globSync(['**/*.{md,markdown,mdown,mkd}'], { cwd: abs, absolute: true, followSymbolicLinks: false, ignore: ['**/node_modules/**'] })) add(f);
      } else if (MARKDOWN.test(abs)) add(abs);
      else throw new UsageError(`${input}: not a markdown file (.md, .markdown)`);
      continue;
    }
    if (/[*?[{]/.test(input)) {
      for (const f of globSync([input], { cwd, absolute: true, followSymbolicLinks: false, ignore: ['**/node_modules/**'] })) if (MARKDOWN.test(f)) add(f);
      continue;
    }
    throw new UsageError(`${input}: no such file or folder`);
  }
  return [...out].sort();
}

export type ReadResult = { text: string } | { error: string };

/** Reads a draft, refusing what is not one: binary data, invalid UTF-8, oversized files. */
export function readDraft(file: string): ReadResult {
  let bytes: Buffer;
  try {
    const stat = fs.statSync(file);
    // A FIFO or device would block the read: only regular files are drafts.
    if (!stat.isFile()) return { error: 'not a regular file' };
    if (stat.size > MAX_FILE_BYTES) return { error: `file is ${(stat.size / 1024 / 1024).toFixed(1)} MB; Fact Desk checks drafts up to ${MAX_FILE_BYTES / 1024 / 1024} MB` };
    bytes = fs.readFileSync(file);
  } catch (e) {
    // Deleted or made unreadable since it was listed: this file is reported, the others still checked.
    return { error: `cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
  if (bytes.length > MAX_FILE_BYTES) return { error: `file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; Fact Desk checks drafts up to ${MAX_FILE_BYTES / 1024 / 1024} MB` };
  if (bytes.includes(0)) return { error: 'not a text file (contains NUL bytes)' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    return { error: 'not valid UTF-8 text' };
  }
}
