/** The claims view's content, grouped by verdict. No `vscode` import: unit-tested. */
import type { Finding, Range } from '../../engine';
import { VERDICT_LABEL } from './markdown';

export type GroupVerdict = 'contradicted' | 'outdated' | 'disputed' | 'unknown' | 'supported';
/** "Not in the record" (unknown) is listed: a claim the record cannot judge never passes silently. */
export const GROUP_ORDER: readonly GroupVerdict[] = ['contradicted', 'outdated', 'disputed', 'unknown', 'supported'];

export interface ClaimItem {
  /** The claim as the draft words it. */
  label: string;
  /** Entity and line, e.g. "Nvidia H200 · line 3". */
  description: string;
  /** The finding's message. */
  tooltip: string;
  range: Range;
  verdict: GroupVerdict;
  factId: string;
}

export interface ClaimGroup {
  verdict: GroupVerdict;
  /** "Contradicted (2)". */
  label: string;
  claims: ClaimItem[];
}

/** Groups in verdict order, empty groups left out; claims in draft order. */
export function groupClaims(findings: readonly Finding[], entityName: (id: string) => string): ClaimGroup[] {
  const groups: ClaimGroup[] = [];
  for (const verdict of GROUP_ORDER) {
    const claims = findings
      .filter((f) => f.verdict === verdict)
      .sort((a, b) => a.span.start - b.span.start)
      .map<ClaimItem>((f) => ({
        label: f.claim.replace(/\s+/g, ' ').trim(),
        description: `${entityName(f.entityId)} · line ${f.range.start.line + 1}`,
        tooltip: f.message,
        range: f.range,
        verdict,
        factId: f.factId,
      }));
    if (claims.length) groups.push({ verdict, label: `${VERDICT_LABEL[verdict]} (${claims.length})`, claims });
  }
  return groups;
}
