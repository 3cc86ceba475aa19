/**
 * Finding placement: a finding read in a segment or chunk, moved to its place in the draft
 * (offsets, lines, its fix's range too), and moved again when an edit before it shifts it.
 */
import type { LocalFinding } from '../findings/findings';
import type { Finding, Fix, Range, Span } from '../types';

/** A chunk's finding at its place in the draft. A test checks that no field of Finding is left behind. */
export function placed(f: Finding, base: number, line: number): Finding {
  if (base === 0 && line === 0) return f;
  const span = { start: f.span.start + base, end: f.span.end + base };
  return findingAt(f, span, linesDown(f.range, line), f.fix && fixAt(f.fix, base, linesDown(f.fix.range, line)));
}

/** A range `by` lines further down (chunks start lines, so characters stay). */
export function linesDown(r: Range, by: number): Range {
  return {
    start: { line: r.start.line + by, character: r.start.character },
    end: { line: r.end.line + by, character: r.end.character },
  };
}

/** A placed finding moved by an edit before it: new offsets; its ranges are kept when no line was added or removed. */
export function shifted(f: Finding, delta: number, lineDelta: number): Finding {
  if (lineDelta !== 0) return placed(f, delta, lineDelta);
  const span = { start: f.span.start + delta, end: f.span.end + delta };
  return findingAt(f, span, f.range, f.fix && fixAt(f.fix, delta, f.fix.range));
}

/**
 * A finding at a place, built as one literal in the JSON output's key order. (Spreads and
 * rest copies of findings gave each its own hidden class: 11,000 maps, ~8 MB on a 3 MB draft.)
 */
export function findingAt(f: LocalFinding | Finding, span: Span, range: Range, fix: Fix | undefined): Finding {
  const out: Finding = {
    span,
    kind: f.kind,
    verdict: f.verdict,
    severity: f.severity,
    claim: f.claim,
    recorded: f.recorded,
    message: f.message,
    detail: f.detail,
    subject: f.subject,
    brief: f.brief,
    factId: f.factId,
    entityId: f.entityId,
    sources: f.sources,
    sourceTier: f.sourceTier,
    quoted: f.quoted,
    provenance: f.provenance,
    range,
    reading: f.reading,
    claimed: f.claimed,
  };
  if (fix) out.fix = fix;
  if (f.confirmed) out.confirmed = f.confirmed;
  if (f.accepted) out.accepted = f.accepted;
  return out;
}

/** A fix moved `by` characters, at `range`. */
export function fixAt(fix: Omit<Fix, 'range'>, by: number, range: Range): Fix {
  const out = { span: { start: fix.span.start + by, end: fix.span.end + by }, newText: fix.newText } as Fix;
  if (fix.citation) out.citation = fix.citation;
  if (fix.sources) out.sources = fix.sources;
  out.range = range;
  return out;
}
