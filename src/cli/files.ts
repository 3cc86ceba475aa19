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
  for (const input of inputs) {
    const abs = path.resolve(cwd, input);
    if (fs.existsSync(abs)) {
      const stat = fs.statSync(abs);
      if (stat.isDirectory()) {
        for (const f of globSync(['**/*.{md,markdown,mdown,mkd}'], { cwd: abs, absolute: true, ignore: ['**/node_modules/**'] })) out.add(path.normalize(f));
      } else if (MARKDOWN.test(abs)) out.add(abs);
      else throw new UsageError(`${input}: not a markdown file (.md, .markdown)`);
      continue;
    }
    if (/[*?[{]/.test(input)) {
      for (const f of globSync([input], { cwd, absolute: true, ignore: ['**/node_modules/**'] })) if (MARKDOWN.test(f)) out.add(path.normalize(f));
      continue;
    }
    throw new UsageError(`${input}: no such file or folder`);
  }
  return [...out].sort();
}

export type ReadResult = { text: string } | { error: string };

/** Reads a draft, refusing what is not one: binary data, invalid UTF-8, oversized files. */
export function readDraft(file: string): ReadResult {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch (e) {
    return { error: `cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
  if (size > MAX_FILE_BYTES) return { error: `file is ${(size / 1024 / 1024).toFixed(1)} MB; Fact Desk checks drafts up to ${MAX_FILE_BYTES / 1024 / 1024} MB` };
  const bytes = fs.readFileSync(file);
  if (bytes.includes(0)) return { error: 'not a text file (contains NUL bytes)' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    return { error: 'not valid UTF-8 text' };
  }
}
