/**
 * Status in modal, negated and past-tense language: whether a chip may go to
 * China, judged at the draft's as-of date.
 *
 *   "The H20 can be sold to China"                        → allowed
 *   "The H200 cannot be sold to China under any licence"  → banned
 *   "the A100 may ship to Chinese buyers again"           → allowed
 *   "the ban on H100 sales to China has since been lifted" → allowed
 *   "the ban on H20 exports to China remains in place"     → banned
 *
 * Questions, conditionals and reported hopes ("if the H20 can be sold", "whether",
 * "hopes the H20 could be sold") claim nothing.
 */
import { clauseOf, isQuoted, type SentenceContext, type StatusClaim, type StatusPolarity } from '../claims/types';

const MODAL = /^(?:['’]s|\s+(?:chips?|GPUs?|accelerators?))?\s+(?:(?:can|could|may|will)\s+(not\s+|no\s+longer\s+)?|(cannot|can['’]t|couldn['’]t|won['’]t)\s+|(?:is|are)\s+(not\s+|no\s+longer\s+)?(?:allowed|permitted|cleared|free)\s+to\s+)(?:(?:now|again|still|legally|once\s+again|lawfully|officially)\s+)*(?:be\s+)?(?:(?:legally|lawfully|now)\s+)?(?:sold|exported|shipped|sell|export|ship|delivered|deliver)\b/i;
const TO_CHINA = /^(?:\s+(?:again|legally|once\s+more|directly|freely|now))*\s+(?:to|in|into)\s+(?:mainland\s+)?(?:China|Chinese\s+(?:buyers|customers|firms|companies|clients))\b/i;
const HYPOTHETICAL = /\b(?:if|whether|unless|hopes?|hoped|hoping|wants?|wanted|asks?|asked|lobb\w+|seek\w*|sought|would\s+like|plans?\s+to|aims?\s+to|expects?|could\s+soon|may\s+soon|might)\b/i;
const BAN_ON = /\b(?:ban|bar|prohibition|embargo|restrictions?)\s+on\s+(?:(?:the|sales\s+of|exports?\s+of|shipments\s+of|Nvidia['’]s)\s+)*$/i;
const BAN_AFTER = /^\s+(?:chips?\s+|GPUs?\s+)?(?:(?:sales|exports|shipments)\s+)?(?:to|in|into)\s+(?:mainland\s+)?China\s+(?:(?:has|had|have|was|were|is|got)\s+)?(?:(?:since|now|already|finally|quietly|been|effectively)\s+)*(lifted|ended|scrapped|revoked|rescinded|reversed|remains?\s+in\s+(?:place|force)|stays?\s+in\s+(?:place|force)|is\s+still\s+in\s+(?:place|force))\b/i;

/** A destination other than China right after the verb. */
const OTHER_PLACE = /^\s+(?:to|in|into|from|within|across|outside)\s+(?!(?:mainland\s+)?Chin)/i;
const NO_PLACE = Object.assign([''], { index: 0, input: '' }) as unknown as RegExpExecArray;

export function extractModalStatus(ctx: SentenceContext): StatusClaim[] {
  const inSentence = /\bChin(?:a|ese)\b/i.test(ctx.text);
  if (!inSentence && !ctx.topicChina) return [];
  const out: StatusClaim[] = [];
  for (const chip of ctx.mentions) {
    if (chip.kind !== 'chip' && chip.kind !== 'system') continue;
    const clause = clauseOf(ctx.text, chip.start);
    const before = ctx.text.slice(clause.start, chip.start);
    const modal = MODAL.exec(ctx.text.slice(chip.end, clause.end));
    if (modal) {
      const verbEnd = chip.end + modal[0].length;
      // In a paragraph about China, "can be exported" with no destination means to China; another destination is another claim.
      const place = TO_CHINA.exec(ctx.text.slice(verbEnd, clause.end)) ?? (ctx.topicChina && !OTHER_PLACE.test(ctx.text.slice(verbEnd, verbEnd + 40)) ? NO_PLACE : null);
      if (!place || HYPOTHETICAL.test(before) || /\?\s*$/.test(ctx.text)) continue;
      const negated = !!(modal[1] || modal[2] || modal[3]);
      const end = verbEnd + place[0].length;
      out.push(statusClaim(ctx, chip, negated ? 'banned' : 'allowed', chip.end + /\S/.exec(modal[0])!.index, end));
      continue;
    }
    const ban = BAN_ON.exec(before);
    const after = BAN_AFTER.exec(ctx.text.slice(chip.end, clause.end));
    if (ban && after && !HYPOTHETICAL.test(before.slice(0, ban.index))) {
      const lifted = /^(?:lifted|ended|scrapped|revoked|rescinded|reversed)$/i.test(after[1]!);
      const start = clause.start + ban.index;
      out.push(statusClaim(ctx, chip, lifted ? 'allowed' : 'banned', start, chip.end + after[0].length, start));
    }
  }
  return out;
}

function statusClaim(ctx: SentenceContext, chip: { start: number; end: number; entityId: string }, polarity: StatusPolarity, valueStart: number, end: number, spanStart = chip.start): StatusClaim {
  return {
    kind: 'status',
    polarity,
    superlative: false,
    span: { start: Math.min(spanStart, chip.start), end },
    valueSpan: { start: valueStart, end },
    entityId: chip.entityId,
    quoted: isQuoted(ctx, Math.min(spanStart, chip.start), end),
  };
}
