/** How event-date findings word their claims: "the Nvidia H100's export restrictions", "7 October 2022". */
import type { EventClaim } from '../../claims/types';
import { displayDate, relativeDateRead, shortMonths } from '../../dates/dates';
import type { IEventFact, RecordIndex } from '../../record/record-index';
import { rowOf } from '../brief';
import type { KindWording } from '../kind';
import { FAMILY_TYPES, FAMILY_WORDS } from './compare';

/**
 * "export restrictions"; for Beijing's side, "restrictions in China"; a bill's steps, "progress in Congress"; a deal
 * whose only recorded event in the family is its signing, "signing"; a claim about the first of several, "first …".
 */
function familyWords(claim: EventClaim, index: RecordIndex): string {
  const types = index
    .events(claim.entityId)
    .map((e) => e.type)
    .filter((t) => FAMILY_TYPES[claim.family].includes(t) && (!claim.onlyTypes || claim.onlyTypes.includes(t)));
  const only = (type: string) => types.length > 0 && types.every((t) => t === type);
  const words = claim.onlyTypes?.includes('china_restriction')
    ? 'restrictions in China'
    : claim.onlyTypes?.every((t) => t.startsWith('bill_')) ||
        (types.length && types.every((t) => t.startsWith('bill_')))
      ? 'progress in Congress'
      : only('deal_announced')
        ? 'signing'
        : claim.family === 'issue' && only('rule_effective')
          ? 'effective date'
          : claim.family === 'issue' && only('rule_released')
            ? 'issue date'
            : FAMILY_WORDS[claim.family];
  return claim.first ? `first ${words}` : words;
}

export const eventDateWording: KindWording<EventClaim> = {
  subject: (claim, who, index) => `${who}'s ${familyWords(claim, index)}`,
  rowSubject: (claim, who, index) => rowOf(who, familyWords(claim, index)),
  claimed: (claim, words) => ({ attribute: claim.family, words, value: claim.date.text }),
  brief(claim, c) {
    const event =
      c.replacementFact?.kind === 'event'
        ? c.replacementFact
        : c.facts.find((f): f is IEventFact => f.kind === 'event');
    return event ? displayDate(event.date) : '';
  },
  quotes: 'value',
  // A relative date is said as read, in the row too: "… in the record, not in March (Mar 2026)".
  messageDraft: (claim) => {
    const read = relativeDateRead(claim.date);
    return read ? `${claim.date.text.replace(/\s+/g, ' ')} (${shortMonths(read)})` : undefined;
  },
  dateOf: (claim) => claim.date,
};
