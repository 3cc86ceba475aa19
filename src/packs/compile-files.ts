/**
 * Compiles the record files of a folder (build time, CLI `record validate`,
 * tests). Node-only: the engine proper never touches the file system.
 */
import fs from 'node:fs';
import path from 'node:path';
import { compileRecord, contentHash, parseRecordFile, type CompiledRecord, type RecordError } from '../engine';

export function recordFilesIn(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => path.join(dir, f));
}

/** Compiles the bundled record; origins say "bundled" plus the file, for provenance. */
export function compileRecordDir(
  dir: string,
  packageVersion: string,
): { record: CompiledRecord; errors: RecordError[] } {
  const files = recordFilesIn(dir);
  const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
  const parsed = files.map((f, i) => parseRecordFile(texts[i]!, path.relative(process.cwd(), f)));
  const version = `${packageVersion}+${contentHash(texts.join('\n'))}`;
  const { record, errors } = compileRecord(parsed, { version });
  // Bundled facts carry origin "bundled"; the file and line stay for maintainers.
  for (const list of [record.facts, record.entities, record.sources, record.publishers] as {
    origin: { file: string; line: number };
  }[][]) {
    for (const item of list) item.origin = { file: 'bundled', line: item.origin.line };
  }
  return { record, errors };
}
