/** How event-date findings word their claims: "the Nvidia H100's export restrictions", "7 October 2022". */
import type { EventClaim } from '../../claims/types';
import { displayDate, relativeDateRead, shortMonths } from '../../dates/dates';
import type { IEventFact } from '../../record/record-index';
import { rowOf } from '../brief';
import type { KindWording } from '../kind';
import { FAMILY_WORDS } from './compare';

/** "export restrictions"; for Beijing's side, "restrictions in China"; a bill's steps, "progress in Congress". */
const familyWords = (claim: EventClaim) =>
  claim.onlyTypes?.includes('china_restriction')
    ? 'restrictions in China'
    : claim.onlyTypes?.every((t) => t.startsWith('bill_'))
      ? 'progress in Congress'
      : FAMILY_WORDS[claim.family];

export const eventDateWording: KindWording<EventClaim> = {
  subject: (claim, who) => `${who}'s ${familyWords(claim)}`,
  rowSubject: (claim, who) => rowOf(who, familyWords(claim)),
  claimed: (claim, words) => ({ attribute: claim.family, words, value: claim.date.text }),
  brief(claim, c) {
    const event =
      c.replacementFact?.kind === 'event'
        ? c.replacementFact
        : c.facts.find((f): f is IEventFact => f.kind === 'event');
    return event ? displayDate(event.date) + (claim.first ? ' (the first)' : '') : '';
  },
  quotes: 'value',
  // A relative date is said as read, in the row too: "… in the record, not in March (Mar 2026)".
  messageDraft: (claim) => {
    const read = relativeDateRead(claim.date);
    return read ? `${claim.date.text.replace(/\s+/g, ' ')} (${shortMonths(read)})` : undefined;
  },
  dateOf: (claim) => claim.date,
};
