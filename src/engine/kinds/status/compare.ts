/**
 * Status claims × the record: the export status on one side at the as-of date, and
 * "the most powerful chip" claims.
 */
import type { StatusClaim } from '../../claims/types';
import { displayDate, recordDateBounds } from '../../dates/dates';
import type { IStatusFact, RecordIndex } from '../../record/record-index';
import type { ExportStatus, StatusSide } from '../../record/schema';
import { unknown, validAt, type Comparison } from '../comparison';
import { canonical } from '../quantity/compare';

const COMPATIBLE: Record<StatusClaim['polarity'], ExportStatus[]> = {
  banned: ['licence_required', 'prohibited', 'import_blocked'],
  restricted: [
    'licence_required',
    'licensed',
    'approved_pending',
    'prohibited',
    'case_by_case',
    'import_blocked',
    'purchase_discouraged',
    'import_conditional',
  ],
  allowed: ['unrestricted', 'licensed', 'approved_pending', 'import_conditional', 'import_allowed'],
  unrestricted: ['unrestricted', 'import_allowed'],
};
/** A ban said to be total ("banned outright") matches only statuses with no licence route. */
const OUTRIGHT_BAN: ExportStatus[] = ['prohibited', 'import_blocked'];
/**
 * A licence route said to exist ("can be licensed") matches no status without one; sales said to go through
 * licences ("can be sold under US licences") match none that needs no licence.
 */
const NO_ROUTE: ExportStatus[] = ['prohibited', 'import_blocked', 'unrestricted', 'import_allowed'];
const compatible = (claim: StatusClaim): ExportStatus[] =>
  claim.outright
    ? OUTRIGHT_BAN
    : claim.licensable
      ? COMPATIBLE[claim.polarity].filter((s) => !NO_ROUTE.includes(s))
      : COMPATIBLE[claim.polarity];
const STATUS_WORDS: Record<ExportStatus, string> = {
  unrestricted: 'exportable to China without a licence',
  licence_required: 'subject to a US export licence for China, with none being granted',
  licensed: 'exportable to China under US licences',
  approved_pending: 'approved for sale to approved Chinese customers, licences under review',
  prohibited: 'not exportable to China',
  case_by_case:
    'licensable to China case by case under the January 2026 BIS rule (no presumption of denial; no licence reported granted)',
  import_blocked: 'not let into China by the Chinese authorities',
  purchase_discouraged: 'discouraged by Chinese guidance (not banned)',
  import_conditional: 'allowed into China for some buyers, with conditions',
  import_allowed: 'not restricted by China',
};

/** The status on one side (US export, the default, or China's import) at a date. */
export function statusAt(
  index: RecordIndex,
  entity: string,
  asOf: string,
  side: StatusSide = 'us-export',
): IStatusFact | undefined {
  return index.statusTimeline(entity).find((s) => s.side === side && validAt(s, asOf) && startedBy(index, s, asOf));
}

/** Whether the status had begun by the as-of date: one with no valid.from, from its entity's first appearance. */
const startedBy = (index: RecordIndex, s: IStatusFact, asOf: string) => {
  const from = index.statusFrom(s);
  return !from || from <= asOf;
};

function describeStatus(s: IStatusFact, index: RecordIndex): string {
  return `${STATUS_WORDS[s.status]} (since ${statusStart(s, index)})`;
}

/**
 * Since when a status applies, in words: its valid.from, else its entity's first appearance in the record (a status
 * with no valid.from applies from there: RecordIndex.statusFrom), "its announcement on 13 November 2023", at the
 * event's own precision ("its launch in November 2023"). "The start of the record" only for a status with neither.
 */
function statusStart(s: IStatusFact, index: RecordIndex): string {
  if (s.valid.from) return displayDate(s.valid.from);
  const first = index.firstAppearanceEvent(s.entity);
  if (!first) return 'the start of the record';
  const what = first.type === 'announced' ? 'its announcement' : 'its launch';
  return `${what} ${first.date.length === 10 ? 'on' : 'in'} ${displayDate(first.date)}`;
}

export function compareStatus(claim: StatusClaim, index: RecordIndex, asOf: string): Comparison {
  // A claim is judged against the side it talks about; the reader sets no side yet, so: US export.
  const side = claim.side ?? 'us-export';
  const timeline = index.statusTimeline(claim.entityId).filter((s) => s.side === side);
  if (!timeline.length) return unknown();
  const now = statusAt(index, claim.entityId, asOf, side);
  if (!now) return unknown();
  const name = index.entityName(claim.entityId);
  if (claim.never) return compareNever(claim, timeline, asOf, name, index);
  const recorded = `the ${name} is ${describeStatus(now, index)}`;
  const ok = compatible(claim).includes(now.status);
  // "can be sold to China" against case-by-case review: neither right nor wrong on the record.
  if (!ok && claim.polarity === 'allowed' && now.status === 'case_by_case') return unknown([now]);
  // "Chinese firms can buy the L20" against Beijing's guidance to avoid it: discouraged is not barred.
  if (!ok && claim.polarity === 'allowed' && now.status === 'purchase_discouraged') return unknown([now]);
  // "cannot be licensed" against a licence requirement under which none is granted: what a buyer meets in practice,
  // though the rule keeps a route; neither right nor wrong on the record.
  if (!ok && claim.licenceDenied && now.status === 'licence_required') return unknown([now]);
  if (ok && claim.superlative) return compareSuperlative(claim, index, asOf, now);
  if (ok) return { verdict: 'supported', facts: [now], recorded };
  // "The H20 is banned in China" while Washington licenses it case by case and Beijing blocks it: true of one side.
  if (claim.eitherSide && side === 'us-export') {
    const china = statusAt(index, claim.entityId, asOf, 'china-import');
    if (china && compatible(claim).includes(china.status))
      return {
        verdict: 'supported',
        facts: [china],
        recorded: `the ${name} is ${describeStatus(china, index)}`,
        detail: `On the US side it is ${describeStatus(now, index)}.`,
      };
  }
  const earlier = timeline.filter((s) => s.valid.to && s.valid.to <= asOf && compatible(claim).includes(s.status));
  // "no longer …" and "… now" say how things stand today: a past state like the claim does not excuse it.
  if (earlier.length && !claim.noLonger && !claim.now) {
    const last = earlier[earlier.length - 1]!;
    return {
      verdict: 'outdated',
      facts: [now, last],
      recorded,
      detail: `That was true until ${displayDate(last.valid.to!)}.`,
    };
  }
  return { verdict: 'contradicted', facts: [now], recorded };
}

/** "The H20 was never banned": wrong if any period up to the as-of date had that status. */
function compareNever(
  claim: StatusClaim,
  timeline: IStatusFact[],
  asOf: string,
  name: string,
  index: RecordIndex,
): Comparison {
  const past = timeline.filter((s) => startedBy(index, s, asOf));
  const counter = past.find((s) => compatible(claim).includes(s.status));
  if (!counter) return { verdict: 'supported', facts: past, recorded: `the ${name} never was (the record's timeline)` };
  return {
    verdict: 'contradicted',
    facts: [counter],
    recorded: `the ${name} was ${describeStatus(counter, index)}`,
    detail: `The record has the ${name} ${STATUS_WORDS[counter.status]} from ${statusStart(counter, index)}${counter.valid.to ? ` to ${displayDate(counter.valid.to)}` : ''}.`,
  };
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
    const first = index
      .events(id)
      .filter((e) => e.type === 'announced' || e.type === 'launched')
      .map((e) => recordDateBounds(e.date).from)
      .sort()[0];
    return !first || first <= asOf;
  };
  const stronger = [...index.entities.values()]
    .filter((e) => e.kind === 'chip' && e.id !== claim.entityId && existed(e.id))
    .map((e) => ({ e, s: statusAt(index, e.id, asOf) }))
    .filter((x) => x.s && COMPATIBLE.allowed.includes(x.s.status) && power(x.e.id) > mine);
  if (!stronger.length)
    return {
      verdict: 'supported',
      facts: [own],
      recorded: `the ${index.entityName(claim.entityId)} is ${describeStatus(own, index)}`,
    };
  const first = stronger[0]!;
  const since = first.s!.valid.from;
  const becameTrueLater = since && since > (own.valid.from ?? '');
  return {
    verdict: becameTrueLater ? 'outdated' : 'contradicted',
    facts: [own, first.s!],
    recorded: `the ${first.e.name} is ${describeStatus(first.s!, index)}`,
    replacement: first.e.name,
    detail: becameTrueLater
      ? `The ${first.e.name}, a more powerful chip, became exportable on ${displayDate(since!)}.`
      : undefined,
  };
}
