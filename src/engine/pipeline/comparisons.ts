/**
 * Claims → comparisons → findings: each claim against the record by its kind's comparison, and a
 * finding for each, marked where the record accepts the draft's wording for the fact (applyAccepted leaves those out).
 */
import type { Claim } from '../claims/types';
import { buildFinding, type LocalFinding } from '../findings/findings';
import type { AcceptedWording, Finding } from '../types';
import { compareClaim } from '../kinds/registry';
import { draftKey, type RecordIndex } from '../record/record-index';

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
  // Dates an event claim judges on its own ("Dec. 10, 2025: Trump approves H200 exports with a 25% cut").
  const eventDates = new Set(claims.flatMap((c) => (c.kind === 'event-date' ? [`${c.date.start}:${c.date.end}`] : [])));
  for (const [k, claim] of claims.entries()) {
    if (clock && k % CLAIMS_PER_CLOCK_CHECK === CLAIMS_PER_CLOCK_CHECK - 1) clock.check();
    if (!kindIds.has(claim.kind)) continue;
    const comparison = compareClaim(claim, index, asOf);
    // A right share under a deal of another date, where that date is already an event's finding: one error, said once.
    const dateOnly = comparison.verdict === 'contradicted' && comparison.detail?.startsWith('The deal’s date differs');
    if (dateOnly && claim.kind === 'quantity' && claim.date && eventDates.has(`${claim.date.start}:${claim.date.end}`))
      continue;
    // An accepted wording is marked here and left out of the check's result (applyAccepted), unless kept.
    const accepted = acceptedFor(claim, comparison.facts, text, index);
    const finding = buildFinding(claim, comparison, text, asOf, index);
    findings.push(accepted ? { ...finding, accepted } : finding);
  }
  return findings;
}

/** The entry accepting the draft's words for the claim for one of its facts (in every draft), if any. */
function acceptedFor(
  claim: Claim,
  facts: readonly { id: string }[],
  text: string,
  index: RecordIndex,
): AcceptedWording | undefined {
  const wording = text.slice(claim.span.start, claim.span.end);
  for (const f of facts) {
    const entry = acceptingEntry(index.acceptedWordings.get(f.id), wording);
    if (entry) return entry;
  }
  return undefined;
}

/** Whether an accepted wording is, or holds, the claim's words (case aside). */
export function acceptsWording(accepted: string, claim: string): boolean {
  const a = accepted.toLowerCase();
  const wording = claim.toLowerCase();
  return wording.includes(a) || a.includes(wording);
}

const acceptingEntry = (entries: readonly AcceptedWording[] | undefined, claim: string) =>
  entries?.find((a) => acceptsWording(a.wording, claim));

/**
 * The check's findings less the accepted ones: those a pack accepts everywhere (marked when read) and
 * those it accepts for this draft only (`draftPath`: its path from the pack root). With `keep` they
 * stay, marked with their entry.
 */
export function applyAccepted(
  findings: Finding[],
  index: RecordIndex,
  draftPath: string | undefined,
  keep: boolean,
): Finding[] {
  const byFact = draftPath === undefined ? undefined : index.draftAcceptedWordings.get(draftKey(draftPath));
  if (!byFact && !findings.some((f) => f.accepted)) return findings;
  const out: Finding[] = [];
  for (const f of findings) {
    const accepted = f.accepted ?? acceptingEntry(byFact?.get(f.factId), f.claim);
    if (!accepted) out.push(f);
    else if (keep) out.push(f.accepted ? f : { ...f, accepted });
  }
  return out;
}
