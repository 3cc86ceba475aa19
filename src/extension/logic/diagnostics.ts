/**
 * Findings → diagnostic data (plain objects the adapter turns into
 * vscode.Diagnostic). Severity comes from the verdict through the settings;
 * a claim inside a quotation is information at most; supported and unknown
 * claims never become diagnostics.
 */
import {
  claimKind,
  shortDate,
  TIER_LABELS,
  type CheckResult,
  type Finding,
  type Range,
  type Severity,
  type Verdict,
} from '../../engine';
import type { SeverityLevel, Settings } from './settings';

export const DIAGNOSTIC_SOURCE = 'Fact Desk';

export interface DiagnosticData {
  range: Range;
  message: string;
  severity: Severity;
  source: typeof DIAGNOSTIC_SOURCE;
  /**
   * What the finding is about, readable ("memory", "export restrictions"); `target` is a command
   * URI that opens the fact card of the claim's entity from the Problems view.
   */
  code: { value: string; target: string };
  factId: string;
  verdict: Verdict;
  /** Related information, at the claim: the explanation (as of, disputes), then the best sources. */
  related: string[];
}

/**
 * The explanation and the strongest source, one line each (VS Code shows them under the row and
 * in the hover, above Fact Desk's own part, which lists the other sources).
 */
export function relatedLines(finding: Finding): string[] {
  const best = finding.sources[0];
  const others =
    finding.sources.length > 1 ? ` (+${finding.sources.length - 1} more in the hover and the fact card)` : '';
  const source = best
    ? [
        `Source (${TIER_LABELS[best.tier]}): ${best.publisher}, ‘${best.title}’${best.date ? `, ${best.date}` : ''} — ${best.url}${others}`,
      ]
    : [];
  return [finding.detail, ...source].filter(Boolean);
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

/** The configured level for a finding (at most information in a quotation, a warning when weakly sourced), or 'off'. */
export function severityFor(finding: Finding, severity: Settings['severity']): SeverityLevel {
  if (finding.verdict !== 'contradicted' && finding.verdict !== 'outdated' && finding.verdict !== 'disputed')
    return 'off';
  const level = severity[finding.verdict];
  if (level === 'off') return 'off';
  if (finding.quoted && RANK[level] < RANK.information) return 'information';
  // Red is earned by sources: a value only weak pages give makes a warning at most, whatever the setting (the
  // engine's rule, which its message says: "(weakly sourced)").
  if (finding.sourceTier === 'weak' && RANK[level] < RANK.warning) return 'warning';
  return level;
}

/** A finding's readable code, by its kind (the registry): the attribute ("memory", "architecture"), the event family, "China status". */
export function codeOf(finding: Pick<Finding, 'kind' | 'claimed'>): string {
  return claimKind(finding.kind).code(finding.claimed);
}

/** The command URI that opens an entity's fact card (what a diagnostic's code links to). */
export function factCardUri(entityId: string): string {
  return `command:factdesk.showFactCard?${encodeURIComponent(JSON.stringify([entityId]))}`;
}

export function toDiagnosticData(finding: Finding, severity: Settings['severity']): DiagnosticData | undefined {
  const level = severityFor(finding, severity);
  if (level === 'off') return undefined;
  return {
    range: finding.range,
    message: finding.message,
    severity: level,
    source: DIAGNOSTIC_SOURCE,
    code: { value: codeOf(finding), target: factCardUri(finding.entityId) },
    factId: finding.factId,
    verdict: finding.verdict,
    related: relatedLines(finding),
  };
}

export function diagnosticsFor(findings: readonly Finding[], severity: Settings['severity']): DiagnosticData[] {
  const out: DiagnosticData[] = [];
  for (const f of findings) {
    const d = toDiagnosticData(f, severity);
    if (d) out.push(d);
  }
  return out;
}

/** The code of the note on an undated draft (its quick fix adds `date:` to the front matter). */
export const NO_DATE_CODE = 'no date';

/**
 * An undated draft with claims: an information note on its first line saying which date it
 * was checked at. None when the draft has a date, an as-of date was set, or nothing was claimed.
 */
export function undatedNote(
  result: Pick<CheckResult, 'asOf' | 'asOfOrigin' | 'findings'>,
): { range: Range; message: string; severity: Severity; code: string } | undefined {
  if (result.asOfOrigin !== 'today' || !result.findings.length) return undefined;
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    message: `No date in this draft: checked as of ${shortDate(result.asOf)} (today). Add date: to its front matter`,
    severity: 'information',
    code: NO_DATE_CODE,
  };
}

/** The value of a diagnostic's code, whatever shape it has. */
export function codeValue(code: unknown): string | undefined {
  if (typeof code === 'string') return code;
  if (typeof code === 'number') return String(code);
  if (code && typeof code === 'object' && 'value' in code) return String((code as { value: unknown }).value);
  return undefined;
}

export const sameRange = (a: Range, b: Range): boolean =>
  a.start.line === b.start.line &&
  a.start.character === b.start.character &&
  a.end.line === b.end.line &&
  a.end.character === b.end.character;

/** The finding a diagnostic (range + readable code, or a fact id from before) was made from. */
export function findingForDiagnostic(findings: readonly Finding[], range: Range, code: unknown): Finding | undefined {
  const value = codeValue(code);
  return findings.find(
    (f) => sameRange(f.range, range) && (value === undefined || codeOf(f) === value || f.factId === value),
  );
}
