/** Event-date claims × the record: the event families a keyword names, the nearest or the first event. */
import type { EventClaim, EventFamily } from '../../claims/types';
import { dateDistance, dateMatches, displayDate, formatDateLike } from '../../dates/dates';
import type { IEventFact, RecordIndex } from '../../record/record-index';
import type { EventType } from '../../record/schema';
import { unknown, type Comparison } from '../comparison';

export const FAMILY_TYPES: Record<EventFamily, EventType[]> = {
  restrict: ['export_licence_required', 'rule_released', 'rule_effective', 'china_restriction'],
  announce: ['announced', 'launched', 'production', 'model_released'],
  rescind: ['rule_rescinded', 'rule_suspended'],
  approve: ['export_approved', 'licences_issued', 'licences_assured', 'deal_announced'],
  report: ['report_published'],
  issue: [
    'rule_released',
    'rule_effective',
    'announced',
    'licence_review',
    'guidance_issued',
    'bill_introduced',
    'bill_passed_committee',
    'bill_passed_chamber',
    // "the US and Malaysia signed the agreement on 26 October": a deal is signed, as a rule is issued.
    'deal_announced',
  ],
  charge: ['charges_filed'],
  results: ['results_reported'],
  listing: ['listed'],
  // "Commerce sent the H200 licence applications to State, Energy and Defense for review": the interagency review.
  review: ['licence_review'],
  // "Peters told a House hearing that no H200 had gone to China": what an official said before lawmakers, recorded as a
  // statement published.
  testimony: ['report_published'],
};

export const FAMILY_WORDS: Record<EventFamily, string> = {
  restrict: 'export restrictions',
  announce: 'announcement and launch',
  rescind: 'rescission',
  approve: 'export approvals',
  report: 'publication',
  issue: 'issue and effective dates',
  // Criminal or civil charges brought, not a company's accounting charge ("a $4.5 billion charge").
  charge: 'charges brought',
  results: 'results',
  listing: 'stock-market listing',
  review: 'licence review',
  testimony: 'testimony',
};

/**
 * Families whose recorded events are a sample of many like them (a company reports every quarter, prosecutors
 * bring many cases): a date is judged only within this many days of a recorded event, else the record cannot say.
 */
const SAMPLED_FAMILY_DAYS: Partial<Record<EventFamily, number>> = { charge: 60, results: 45 };

const EVENT_WORDS: Record<EventType, string> = {
  announced: 'announced',
  launched: 'launched',
  production: 'production',
  export_licence_required: 'licence requirement',
  rule_released: 'rule issued',
  rule_effective: 'rule in force',
  rule_rescinded: 'rescinded',
  licences_assured: 'licences assured',
  licences_issued: 'licences issued',
  export_approved: 'sales approved',
  deal_announced: 'deal announced',
  china_restriction: 'Chinese restriction',
  report_published: 'published',
  licence_review: 'licence review',
  rule_suspended: 'rule suspended',
  guidance_issued: 'guidance issued',
  charges_filed: 'charges filed',
  results_reported: 'results reported',
  model_released: 'released',
  bill_introduced: 'bill introduced',
  bill_passed_committee: 'approved by a committee',
  bill_passed_chamber: 'passed by a chamber',
  listed: 'listed',
};

/**
 * The event a fix should name. Restrictions began with the first rule that
 * covered the chip, so that is the correction; otherwise the nearest event.
 */
function suggestedEvent(claim: EventClaim, events: IEventFact[]): IEventFact {
  const nearest = [...events].sort((a, b) => dateDistance(claim.date, a.date) - dateDistance(claim.date, b.date))[0]!;
  if (claim.family === 'restrict' && !claim.onlyTypes?.includes('china_restriction')) {
    const rules = events.filter((e) => e.type === 'rule_released');
    return (rules.length ? rules : events)[0]!;
  }
  return nearest;
}

/** A fix's words, when the draft's style can say the record's date. */
const replacing = (words: string | undefined) => (words === undefined ? {} : { replacement: words });

const PRODUCT_EVENT = new Set(['model_released', 'launched', 'announced']);

/** Events this close to the earliest one count as the first (one policy wave). */
const FIRST_WAVE_DAYS = 90;
const daysBetween = (a: string, b: string) =>
  (Date.parse(b.padEnd(10, '-01').slice(0, 10)) - Date.parse(a.padEnd(10, '-01').slice(0, 10))) / 86_400_000;

export function compareEvent(claim: EventClaim, index: RecordIndex): Comparison {
  let events = index
    .events(claim.entityId)
    .filter(
      (e) => FAMILY_TYPES[claim.family].includes(e.type) && (!claim.onlyTypes || claim.onlyTypes.includes(e.type)),
    );
  // A product's own launch or release is the one that names it first: Doubao 2.0's release is not Doubao's.
  if (claim.family === 'announce')
    events = events.filter((e) => e.entities[0] === claim.entityId || !PRODUCT_EVENT.has(e.type));
  // A newspaper publishes many reports: only one that shares another named entity is the one meant.
  if (claim.family === 'report' || claim.family === 'testimony')
    events = events.filter((e) => e.entities.some((id) => claim.alongside.includes(id)));
  /** Whether the event names another entity the clause names too (of `kind`, if given). */
  const namesAlongside = (e: IEventFact, kind?: string) =>
    e.entities.some(
      (id) => id !== claim.entityId && claim.alongside.includes(id) && (!kind || index.entities.get(id)?.kind === kind),
    );
  // A case is named by what it is recorded under (its first entity: the case or the company charged) or a person in
  // it, never by the chips or their maker listed with it; prosecutors bring many cases, so with them something else
  // the clause names must be in the case too.
  if (claim.family === 'charge') {
    const kind = index.entities.get(claim.entityId)?.kind;
    events = events.filter(
      (e) =>
        (kind !== 'organization' && e.entities.indexOf(claim.entityId) === 0) ||
        (kind === 'person' && e.entities.includes(claim.entityId)) ||
        (kind === 'organization' && e.entities.includes(claim.entityId) && namesAlongside(e)),
    );
  }
  // "The Cyberspace Administration summoned Nvidia over the H20": of Beijing's several acts on a chip, the one by the
  // authority the clause names is meant, when the record says which authority acted.
  if (claim.onlyTypes?.includes('china_restriction')) {
    const byNamedAuthority = events.filter((e) => namesAlongside(e, 'organization'));
    if (byNamedAuthority.length) events = byNamedAuthority;
  }
  const window = SAMPLED_FAMILY_DAYS[claim.family];
  if (window !== undefined) events = events.filter((e) => dateDistance(claim.date, e.date) <= window);
  if (!events.length) return unknown();
  // "first restricted in October 2023": true only of the earliest such event.
  if (claim.first) {
    const earliest = events.reduce((a, b) => (b.date < a.date ? b : a));
    // The first wave: a licence letter in August 2022 and the rule of October 2022 are both "the first" restriction.
    const firstWave = events.filter((e) => daysBetween(earliest.date, e.date) <= FIRST_WAVE_DAYS);
    if (!firstWave.some((e) => dateMatches(claim.date, e.date))) {
      return {
        verdict: 'contradicted',
        facts: [earliest],
        recorded: `${displayDate(earliest.date)} (${EVENT_WORDS[earliest.type]}), the first`,
        detail: `The draft says this was the first; the record's first is ${displayDate(earliest.date)}.`,
        ...replacing(formatDateLike(claim.date, earliest.date)),
        replacementFact: earliest,
      };
    }
    events = firstWave;
  }
  const recorded = events.map((e) => `${displayDate(e.date)} (${EVENT_WORDS[e.type]})`).join(', ');
  const main = events.filter((e) => dateMatches(claim.date, e.date));
  const conflict = events.filter((e) =>
    e.conflicts.some((c) => typeof c.value === 'string' && /^\d{4}/.test(c.value) && dateMatches(claim.date, c.value)),
  );
  if (main.some((e) => !e.conflicts.length || e.conflictResolution === 'preferred'))
    return { verdict: 'supported', facts: main, recorded };
  if (main.length || conflict.length)
    return { verdict: 'disputed', facts: [...new Set([...main, ...conflict])], recorded };
  const suggested = suggestedEvent(claim, events);
  return {
    verdict: 'contradicted',
    // Beijing's restrictions are separate acts (an order pause, a customs block): the one nearest the draft's date
    // is the one meant, so it comes first as the finding's fact; so are the steps of a licence review and an official's
    // statements. Elsewhere the record's order stands.
    facts:
      claim.onlyTypes?.includes('china_restriction') || claim.family === 'review' || claim.family === 'testimony'
        ? [suggested, ...events.filter((e) => e !== suggested)]
        : events,
    recorded,
    ...replacing(formatDateLike(claim.date, suggested.date)),
    replacementFact: suggested,
  };
}
