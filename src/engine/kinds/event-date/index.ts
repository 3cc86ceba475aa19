/** When something happened: an announcement, an export rule, a licence decision, a report. */
import type { EventClaim } from '../../claims/types';
import type { ClaimKind } from '../kind';
import { compareEvent, FAMILY_WORDS } from './compare';
import { extractEvents } from './read';
import { eventDateWording } from './wording';

export const eventDateKind: ClaimKind<EventClaim> = {
  id: 'event-date',
  description: 'The date of an event (announcement, export rule, licence decision, report) differs from the record.',
  defaultLevel: 'error',
  readers: [extractEvents],
  compare: compareEvent,
  wording: eventDateWording,
  factKind: 'event',
  // The event family the claim dates ("export restrictions").
  code: (claimed) => FAMILY_WORDS[claimed.attribute as keyof typeof FAMILY_WORDS] ?? claimed.attribute,
};
