/**
 * Claim × record at the as-of date → verdict. Every verdict names the facts it
 * rests on; a contradiction also carries the recorded wording for a fix.
 */
import type { CategoryClaim, Claim, EventClaim, EventFamily, QuantityClaim, StatusClaim } from '../claims/types';
import { dateDistance, dateMatches, displayDate, formatDateLike, recordDateBounds } from '../dates/dates';
import type { OriginFact } from '../record/load';
import type { ICategoryFact, IEventFact, IQuantityFact, IStatusFact, RecordIndex } from '../record/record-index';
import type { EventType, ExportStatus, Quantity, StatusSide } from '../record/schema';
import type { Verdict } from '../types';
import { withThousands } from '../format';

export interface Comparison {
  verdict: Verdict;
  facts: OriginFact[];
  /** The recorded value worded for a reader. */
  recorded: string;
  /** What the draft's value words should become, when one answer is clear. */
  replacement?: string;
  /** The fact the replacement comes from, whose sources a citation names. */
  replacementFact?: OriginFact;
  /** Extra sentence for the message (a conflict, a change of status). */
  detail?: string;
}

const unknown = (facts: OriginFact[] = []): Comparison => ({ verdict: 'unknown', facts, recorded: '' });

export function compare(claim: Claim, index: RecordIndex, asOf: string): Comparison {
  switch (claim.kind) {
    case 'quantity':
      return compareQuantity(claim, index, asOf);
    case 'category':
      return compareCategory(claim, index, asOf);
    case 'event-date':
      return compareEvent(claim, index);
    case 'status':
      return compareStatus(claim, index, asOf);
  }
}

// ---------- quantities ----------

const fmt = (n: number) => (Number.isInteger(n) ? withThousands(n) : String(Number(n.toPrecision(6))));

/** Record units → the canonical units claims are read in (GB, GB/s, TFLOPS, W). */
const TO_CANONICAL: Partial<Record<Quantity['unit'], { unit: Quantity['unit']; factor: number }>> = {
  TB: { unit: 'GB', factor: 1000 },
  'TB/s': { unit: 'GB/s', factor: 1000 },
  PFLOPS: { unit: 'TFLOPS', factor: 1000 },
  kW: { unit: 'W', factor: 1000 },
};

export function canonical(q: Quantity): Quantity {
  const c = TO_CANONICAL[q.unit];
  if (!c) return q;
  return { ...q, unit: c.unit, amount: q.amount * c.factor, ...(q.sparse !== undefined ? { sparse: q.sparse * c.factor } : {}) };
}

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
  const tol = Math.max(claim.tolerance, claim.attribute === 'revenue_share' ? 0 : recordTolerance(recorded)) + 1e-9 + (approximateRecord ? 0.05 * recorded : 0);
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

const UNIT_LABEL: Record<string, string> = { count: '', billion: ' billion', '%': '%', 'USD billion': ' billion USD' };

function describeQuantity(fact: IQuantityFact, claim: QuantityClaim, index: RecordIndex): string {
  const v = canonical(fact.value);
  const inDraft = (n: number) => (claim.toDraftUnit !== 1 && ['GB', 'GB/s', 'TFLOPS', 'W'].includes(v.unit) ? `${fmt(n * claim.toDraftUnit)} ${claim.draftUnit}` : `${fmt(n)}${UNIT_LABEL[v.unit] ?? ` ${v.unit}`}`);
  let text = `${v.approximate ? 'about ' : ''}${inDraft(v.amount)}`;
  if (fact.attribute === 'relative_performance') text = `${v.approximate ? 'about ' : ''}${fmt(v.amount)}× the ${index.entityName(fact.relativeTo ?? '')}`;
  if (v.sparse !== undefined) text += ` dense (${inDraft(v.sparse)} with sparsity)`;
  if (fact.variant) text += ` for the ${index.entities.get(fact.entity)?.variants.find((x) => x.id === fact.variant)?.name ?? fact.variant}`;
  // A charge is a figure of its time: the April estimate, then the charge taken.
  if (fact.attribute === 'charge' && fact.valid?.to) text += ` (expected from ${displayDate(fact.valid.from ?? '')} until ${displayDate(fact.valid.to)})`;
  else if (fact.attribute === 'charge' && fact.valid?.from) text += ` (taken, reported ${displayDate(fact.valid.from)})`;
  return text;
}

function replacementFor(fact: IQuantityFact, claim: QuantityClaim): string {
  const v = canonical(fact.value);
  const amount = claim.basis === 'sparse' && v.sparse !== undefined ? v.sparse : v.amount;
  // A share's fix replaces the digits only: the draft's percent sign (or "per cent") stays.
  if (claim.attribute === 'relative_performance' || claim.attribute === 'revenue_share') return fmt(amount);
  return `${fmt(amount * claim.toDraftUnit)} ${claim.draftUnit}`;
}

function quantityCandidates(claim: QuantityClaim, index: RecordIndex, asOf: string): IQuantityFact[] {
  if (claim.attribute === 'revenue_share') {
    const all = claim.entityId === 'deal' ? [...index.facts.values()].filter((f): f is IQuantityFact => f.kind === 'quantity' && f.attribute === 'revenue_share') : index.quantityFacts(claim.entityId, 'revenue_share');
    // A chip names its deal; otherwise the date must.
    if (claim.entityId !== 'deal' || !claim.date) return claim.entityId === 'deal' ? [] : all;
    return all.filter((f) => dealDateMatches(f, claim, index));
  }
  let facts = index.quantityFacts(claim.entityId, claim.attribute);
  if (!facts.length && claim.attribute === 'fp16_tensor') facts = index.quantityFacts(claim.entityId, 'bf16_tensor');
  if (claim.attribute === 'relative_performance') facts = facts.filter((f) => f.relativeTo === claim.relativeTo);
  if (claim.variantId) facts = facts.filter((f) => !f.variant || f.variant === claim.variantId);
  // "Nvidia took a $5.5 billion charge": the charge taken is the figure current at the as-of date, not April's estimate.
  if (claim.attribute === 'charge' && claim.chargeMode === 'taken') facts = facts.filter((f) => validAt(f, asOf));
  return facts;
}

function dealDateMatches(f: IQuantityFact, claim: QuantityClaim, index: RecordIndex): boolean {
  const event = f.relativeTo ? index.facts.get(f.relativeTo) : undefined;
  return !!claim.date && event?.kind === 'event' && dateMatches(claim.date, event.date);
}

function compareQuantity(claim: QuantityClaim, index: RecordIndex, asOf: string): Comparison {
  const facts = quantityCandidates(claim, index, asOf);
  if (!facts.length) return unknown();
  // "15% of H20 revenue under a deal struck in 2024": right share, wrong date.
  if (claim.attribute === 'revenue_share' && claim.entityId !== 'deal' && claim.date && !facts.some((f) => dealDateMatches(f, claim, index))) {
    const dates = facts.map((f) => index.facts.get(f.relativeTo ?? '')).filter((e): e is IEventFact => e?.kind === 'event');
    const dealDates = dates.map((e) => `${displayDate(e.date)} (${e.summary})`).join('; ');
    // A date mismatch never hides the value: when the share differs too, both are said.
    const valueMatches = facts.some((f) => amountsOf(f.value, claim.basis).some((a) => within(claim, a, !!f.value.approximate)));
    if (valueMatches) return { verdict: 'contradicted', facts: [...facts, ...dates], recorded: dealDates, detail: `The deal’s date differs: the draft says ${claim.date.text}.` };
    // No one-word fix: the share alone would leave the date wrong; the sentence needs both changed.
    return {
      verdict: 'contradicted',
      facts: [...facts, ...dates],
      recorded: `${describeFacts(facts, (f) => describeQuantity(f, claim, index))}, under the deal of ${dealDates}`,
      detail: `Both differ: the share, and the date (the draft says ${claim.date.text}).`,
    };
  }
  const mainMatch = facts.filter((f) => amountsOf(f.value, claim.basis).some((a) => within(claim, a, !!f.value.approximate)));
  const conflictMatch = facts.filter((f) =>
    f.conflicts.some((c) => typeof c.value === 'object' && amountsOf(c.value, claim.basis).some((a) => within(claim, a, !!(c.value as Quantity).approximate))),
  );
  const recorded = describeFacts(facts, (f) => describeQuantity(f, claim, index));
  if (mainMatch.some((f) => !f.conflicts.length || f.conflictResolution === 'preferred')) {
    return { verdict: 'supported', facts: mainMatch, recorded: describeFacts(mainMatch, (f) => describeQuantity(f, claim, index)) };
  }
  if (mainMatch.length || conflictMatch.length) {
    const fs = [...new Set([...mainMatch, ...conflictMatch])];
    return { verdict: 'disputed', facts: fs, recorded, detail: conflictDetail(fs, claim, index) };
  }
  const distinct = new Set(facts.map((f) => replacementFor(f, claim)));
  const estimate = claim.chargeMode === 'taken' ? index.quantityFacts(claim.entityId, 'charge').find((f) => !facts.includes(f) && within(claim, canonical(f.value).amount, !!f.value.approximate)) : undefined;
  return {
    verdict: 'contradicted',
    facts: estimate ? [...facts, estimate] : facts,
    recorded,
    ...(distinct.size === 1 ? { replacement: [...distinct][0]! } : {}),
    ...(facts.some((f) => f.conflicts.length) ? { detail: conflictDetail(facts, claim, index) } : {}),
    ...(estimate ? { detail: `The draft’s figure is the charge expected beforehand: ${describeQuantity(estimate, claim, index)}.` } : {}),
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
  return parts.length ? `Sources disagree: ${describeQuantity(facts[0]!, claim, index)} per ${sourceNames(facts[0]!, index)}; ${parts.join('; ')}.` : undefined;
}

function sourceNames(f: OriginFact, index: RecordIndex): string {
  return f.citations.map((c) => index.sources.get(c.source)?.publisher ?? c.source).join(', ');
}

function describeFacts<T extends OriginFact>(facts: T[], describe: (f: T) => string): string {
  return [...new Set(facts.map(describe))].join('; ');
}

// ---------- categories ----------

const normLiteral = (s: string) => s.toLowerCase().replace(/[\s-]+/g, '');

function categoryMatches(f: ICategoryFact, value: string): boolean {
  return normLiteral(f.value) === normLiteral(value);
}

function describeCategory(f: ICategoryFact, index: RecordIndex): string {
  const value = index.entities.has(f.value) ? index.entityName(f.value) : f.value;
  return f.attribute === 'role' && f.at ? `${value} at ${index.entityName(f.at)}` : value;
}

function validAt(f: OriginFact, asOf: string): boolean {
  return (!f.valid?.from || f.valid.from <= asOf) && (!f.valid?.to || asOf < f.valid.to);
}

function compareCategory(claim: CategoryClaim, index: RecordIndex, asOf: string): Comparison {
  let facts = index.categoryFacts(claim.entityId, claim.attribute);
  if (claim.variantId) facts = facts.filter((f) => !f.variant || f.variant === claim.variantId);
  if (!facts.length) return unknown();
  if (claim.attribute === 'role') return compareRole(claim, facts, index, asOf);
  const current = facts.filter((f) => validAt(f, asOf));
  const pool = current.length ? current : facts;
  const recorded = describeFacts(pool, (f) => describeCategory(f, index));
  const main = pool.filter((f) => categoryMatches(f, claim.value));
  const conflict = pool.filter((f) => f.conflicts.some((c) => typeof c.value === 'string' && normLiteral(c.value) === normLiteral(claim.value)));
  // "does not use HBM3e": wrong when the record says it does, right when the record names another value.
  if (claim.negated) {
    if (conflict.length) return unknown(conflict);
    return main.length ? { verdict: 'contradicted', facts: main, recorded } : { verdict: 'supported', facts: pool, recorded };
  }
  if (main.some((f) => !f.conflicts.length || f.conflictResolution === 'preferred')) return { verdict: 'supported', facts: main, recorded };
  if (main.length || conflict.length) {
    const fs = [...new Set([...main, ...conflict])];
    const others = fs.flatMap((f) => f.conflicts.map((c) => `${String(c.value)} per ${c.citations.map((x) => index.sources.get(x.source)?.publisher ?? x.source).join(', ')}`));
    return { verdict: 'disputed', facts: fs, recorded, detail: `Sources disagree: ${recorded} per ${sourceNames(fs[0]!, index)}; ${others.join('; ')}.` };
  }
  const past = facts.filter((f) => f.valid?.to && f.valid.to <= asOf && categoryMatches(f, claim.value));
  if (past.length) return { verdict: 'outdated', facts: [...past, ...current], recorded, detail: `True until ${displayDate(past[0]!.valid!.to!)}.` };
  const names = new Set(pool.map((f) => describeCategory(f, index)));
  return { verdict: 'contradicted', facts: pool, recorded, ...(names.size === 1 ? { replacement: [...names][0]! } : {}) };
}

const CEO = /\b(?:ceo|chief executive)\b/i;
/** Officer titles one person holds one of at a company: a different one is a different job. */
const OFFICER_TITLES: [RegExp, string][] = [
  [/\b(?:ceo|chief executive(?: officer)?)\b/i, 'ceo'],
  [/\b(?:cfo|chief financial officer|finance chief)\b/i, 'cfo'],
  [/\b(?:coo|chief operating officer)\b/i, 'coo'],
  [/\b(?:cto|chief technology officer|chief technical officer)\b/i, 'cto'],
];
const officerTitle = (title: string) => OFFICER_TITLES.find(([re]) => re.test(title))?.[1];

function compareRole(claim: CategoryClaim, facts: ICategoryFact[], index: RecordIndex, asOf: string): Comparison {
  const atOrg = facts.filter((f) => f.at === claim.at);
  const current = facts.filter((f) => validAt(f, asOf));
  const recorded = describeFacts(current.length ? current : facts, (f) => describeCategory(f, index));
  const currentAtOrg = atOrg.filter((f) => validAt(f, asOf));
  // "Jensen Huang, Nvidia's chief financial officer": the right company, another officer's title.
  const claimed = officerTitle(claim.value);
  const held = currentAtOrg.map((f) => officerTitle(f.value)).filter((t): t is string => !!t);
  if (claimed && held.length && !held.includes(claimed)) return { verdict: 'contradicted', facts: currentAtOrg, recorded };
  if (currentAtOrg.length) return { verdict: 'supported', facts: atOrg, recorded };
  const ended = atOrg.filter((f) => f.valid?.to && f.valid.to <= asOf);
  if (ended.length) return { verdict: 'outdated', facts: [...ended, ...current], recorded, detail: `That role ended in ${displayDate(ended[0]!.valid!.to!)}.` };
  // A chief executive of one company is not, at the same time, the chief executive of another.
  if (CEO.test(claim.value) && current.some((f) => CEO.test(f.value) && f.at && f.at !== claim.at)) {
    return { verdict: 'contradicted', facts: current, recorded };
  }
  return unknown(atOrg);
}

// ---------- events ----------

const FAMILY_TYPES: Record<EventFamily, EventType[]> = {
  restrict: ['export_licence_required', 'rule_released', 'rule_effective'],
  announce: ['announced', 'launched', 'production', 'model_released'],
  rescind: ['rule_rescinded', 'rule_suspended'],
  approve: ['export_approved', 'licences_issued', 'licences_assured', 'deal_announced'],
  report: ['report_published'],
  issue: ['rule_released', 'rule_effective', 'announced', 'licence_review', 'guidance_issued'],
};

export const FAMILY_WORDS: Record<EventFamily, string> = {
  restrict: 'export restrictions',
  announce: 'announcement and launch',
  rescind: 'rescission',
  approve: 'export approvals',
  report: 'publication',
  issue: 'issue and effective dates',
};

const EVENT_WORDS: Record<EventType, string> = {
  announced: 'announced',
  launched: 'launched',
  production: 'production',
  export_licence_required: 'licence requirement',
  rule_released: 'rule issued',
  rule_effective: 'rule in force',
  rule_rescinded: 'rescinded',
  licences_assured: 'licences assured',
  licences_issued: 'licences issued',
  export_approved: 'sales approved',
  deal_announced: 'deal announced',
  china_restriction: 'Chinese restriction',
  report_published: 'published',
  licence_review: 'licence review',
  rule_suspended: 'rule suspended',
  guidance_issued: 'guidance issued',
  charges_filed: 'charges filed',
  results_reported: 'results reported',
  model_released: 'released',
};

/**
 * The event a fix should name. Restrictions began with the first rule that
 * covered the chip, so that is the correction; otherwise the nearest event.
 */
function suggestedEvent(claim: EventClaim, events: IEventFact[]): IEventFact {
  if (claim.family === 'restrict') {
    const rules = events.filter((e) => e.type === 'rule_released');
    return (rules.length ? rules : events)[0]!;
  }
  return [...events].sort((a, b) => dateDistance(claim.date, a.date) - dateDistance(claim.date, b.date))[0]!;
}

/** Events this close to the earliest one count as the first (one policy wave). */
const FIRST_WAVE_DAYS = 90;
const daysBetween = (a: string, b: string) => (Date.parse(b.padEnd(10, '-01').slice(0, 10)) - Date.parse(a.padEnd(10, '-01').slice(0, 10))) / 86_400_000;

function compareEvent(claim: EventClaim, index: RecordIndex): Comparison {
  let events = index.events(claim.entityId).filter((e) => FAMILY_TYPES[claim.family].includes(e.type) && (!claim.onlyTypes || claim.onlyTypes.includes(e.type)));
  // A newspaper publishes many reports: only one that shares another named entity is the one meant.
  if (claim.family === 'report') events = events.filter((e) => e.entities.some((id) => claim.alongside.includes(id)));
  if (!events.length) return unknown();
  // "first restricted in October 2023": true only of the earliest such event.
  if (claim.first) {
    const earliest = events.reduce((a, b) => (b.date < a.date ? b : a));
    // The first wave: a licence letter in August 2022 and the rule of October 2022 are both "the first" restriction.
    const firstWave = events.filter((e) => daysBetween(earliest.date, e.date) <= FIRST_WAVE_DAYS);
    if (!firstWave.some((e) => dateMatches(claim.date, e.date))) {
      return { verdict: 'contradicted', facts: [earliest], recorded: `${displayDate(earliest.date)} (${EVENT_WORDS[earliest.type]}), the first`, detail: `The draft says this was the first; the record's first is ${displayDate(earliest.date)}.`, replacement: formatDateLike(claim.date, earliest.date), replacementFact: earliest };
    }
    events = firstWave;
  }
  const recorded = events.map((e) => `${displayDate(e.date)} (${EVENT_WORDS[e.type]})`).join(', ');
  const main = events.filter((e) => dateMatches(claim.date, e.date));
  const conflict = events.filter((e) => e.conflicts.some((c) => typeof c.value === 'string' && /^\d{4}/.test(c.value) && dateMatches(claim.date, c.value)));
  if (main.some((e) => !e.conflicts.length || e.conflictResolution === 'preferred')) return { verdict: 'supported', facts: main, recorded };
  if (main.length || conflict.length) return { verdict: 'disputed', facts: [...new Set([...main, ...conflict])], recorded };
  const suggested = suggestedEvent(claim, events);
  return { verdict: 'contradicted', facts: events, recorded, replacement: formatDateLike(claim.date, suggested.date), replacementFact: suggested };
}

// ---------- export status ----------

const COMPATIBLE: Record<StatusClaim['polarity'], ExportStatus[]> = {
  banned: ['licence_required', 'prohibited', 'import_blocked'],
  restricted: ['licence_required', 'licensed', 'approved_pending', 'prohibited', 'case_by_case', 'import_blocked', 'purchase_discouraged', 'import_conditional'],
  allowed: ['unrestricted', 'licensed', 'approved_pending', 'import_conditional', 'import_allowed'],
};
const STATUS_WORDS: Record<ExportStatus, string> = {
  unrestricted: 'exportable to China without a licence',
  licence_required: 'needs a US export licence for China, and none are being granted',
  licensed: 'exportable to China under US licences',
  approved_pending: 'approved for sale to approved Chinese customers, licences under review',
  prohibited: 'not exportable to China',
  case_by_case: 'licensable to China case by case under the January 2026 BIS rule (no presumption of denial; no licence reported granted)',
  import_blocked: 'not let into China by the Chinese authorities',
  purchase_discouraged: 'discouraged by Chinese guidance (not banned)',
  import_conditional: 'allowed into China for some buyers, with conditions',
  import_allowed: 'not restricted by China',
};

/** The status on one side (US export, the default, or China's import) at a date. */
export function statusAt(index: RecordIndex, entity: string, asOf: string, side: StatusSide = 'us-export'): IStatusFact | undefined {
  return index.statusTimeline(entity).find((s) => s.side === side && validAt(s, asOf));
}

function describeStatus(s: IStatusFact): string {
  return `${STATUS_WORDS[s.status]} (since ${s.valid.from ? displayDate(s.valid.from) : 'the start of the record'})`;
}

function compareStatus(claim: StatusClaim, index: RecordIndex, asOf: string): Comparison {
  // A claim is judged against the side it talks about; the reader sets no side yet, so: US export.
  const side = claim.side ?? 'us-export';
  const timeline = index.statusTimeline(claim.entityId).filter((s) => s.side === side);
  if (!timeline.length) return unknown();
  const now = statusAt(index, claim.entityId, asOf, side);
  if (!now) return unknown();
  const name = index.entityName(claim.entityId);
  const recorded = `the ${name} is ${describeStatus(now)}`;
  const ok = COMPATIBLE[claim.polarity].includes(now.status);
  // "can be sold to China" against case-by-case review: neither right nor wrong on the record.
  if (!ok && claim.polarity === 'allowed' && now.status === 'case_by_case') return unknown([now]);
  if (ok && claim.superlative) return compareSuperlative(claim, index, asOf, now);
  if (ok) return { verdict: 'supported', facts: [now], recorded };
  const earlier = timeline.filter((s) => s.valid.to && s.valid.to <= asOf && COMPATIBLE[claim.polarity].includes(s.status));
  if (earlier.length) {
    const last = earlier[earlier.length - 1]!;
    return { verdict: 'outdated', facts: [now, last], recorded, detail: `That was true until ${displayDate(last.valid.to!)}.` };
  }
  return { verdict: 'contradicted', facts: [now], recorded };
}

/** "The most powerful chip legally available in China is X": no stronger chip may be exportable then. */
function compareSuperlative(claim: StatusClaim, index: RecordIndex, asOf: string, own: IStatusFact): Comparison {
  const power = (id: string) => {
    const f = [...index.quantityFacts(id, 'fp16_tensor'), ...index.quantityFacts(id, 'bf16_tensor')];
    return Math.max(0, ...f.map((x) => canonical(x.value).amount));
  };
  const mine = power(claim.entityId);
  if (!mine) return unknown([own]);
  // A chip with an open-ended "unrestricted" start did not exist before it was announced.
  const existed = (id: string) => {
    const first = index.events(id).filter((e) => e.type === 'announced' || e.type === 'launched').map((e) => recordDateBounds(e.date).from).sort()[0];
    return !first || first <= asOf;
  };
  const stronger = [...index.entities.values()]
    .filter((e) => e.kind === 'chip' && e.id !== claim.entityId && existed(e.id))
    .map((e) => ({ e, s: statusAt(index, e.id, asOf) }))
    .filter((x) => x.s && COMPATIBLE.allowed.includes(x.s.status) && power(x.e.id) > mine);
  if (!stronger.length) return { verdict: 'supported', facts: [own], recorded: `the ${index.entityName(claim.entityId)} is ${describeStatus(own)}` };
  const first = stronger[0]!;
  const since = first.s!.valid.from;
  const becameTrueLater = since && since > (own.valid.from ?? '');
  return {
    verdict: becameTrueLater ? 'outdated' : 'contradicted',
    facts: [own, first.s!],
    recorded: `the ${first.e.name} is ${describeStatus(first.s!)}`,
    replacement: first.e.name,
    detail: becameTrueLater ? `The ${first.e.name}, a more powerful chip, became exportable on ${displayDate(since!)}.` : undefined,
  };
}

export type { IEventFact };

// ---------- one-row wording of the recorded value ----------

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

/** Up to two distinct values, "A or B", with "…" when there are more. */
function oneOrTwo(values: string[]): string {
  const distinct = [...new Set(values.filter(Boolean))];
  return distinct.slice(0, 2).join(' or ') + (distinct.length > 2 ? ' …' : '');
}

/**
 * The recorded value as short as a one-row message needs: "141 GB", "Hopper", "9 April 2025",
 * "approved, licences under review since 8 December 2025". Parentheticals (sparsity, the
 * kind of event) stay in the long wording; empty when the record holds nothing.
 */
export function briefOf(claim: Claim, c: Comparison, index: RecordIndex, nameOf = (id: string) => index.entityName(id)): string {
  if (!c.facts.length || c.verdict === 'unknown') return '';
  const since = (s: IStatusFact) => (s.valid.from ? ` since ${displayDate(s.valid.from)}` : '');
  switch (claim.kind) {
    case 'quantity': {
      const quantities = c.facts.filter((f): f is IQuantityFact => f.kind === 'quantity');
      const events = c.facts.filter((f): f is IEventFact => f.kind === 'event');
      // A share under a deal of another date: the deal's date is what differs.
      if (claim.attribute === 'revenue_share' && events.length && c.detail?.startsWith('The deal')) return `deal of ${oneOrTwo(events.map((e) => displayDate(e.date)))}`;
      // One fix: the value it puts in (the charge taken, not the estimate the draft used).
      const said = c.replacement !== undefined ? quantities.slice(0, 1) : quantities;
      return oneOrTwo(said.map((f) => describeQuantity(f, claim, index).replace(/ \((?:expected|taken)[^)]*\)$/, '').replace(/ dense \([^)]*\)/, ' dense')));
    }
    case 'category':
      return oneOrTwo(c.facts.filter((f): f is ICategoryFact => f.kind === 'category').map((f) => describeCategory(f, index)));
    case 'event-date': {
      const event = c.replacementFact?.kind === 'event' ? c.replacementFact : c.facts.find((f): f is IEventFact => f.kind === 'event');
      return event ? displayDate(event.date) + (claim.first ? ' (the first)' : '') : '';
    }
    case 'status': {
      const statuses = c.facts.filter((f): f is IStatusFact => f.kind === 'status');
      if (claim.superlative && c.replacement && statuses[1]) return `${nameOf(statuses[1].entity)}, exportable${since(statuses[1])}`;
      const now = statuses[0];
      return now ? `${STATUS_BRIEF[now.status]}${since(now)}` : '';
    }
  }
}
