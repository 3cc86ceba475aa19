/**
 * Checks drafts on worker threads (check-worker.ts), one draft per message, and
 * hands the reports back in the order of the file list, each as soon as every
 * draft before it is done: the output is the same whatever thread finishes first.
 */
import { Worker } from 'node:worker_threads';
import type { CheckedFile, CheckSettings, CheckTask } from './check-file';

export function checkInWorkers(workerFile: string, tasks: CheckTask[], settings: CheckSettings, jobs: number, inOrder: (c: CheckedFile) => void): Promise<void> {
  return new Promise((resolve) => {
    const done = new Map<number, CheckedFile>();
    let next = 0;
    let flushed = 0;
    let running = 0;
    const flush = () => {
      while (done.has(flushed)) {
        inOrder(done.get(flushed)!);
        done.delete(flushed);
        flushed++;
      }
      if (flushed === tasks.length) resolve();
    };
    const start = () => {
      const worker = new Worker(workerFile, { workerData: settings });
      running++;
      let current: CheckTask | undefined;
      const feed = () => {
        current = tasks[next];
        if (current) {
          next++;
          worker.postMessage(current);
        } else void worker.terminate();
      };
      worker.on('message', (c: CheckedFile) => {
        done.set(c.index, c);
        feed();
        flush();
      });
      // A worker that dies fails its draft, never the run: the rest go on in a new worker.
      const fail = (why: string) => {
        if (!current) return;
        const task = current;
        current = undefined;
        const at = { asOf: settings.asOf ?? settings.today, asOfOrigin: settings.asOf ? ('option' as const) : ('today' as const) };
        done.set(task.index, { index: task.index, unreadable: true, report: { path: task.display, ...at, findings: [], notes: [], error: `internal error while checking: ${why}` } });
        flush();
      };
      worker.on('error', (e) => fail(e.message));
      worker.on('exit', (code) => {
        running--;
        fail(`the worker thread stopped (exit ${code})`);
        if (next < tasks.length && running < jobs) start();
      });
      feed();
    };
    if (!tasks.length) resolve();
    for (let i = 0; i < Math.min(jobs, tasks.length); i++) start();
  });
}
