/**
 * The one list of claim kinds. The pipeline runs their readers and comparisons, the CLI's
 * SARIF output names one rule per kind, the accuracy corpus accepts their ids as label kinds,
 * and docs/adding-a-claim-kind.md is checked against it. A new kind is a folder and one line here.
 */
import type { Claim } from '../claims/types';
import type { RecordIndex } from '../record/record-index';
import type { Finding } from '../types';
import { categoryKind } from './category';
import type { Comparison } from './comparison';
import { eventDateKind } from './event-date';
import type { ClaimKind } from './kind';
import { quantityKind } from './quantity';
import { statusKind } from './status';

/** Keyed by the claim's kind, so a claim kind without a module is a compile error. */
const BY_ID: { readonly [K in Claim['kind']]: ClaimKind<Extract<Claim, { kind: K }>> } = {
  quantity: quantityKind,
  category: categoryKind,
  'event-date': eventDateKind,
  status: statusKind,
};

/** Every kind, in the order their readers run and their SARIF rules are listed. */
export const ALL_KINDS: readonly ClaimKind[] = Object.freeze(Object.values(BY_ID) as ClaimKind[]);

/** The kind of a claim or finding, by its id. */
export function kindById(id: Claim['kind']): ClaimKind {
  return BY_ID[id] as ClaimKind;
}

/** A claim against the record, by its kind's comparison. */
export function compareClaim(claim: Claim, index: RecordIndex, asOf: string): Comparison {
  return (BY_ID[claim.kind] as ClaimKind).compare(claim, index, asOf);
}

/** Whether time alone can turn a finding's verdict (a status, a role), by its kind: a sweep checks it again later. */
export function changesWithTime(finding: Pick<Finding, 'kind' | 'claimed'>): boolean {
  return kindById(finding.kind).changesWithTime?.(finding.claimed) ?? false;
}
