/**
 * The extension's check thread (dist/extension-worker.js, a separate esbuild
 * entry; started by checkClient.ts). It owns the engines — one per record it
 * was sent, so a draft's previous check is re-used across keystrokes — and
 * answers each text with its result, mentions included (a result crosses
 * threads as plain data). No `vscode` here.
 */
import { parentPort } from 'node:worker_threads';
import {
  createEngine,
  type CheckOptions,
  type CheckResult,
  type CompiledRecord,
  type Engine,
  type Finding,
  type Mention,
} from '../engine';

export type ToWorker =
  | { type: 'record'; recordId: number; record: CompiledRecord }
  | { type: 'forget'; recordId: number }
  | { type: 'check'; id: number; recordId: number; text: string; options: CheckOptions }
  /** The editor thread took a part of result `id`: the next part may go (one part per turn of its event loop). */
  | { type: 'ack'; id: number }
  /** Testing: the thread dies as a crash would. */
  | { type: 'crash' };

export type FromWorker =
  /** Part of a result: receiving a message blocks the editor thread while it is copied, so a large result comes in pieces. */
  | { type: 'part'; id: number; findings?: Finding[]; mentions?: Mention[] }
  /** The rest of the result: its findings and mentions are the parts sent before it, in order. */
  | { type: 'result'; id: number; result: CheckResult }
  | { type: 'failed'; id: number; message: string };

/** Findings or mentions per message (a few hundred copy in well under a millisecond on a quiet machine). */
export const PART_SIZE = 200;

const engines = new Map<number, Engine>();
/** Messages of each result not sent yet: a port hands every queued message over in one turn, so parts wait for an ack. */
const outgoing = new Map<number, FromWorker[]>();

function sendNext(id: number): void {
  const queue = outgoing.get(id);
  const next = queue?.shift();
  if (!next) return;
  if (!queue!.length) outgoing.delete(id);
  parentPort!.postMessage(next);
}
const records = new Map<number, CompiledRecord>();

parentPort!.on('message', (m: ToWorker) => {
  if (m.type === 'record') records.set(m.recordId, m.record);
  else if (m.type === 'forget') {
    records.delete(m.recordId);
    engines.delete(m.recordId);
  } else if (m.type === 'ack') sendNext(m.id);
  else if (m.type === 'crash') process.exit(3);
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
      const { findings, mentions } = result;
      const queue: FromWorker[] = [];
      for (let i = 0; i < findings.length; i += PART_SIZE)
        queue.push({ type: 'part', id: m.id, findings: findings.slice(i, i + PART_SIZE) });
      for (let i = 0; i < mentions.length; i += PART_SIZE)
        queue.push({ type: 'part', id: m.id, mentions: mentions.slice(i, i + PART_SIZE) });
      queue.push({ type: 'result', id: m.id, result: { ...result, findings: [], mentions: [] } });
      outgoing.set(m.id, queue);
      sendNext(m.id);
    } catch (e) {
      parentPort!.postMessage({ type: 'failed', id: m.id, message: (e as Error).message } satisfies FromWorker);
    }
  }
});
