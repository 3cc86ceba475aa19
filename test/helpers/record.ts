/** The bundled record compiled straight from data/record (no build needed), shared by all unit tests. */
import path from 'node:path';
import { compileRecordDir } from '../../src/packs/compile-files';
import { createEngine, type Engine } from '../../src/engine';
import type { CompiledRecord } from '../../src/engine';

let cached: CompiledRecord | undefined;

export function bundledRecord(): CompiledRecord {
  if (!cached) {
    const { record, errors } = compileRecordDir(path.join(__dirname, '..', '..', 'data', 'record'), 'test');
    if (errors.length) throw new Error(`record errors: ${errors.map((e) => `${e.file}:${e.line} ${e.field} ${e.message}`).join('; ')}`);
    cached = record;
  }
  return cached;
}

let engine: Engine | undefined;
export function testEngine(): Engine {
  return (engine ??= createEngine(bundledRecord()));
}
