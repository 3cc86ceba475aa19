/** Quantity claims × the record: units made canonical, hedges and the draft's precision respected. */
import type { QuantityClaim } from '../../claims/types';
import { dateMatches, displayDate } from '../../dates/dates';
import type { IEventFact, IQuantityFact, RecordIndex } from '../../record/record-index';
import type { Quantity } from '../../record/schema';
import { unitDef, UNIT_NAMES } from '../../record/units';
import { withThousands } from '../../format';
import { describeFacts, sourceNames, unknown, validAt, type Comparison } from '../comparison';

const fmt = (n: number) => (Number.isInteger(n) ? withThousands(n) : String(Number(n.toPrecision(6))));

/** A recorded value in the canonical unit of its dimension (units.ts), the unit claims are read in. */
export function canonical(q: Quantity): Quantity {
  const c = unitDef(q.unit);
  if (c.factor === 1) return q;
  return {
    ...q,
    unit: c.canonical as Quantity['unit'],
    amount: q.amount * c.factor,
    ...(q.sparse !== undefined ? { sparse: q.sparse * c.factor } : {}),
  };
}

/** Canonical units a draft may write scaled (GB as TB): a recorded value is then worded in the draft's unit. */
const SCALED_CANONICAL = new Set(
  UNIT_NAMES.map(unitDef)
    .filter((u) => u.factor !== 1)
    .map((u) => u.canonical),
);

function amountsOf(raw: Quantity, basis: QuantityClaim['basis']): number[] {
  const q = canonical(raw);
  if (basis === 'sparse') return q.sparse !== undefined ? [q.sparse] : [];
  if (basis === 'dense') return [q.amount];
  return q.sparse !== undefined ? [q.amount, q.sparse] : [q.amount];
}

/** Half a unit of the recorded value's last digit: a record of 34 covers 33.5 to 34.5. */
function recordTolerance(recorded: number): number {
  const text = String(recorded);
  const dot = text.indexOf('.');
  return dot < 0 ? 0.5 : 0.5 * 10 ** -(text.length - dot - 1);
}

function within(claim: QuantityClaim, recorded: number, approximateRecord: boolean): boolean {
  const tol =
    Math.max(claim.tolerance, claim.attribute === 'revenue_share' ? 0 : recordTolerance(recorded)) +
    1e-9 +
    (approximateRecord ? 0.05 * recorded : 0);
  const a = claim.amount;
  switch (claim.hedge) {
    case 'exact':
      return Math.abs(a - recorded) <= tol;
    case 'about':
      return Math.abs(a - recorded) <= Math.max(tol, 0.1 * recorded);
    case 'upTo':
      return Math.abs(a - recorded) <= Math.max(tol, 0.05 * recorded);
    case 'nearly':
      return recorded <= a + tol && recorded >= a * 0.8;
    case 'moreThan':
    case 'atLeast':
      return recorded >= a - tol;
    case 'lessThan':
    case 'atMost':
      return recorded <= a + tol;
  }
}

export function describeQuantity(fact: IQuantityFact, claim: QuantityClaim, index: RecordIndex): string {
  const v = canonical(fact.value);
  const inDraft = (n: number) =>
    claim.toDraftUnit !== 1 && SCALED_CANONICAL.has(v.unit)
      ? `${fmt(n * claim.toDraftUnit)} ${claim.draftUnit}`
      : `${fmt(n)}${unitDef(v.unit).suffix ?? ` ${v.unit}`}`;
  let text = `${v.approximate ? 'about ' : ''}${inDraft(v.amount)}`;
  if (fact.attribute === 'relative_performance')
    text = `${v.approximate ? 'about ' : ''}${fmt(v.amount)}× the ${index.entityName(fact.relativeTo ?? '')}`;
  if (v.sparse !== undefined) text += ` dense (${inDraft(v.sparse)} with sparsity)`;
  if (fact.variant)
    text += ` for the ${index.entities.get(fact.entity)?.variants.find((x) => x.id === fact.variant)?.name ?? fact.variant}`;
  // A charge is a figure of its time: the April estimate, then the charge taken.
  if (fact.attribute === 'charge' && fact.valid?.to)
    text += ` (expected from ${displayDate(fact.valid.from ?? '')} until ${displayDate(fact.valid.to)})`;
  else if (fact.attribute === 'charge' && fact.valid?.from)
    text += ` (taken, reported ${displayDate(fact.valid.from)})`;
  return text;
}

function replacementFor(fact: IQuantityFact, claim: QuantityClaim): string {
  const v = canonical(fact.value);
  const amount = claim.basis === 'sparse' && v.sparse !== undefined ? v.sparse : v.amount;
  // A share's or tariff's fix replaces the digits only: the draft's percent sign (or "per cent") stays.
  if (claim.attribute === 'relative_performance' || claim.attribute === 'revenue_share' || claim.attribute === 'tariff')
    return fmt(amount);
  const inWords = claim.numberWords?.[amount];
  if (inWords) return inWords;
  return claim.draftUnit ? `${fmt(amount * claim.toDraftUnit)} ${claim.draftUnit}` : fmt(amount * claim.toDraftUnit);
}

function quantityCandidates(claim: QuantityClaim, index: RecordIndex, asOf: string): IQuantityFact[] {
  if (claim.attribute === 'revenue_share') {
    const all =
      claim.entityId === 'deal'
        ? [...index.facts.values()].filter(
            (f): f is IQuantityFact => f.kind === 'quantity' && f.attribute === 'revenue_share',
          )
        : index.quantityFacts(claim.entityId, 'revenue_share');
    // A chip names its deal; otherwise the date must.
    if (claim.entityId !== 'deal' || !claim.date) return claim.entityId === 'deal' ? [] : all;
    return all.filter((f) => dealDateMatches(f, claim, index));
  }
  let facts = index.quantityFacts(claim.entityId, claim.attribute);
  if (!facts.length && claim.attribute === 'fp16_tensor') facts = index.quantityFacts(claim.entityId, 'bf16_tensor');
  if (claim.attribute === 'relative_performance') facts = facts.filter((f) => f.relativeTo === claim.relativeTo);
  if (claim.variantId) facts = facts.filter((f) => !f.variant || f.variant === claim.variantId);
  // "Nvidia took a $5.5 billion charge": the charge taken is the figure current at the as-of date,
  // not April's estimate.
  if (claim.attribute === 'charge' && claim.chargeMode === 'taken') facts = facts.filter((f) => validAt(f, asOf));
  // "warned that the rules would cost it $4.5 billion": an expectation is the estimate's figure (the one the record
  // dates as superseded), not the charge later taken.
  if (claim.attribute === 'charge' && claim.chargeMode === 'expected') {
    const estimates = facts.filter((f) => f.valid?.to);
    if (estimates.length) facts = estimates;
  }
  // A value the record (or a pack) dates holds only in its window: outside it the record cannot judge the claim
  // (a pack's 96 GB "valid" on 1 January 2000 does not contradict 141 GB today). A charge's window is its own story.
  if (claim.attribute !== 'charge' && facts.some((f) => f.valid)) facts = facts.filter((f) => validAt(f, asOf));
  return facts;
}

function dealDateMatches(f: IQuantityFact, claim: QuantityClaim, index: RecordIndex): boolean {
  const event = f.relativeTo ? index.facts.get(f.relativeTo) : undefined;
  return !!claim.date && event?.kind === 'event' && dateMatches(claim.date, event.date);
}

export function compareQuantity(claim: QuantityClaim, index: RecordIndex, asOf: string): Comparison {
  const facts = quantityCandidates(claim, index, asOf);
  if (!facts.length) return unknown();
  // "15% of H20 revenue under a deal struck in 2024": right share, wrong date.
  if (
    claim.attribute === 'revenue_share' &&
    claim.entityId !== 'deal' &&
    claim.date &&
    !facts.some((f) => dealDateMatches(f, claim, index))
  ) {
    const dates = facts
      .map((f) => index.facts.get(f.relativeTo ?? ''))
      .filter((e): e is IEventFact => e?.kind === 'event');
    const dealDates = dates.map((e) => `${displayDate(e.date)} (${e.summary})`).join('; ');
    // A date mismatch never hides the value: when the share differs too, both are said.
    const valueMatches = facts.some((f) =>
      amountsOf(f.value, claim.basis).some((a) => within(claim, a, !!f.value.approximate)),
    );
    if (valueMatches)
      return {
        verdict: 'contradicted',
        facts: [...facts, ...dates],
        recorded: dealDates,
        detail: `The deal’s date differs: the draft says ${claim.date.text}.`,
      };
    // No one-word fix: the share alone would leave the date wrong; the sentence needs both changed.
    return {
      verdict: 'contradicted',
      facts: [...facts, ...dates],
      recorded: `${describeFacts(facts, (f) => describeQuantity(f, claim, index))}, under the deal of ${dealDates}`,
      detail: `Both differ: the share, and the date (the draft says ${claim.date.text}).`,
    };
  }
  const mainMatch = facts.filter((f) =>
    amountsOf(f.value, claim.basis).some((a) => within(claim, a, !!f.value.approximate)),
  );
  const conflictMatch = facts.filter((f) =>
    f.conflicts.some(
      (c) =>
        typeof c.value === 'object' &&
        amountsOf(c.value, claim.basis).some((a) => within(claim, a, !!(c.value as Quantity).approximate)),
    ),
  );
  const recorded = describeFacts(facts, (f) => describeQuantity(f, claim, index));
  if (mainMatch.some((f) => !f.conflicts.length || f.conflictResolution === 'preferred')) {
    return {
      verdict: 'supported',
      facts: mainMatch,
      recorded: describeFacts(mainMatch, (f) => describeQuantity(f, claim, index)),
    };
  }
  // A range or a multiple wide enough to hold every side of a dispute ("between 180 and 192 GB") takes no side.
  const coversEverySide =
    (claim.impliedBy !== undefined || claim.range === true) &&
    facts.every(
      (f) =>
        mainMatch.includes(f) &&
        f.conflicts.every(
          (c) =>
            typeof c.value !== 'object' ||
            amountsOf(c.value, claim.basis).some((a) => within(claim, a, !!(c.value as Quantity).approximate)),
        ),
    );
  if (coversEverySide)
    return {
      verdict: 'supported',
      facts: mainMatch,
      recorded: describeFacts(mainMatch, (f) => describeQuantity(f, claim, index)),
    };
  if (mainMatch.length || conflictMatch.length) {
    const fs = [...new Set([...mainMatch, ...conflictMatch])];
    return { verdict: 'disputed', facts: fs, recorded, detail: conflictDetail(fs, claim, index) };
  }
  const distinct = new Set(facts.map((f) => replacementFor(f, claim)));
  const estimate =
    claim.chargeMode === 'taken'
      ? index
          .quantityFacts(claim.entityId, 'charge')
          .find((f) => !facts.includes(f) && within(claim, canonical(f.value).amount, !!f.value.approximate))
      : undefined;
  return {
    verdict: 'contradicted',
    facts: estimate ? [...facts, estimate] : facts,
    recorded,
    ...(distinct.size === 1 ? { replacement: [...distinct][0]! } : {}),
    ...(facts.some((f) => f.conflicts.length) ? { detail: conflictDetail(facts, claim, index) } : {}),
    ...(estimate
      ? { detail: `The draft’s figure is the charge expected beforehand: ${describeQuantity(estimate, claim, index)}.` }
      : {}),
  };
}

function conflictDetail(facts: IQuantityFact[], claim: QuantityClaim, index: RecordIndex): string | undefined {
  const parts: string[] = [];
  for (const f of facts) {
    for (const c of f.conflicts) {
      if (typeof c.value !== 'object') continue;
      const who = c.citations.map((x) => index.sources.get(x.source)?.publisher ?? x.source).join(', ');
      parts.push(`${describeQuantity({ ...f, value: c.value, variant: f.variant }, claim, index)} per ${who}`);
    }
  }
  return parts.length
    ? `Sources disagree: ${describeQuantity(facts[0]!, claim, index)} per ${sourceNames(facts[0]!, index)}; ${parts.join('; ')}.`
    : undefined;
}
