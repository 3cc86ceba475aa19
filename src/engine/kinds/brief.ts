/**
 * One-row wording of the recorded value, for the short finding messages (the card and hover give the full sentence).
 */
import type { Claim } from '../claims/types';
import { displayDate } from '../dates/dates';
import type { ICategoryFact, IEventFact, IQuantityFact, IStatusFact, RecordIndex } from '../record/record-index';
import type { ExportStatus } from '../record/schema';
import { describeCategory } from './category/compare';
import type { Comparison } from './comparison';
import { describeQuantity } from './quantity/compare';

/** A status in a few words, for one-row messages (the card and hover give the full sentence). */
export const STATUS_BRIEF: Record<ExportStatus, string> = {
  unrestricted: 'exportable without a licence',
  licence_required: 'licence required, none granted',
  licensed: 'exportable under licence',
  approved_pending: 'approved, licences under review',
  prohibited: 'not exportable',
  case_by_case: 'licensable case by case',
  import_blocked: 'blocked by China',
  purchase_discouraged: 'discouraged by China',
  import_conditional: 'allowed into China with conditions',
  import_allowed: 'allowed into China',
};

/** Up to two distinct values, "A or B", with "…" when there are more. */
function oneOrTwo(values: string[]): string {
  const distinct = [...new Set(values.filter(Boolean))];
  return distinct.slice(0, 2).join(' or ') + (distinct.length > 2 ? ' …' : '');
}

/**
 * The recorded value as short as a one-row message needs: "141 GB", "Hopper", "9 April 2025",
 * "approved, licences under review since 8 December 2025". Parentheticals (sparsity, the
 * kind of event) stay in the long wording; empty when the record holds nothing.
 */
export function briefOf(
  claim: Claim,
  c: Comparison,
  index: RecordIndex,
  nameOf = (id: string) => index.entityName(id),
): string {
  if (!c.facts.length || c.verdict === 'unknown') return '';
  const since = (s: IStatusFact) => (s.valid.from ? ` since ${displayDate(s.valid.from)}` : '');
  switch (claim.kind) {
    case 'quantity': {
      const quantities = c.facts.filter((f): f is IQuantityFact => f.kind === 'quantity');
      const events = c.facts.filter((f): f is IEventFact => f.kind === 'event');
      // A share under a deal of another date: the deal's date is what differs.
      if (claim.attribute === 'revenue_share' && events.length && c.detail?.startsWith('The deal'))
        return `deal of ${oneOrTwo(events.map((e) => displayDate(e.date)))}`;
      // One fix: the value it puts in (the charge taken, not the estimate the draft used).
      const said = c.replacement !== undefined ? quantities.slice(0, 1) : quantities;
      return oneOrTwo(
        said.map((f) =>
          describeQuantity(f, claim, index)
            .replace(/ \((?:expected|taken)[^)]*\)$/, '')
            .replace(/ dense \([^)]*\)/, ' dense'),
        ),
      );
    }
    case 'category':
      return oneOrTwo(
        c.facts.filter((f): f is ICategoryFact => f.kind === 'category').map((f) => describeCategory(f, index)),
      );
    case 'event-date': {
      const event =
        c.replacementFact?.kind === 'event'
          ? c.replacementFact
          : c.facts.find((f): f is IEventFact => f.kind === 'event');
      return event ? displayDate(event.date) + (claim.first ? ' (the first)' : '') : '';
    }
    case 'status': {
      const statuses = c.facts.filter((f): f is IStatusFact => f.kind === 'status');
      if (claim.superlative && c.replacement && statuses[1])
        return `${nameOf(statuses[1].entity)}, exportable${since(statuses[1])}`;
      const now = statuses[0];
      return now ? `${STATUS_BRIEF[now.status]}${since(now)}` : '';
    }
  }
}
