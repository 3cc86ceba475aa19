/** Numbers about a chip or a model, in their units; also a charge taken, a deal's US revenue share and a tariff. */
import type { QuantityClaim } from '../../claims/types';
import { attributeCode } from '../../record/attributes';
import { extractDealTerms } from '../event-date/read';
import type { ClaimKind } from '../kind';
import { extractCharges } from './charge';
import { compareQuantity } from './compare';
import { extractQuantities } from './read';
import { extractTariffs } from './tariff';
import { quantityWording } from './wording';

export const quantityKind: ClaimKind<QuantityClaim> = {
  id: 'quantity',
  description: 'A number about a chip (memory, bandwidth, compute, power) differs from the record.',
  defaultLevel: 'error',
  // extractDealTerms reads revenue shares (quantity claims); it lives with the event reader until that is split.
  readers: [extractQuantities, extractCharges, extractDealTerms, extractTariffs],
  compare: compareQuantity,
  wording: quantityWording,
  // The corpus labels revenue shares "deal-term" (a kind once declared, never produced: they are quantities).
  corpusLabels: ['deal-term'],
  factKind: 'quantity',
  code: (claimed) => attributeCode(claimed.attribute),
};
