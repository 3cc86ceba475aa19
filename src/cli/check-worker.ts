/**
 * A worker thread of `factdesk check` on many drafts (dist/cli-worker.js): it
 * owns its engines (one per set of pack files, built on first use) and checks
 * the drafts the main thread hands it, one at a time, answering each with its
 * report. Pack errors are the main thread's to report (it loaded the same packs).
 */
import bundled from 'factdesk:bundled-record';
import { parentPort, workerData } from 'node:worker_threads';
import { createEngine, type Engine } from '../engine';
import { loadPacks } from '../packs/packs';
import { checkFile, type CheckSettings, type CheckTask } from './check-file';

const settings = workerData as CheckSettings;
const engines = new Map<string, Engine>();

function engineFor(packFiles: string[]): Engine {
  const key = packFiles.join('\0');
  let engine = engines.get(key);
  if (!engine) {
    engine = createEngine(packFiles.length ? loadPacks(bundled, packFiles, (f) => f).record : bundled);
    engines.set(key, engine);
  }
  return engine;
}

parentPort!.on('message', (task: CheckTask) => {
  parentPort!.postMessage(checkFile(engineFor(task.packFiles), task.packFiles.length > 0, task, settings));
});
