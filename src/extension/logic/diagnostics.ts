/**
 * Findings → diagnostic data (plain objects the adapter turns into
 * vscode.Diagnostic). Severity comes from the verdict through the settings;
 * a claim inside a quotation is information at most; supported and unknown
 * claims never become diagnostics.
 */
import type { Finding, Range, Severity, Verdict } from '../../engine';
import type { SeverityLevel, Settings } from './settings';

export const DIAGNOSTIC_SOURCE = 'Fact Desk';

export interface DiagnosticData {
  range: Range;
  message: string;
  severity: Severity;
  source: typeof DIAGNOSTIC_SOURCE;
  /** The fact id; `target` (first source URL) makes it a link in the Problems view. */
  code: { value: string; target: string } | string;
  factId: string;
  verdict: Verdict;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

/** The configured level for a finding, or 'off'. */
export function severityFor(finding: Finding, severity: Settings['severity']): SeverityLevel {
  if (finding.verdict !== 'contradicted' && finding.verdict !== 'outdated' && finding.verdict !== 'disputed') return 'off';
  const level = severity[finding.verdict];
  if (level === 'off') return 'off';
  if (finding.quoted && RANK[level] < RANK.information) return 'information';
  return level;
}

export function toDiagnosticData(finding: Finding, severity: Settings['severity']): DiagnosticData | undefined {
  const level = severityFor(finding, severity);
  if (level === 'off') return undefined;
  const url = finding.sources[0]?.url;
  return {
    range: finding.range,
    message: finding.message,
    severity: level,
    source: DIAGNOSTIC_SOURCE,
    code: url ? { value: finding.factId, target: url } : finding.factId,
    factId: finding.factId,
    verdict: finding.verdict,
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

/** The value of a diagnostic's code, whatever shape it has. */
export function codeValue(code: unknown): string | undefined {
  if (typeof code === 'string') return code;
  if (typeof code === 'number') return String(code);
  if (code && typeof code === 'object' && 'value' in code) return String((code as { value: unknown }).value);
  return undefined;
}

export const sameRange = (a: Range, b: Range): boolean =>
  a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;

/** The finding a diagnostic (range + fact id) was made from. */
export function findingForDiagnostic(findings: readonly Finding[], range: Range, code: unknown): Finding | undefined {
  const factId = codeValue(code);
  return findings.find((f) => sameRange(f.range, range) && (factId === undefined || f.factId === factId));
}
