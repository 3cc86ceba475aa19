/** Typed claims read from one sentence. Offsets are local to the sentence until pipeline/claims.ts shifts them. */
import type { DateExpr } from '../dates/dates';
import type { RawMention } from '../mentions/matcher';
import type { RecordIndex } from '../record/record-index';
import type { CategoryAttribute, EVENT_FAMILIES, QuantityAttribute } from '../record/schema';
import type { SentenceReading } from '../nlp/nlp';
import type { Span } from '../types';

export type Hedge = 'exact' | 'about' | 'nearly' | 'upTo' | 'moreThan' | 'atLeast' | 'lessThan' | 'atMost';

/** What every claim has, whatever its kind (a kind's own claim type extends it). */
export interface ClaimBase {
  /** The stretch to underline. */
  span: Span;
  /** The words a fix replaces. */
  valueSpan: Span;
  entityId: string;
  variantId?: string;
  /** Inside quotation marks or a blockquote. */
  quoted: boolean;
  /** The reading construction that found it (src/engine/reading); absent or "plain" for the sentence as written. */
  construction?: string;
  /**
   * Read through words that stand for more than the value ("a quarter" read as "25%", the value
   * being "25"): what a fix must add so the replacement reads in kind ("15" + "%").
   */
  fixSuffix?: string;
  /** The value's words are shared with another subject ("…, and so can the H800"): no one-word fix can be offered. */
  sharedValue?: boolean;
}

export interface QuantityClaim extends ClaimBase {
  kind: 'quantity';
  attribute: QuantityAttribute;
  /** In the attribute's canonical unit (GB, GB/s, TFLOPS, W, billion, count, %). */
  amount: number;
  /** Half a unit of the last digit the draft wrote, in the canonical unit: "3.4 TB/s" → 50 GB/s. */
  tolerance: number;
  hedge: Hedge;
  basis?: 'dense' | 'sparse';
  /** The unit as the draft wrote it, so a fix can answer in kind. */
  draftUnit: string;
  /** Multiply a canonical amount by this to get the draft's unit. */
  toDraftUnit: number;
  /** The draft wrote the number as a word ("a dual-die design"): a fix answers in the same form, by amount. */
  numberWords?: Readonly<Record<number, string>>;
  /** For relative_performance: the entity compared against. */
  relativeTo?: string;
  /** For revenue_share: the date the sentence ties the deal to, if any. */
  date?: DateExpr;
  /** For charge: the charge the draft says was taken, or the one expected beforehand (unsaid: either). */
  chargeMode?: ChargeMode;
  /**
   * The value is implied, not written: "4.8 TB/s, three times the H100 SXM's" says the H100 SXM has about 1.6 TB/s.
   * The words of the multiple ("three times") are kept for the message; such a claim offers no fix.
   */
  impliedBy?: string;
  /** The value is a range the draft wrote ("between 180 and 192 GB"): amount its middle, tolerance to both ends. */
  range?: boolean;
}

export type ChargeMode = 'taken' | 'expected';

export interface CategoryClaim extends ClaimBase {
  kind: 'category';
  attribute: CategoryAttribute;
  /** Entity id, or a literal such as "HBM3e". */
  value: string;
  /** The draft denies the value ("does not use HBM3e"). */
  negated?: boolean;
  /** For role: the organization named. */
  at?: string;
}

/** An event cue's family (the list is the record schema's, so a family is added in one place). */
export type EventFamily = (typeof EVENT_FAMILIES)[number];

export interface EventClaim extends ClaimBase {
  kind: 'event-date';
  family: EventFamily;
  date: DateExpr;
  /** The keyword names one kind of event: "announced" an announcement, "issued licences" the licences. */
  onlyTypes?: string[];
  /** The other entities named in the clause: which of several recorded events is meant. */
  alongside: string[];
  /** "first restricted in …": only the earliest recorded event of the family can be meant. */
  first?: boolean;
}

/** `restricted`: a licence is needed; `unrestricted`: no licence is needed ("can be exported without a licence"). */
export type StatusPolarity = 'banned' | 'restricted' | 'allowed' | 'unrestricted';

export interface StatusClaim extends ClaimBase {
  kind: 'status';
  polarity: StatusPolarity;
  /** "the most powerful chip legally available in China is X". */
  superlative: boolean;
  /** Which China question the claim answers; unset (the reader sets none yet) is the US export side. */
  side?: 'us-export' | 'china-import';
  /** "no longer needs a licence": says a state ended, so an earlier state like it does not make the claim outdated. */
  noLonger?: boolean;
  /** "can be sold freely now", "is currently banned": says the state holds today, so a past state like it does not make it merely outdated. */
  now?: boolean;
  /** "banned outright", "under any licence": a ban with no licence route, which a licence requirement never was. */
  outright?: boolean;
  /** "cannot be licensed": the route denied in so many words (what buyers meet when none is granted). */
  licenceDenied?: boolean;
  /** "was never banned": no period up to the as-of date had this polarity. */
  never?: boolean;
  /** "can be licensed", "can be sold under US licences": a licence route exists, which a prohibition has not. */
  licensable?: boolean;
  /**
   * "The H20 is banned in China": a ban said of the place, with no word of export, sale or import, may be either
   * side's; it is wrong only if neither side's status fits it.
   */
  eitherSide?: boolean;
}

/**
 * Every claim type, by its kind's id. A new kind declares its claim type from its own folder
 * (`declare module '../../claims/types' { interface ClaimTypes { price: PriceClaim } }`): the
 * union and the registry's keys (kinds/registry.ts) grow with it, with no edit here.
 */
export interface ClaimTypes {
  quantity: QuantityClaim;
  category: CategoryClaim;
  'event-date': EventClaim;
  status: StatusClaim;
}
export type Claim = ClaimTypes[keyof ClaimTypes];

export interface SentenceContext {
  text: string;
  mentions: RawMention[];
  dates: DateExpr[];
  /** Stretches inside quotation marks (local offsets). */
  quotes: Span[];
  /** The whole segment is a blockquote. */
  quotedSegment: boolean;
  asOf: string;
  index: RecordIndex;
  /** The paragraph is about China (names China or Chinese): "can be exported" there means to China. */
  topicChina?: boolean;
  /** The reading construction whose view this is (absent for the sentence as written). */
  construction?: string;
  /** compromise's reading, computed on first use. */
  reading: () => SentenceReading;
}

export function isQuoted(ctx: SentenceContext, start: number, end: number): boolean {
  return ctx.quotedSegment || ctx.quotes.some((q) => start >= q.start && end <= q.end);
}

/** Clause boundaries: a claim's parts must not straddle them. */
const CLAUSE_BREAK =
  /;|\s[—–]\s|—|\bbut\b|\bwhile\b|\bwhereas\b|\bunlike\b|\bcompared (?:with|to)\b|\bversus\b|\bvs\.?(?=\s)/gi;

/** The clause breaks of the last sentence asked about, as [start, end, start, end, …]: found once, then searched. */
let breaksOf: { text: string; breaks: number[] } | undefined;

export function clauseOf(text: string, at: number): Span {
  if (breaksOf?.text !== text) {
    const breaks: number[] = [];
    CLAUSE_BREAK.lastIndex = 0;
    for (let m = CLAUSE_BREAK.exec(text); m; m = CLAUSE_BREAK.exec(text)) breaks.push(m.index, m.index + m[0].length);
    breaksOf = { text, breaks };
  }
  const { breaks } = breaksOf;
  // The last break that ends at or before `at` starts the clause; the first that starts at or after it ends it.
  let lo = 0;
  let hi = breaks.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (breaks[2 * mid + 1]! <= at) lo = mid + 1;
    else hi = mid;
  }
  const start = lo > 0 ? breaks[2 * lo - 1]! : 0;
  let end = text.length;
  for (let i = lo; i < breaks.length / 2; i++) {
    if (breaks[2 * i]! >= at) {
      end = breaks[2 * i]!;
      break;
    }
  }
  return { start, end };
}

const NEGATION =
  /\b(?:not(?!\s+(?:only|least)\b)|never|no longer|no(?!\s+(?:small|mean|minor|little|surprise|doubt|wonder)\b)|cannot|can['’]t|won['’]t|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|doesn['’]t|don['’]t|didn['’]t|hasn['’]t|haven['’]t|hadn['’]t|shouldn['’]t|wouldn['’]t|couldn['’]t|neither|nor|nothing|none)\b/i;
/** Where the last clause after a semicolon or a colon starts in a stretch (0: none). */
function lastClauseBoundary(stretch: string): number {
  let at = 0;
  for (const m of stretch.matchAll(/[;:]\s/g)) at = m.index + 1;
  return at;
}
/** Words compromise may read as negation that the list above does not settle. */
const MAYBE_NEGATION = /\b(?:hardly|barely|scarcely|without|\w+n['’]t)\b/i;

/** Whether a stretch of the sentence is negated. The closed list answers most; compromise the rest. */
export function negatedBetween(ctx: SentenceContext, start: number, end: number): boolean {
  // A negation in a clause before a semicolon or colon is that clause's: "The H20 is not the fastest chip; it
  // carries 96 GB" states the 96 GB.
  const boundary = lastClauseBoundary(ctx.text.slice(start, end));
  if (boundary > 0) start += boundary;
  const stretch = ctx.text.slice(start, end);
  if (NEGATION.test(stretch)) return true;
  if (!MAYBE_NEGATION.test(stretch)) return false;
  return ctx.reading().negations.some((n) => n.start >= start && n.end <= end);
}

const longestSpan = new WeakMap<readonly Span[], number>();

/**
 * The spans of `sorted` (ordered by start, as mentions and dates are) that may
 * reach into [from, to]: those starting from `from` minus the longest span up
 * to `to`, in order, found by binary search. A superset: callers still apply
 * their exact test. It keeps "the mentions near this number" from being a
 * scan of the whole sentence per number.
 */
export function spansNear<T extends Span>(sorted: readonly T[], from: number, to: number): T[] {
  let longest = longestSpan.get(sorted);
  if (longest === undefined) {
    longest = 0;
    for (const s of sorted) longest = Math.max(longest, s.end - s.start);
    longestSpan.set(sorted, longest);
  }
  const lo = firstStartingFrom(sorted, from - longest);
  let end = lo;
  while (end < sorted.length && sorted[end]!.start <= to) end++;
  return sorted.slice(lo, end);
}

/** The index of the first span of `sorted` (ordered by start) that starts at or after `at` (binary search). */
export function firstStartingFrom(sorted: readonly Span[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * After a product's name, a noun that makes the name its modifier: "H20 instances", "H100-based servers", "H20
 * rivals". A verb's object is then that noun, not the product ("Alibaba launched H20 instances", "Inventec makes
 * H200 servers").
 */
export const MODIFIES_A_NOUN =
  /^(?:s|-(?:based|powered|equipped|class|grade))?\s+(?:instances?|servers?|clusters?|racks?|systems?|capacity|rentals?|orders?|sales|shipments?|supplies|supply|stock|inventory|exports?|imports?|deals?|contracts?|cloud|services?|computing|compute|nodes?|boxes|machines|workstations|data\s+cent(?:er|re)s?|farms?|access|demand|revenue|business|smuggling|purchases?|stockpiles?|equivalents?|rivals?|competitors?|substitutes?|alternatives?|clones?|knock-?offs?|bans?|curbs?|restrictions?|controls|embargo(?:es)?|licen[cs]es?|licensing|charges?|write-?downs?)\b/i;
