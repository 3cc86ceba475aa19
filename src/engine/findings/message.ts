/**
 * One-row messages, correction first: "H200 memory: 141 GB in the record, not 96 GB".
 * Built from a finding's data only (subject, the recorded value in brief, what the draft
 * claims, the verdict); the as-of date, disputes and sources go to the hover and to the
 * finding's `detail`. Every message fits MAX_MESSAGE characters (the Problems panel's row).
 */
import { shortMonths } from '../dates/dates';
import { kindById } from '../kinds/registry';
import type { ClaimedValue, ClaimKindId, Verdict } from '../types';

export const MAX_MESSAGE = 100;

export interface MessageParts {
  /** "H200 memory", "H20 China status": what the claim is about, short. */
  subject: string;
  verdict: Verdict;
  kind: ClaimKindId;
  claimed: ClaimedValue;
  /** The recorded value in brief ("141 GB"); empty when the record holds none. */
  brief: string;
  quoted: boolean;
  /** The record has only weak sources for the value. */
  weak: boolean;
  /** The draft's side in a few words, when the claimed words are not it (a superlative names a chip). */
  draft?: string;
}

function cut(raw: string, max: number): string {
  // Words broken over lines in the draft ("late\nNovember 2025") are one row in a message.
  const text = raw.replace(/\s+/g, ' ');
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}

/** What the draft says, in the fewest words that still identify it. */
function draftWords(p: MessageParts, max: number): string {
  if (p.draft) return cut(p.draft, max);
  // A kind may say its side from the value alone ("banned" for a status).
  const own = kindById(p.kind).wording.draftWords?.(p.claimed);
  if (own !== undefined) return own;
  // A share written in digits ("25" of "25%") gets its unit said; words ("a quarter") stand as written.
  // Blanked markup or `&nbsp;` leaves a run of spaces ("96      GB"): a reader sees one.
  const claimed = p.claimed.words.replace(/ {2,}/g, ' ');
  const words = p.claimed.unit === '%' && /^[\d.,\s]+$/.test(claimed) ? `${claimed}%` : claimed;
  return cut(words, max);
}

/** What the draft says, for a row of the Claims view ("96 GB", "25%", "H200 is still banned"). */
export function draftWordsOf(f: { kind: ClaimKindId; claimed: ClaimedValue; claim: string }, max = 40): string {
  if (kindById(f.kind).wording.rowShowsClaim) return cut(f.claim.replace(/\s+/g, ' ').trim(), max);
  return draftWords({ kind: f.kind, claimed: f.claimed } as MessageParts, max);
}

function compose(p: MessageParts, brief: string, draft: string): string {
  const tags = [p.quoted ? 'in a quotation' : '', p.weak && p.verdict !== 'unknown' ? 'weakly sourced' : ''].filter(
    Boolean,
  );
  const tail = tags.length ? ` (${tags.join('; ')})` : '';
  switch (p.verdict) {
    case 'contradicted':
      return `${p.subject}: ${brief} in the record, not ${draft}${tail}`;
    case 'outdated':
      // A value that ended with nothing after it is said with its end, not as what holds "now".
      if (/ until \S/.test(brief) && brief.toLowerCase().startsWith(draft.toLowerCase()))
        return `${p.subject}: ${brief} (outdated)${tail}`;
      return `${p.subject}: now ${brief}, not ${draft} (outdated)${tail}`;
    case 'disputed':
      return `${p.subject}: “${draft}” is disputed; the record has ${brief}${tail}`;
    case 'supported':
      return `${p.subject}: ${draft}, as in the record${tail}`;
    case 'unknown':
      return `${p.subject}: “${draft}” is not in the record${tail}`;
  }
}

/** The one-row message: shortened step by step (months, the draft's words, the brief) until it fits. */
export function oneRowMessage(p: MessageParts): string {
  let message = compose(p, p.brief, draftWords(p, 40));
  if (message.length <= MAX_MESSAGE) return message;
  const brief = shortMonths(p.brief);
  message = compose(p, brief, draftWords(p, 24));
  if (message.length <= MAX_MESSAGE) return message;
  const room = MAX_MESSAGE - (message.length - brief.length);
  message = compose(p, cut(brief, Math.max(12, room)), draftWords(p, 24));
  return cut(message, MAX_MESSAGE);
}
