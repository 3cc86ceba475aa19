/**
 * Claims → comparisons → findings: each claim against the record by its kind's comparison, and a
 * finding for each, except where the record accepts the draft's wording for the fact.
 */
import type { Claim } from '../claims/types';
import { buildFinding, type LocalFinding } from '../findings/findings';
import { compareClaim } from '../kinds/registry';
import type { RecordIndex } from '../record/record-index';

/** How many claims are compared between two looks at the block's clock. */
const CLAIMS_PER_CLOCK_CHECK = 64;

/**
 * The findings of a segment's claims (offsets local to the segment), for the kinds in `kindIds`. `clock`, the
 * block's, is checked every `CLAIMS_PER_CLOCK_CHECK` claims: a segment of thousands of claims (a spec list, a long
 * table cell) stays within the block's time budget.
 */
export function claimFindings(
  claims: Claim[],
  text: string,
  asOf: string,
  index: RecordIndex,
  kindIds: ReadonlySet<string>,
  clock?: { check(): void },
): LocalFinding[] {
  const findings: LocalFinding[] = [];
  for (const [k, claim] of claims.entries()) {
    if (clock && k % CLAIMS_PER_CLOCK_CHECK === CLAIMS_PER_CLOCK_CHECK - 1) clock.check();
    if (!kindIds.has(claim.kind)) continue;
    const comparison = compareClaim(claim, index, asOf);
    if (isAccepted(claim, comparison.facts, text, index)) continue;
    findings.push(buildFinding(claim, comparison, text, asOf, index));
  }
  return findings;
}

/** Whether the draft's words for the claim are a wording the record accepts for one of its facts. */
function isAccepted(claim: Claim, facts: readonly { id: string }[], text: string, index: RecordIndex): boolean {
  const wording = text.slice(claim.span.start, claim.span.end).toLowerCase();
  return facts.some((f) => index.acceptedWordings.get(f.id)?.some((w) => wording.includes(w) || w.includes(wording)));
}
