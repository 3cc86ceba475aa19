/**
 * Checks drafts on worker threads (check-worker.ts) and hands the reports back in the order of
 * the file list, each as soon as every draft before it is done: the output is the same whatever
 * thread finishes first.
 *
 * Each worker is kept AHEAD drafts ahead: the next draft is already in its queue when it posts a
 * report, so it never waits for the main thread to wake up, take the report and send more (on a
 * loaded machine that round trip cost more than a 10 KB draft's check, and two threads finished
 * later than one).
 */
import { Worker } from 'node:worker_threads';
import type { CheckedFile, CheckSettings, CheckTask } from './check-file';

/** Drafts handed to a worker before its first report comes back; then one more per report. */
const AHEAD = 3;

export function checkInWorkers(
  workerFile: string,
  tasks: CheckTask[],
  settings: CheckSettings,
  jobs: number,
  inOrder: (c: CheckedFile) => void,
): Promise<void> {
  return new Promise((resolve) => {
    const done = new Map<number, CheckedFile>();
    /** Drafts a dead worker had queued but not begun: the next worker takes them first. */
    const retry: CheckTask[] = [];
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
    const take = (): CheckTask | undefined => retry.shift() ?? (next < tasks.length ? tasks[next++] : undefined);
    const start = () => {
      const worker = new Worker(workerFile, { workerData: settings });
      running++;
      /** Sent and not yet answered, in the order sent: the worker answers in that order. */
      const queued: CheckTask[] = [];
      const feed = () => {
        while (queued.length < AHEAD) {
          const task = take();
          if (!task) break;
          queued.push(task);
          worker.postMessage(task);
        }
        if (!queued.length) void worker.terminate();
      };
      worker.on('message', (c: CheckedFile) => {
        queued.shift();
        done.set(c.index, c);
        feed();
        flush();
      });
      // A worker that dies fails the draft it was checking, never the run: the rest go on in a new worker.
      const fail = (why: string) => {
        const task = queued.shift();
        if (!task) return;
        retry.push(...queued.splice(0));
        const at = {
          asOf: settings.asOf ?? settings.today,
          asOfOrigin: settings.asOf ? ('option' as const) : ('today' as const),
        };
        done.set(task.index, {
          index: task.index,
          unreadable: true,
          report: {
            path: task.display,
            ...at,
            findings: [],
            notes: [],
            error: `internal error while checking: ${why}`,
          },
        });
        flush();
      };
      worker.on('error', (e) => fail(e.message));
      worker.on('exit', (code) => {
        running--;
        fail(`the worker thread stopped (exit ${code})`);
        if ((retry.length || next < tasks.length) && running < jobs) start();
      });
      feed();
    };
    if (!tasks.length) resolve();
    for (let i = 0; i < Math.min(jobs, tasks.length); i++) start();
  });
}
