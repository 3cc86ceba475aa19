/** Numbers about a chip or a model, in their units; also a charge taken, a deal's US revenue share and a tariff. */
import type { QuantityClaim, SentenceContext } from '../../claims/types';
import { attributeCode } from '../../record/attributes';
import { extractDealTerms } from '../event-date/read';
import type { ClaimKind } from '../kind';
import { extractCharges } from './charge';
import { compareQuantity } from './compare';
import { extractQuantities } from './read';
import { extractTariffs } from './tariff';
import { quantityWording } from './wording';

/**
 * "The H20 accounted for a quarter of Nvidia's China sales", "made up 10% of its China revenue": the chip's part of
 * the revenue, not the US government's share of it. A percentage right after such a verb (no verb of paying between)
 * is no deal term.
 */
const COMPOSITION =
  /\b(?:account(?:s|ed|ing)?\s+for|made\s+up|makes?\s+up|making\s+up|represent(?:s|ed|ing)?|comprise[sd]?|contribut(?:es|ed|ing))\b/gi;
const PAYING =
  /\b(?:pays?|paid|paying|hands?|handed|gives?|gave|giving|remits?|remitted|takes?|took|taking|owes?|owed|collects?|collected)\b|[.;]/i;
function partOfRevenue(before: string): boolean {
  const last = [...before.matchAll(COMPOSITION)].at(-1);
  return !!last && !PAYING.test(before.slice(last.index + last[0].length));
}
function extractRevenueShares(ctx: SentenceContext): QuantityClaim[] {
  return extractDealTerms(ctx).filter(
    (c) => !partOfRevenue(ctx.text.slice(Math.max(0, c.span.start - 50), c.span.start)),
  );
}

export const quantityKind: ClaimKind<QuantityClaim> = {
  id: 'quantity',
  description: 'A number about a chip (memory, bandwidth, compute, power) differs from the record.',
  defaultLevel: 'error',
  // extractDealTerms reads revenue shares (quantity claims); it lives with the event reader until that is split.
  readers: [extractQuantities, extractCharges, extractRevenueShares, extractTariffs],
  compare: compareQuantity,
  wording: quantityWording,
  // The corpus labels revenue shares "deal-term" (a kind once declared, never produced: they are quantities).
  corpusLabels: ['deal-term'],
  factKind: 'quantity',
  code: (claimed) => attributeCode(claimed.attribute),
};
