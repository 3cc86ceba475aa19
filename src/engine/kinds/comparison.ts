/**
 * What every kind's comparison returns, and the helpers they share. A claim × the
 * record at the as-of date → verdict; every verdict names the facts it rests on, a
 * contradiction also carries the recorded wording for a fix. Each kind compares in
 * its own folder (kinds/<kind>/compare.ts); the registry dispatches.
 */
import type { OriginFact } from '../record/load';
import type { RecordIndex } from '../record/record-index';
import type { Verdict } from '../types';

export interface Comparison {
  verdict: Verdict;
  facts: OriginFact[];
  /** The recorded value worded for a reader. */
  recorded: string;
  /** What the draft's value words should become, when one answer is clear. */
  replacement?: string;
  /** The fact the replacement comes from, whose sources a citation names. */
  replacementFact?: OriginFact;
  /** Extra sentence for the message (a conflict, a change of status). */
  detail?: string;
}

export const unknown = (facts: OriginFact[] = []): Comparison => ({ verdict: 'unknown', facts, recorded: '' });

export function validAt(f: OriginFact, asOf: string): boolean {
  return (!f.valid?.from || f.valid.from <= asOf) && (!f.valid?.to || asOf < f.valid.to);
}

export function sourceNames(f: OriginFact, index: RecordIndex): string {
  return f.citations.map((c) => index.sources.get(c.source)?.publisher ?? c.source).join(', ');
}

export function describeFacts<T extends OriginFact>(facts: T[], describe: (f: T) => string): string {
  return [...new Set(facts.map(describe))].join('; ');
}
