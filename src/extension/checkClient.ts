/**
 * Runs checks off the extension host's thread: sends a draft's text to the
 * check thread (checkWorker.ts) and resolves with its result. Each record (an
 * Engine of the editor thread) is sent to the thread once, the first time a
 * draft is checked against it. A thread that dies is restarted with one log
 * line, and the checks it held are sent again to the new one (after a second
 * crash they fail, and the Checker checks on its own thread instead).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CheckOptions, CheckResult, Engine, Finding, Mention } from '../engine';
import type { FromWorker, ToWorker } from './checkWorker';
import type { Log } from './log';

/** The engine threw on the check thread: a failed check, as on the editor thread (not a thread crash). */
export class EngineFailure extends Error {}

interface Pending {
  recordId: number;
  text: string;
  options: CheckOptions;
  resolve: (r: CheckResult) => void;
  reject: (e: Error) => void;
  attempts: number;
  /** Parts of the result received so far. */
  findings: Finding[];
  mentions: Mention[];
}

export class CheckClient {
  private worker: Worker | undefined;
  private readonly recordIds = new WeakMap<Engine, number>();
  /** Records the running thread holds (sent again to a restarted one). */
  private readonly sent = new Map<number, Engine>();
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private nextRecordId = 1;
  private disposed = false;
  restarts = 0;

  private constructor(
    private readonly file: string,
    private readonly log: Log,
  ) {}

  /** A client, if the check thread's bundle is beside the extension's (it is in dist/; not when run from source). */
  static create(log: Log, dir = __dirname): CheckClient | undefined {
    const file = path.join(dir, 'extension-worker.js');
    return existsSync(file) ? new CheckClient(file, log) : undefined;
  }

  /** How many checks are waiting on the thread. */
  get inFlight(): number {
    return this.pending.size;
  }

  check(engine: Engine, text: string, options: CheckOptions): Promise<CheckResult> {
    if (this.disposed) return Promise.reject(new Error('the check thread is stopped'));
    let recordId = this.recordIds.get(engine);
    if (recordId === undefined) {
      recordId = this.nextRecordId++;
      this.recordIds.set(engine, recordId);
    }
    const worker = this.ensureWorker();
    if (!this.sent.has(recordId)) {
      this.sent.set(recordId, engine);
      worker.postMessage({ type: 'record', recordId, record: engine.index.record } satisfies ToWorker);
    }
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { recordId, text, options, resolve, reject, attempts: 1, findings: [], mentions: [] });
      worker.postMessage({ type: 'check', id, recordId, text, options } satisfies ToWorker);
    });
  }

  /** Testing: the thread dies as a crash would. */
  crashForTesting(): void {
    this.worker?.postMessage({ type: 'crash' } satisfies ToWorker);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.file);
    this.worker = worker;
    worker.on('message', (m: FromWorker) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      if (m.type === 'part') {
        if (m.findings) for (const f of m.findings) p.findings.push(f);
        if (m.mentions) for (const x of m.mentions) p.mentions.push(x);
        // The next part comes on a later turn: the editor thread runs between parts.
        worker.postMessage({ type: 'ack', id: m.id } satisfies ToWorker);
        return;
      }
      this.pending.delete(m.id);
      if (m.type === 'result') p.resolve({ ...m.result, findings: p.findings, mentions: p.mentions });
      else p.reject(new EngineFailure(m.message));
    });
    worker.on('error', (e) => this.log.error('check thread', e));
    worker.on('exit', (code) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      if (this.disposed) return;
      this.restarts++;
      const held = [...this.pending.entries()];
      this.log.warn(
        `check thread stopped (exit ${code}) with ${held.length} check(s) in flight; restarting it and sending them again`,
      );
      this.restart(held);
    });
    return worker;
  }

  /** A new thread: the records it needs, then the checks the old one held (each retried once). */
  private restart(held: [number, Pending][]): void {
    const engines = [...this.sent.entries()];
    this.sent.clear();
    const retry = held.filter(([id, p]) => {
      if (p.attempts < 2) return true;
      this.pending.delete(id);
      p.reject(new Error('the check thread stopped twice on this check'));
      return false;
    });
    if (!retry.length) return;
    const worker = this.ensureWorker();
    const needed = new Set(retry.map(([, p]) => p.recordId));
    for (const [recordId, engine] of engines) {
      if (!needed.has(recordId)) continue;
      this.sent.set(recordId, engine);
      worker.postMessage({ type: 'record', recordId, record: engine.index.record } satisfies ToWorker);
    }
    for (const [id, p] of retry) {
      p.attempts++;
      p.findings = [];
      p.mentions = [];
      worker.postMessage({
        type: 'check',
        id,
        recordId: p.recordId,
        text: p.text,
        options: p.options,
      } satisfies ToWorker);
    }
  }

  dispose(): void {
    this.disposed = true;
    for (const p of this.pending.values()) p.reject(new Error('the check thread is stopped'));
    this.pending.clear();
    void this.worker?.terminate();
    this.worker = undefined;
  }
}
