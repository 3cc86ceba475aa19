/**
 * Workspace fact packs: discovery and loading, the same for the CLI and the
 * extension. Node-only (file system); the engine itself never reads files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { compileRecord, parseRecordFile, type CompiledRecord, type RecordError } from '../engine';

export const DEFAULT_PACK_GLOBS = ['.factdesk/*.facts.yaml'];
export const PACK_DIR = '.factdesk';

/** The folder whose packs apply to a path: the nearest ancestor holding `.factdesk/`, else undefined. */
export function packRootFor(target: string): string | undefined {
  let dir = path.resolve(target);
  if (fs.existsSync(dir) && !fs.statSync(dir).isDirectory()) dir = path.dirname(dir);
  for (;;) {
    if (fs.existsSync(path.join(dir, PACK_DIR)) && fs.statSync(path.join(dir, PACK_DIR)).isDirectory()) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Pack files of one folder, by the globs (relative to the folder), sorted for a stable override order. */
export function discoverPacks(folder: string, globs: readonly string[] = DEFAULT_PACK_GLOBS): string[] {
  return globSync([...globs], { cwd: folder, absolute: true, dot: true, onlyFiles: true }).sort();
}

export interface LoadedPacks {
  record: CompiledRecord;
  errors: RecordError[];
  files: string[];
}

/**
 * Compiles pack files over the bundled record. A pack with errors is left out
 * whole (its errors reported), so the rest of the record keeps working.
 */
export function loadPacks(bundled: CompiledRecord, files: readonly string[], displayPath: (f: string) => string = (f) => f): LoadedPacks {
  const errors: RecordError[] = [];
  const parsed = [];
  for (const file of files) {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (e) {
      errors.push({ file: displayPath(file), line: 1, column: 1, field: '', message: `cannot read: ${(e as Error).message}` });
      continue;
    }
    parsed.push(parseRecordFile(text, displayPath(file)));
  }
  const clean = parsed.filter((p) => !p.errors.length);
  errors.push(...parsed.flatMap((p) => p.errors));
  if (!clean.length) return { record: bundled, errors, files: [...files] };
  const compiled = compileRecord(clean, { version: bundled.version, base: bundled });
  if (compiled.errors.length) {
    // Cross-reference errors: drop the packs that caused them and compile the rest again.
    const bad = new Set(compiled.errors.map((e) => e.file));
    errors.push(...compiled.errors);
    const rest = clean.filter((p) => !bad.has(p.name));
    const again = rest.length ? compileRecord(rest, { version: bundled.version, base: bundled }) : { record: bundled, errors: [] };
    return { record: again.errors.length ? bundled : again.record, errors, files: [...files] };
  }
  return { record: compiled.record, errors, files: [...files] };
}
