/** What one `check` produced, before formatting. */
import type { CheckResult, Finding } from '../../engine';
import type { Disagreement } from '../consistency';

export interface FileReport {
  /** As given or relative to the working folder, with forward slashes. */
  path: string;
  /** The path as a URI reference, when `path` (a name that is not UTF-8, shown with `\xNN`) cannot give it. */
  uri?: string;
  asOf: string;
  asOfOrigin: CheckResult['asOfOrigin'];
  findings: Finding[];
  /** Set when the file was not checked: why. */
  error?: string;
  notes: string[];
  /** Claims read about known entities that the record holds no value for ("not in the record"). */
  notInRecord?: Finding[];
}

export interface Report {
  asOf: string;
  recordVersion: string;
  /** The date the record was last reviewed as a whole. */
  recordReviewed?: string;
  packs: string[];
  /** Pack files refused for errors (each message names its file and line): the run was judged without them. */
  packErrors?: string[];
  files: FileReport[];
  /** With --workspace: drafts that disagree where the record is silent or disputed. */
  disagreements?: Disagreement[];
}

export function counts(report: Report): { error: number; warning: number; information: number } {
  const c = { error: 0, warning: 0, information: 0 };
  for (const f of report.files) for (const x of f.findings) if (x.severity in c) c[x.severity as keyof typeof c]++;
  return c;
}
