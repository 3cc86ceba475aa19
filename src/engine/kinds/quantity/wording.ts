/** How quantity findings word their claims: "the Nvidia H200's memory", "H200 memory", "141 GB". */
import type { QuantityClaim } from '../../claims/types';
import { displayDate } from '../../dates/dates';
import type { IEventFact, IQuantityFact } from '../../record/record-index';
import { attributeWords, oneOrTwo, rowOf } from '../brief';
import type { KindWording } from '../kind';
import { describeQuantity } from './compare';

export const quantityWording: KindWording<QuantityClaim> = {
  subject(claim, who, index) {
    if (claim.attribute === 'revenue_share') return `${who === 'the deal' ? 'the' : `${who}'s`} US revenue share`;
    if (claim.attribute === 'relative_performance')
      return `${who}'s performance relative to the ${index.entityName(claim.relativeTo ?? '')}`;
    return `${who}'s ${attributeWords(claim.attribute)}`;
  },
  rowSubject(claim, who, _index, shortName) {
    if (claim.attribute === 'revenue_share') return rowOf(who, 'US revenue share');
    if (claim.attribute === 'relative_performance')
      return rowOf(who, `performance vs ${shortName(claim.relativeTo ?? '')}`);
    return rowOf(who, attributeWords(claim.attribute));
  },
  claimed: (claim, words) => ({
    attribute: claim.attribute,
    words,
    value: claim.amount,
    unit: claim.draftUnit,
    ...(claim.relativeTo ? { relativeTo: claim.relativeTo } : {}),
  }),
  brief(claim, c, index) {
    const quantities = c.facts.filter((f): f is IQuantityFact => f.kind === 'quantity');
    const events = c.facts.filter((f): f is IEventFact => f.kind === 'event');
    // A share under a deal of another date: the deal's date is what differs.
    if (claim.attribute === 'revenue_share' && events.length && c.detail?.startsWith('The deal'))
      return `deal of ${oneOrTwo(events.map((e) => displayDate(e.date)))}`;
    // One fix: the value it puts in (the charge taken, not the estimate the draft used).
    const said = c.replacement !== undefined ? quantities.slice(0, 1) : quantities;
    // "for the A100 40GB" says which variant holds the value; the subject already says it when the draft named it.
    const variantNamed = (f: IQuantityFact) =>
      f.variant && f.variant === claim.variantId
        ? ` for the ${index.entities.get(f.entity)?.variants.find((x) => x.id === f.variant)?.name ?? f.variant}`
        : undefined;
    const short = (f: IQuantityFact) => {
      const text = describeQuantity(f, claim, index)
        .replace(/ \((?:expected|taken)[^)]*\)$/, '')
        .replace(/ dense \([^)]*\)/, ' dense');
      const named = variantNamed(f);
      return named ? text.replace(named, '') : text;
    };
    // A dispute says both sides: "192 GB or 180 GB", never "“192 GB” is disputed; the record has 192 GB".
    const sides =
      c.verdict === 'disputed'
        ? said.flatMap((f) => [
            f,
            ...f.conflicts.flatMap((x) => (typeof x.value === 'object' ? [{ ...f, value: x.value }] : [])),
          ])
        : said;
    return oneOrTwo(sides.map(short));
  },
  // "Draft says “96 GB of HBM3”": a number's words are the claim's.
  quotes: 'claim',
  dateOf: (claim) => claim.date,
  // A multiple is said by what it implies, in the draft's own words: "≈1.6 TB/s (“three times the H100 SXM's”)".
  messageDraft: (claim, _shortName, valueWords) =>
    claim.impliedBy ? `≈${impliedAmount(claim)} (“${valueWords.replace(/\s+/g, ' ').trim()}”)` : undefined,
};

/** What a multiple implies, in the draft's unit: "1.6 TB/s" for "4.8 TB/s, three times the H100 SXM's". */
function impliedAmount(claim: QuantityClaim): string {
  const n = claim.amount * claim.toDraftUnit;
  const shown = n >= 100 ? Math.round(n) : Number(n.toPrecision(2));
  return `${shown.toLocaleString('en-US')}${claim.draftUnit === '%' ? '%' : ` ${claim.draftUnit}`}`;
}
