/**
 * Tariff claims: a percentage a measure the record holds a tariff for levies, in the constructions that tie the two:
 *   "Proclamation 11002 imposes a 25% tariff", "which set a tariff of 25%", "a 25% duty under Proclamation 11002",
 *   "the Section 232 tariff is 25%", "Proclamation 11002's 25% tariff", "Proclamation 11002, a 25% tariff on …".
 * A percentage merely near the measure ("on top of the 19% reciprocal tariff") is not its; nor a change ("from 15%
 * to 25%"), a negation, or a measure proposed, threatened or hypothetical.
 */
import type { RawMention } from '../../mentions/matcher';
import {
  clauseOf,
  isQuoted,
  negatedBetween,
  type Hedge,
  type QuantityClaim,
  type SentenceContext,
} from '../../claims/types';

/** A percentage; it starts where its digits start. */
const PERCENT = /(?<![\d.,])(\d+(?:\.\d+)?)\s*(?:%|per\s*cent\b)/gi;
const TARIFF_WORDS = String.raw`tariffs?|dut(?:y|ies)|levy|levies|import\s+tax`;
const TARIFF = `(?:${TARIFF_WORDS})`;
const HEDGE = String.raw`(?:(?:about|around|roughly|some|approximately|nearly|almost|up\s+to)\s+)?`;
const VERB = String.raw`(?:imposes?|imposed|imposing|sets?|setting|levies|levied|levying|applies|applied|puts?|introduces?|introduced|adds?|added|creates?|created|establish(?:es|ed)?|carries|carried|brings|brought|slaps?|slapped|places?|placed)`;
/** Between the measure and the percentage: a verb of levying ("imposes a", "which set a tariff of"). */
const LEVIES = new RegExp(
  String.raw`^(?:['’]s)?(?:\s*,)?\s*(?:(?:which|that|also|now|formally|effectively|has|have|had)\s+)*${VERB}\s+(?:(?:a|an|the|its)\s+)?(?:(${TARIFF_WORDS})\s+(?:of|at)\s+)?${HEDGE}$`,
  'i',
);
/** Between a measure that names a tariff and the percentage: "the Section 232 tariff (on AI chips) is", "… 11002's". */
const STATES = new RegExp(
  String.raw`^(?:['’]s\s+|\s+${TARIFF}\s+|\s*,\s+|\s+)(?:on\s+(?:[\w-]+\s+){1,5}?)?(?:(?:is|was|stands\s+at|stood\s+at|of|at|set\s+at|amounts\s+to|comes\s+to)\s+)?(?:(?:a|an)\s+)?${HEDGE}$`,
  'i',
);
/** After the percentage, the tariff it is: "25% tariff", "25 per cent import duty". */
const TARIFF_AFTER = new RegExp(String.raw`^\s*(?:[\w-]+\s+)?${TARIFF}\b`, 'i');
/** After the tariff, the measure that levies it: "a 25% tariff on a narrow class of chips under Proclamation 11002". */
const UNDER_AFTER = new RegExp(
  String.raw`^\s*(?:[\w-]+\s+)?${TARIFF}\s+(?:[\w-]+\s+){0,8}?(?:under|from|in|set\s+by|imposed\s+by|levied\s+by)\s+(?:the\s+)?$`,
  'i',
);
const NAMES_TARIFF = new RegExp(String.raw`\b${TARIFF}\b`, 'i');
const NOT_SAID_AS_FACT =
  /\b(?:would|could|might|may|threaten(?:s|ed|ing)?|propos(?:es|ed|al|ing)|consider(?:s|ed|ing)?|plans?|planned|if|whether|reportedly)\b|\?\s*$/i;
const HEDGES: [RegExp, Hedge][] = [
  [/\b(?:about|around|roughly|some|approximately)\s+$/i, 'about'],
  [/\b(?:nearly|almost)\s+$/i, 'nearly'],
  [/\bup\s+to\s+$/i, 'upTo'],
];

export function extractTariffs(ctx: SentenceContext): QuantityClaim[] {
  const out: QuantityClaim[] = [];
  if (!/%|\bper\s*cent\b/i.test(ctx.text)) return out;
  const measures = ctx.mentions.filter((m) => ctx.index.quantityFacts(m.entityId, 'tariff').length);
  if (!measures.length) return out;
  PERCENT.lastIndex = 0;
  for (let m = PERCENT.exec(ctx.text); m; m = PERCENT.exec(ctx.text)) {
    const start = m.index;
    const end = start + m[0].length;
    // A change or a range ("from 15% to 25%", "15-25%") says no one figure.
    if (
      /(?:\bfrom|\bto|[-–])\s*$/i.test(ctx.text.slice(Math.max(0, start - 6), start)) ||
      /^\s*(?:to|-|–)\s*\d/.test(ctx.text.slice(end, end + 6))
    )
      continue;
    const clause = clauseOf(ctx.text, start);
    const measure = measureOf(ctx, measures, clause, start, end);
    if (!measure || NOT_SAID_AS_FACT.test(ctx.text.slice(clause.start, clause.end))) continue;
    if (negatedBetween(ctx, Math.min(measure.end, start), Math.max(measure.start, end))) continue;
    out.push({
      kind: 'quantity',
      attribute: 'tariff',
      amount: Number(m[1]),
      tolerance: 0,
      hedge: HEDGES.find(([re]) => re.test(ctx.text.slice(Math.max(0, start - 16), start)))?.[1] ?? 'exact',
      draftUnit: '%',
      toDraftUnit: 1,
      span: { start, end },
      // A fix replaces the digits only: the draft's percent sign (or "per cent") stays.
      valueSpan: { start, end: start + m[1]!.length },
      entityId: measure.entityId,
      quoted: isQuoted(ctx, start, end),
    });
  }
  return out;
}

/** The one measure the construction ties the percentage to, in its clause; undefined when none or not one. */
function measureOf(
  ctx: SentenceContext,
  measures: RawMention[],
  clause: { start: number; end: number },
  start: number,
  end: number,
): RawMention | undefined {
  const inClause = measures.filter((x) => x.start >= clause.start && x.end <= clause.end);
  if (new Set(inClause.map((x) => x.entityId)).size !== 1) return undefined;
  // No other name between the measure and the percentage: "Proclamation 11002 follows Malaysia's 19% tariff".
  const between = (a: number, b: number) => ctx.mentions.some((x) => x.start >= a && x.end <= b);
  const before = inClause.filter((x) => x.end <= start).pop();
  if (before && !between(before.end, start)) {
    const lead = ctx.text.slice(before.end, start);
    const levies = LEVIES.exec(lead);
    if (levies && (levies[1] || TARIFF_AFTER.test(ctx.text.slice(end, end + 30)))) return before;
    // "the Section 232 tariff is 25%": the measure's name or the word after it says tariff.
    const namesTariff = NAMES_TARIFF.test(before.text) || /^\s+(?:tariff|duty|levy)\b/i.test(lead);
    if (STATES.test(lead) && (namesTariff || TARIFF_AFTER.test(ctx.text.slice(end, end + 30)))) return before;
  }
  const after = inClause.find((x) => x.start >= end);
  if (after && !between(end, after.start) && UNDER_AFTER.test(ctx.text.slice(end, after.start))) return after;
  return undefined;
}
