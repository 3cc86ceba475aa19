/**
 * Where a finding's fact comes from, in words: the bundled record or a pack
 * file and line, and — when a pack overrode a bundled fact — the bundled value
 * with its sources, so both stay visible (hovers, CLI output).
 */
import { factValueText, type Finding, type RecordIndex, type SourceRef } from '../engine';
import type { Origin, OriginFact } from '../engine';

export interface OverrideInfo {
  factId: string;
  /** The pack entry now in effect. */
  by: Origin;
  /** The fact it replaced: the bundled one when there is one. */
  replaced: OriginFact;
  /** "bundled" or the pack file the replaced fact came from. */
  replacedOrigin: string;
  /** The replaced value, worded for a reader ("141 GB"). */
  value: string;
  sources: SourceRef[];
}

function sourcesOfFact(fact: OriginFact, index: RecordIndex): SourceRef[] {
  const seen = new Map<string, SourceRef>();
  // The value's own citations (a conflict's citations back other values).
  for (const c of fact.citations) {
    const s = index.sources.get(c.source);
    if (!s || seen.has(s.id)) continue;
    seen.set(s.id, {
      id: s.id,
      tier: s.tier,
      title: s.title,
      publisher: s.publisher,
      url: s.url,
      date: s.date,
      quote: c.quote,
    });
  }
  return [...seen.values()];
}

/** The override of `factId`, if a pack replaced it. */
export function overrideOf(index: RecordIndex, factId: string): OverrideInfo | undefined {
  if (!factId) return undefined;
  const entries = index.record.overridden.filter((o) => o.fact.id === factId);
  if (!entries.length) return undefined;
  const current = index.facts.get(factId);
  const replaced = entries.find((o) => o.fact.origin.file === 'bundled') ?? entries[0]!;
  const by = current?.origin ?? entries[entries.length - 1]!.by;
  return {
    factId,
    by,
    replaced: replaced.fact,
    replacedOrigin: replaced.fact.origin.file,
    value: factValueText(replaced.fact, index),
    sources: sourcesOfFact(replaced.fact, index),
  };
}

/** "overridden by .factdesk/desk.facts.yaml:3; bundled value 141 GB (Geektopia, AI Wiki)". */
export function overrideSentence(o: OverrideInfo): string {
  const what = o.replacedOrigin === 'bundled' ? 'bundled value' : `value from ${o.replacedOrigin}`;
  const shown = o.sources.slice(0, 3).map((s) => `${s.publisher}: ${s.url}`);
  if (o.sources.length > 3) shown.push(`+${o.sources.length - 3} more`);
  const sources = shown.length ? ` (${shown.join('; ')})` : '';
  return `overridden by ${o.by.file}:${o.by.line}; ${what} ${o.value}${sources}`;
}

/** "bundled@0.1.0+abc" or ".factdesk/desk.facts.yaml:12". */
export function provenanceText(p: Finding['provenance']): string {
  return p.origin.startsWith('bundled@') || p.line === undefined ? p.origin : `${p.origin}:${p.line}`;
}

/**
 * The CLI's findings with their pack provenance in the detail: an overridden
 * fact says so with the bundled value and its sources; a fact a pack added
 * names the pack file and line. Bundled findings are unchanged.
 */
export function withPackProvenance(findings: readonly Finding[], index: RecordIndex): Finding[] {
  return findings.map((f) => {
    if (!f.factId || f.provenance.origin.startsWith('bundled@')) return f;
    const o = overrideOf(index, f.factId);
    const note = o
      ? `Fact ${f.factId} ${overrideSentence(o)}.`
      : `Fact ${f.factId} from ${provenanceText(f.provenance)}.`;
    return { ...f, detail: `${f.detail} ${note}` };
  });
}
