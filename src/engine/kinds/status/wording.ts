/** How status findings word their claims: "the Nvidia H20's export status in China", "H20 China status". */
import type { StatusClaim } from '../../claims/types';
import { displayDate } from '../../dates/dates';
import type { IStatusFact } from '../../record/record-index';
import type { ExportStatus } from '../../record/schema';
import { rowOf } from '../brief';
import type { KindWording } from '../kind';

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

/** "banned", "restricted", "allowed": a status claim's side, said as the draft would. */
const POLARITY_WORDS: Record<string, string> = {
  banned: 'banned',
  restricted: 'restricted',
  allowed: 'exportable',
  unrestricted: 'unrestricted',
};

/** The same on China's side: whether China lets the chip in. */
const CHINA_POLARITY_WORDS: Record<string, string> = {
  banned: 'blocked',
  restricted: 'restricted',
  allowed: 'allowed in',
  unrestricted: 'unrestricted',
};

const since = (s: IStatusFact) => (s.valid.from ? ` since ${displayDate(s.valid.from)}` : '');

export const statusWording: KindWording<StatusClaim> = {
  subject: (_claim, who) => `${who}'s export status in China`,
  // "The most powerful chip legally available in China is the H20": the claim is about the ranking.
  rowSubject: (claim, who) =>
    claim.superlative ? 'Most powerful chip exportable to China' : rowOf(who, 'China status'),
  // China's side keeps its side in `unit`, so the message says "allowed in", not "exportable".
  claimed: (claim, words) => ({
    attribute: 'status',
    words,
    value: claim.polarity,
    ...(claim.side === 'china-import' ? { unit: 'china-import' } : {}),
  }),
  brief(claim, c, _index, shortName) {
    const statuses = c.facts.filter((f): f is IStatusFact => f.kind === 'status');
    if (claim.superlative && c.replacement && statuses[1])
      return `${shortName(statuses[1].entity)}, exportable${since(statuses[1])}`;
    const now = statuses[0];
    return now ? `${STATUS_BRIEF[now.status]}${since(now)}` : '';
  },
  // A status has no value words of its own: the claim's words are quoted, alone.
  quotes: 'claim-alone',
  // A superlative names a chip.
  messageDraft: (claim, shortName) => (claim.superlative ? shortName(claim.entityId) : undefined),
  // "was never banned" is judged over the whole past: the message says "never".
  draftWords: (claimed) => {
    const word = (claimed.unit === 'china-import' ? CHINA_POLARITY_WORDS : POLARITY_WORDS)[String(claimed.value)];
    return word && /\bnever\b/i.test(claimed.words) ? `never ${word}` : word;
  },
  rowShowsClaim: true,
};
