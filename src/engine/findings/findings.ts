/**
 * Comparisons → findings: message, severity, sources, fix and citation.
 * Severity comes from the verdict; a quotation is information at most.
 */
import type { Claim } from '../claims/types';
import type { Comparison } from '../compare/compare';
import type { OriginFact } from '../record/load';
import type { RecordIndex } from '../record/record-index';
import type { ClaimKind, Finding, Severity, SourceRef, Verdict } from '../types';

export const SEVERITY_BY_VERDICT: Record<Verdict, Severity> = {
  contradicted: 'error',
  outdated: 'warning',
  disputed: 'information',
  supported: 'hint',
  unknown: 'hint',
};

/** A finding before line/character ranges are attached (those depend on where the paragraph sits). */
export type LocalFinding = Omit<Finding, 'range' | 'fix'> & { fix?: Omit<NonNullable<Finding['fix']>, 'range'> };

const KIND_BY_CLAIM: Record<Claim['kind'], ClaimKind> = {
  quantity: 'quantity',
  category: 'category',
  'event-date': 'event-date',
  status: 'status',
};

export function sourcesOf(facts: OriginFact[], index: RecordIndex): SourceRef[] {
  const seen = new Map<string, SourceRef>();
  for (const f of facts) {
    for (const c of [...f.citations, ...f.conflicts.flatMap((x) => x.citations)]) {
      const s = index.sources.get(c.source);
      if (!s || seen.has(s.id)) continue;
      seen.set(s.id, { id: s.id, title: s.title, publisher: s.publisher, url: s.url, date: s.date, quote: c.quote });
    }
  }
  return [...seen.values()];
}

export function citationFor(factId: string, sources: SourceRef[]): { label: string; text: string; url: string } | undefined {
  const s = sources[0];
  if (!s) return undefined;
  const label = `fd-${factId.replace(/[^a-z0-9-]+/gi, '-')}`;
  return { label, text: `${s.title}, ${s.publisher}${s.date ? `, ${s.date}` : ''}. <${s.url}>`, url: s.url };
}

export function buildFinding(claim: Claim, comparison: Comparison, text: string, asOf: string, index: RecordIndex): LocalFinding {
  const primary = comparison.facts[0];
  const factId = primary?.id ?? '';
  const sources = sourcesOf(comparison.facts, index);
  const claimText = text.slice(claim.span.start, claim.span.end);
  let severity = SEVERITY_BY_VERDICT[comparison.verdict];
  if (claim.quoted && (severity === 'error' || severity === 'warning')) severity = 'information';
  const draftSays = `Draft says “${claimText}”`;
  const verdictWords: Record<Verdict, string> = {
    contradicted: '',
    outdated: 'Outdated: ',
    disputed: 'Disputed: ',
    supported: 'Supported: ',
    unknown: '',
  };
  const message =
    `${claim.quoted ? 'In a quotation: ' : ''}${verdictWords[comparison.verdict]}${draftSays}; the record says ${comparison.recorded} (as of ${asOf}).` +
    (comparison.detail ? ` ${comparison.detail}` : '');
  const fix =
    comparison.replacement !== undefined && (comparison.verdict === 'contradicted' || comparison.verdict === 'outdated')
      ? { span: claim.valueSpan, newText: comparison.replacement, citation: citationFor(factId, sources) }
      : undefined;
  return {
    span: claim.span,
    kind: KIND_BY_CLAIM[claim.kind],
    verdict: comparison.verdict,
    severity,
    claim: claimText,
    recorded: comparison.recorded,
    message,
    factId,
    entityId: claim.entityId,
    sources,
    ...(fix ? { fix: fix.citation ? fix : { span: fix.span, newText: fix.newText } } : {}),
    quoted: claim.quoted,
    provenance: primary ? { origin: primary.origin.file === 'bundled' ? `bundled@${index.version}` : primary.origin.file, line: primary.origin.line } : { origin: `bundled@${index.version}` },
  };
}
