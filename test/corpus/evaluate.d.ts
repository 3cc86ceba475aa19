/** Types for evaluate.js (plain CommonJS, shared by bench/eval.js and the baseline test). */
export interface Metrics {
  precision: number | null;
  recall: number | null;
  readRecall: number | null;
  reported: number;
  correct: number;
  falseAlarms: number;
  neutral: number;
  required: number;
  found: number;
  reads: number;
  read: number;
}
export interface Item {
  draft: string;
  line: number;
  column: number;
  kind?: string;
  [key: string]: unknown;
}
export interface Evaluation {
  corpus: {
    drafts: number;
    real: number;
    written: number;
    labels: number;
    flag: number;
    required: number;
    supported: number;
    none: number;
    outside: number;
    either: number;
    quoted: number;
  };
  overall: Metrics;
  byKind: Record<string, Metrics>;
  byVerdict: Record<string, Metrics>;
  byOrigin: Record<string, Metrics>;
  byConstruction: Record<string, Metrics>;
  falseAlarms: (Item & { verdict: string; claim: string; factId: string; why: string; sentence: string })[];
  misses: (Item & { expect: string; text: string; sentence: string })[];
  unread: (Item & { text: string; sentence: string })[];
  neutral: Item[];
  errors: string[];
}
export interface CheckingEngine {
  /** The engine's claim kinds (their ids and corpusLabels are the label kinds). */
  kinds: readonly { id: string; corpusLabels?: readonly string[] }[];
  check(text: string, options: { includeSupported: boolean; today: string }): { findings: unknown[] };
}
export function evaluate(engine: CheckingEngine, options?: { dir?: string; today?: string }): Evaluation;
export const FLAG_VERDICTS: string[];
export function labelKindsOf(engine: Pick<CheckingEngine, 'kinds'>): string[];
