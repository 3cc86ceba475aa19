/**
 * One draft of `factdesk check`, checked into its report: shared by the main
 * thread and the worker threads (check-worker.ts), so a folder checked on
 * several cores reports exactly what one thread would.
 */
import type { Engine } from '../engine';
import { withPackProvenance } from '../packs/provenance';
import { readDraft, type DraftFile } from './files';
import type { FileReport } from './format/report';

export interface CheckTask {
  /** Position in the run's file list: reports are written in this order whatever thread finishes first. */
  index: number;
  /** The path as reported (relative to the working folder). */
  display: string;
  /** A Buffer for a name that is not UTF-8 (it reaches a worker as a Uint8Array). */
  fsPath: DraftFile['fsPath'] | Uint8Array;
  /** The pack files of the draft's record (explicit and workspace), absolute; empty for the bundled record. */
  packFiles: string[];
  /** The draft's path from its pack root ('/' between folders): wordings accepted in this draft only apply. */
  draftPath?: string;
  /** For a name that is not UTF-8: its relative path's bytes as a URI reference (SARIF), which `display` cannot give. */
  uri?: string;
}

export interface CheckSettings {
  asOf?: string;
  today: string;
}

export interface CheckedFile {
  index: number;
  report: FileReport;
  /** The draft could not be read or checked (exit code 2). */
  unreadable: boolean;
}

export function checkFile(engine: Engine, withPacks: boolean, task: CheckTask, settings: CheckSettings): CheckedFile {
  const { asOf, today } = settings;
  const failed = (error: string, at?: Pick<FileReport, 'asOf' | 'asOfOrigin'>): CheckedFile => ({
    index: task.index,
    report: {
      path: task.display,
      ...(task.uri ? { uri: task.uri } : {}),
      asOf: at?.asOf ?? asOf ?? today,
      asOfOrigin: at?.asOfOrigin ?? (asOf ? 'option' : 'today'),
      findings: [],
      error,
      notes: [],
    },
    unreadable: true,
  });
  const read = readDraft(
    typeof task.fsPath === 'string' || Buffer.isBuffer(task.fsPath) ? task.fsPath : Buffer.from(task.fsPath),
  );
  if ('error' in read) return failed(read.error);
  let result: ReturnType<Engine['check']>;
  try {
    result = engine.check(read.text, {
      asOf,
      today,
      includeSupported: true,
      ...(task.draftPath ? { draftPath: task.draftPath } : {}),
    });
  } catch (e) {
    // An engine fault on one draft is reported for that draft; the others are still checked.
    return failed(`internal error while checking: ${(e as Error).message}`);
  }
  if (result.refused) return failed(result.refused, result);
  // Findings from pack facts name the pack file and line; an override also shows the bundled value and its sources.
  // Claims the record cannot judge are listed, never passed silently; supported ones are not reported.
  const reported = result.findings.filter((f) => f.verdict !== 'supported' && f.verdict !== 'unknown');
  const notInRecord = result.findings.filter((f) => f.verdict === 'unknown');
  const findings = withPacks ? withPackProvenance(reported, engine.index) : reported;
  return {
    index: task.index,
    report: {
      path: task.display,
      ...(task.uri ? { uri: task.uri } : {}),
      asOf: result.asOf,
      asOfOrigin: result.asOfOrigin,
      findings,
      notes: result.notes ?? [],
      notInRecord,
    },
    unreadable: false,
  };
}
