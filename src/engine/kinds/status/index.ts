/** Whether a chip may go to China now: banned, restricted or allowed, at the draft's as-of date. */
import type { StatusClaim } from '../../claims/types';
import { extractModalStatus } from '../../reading/status';
import { extractStatus } from '../event-date/read';
import type { ClaimKind } from '../kind';
import { compareStatus } from './compare';
import { statusWording } from './wording';

export const statusKind: ClaimKind<StatusClaim> = {
  id: 'status',
  description: 'An export status stated in the present tense differs from the record at the draft’s as-of date.',
  defaultLevel: 'warning',
  // extractStatus lives with the event reader until that is split; the modal readings come from reading/.
  readers: [extractStatus, extractModalStatus],
  compare: compareStatus,
  wording: statusWording,
  factKind: 'status',
  code: () => 'China status',
  // A status holds at the as-of date only: the record may say otherwise at a later one.
  changesWithTime: () => true,
};
