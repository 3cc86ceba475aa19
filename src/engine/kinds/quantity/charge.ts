/**
 * Charge claims: a dollar amount a company took (or expected to take) against
 * a chip, in one fixed construction:
 *   "a $4.5 billion charge on the H20", "a charge of up to $5.5 billion tied to the H20",
 *   "wrote off $5.5 billion of H20 inventory", "the H20 charge cost Nvidia $4.5 billion",
 *   "Nvidia's booked H20 charge, $3.5 billion, was …" (the amount in apposition),
 *   "the H20 write-down came in at $4.5 billion", "the charge it booked came to …" (a verb of amounting).
 * Only chips the record holds a charge for, only when the sentence names no
 * other chip and no company but the chip's vendor (AMD's MI308 write-off is not
 * Nvidia's). Whether the draft speaks of the charge taken or the one expected
 * decides which recorded figure it must match (see compare.ts).
 */
import {
  clauseOf,
  isQuoted,
  negatedBetween,
  type ChargeMode,
  type Hedge,
  type QuantityClaim,
  type SentenceContext,
} from '../../claims/types';

/** "$4.5 billion", "US$5.5bn", "4.5 billion dollars" (the amount in group 1 or 3, its scale in 2 or 4). */
const MONEY =
  /(?:US)?\$\s?(\d+(?:\.\d+)?)\s*(billion|bn|million)\b|\b(\d+(?:\.\d+)?)\s+(billion|million)\s+(?:US\s+)?dollars\b/gi;
/** The money is the charge: the words right after it, or right before it. */
const CHARGE_AFTER =
  /^\s*(?:(?:in|of)\s+(?:related\s+)?charges\b|(?:quarterly\s+)?(?:charges?|write-?(?:offs?|downs?))\b|hit\s+in\s+(?:related\s+)?charges\b)/i;
const CHARGE_BEFORE =
  /(?:\b(?:charges?|write-?(?:offs?|downs?))\s+of\s+|\b(?:charges?|write-?(?:offs?|downs?))\s+(?:(?:it|Nvidia|AMD)\s+(?:actually\s+|eventually\s+|finally\s+)?(?:booked|took|recorded|incurred)\s+)?(?:came\s+in\s+at|came\s+to|totall?ed|amounted\s+to|stood\s+at)\s+|\b(?:wrote|writes?|writing|written)\s+(?:off|down)\s+|\bcharges?\s+cost\s+(?:\w+\s+){1,2})(?:(?:about|around|approximately|roughly|up to|nearly|almost|some|more than|over|less than|under)\s+)*$/i;
/** "the H20 charge, $3.5 billion, was …": the amount in apposition, closed by a comma (not "After the charge, $8 billion …"). */
const CHARGE_APPOSED =
  /\b(?:charge|write-?(?:off|down)),\s+(?:(?:about|around|roughly|some|nearly|almost|more than|over)\s+)?$/i;
const HEDGE_BEFORE: [RegExp, Hedge][] = [
  [/\b(?:about|around|approximately|roughly|some)\s+(?:an?\s+)?$/i, 'about'],
  [/\b(?:nearly|almost)\s+(?:an?\s+)?$/i, 'nearly'],
  [/\b(?:up to|as much as)\s+(?:approximately\s+)?(?:an?\s+)?$/i, 'upTo'],
  [/\b(?:more than|over)\s+(?:an?\s+)?$/i, 'moreThan'],
  [/\b(?:less than|under)\s+(?:an?\s+)?$/i, 'lessThan'],
];
/** Words that make the amount an expectation, not the charge taken. */
const EXPECTED =
  /\b(?:expects?|expected|expecting|warned|warns|will|would|could|may|might|forecasts?|estimated?|anticipated?|projected|plans?|planned|said it would)\b/i;
const TAKEN =
  /\b(?:took|takes|taken|take|incurred|incurs?|recorded|records|booked|wrote|written|write-?(?:offs?|downs?)|cost)\b/i;

export function extractCharges(ctx: SentenceContext): QuantityClaim[] {
  const out: QuantityClaim[] = [];
  const chips = ctx.mentions.filter((m) => m.kind === 'chip' || m.kind === 'system');
  const owners = chips.filter((m) => ctx.index.quantityFacts(m.entityId, 'charge').length);
  const owner = owners[0];
  if (!owner || chips.some((m) => m.entityId !== owner.entityId)) return out;
  const vendors = new Set(ctx.index.categoryFacts(owner.entityId, 'vendor').map((f) => f.value));
  if (ctx.mentions.some((m) => (m.kind === 'company' || m.kind === 'organization') && !vendors.has(m.entityId)))
    return out;
  MONEY.lastIndex = 0;
  for (let m = MONEY.exec(ctx.text); m; m = MONEY.exec(ctx.text)) {
    const amount = (m[1] ?? m[3])!;
    const scale = (m[2] ?? m[4])!;
    const start = m.index;
    const end = start + m[0].length;
    const before = ctx.text.slice(Math.max(0, start - 60), start);
    const apposed = CHARGE_APPOSED.test(before) && /^\s*[,)—–]/.test(ctx.text.slice(end, end + 3));
    if (!CHARGE_AFTER.test(ctx.text.slice(end, end + 30)) && !CHARGE_BEFORE.test(before) && !apposed) continue;
    const clause = clauseOf(ctx.text, start);
    const lead = ctx.text.slice(clause.start, start);
    if (negatedBetween(ctx, clause.start, end)) continue;
    const million = /^m/i.test(scale);
    const amountInUnit = Number(amount);
    const numberStart = start + m[0].indexOf(amount);
    out.push({
      kind: 'quantity',
      attribute: 'charge',
      amount: million ? amountInUnit / 1000 : amountInUnit,
      tolerance: moneyTolerance(amount) / (million ? 1000 : 1),
      hedge: HEDGE_BEFORE.find(([re]) => re.test(before))?.[1] ?? 'exact',
      draftUnit: million ? 'million' : scale,
      toDraftUnit: million ? 1000 : 1,
      chargeMode: modeOf(lead, ctx.text.slice(end, clause.end)),
      span: { start, end },
      // "4.5 billion dollars": a fix replaces the amount and its scale, and the dollars stay.
      valueSpan: {
        start: numberStart,
        end: start + m[0].indexOf(scale, m[0].indexOf(amount) + amount.length) + scale.length,
      },
      entityId: owner.entityId,
      quoted: isQuoted(ctx, start, end),
    });
  }
  return out;
}

/** Half a unit of the last decimal written; a whole "$6 billion" is not a rounded 5.5 (2% at most). */
function moneyTolerance(num: string): number {
  const dot = num.indexOf('.');
  return dot >= 0 ? 0.5 * 10 ** -(num.length - dot - 1) : 0.02 * Number(num);
}

/** "took a $4.5 billion charge" → taken; "warned of … up to $5.5 billion", "the $5.5 billion it had expected" → expected. */
function modeOf(lead: string, rest: string): ChargeMode | undefined {
  if (EXPECTED.test(lead) || /^\s*(?:\w+\s+){0,3}?(?:had\s+)?(?:expected|forecast|estimated|warned)\b/i.test(rest))
    return 'expected';
  return TAKEN.test(lead) ? 'taken' : undefined;
}
