/** The bundled record compiled straight from data/record (no build needed), shared by all unit tests. */
import path from 'node:path';
import { compileRecordDir } from '../../src/packs/compile-files';
import { createEngine, type Engine } from '../../src/engine';
import type { CompiledRecord } from '../../src/engine';

let cached: CompiledRecord | undefined;

export function bundledRecord(): CompiledRecord {
  if (!cached) {
    const { record, errors } = compileRecordDir(path.join(__dirname, '..', '..', 'data', 'record'), 'test');
    if (errors.length)
      throw new Error(`record errors: ${errors.map((e) => `${e.file}:${e.line} ${e.field} ${e.message}`).join('; ')}`);
    cached = record;
  }
  return cached;
}

let engine: Engine | undefined;
export function testEngine(): Engine {
  return (engine ??= createEngine(bundledRecord()));
}

/**
 * The reported findings of a check as "verdict:entity-id", with a fresh engine's check beside it: the same draft
 * checked after edits (`draft` set) must read as a fresh check of its text does.
 */
export function editableDraft(asOf: string): { verdicts(text: string): string[]; fresh(text: string): string[] } {
  const editing = createEngine(bundledRecord());
  const list = (e: Engine, text: string, draft?: string) =>
    e.check(text, { asOf, ...(draft ? { draft } : {}) }).findings.map((f) => `${f.verdict}:${f.entityId}`);
  return { verdicts: (text) => list(editing, text, 'draft.md'), fresh: (text) => list(testEngine(), text) };
}
