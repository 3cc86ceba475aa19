/**
 * The extension's check thread (dist/extension-worker.js, a separate esbuild
 * entry; started by checkClient.ts). It owns the engines — one per record it
 * was sent, so a draft's previous check is re-used across keystrokes — and
 * answers each text with its result, mentions included (a result crosses
 * threads as plain data). No `vscode` here.
 */
import { parentPort } from 'node:worker_threads';
import { createEngine, type CheckOptions, type CompiledRecord, type Engine } from '../engine';

export type ToWorker =
  | { type: 'record'; recordId: number; record: CompiledRecord }
  | { type: 'forget'; recordId: number }
  | { type: 'check'; id: number; recordId: number; text: string; options: CheckOptions }
  /** Testing: the thread dies as a crash would. */
  | { type: 'crash' };

export type FromWorker = { type: 'result'; id: number; result: import('../engine').CheckResult } | { type: 'failed'; id: number; message: string };

const engines = new Map<number, Engine>();
const records = new Map<number, CompiledRecord>();

parentPort!.on('message', (m: ToWorker) => {
  if (m.type === 'record') records.set(m.recordId, m.record);
  else if (m.type === 'forget') {
    records.delete(m.recordId);
    engines.delete(m.recordId);
  } else if (m.type === 'crash') process.exit(3);
  else {
    try {
      let engine = engines.get(m.recordId);
      if (!engine) {
        const record = records.get(m.recordId);
        if (!record) throw new Error(`record ${m.recordId} was never sent to the check thread`);
        engine = createEngine(record);
        engines.set(m.recordId, engine);
      }
      const result = engine.check(m.text, m.options);
      parentPort!.postMessage({ type: 'result', id: m.id, result: { ...result, mentions: result.mentions } } satisfies FromWorker);
    } catch (e) {
      parentPort!.postMessage({ type: 'failed', id: m.id, message: (e as Error).message } satisfies FromWorker);
    }
  }
});
