/**
 * Segment → mentions → claims: a prose segment or table cell, its sentences, the entities each
 * names, and what the kinds' readers read in every reading of them (reading/read.ts).
 */
import { firstStartingFrom, type Claim, type SentenceContext } from '../claims/types';
import {
  anchorAfter,
  findDatesInContext,
  timelineLead,
  type AnchoredWeekdayMismatch,
  type DateAnchor,
  type SaidWithDates,
} from '../dates/context';
import type { WeekdayMismatch } from '../dates/weekdays';
import type { DateExpr } from '../dates/dates';
import type { ClaimReader } from '../kinds/kind';
import { extractTableClaims } from '../kinds/table-cells';
import type { MentionMatcher, RawMention } from '../mentions/matcher';
import { readSentence as readSentenceNlp, type SentenceReading } from '../nlp/nlp';
import {
  heads,
  isDescriptiveFragment,
  isSpecLine,
  refersBack,
  sentenceAntecedents,
  type Antecedents,
} from '../reading/normalize';
import { readSentence, type SentenceReader } from '../reading/read';
import { CLOSING_AUX, LABEL_STATE, contrastPredicate } from '../reading/constructions';
import type { RecordIndex } from '../record/record-index';
import { quoteSpans } from '../segment/quotes';
import type { Segment } from '../segment/segment';
import { splitSentences, type Sentence } from '../segment/sentences';
import type { BlockClock } from './clock';

/**
 * A sentence naming more than this many chips, companies and rules, or longer than `LONG_SENTENCE_CHARS`, is
 * read in windows (`sentenceWindows`). Several readers pair a sentence's mentions and numbers with each other,
 * so a "sentence" that is a list of thousands of names or values (no full stop) would cost time with the square
 * of its length; real sentences name a handful and run to a few hundred characters.
 */
export const MAX_MENTIONS_PER_SENTENCE = 100;
/** Longer sentences are read in windows too (the accuracy corpus's longest is about 600 characters). */
export const LONG_SENTENCE_CHARS = 2_000;
/** A window reads `WINDOW_CORE` characters of the sentence, and `WINDOW_MARGIN` either side for context. */
const WINDOW_CORE = 1_000;
const WINDOW_MARGIN = 400;
/** How much of a windowed sentence's end every window also reads (`SentenceWindow.tail`). */
const WINDOW_TAIL = 80;

const CHINA = /\bChin(?:a|ese)\b/i;
/** The draft's title (front matter) or first heading, looked for in its opening only: the check stays cheap. */
const TITLE_LINE = /^(?:title:[^\n]*|#{1,2} [^\n]*)$/m;

/**
 * Whether the draft as a whole is about China (its title or first heading says so): then "the H100 remains
 * off-limits" needs no "to China".
 */
export function aboutChina(text: string): boolean {
  const title = TITLE_LINE.exec(text.slice(0, 2000));
  if (title && CHINA.test(title[0])) return true;
  // A lead that sets the beat ("… rewrote its licence policy for China"): one sentence with China and export rules.
  const lead = leadParagraph(text.slice(0, 3000));
  return !!lead && LEAD_CHINA_RULES.test(lead);
}
/** A sentence of the lead that names China's export or licence rules. */
const LEAD_CHINA_RULES =
  /\b(?:export\s+(?:controls?|rules?|curbs|polic(?:y|ies))|licen[cs]e\s+(?:policy|rules?|regime|requirements?))\s+(?:for|on|to|toward|towards|against)\s+(?:mainland\s+)?China\b|\bChina['’]s\s+(?:import|chip)\s+rules\b/i;
/** The draft's first paragraph of prose: after front matter, comments and headings. */
function leadParagraph(opening: string): string | undefined {
  const body = opening.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/<!--[\s\S]*?-->/g, '');
  return body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .find((p) => p && !/^(?:[#|><]|[-*+]\s|!\[|```)/.test(p));
}

/**
 * The one chip or system the draft's title (or first heading) names, if it names exactly one: a reference that
 * could be it or the sentence's subject is doubtful (reading/normalize.ts).
 */
/** The name of the chip's one variant whose name holds the form ("PCIe" → "H100 PCIe"), if there is exactly one. */
function variantNamed(index: RecordIndex, entityId: string, form: string): string | undefined {
  const key = form.replace(/\s+/g, '').toLowerCase();
  const found = (index.entities.get(entityId)?.variants ?? []).filter((v) =>
    v.name.replace(/\s+/g, '').toLowerCase().includes(key),
  );
  return found.length === 1 ? found[0]!.name : undefined;
}

/**
 * A mention as a later reference may say it: a model named by its short code where its maker is named ("DeepSeek
 * released V4") is said by its full name, since "its Pro version" → "V4's Pro version" has no maker to read it by.
 */
function namedAlone(m: RawMention, env: ClaimReading): RawMention {
  if (m.kind !== 'model' || env.matcher.find(m.text).some((x) => x.entityId === m.entityId)) return m;
  return { ...m, text: env.index.entityName(m.entityId) };
}

export function topicChipOf(text: string, matcher: MentionMatcher): RawMention | undefined {
  const title = TITLE_LINE.exec(text.slice(0, 2000));
  if (!title) return undefined;
  const chips = matcher.find(title[0]).filter((m) => m.kind === 'chip' || m.kind === 'system');
  if (new Set(chips.map((m) => m.entityId)).size !== 1) return undefined;
  // Offsets in the mention's own words: it stands in for a reference wherever one is read.
  return { ...chips[0]!, start: 0, end: chips[0]!.text.length };
}

/** What reading a segment needs: the record, its names, the kinds' readers, the block's clock. */
export interface ClaimReading {
  readonly index: RecordIndex;
  readonly matcher: MentionMatcher;
  readonly readers: readonly ClaimReader[];
  readonly clock: BlockClock;
}

/** Where a segment is read: the as-of date, whether the draft is about China, and the chip its title names. */
export interface SegmentPlace {
  readonly asOf: string;
  readonly draftAboutChina: boolean;
  readonly topicChip?: string;
  /** The title's mention of that chip (offsets in its own words), for "the chip" where nothing else is named. */
  readonly topicMention?: RawMention;
}

/** How many dated sentences a chunk keeps in mind for "the day before the rule was issued". */
const SAID_KEPT = 8;

/** Whether a text may hold a date that moves the calendar: a digit or a month's name. */
const MAY_DATE =
  /\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\b(?:later|earlier|next|following|previous|yesterday|day)\b/i;

/**
 * What a reader still has in mind after a paragraph: the things heading its last few sentences that named any.
 * The next paragraph's "the chip", "it" and "the company" may mean them; a heading puts them out of mind.
 */
export interface CarriedSubjects {
  readonly sentences: RawMention[][];
  readonly yardsticks: string[][];
  /** The one product a heading or a lead-in put in charge of the spec lines after it (reading/normalize.ts). */
  readonly listSubject?: RawMention;
  /** The same, as a key: the chunk cache and the incremental check compare it. */
  readonly key: string;
}
/** How many of a paragraph's sentences that named something the next paragraph may refer back to. */
const CARRIED_SENTENCES = 3;

function carried(
  sentences: RawMention[][],
  yardsticks: string[][],
  listSubject: RawMention | undefined,
): CarriedSubjects | undefined {
  const named = sentences
    .map((_, k) => k)
    .filter((k) => sentences[k]!.length || yardsticks[k]!.length)
    .slice(-CARRIED_SENTENCES);
  if (!named.length)
    return listSubject ? { sentences: [], yardsticks: [], listSubject, key: listKey(listSubject) } : undefined;
  const heads = named.map((k) => sentences[k]!.map((m) => ({ ...m, start: 0, end: m.text.length })));
  const beside = named.map((k) => yardsticks[k]!);
  const key = heads
    .map((s, k) => `${s.map((m) => `${m.kind}:${m.entityId}:${m.text}`).join(',')}/${beside[k]!.join(',')}`)
    .join('|');
  return listSubject
    ? { sentences: heads, yardsticks: beside, listSubject, key: `${key}${listKey(listSubject)}` }
    : { sentences: heads, yardsticks: beside, key };
}
const listKey = (m: RawMention) => `#list:${m.entityId}:${m.text}`;
/** A lead-in line ("Buyers in China:"): a list of its own follows. */
const LEAD_IN_LINE = /:[ \t]*$/m;

/** What is left in mind after a text that names nothing: a lead-in about something else ends a list's subject. */
export function afterUnnamed(text: string, subjects: CarriedSubjects | undefined): CarriedSubjects | undefined {
  if (!subjects?.listSubject || !LEAD_IN_LINE.test(text) || refersBack(text)) return subjects;
  return carried(subjects.sentences, subjects.yardsticks, undefined);
}

const PRODUCT_KINDS = new Set(['chip', 'system', 'model']);
/**
 * What may stand before the product a heading is about: "The", "What is the", "Inside the", "Quick facts: the" (and a
 * company's name).
 */
const HEADING_LEAD =
  /^\s*(?:(?:quick\s+facts|key\s+facts|facts|specs|specifications|spotlight|profile|explainer|fact\s+sheet):\s*)?(?:(?:what\s+is|what['’]s|inside|meet|introducing|about)\s+)?(?:the\s+)?(?:['’]s\s+)?$/i;

/** What may follow it: nothing, a question mark, or a word for its specs ("## The H200: specs"), not "and rivals". */
const HEADING_TAIL =
  /^[\s:—–-]*(?:(?:(?:the|its|key)\s+)?(?:specs?|specifications|spec\s+sheet|at\s+a\s+glance|in\s+numbers|explained|overview|details|profile|data\s*sheet|fact\s+sheet|facts)[\s?]*|\?\s*)?$/i;

/**
 * A table whose headers name no product ("| Spec | Value |") under a heading or lead-in about one ("## H200
 * specifications") is that product's: its column is read as the product's column.
 */
function withTableSubject(context: string, subject: RawMention | undefined, matcher: MentionMatcher): string {
  // Only the cell's own row, column and corner (not the header row the context ends with).
  const own = context.split('\u0001').slice(0, 3).join(' \n ');
  if (!subject || matcher.find(own).some((m) => PRODUCT_KINDS.has(m.kind))) return context;
  const [rowHead = '', colHead = '', ...rest] = context.split('\u0001');
  return [rowHead, `${subject.text} ${colHead}`, ...rest].join('\u0001');
}

/** A column about a chip's status: "China status", "Export status", "Status in China", "China". */
const STATUS_HEADER =
  /^\s*(?:(?:US\s+)?(?:China|export|China\s+export|sale|licen[cs]e)\s+status|status(?:\s+(?:in|for)\s+China)?|China(?:\s+sales)?)\s*$/i;

/**
 * "| H200 | banned |" under a "China status" column: the row's one chip and a cell that is a status said as a state
 * read as "H200 is banned", with China named when the header or the draft is about it. Shown on the cell, no fix.
 */
function statusCell(env: ClaimReading, segment: Segment, context: string, place: SegmentPlace): Claim[] {
  const [rowHead = '', colHead = ''] = context.split('\u0001');
  const cell = segment.text.trim();
  if (!cell || cell === rowHead.trim() || !STATUS_HEADER.test(colHead) || !LABEL_STATE.test(cell)) return [];
  const chips = env.matcher.find(rowHead).filter((m) => m.kind === 'chip' || m.kind === 'system');
  if (chips.length !== 1 || env.matcher.find(cell).length || cell.includes('?')) return [];
  const china = CHINA.test(colHead) || place.draftAboutChina;
  if (!china) return [];
  const name = rowHead.slice(chips[0]!.start, chips[0]!.end);
  const text = `${name} is ${cell.replace(/[.!]$/, '')}${CHINA.test(cell) ? '' : ' in China'}.`;
  const ctx = sentenceContext(env.index, text, env.matcher.find(text), segment.quoted, true, () => [], place.asOf);
  const start = segment.text.indexOf(cell);
  const span = { start, end: start + cell.length };
  return env.readers
    .flatMap((read) => read(ctx))
    .filter((c) => c.kind === 'status' && c.entityId === chips[0]!.entityId && !c.superlative)
    .slice(0, 1)
    .map((c) => ({ ...c, span, valueSpan: span, sharedValue: true, quoted: segment.quoted || c.quoted }));
}

/** The one product a text names as a head (not a possessor or yardstick), if it names one. */
function oneProduct(text: string, mentions: RawMention[]): RawMention | undefined {
  return oneOf(heads(mentions, text).filter((m) => PRODUCT_KINDS.has(m.kind)));
}
/** The one entity these mentions name, in its own words' offsets; undefined when they name none or several. */
function oneOf(products: RawMention[]): RawMention | undefined {
  if (new Set(products.map((m) => m.entityId)).size !== 1) return undefined;
  return { ...products[0]!, start: 0, end: products[0]!.text.length };
}

/**
 * The product in charge of the spec lines after a segment: a heading's own ("## H20", "### The H200: specs",
 * "## What is the B30A?"), a lead-in's ("The H20 has:"); the one before stays until a heading or another product.
 */
function listSubjectAfter(
  segment: Segment,
  mentions: RawMention[],
  lastSentence: { text: string; mentions: RawMention[] } | undefined,
  before: RawMention | undefined,
  named: RawMention[] | undefined,
): RawMention | undefined {
  if (segment.kind === 'heading') {
    const product = oneProduct(segment.text, mentions);
    const first = mentions.find((m) => m.entityId === product?.entityId);
    if (!product || !first) return undefined;
    // "## Nvidia's H20", "## The Nvidia H20": the company's name is set aside.
    let lead = segment.text.slice(0, first.start);
    for (const m of mentions.filter((x) => x.kind === 'company' && x.end <= first.start).reverse())
      lead = lead.slice(0, m.start) + lead.slice(m.end);
    return HEADING_LEAD.test(lead) && HEADING_TAIL.test(segment.text.slice(first.end)) ? product : undefined;
  }
  if (segment.kind !== 'paragraph') return before;
  if (lastSentence && /:\s*$/.test(segment.text)) {
    // "Its specs:", "The chip offers:": a lead-in that refers back means the one product named before it.
    const product = lastSentence.mentions.length
      ? oneProduct(lastSentence.text, lastSentence.mentions)
      : refersBack(lastSentence.text)
        ? oneOf(named?.filter((m) => PRODUCT_KINDS.has(m.kind)) ?? [])
        : undefined;
    // A lead-in about something else ("Buyers in China:") starts a list of its own.
    return product;
  }
  return mentions.some((m) => PRODUCT_KINDS.has(m.kind) && m.entityId !== before?.entityId) ? undefined : before;
}

/**
 * What the chunk has said so far, one per chunk: when (dates/context.ts: its section's year, then each date
 * read), and whom (the subjects a paragraph leaves in mind, from the paragraph before it on).
 */
export interface ChunkCalendar {
  anchor?: DateAnchor;
  /** The chunk's latest sentences that dated something, for an event the text names again (dates/context.ts). */
  said?: SaidWithDates[];
  subjects?: CarriedSubjects;
  /** A status lead-in's predicate in force for the list items that follow it (statusLead). */
  lead?: string;
  /** Weekdays said with a day of the month in mind they do not fall on ("Friday the 4th"), chunk-relative offsets. */
  weekdays?: WeekdayMismatch[];
}

/** Keeps a weekday that disagrees with its day, at `base` (the sentence's offset in the chunk), once per offset. */
function noteWeekday(calendar: ChunkCalendar, base: number) {
  return (m: AnchoredWeekdayMismatch) => {
    const list = (calendar.weekdays ??= []);
    const offset = base + m.start;
    if (!list.some((w) => w.offset === offset)) list.push({ offset, text: m.text, why: m.why });
  };
}

/**
 * "Chips that still need a US licence for China:", "GPUs now barred from China:": a paragraph that introduces a
 * list of chips by what holds for them. The predicate as the list's items take it ("still need a US licence for
 * China", "are now barred from China"), or undefined.
 */
const LEAD =
  /^\s*(?:(?:Nvidia['’]s|AMD['’]s|[\w-]+)\s+){0,3}(?:chips?|GPUs?|parts?|products?|accelerators?|processors?|cards?|models?)\s+(?:(?:that|which)\s+([^\n:?]{3,120})|((?:(?:still|now|currently|also|already)\s+)*(?:barred|banned|blocked|cleared|allowed|approved|restricted|permitted|off-limits|exportable|available|licensable|on\s+sale)\b[^\n:?]{0,100})):\s*$/i;
const LEAD_VERB =
  /^(?:(?:still|now|currently|also|already|no\s+longer)\s+)*(?:need|needs|require|requires|remain|remains|are|is|can|cannot|can['’]t|may|must|stay|stays|have|has|do|does)\b/i;
export function statusLead(text: string): string | undefined {
  const m = LEAD.exec(text);
  if (!m || /\n\s*\n/.test(text.trim())) return undefined;
  if (m[2]) return `are ${m[2].trim()}`;
  const predicate = m[1]!.trim();
  return LEAD_VERB.test(predicate) ? predicate : undefined;
}

/**
 * The claims of one segment (offsets local to it), one per kind and span. `context` is a table
 * cell's row and column (segment/tables.ts). Throws BlockOverTime (from the clock) when the block's time is up.
 */
export function segmentClaims(
  env: ClaimReading,
  segment: Segment,
  mentions: RawMention[],
  context: string | undefined,
  place: SegmentPlace,
  calendar: ChunkCalendar = {},
): Claim[] {
  const claims: Claim[] = [];
  if (segment.kind === 'tableCell' && context !== undefined) {
    const table = withTableSubject(context, calendar.subjects?.listSubject, env.matcher);
    claims.push(...extractTableClaims(segment.text, table, env.matcher, segment.quoted, place.asOf));
    claims.push(...statusCell(env, segment, table, place));
  }
  // A line that opens with its month ("April. On the 15th …") dates what follows; read or not, it moves the calendar.
  if (segment.kind !== 'tableCell') {
    const lead = timelineLead(segment.text, place.asOf, calendar.anchor);
    if (lead) calendar.anchor = lead.anchor;
  }
  // A heading starts a new stretch: what the paragraphs before it named is out of mind (its own names are in).
  if (segment.kind === 'heading') calendar.subjects = undefined;
  // A status lead-in ("Chips that still need a licence:") holds for the bare chip names that follow it.
  const lead =
    segment.kind === 'paragraph' && !mentions.some((m) => m.kind === 'chip' || m.kind === 'system')
      ? statusLead(segment.text)
      : undefined;
  if (lead) {
    calendar.lead = lead;
    return [];
  }
  if (calendar.lead && (segment.kind !== 'paragraph' || !bareName(segment.text, mentions))) delete calendar.lead;
  const mayReferBack =
    segment.kind === 'paragraph' &&
    ((!!(calendar.subjects || place.topicMention) && refersBack(segment.text)) ||
      (!!calendar.subjects?.listSubject &&
        (isSpecLine(segment.text) || isDescriptiveFragment(segment.text, mentions))));
  if (mentions.length || mayReferBack) claims.push(...sentenceClaims(env, segment, mentions, place, calendar));
  else {
    if (segment.kind === 'paragraph') calendar.subjects = afterUnnamed(segment.text, calendar.subjects);
    if (segment.kind !== 'tableCell' && MAY_DATE.test(segment.text))
      calendar.anchor = anchorAfter(
        findDatesInContext(segment.text, place.asOf, calendar.anchor, [], noteWeekday(calendar, segment.start)),
        calendar.anchor,
      );
  }
  return dedupeClaims(claims);
}

/** A question that opens a paragraph's answer: "What is the H20?", "**And the H200?**", "What about the B30A?". */
const QUESTION =
  /^(?:\*\*|__)?(?:(?:and|so|but) )?(?:(?:what|which)(?: is|['’]s| about| of)? )?(?:the )?[^?]{1,40}\?(?:\*\*|__)?$/i;

/** The claims of a segment's sentences, offsets local to the segment. */
function sentenceClaims(
  env: ClaimReading,
  segment: Segment,
  mentions: RawMention[],
  place: SegmentPlace,
  calendar: ChunkCalendar,
): Claim[] {
  const text = segment.text;
  const topicChina = place.draftAboutChina || CHINA.test(text);
  // Every reading of a sentence (its views too) reads its dates against the calendar as the sentence begins.
  let anchor = calendar.anchor;
  // The sentence being read, whose dates its plain reading and the calendar share: found once, when first asked for.
  let current: { text: string; mentions: RawMention[]; dates?: DateExpr[]; start?: number } = {
    text: '',
    mentions: [],
  };
  const said = (calendar.said ??= []);
  const currentDates = () =>
    (current.dates ??= datesOf(
      current.text,
      current.mentions,
      place.asOf,
      anchor,
      said,
      noteWeekday(calendar, segment.start + (current.start ?? 0)),
    ));
  const reader: SentenceReader = {
    // Built in place, not spread from another object: a spread would read `dates` at once.
    context: (sentence, known, construction) => {
      const found = known ?? env.matcher.find(sentence);
      const own = sentence === current.text && found === current.mentions;
      return sentenceContext(
        env.index,
        sentence,
        found,
        segment.quoted,
        topicChina,
        own ? currentDates : () => datesOf(sentence, found, place.asOf, anchor, said),
        place.asOf,
        construction,
      );
    },
    extract: (ctx) => env.readers.flatMap((read) => read(ctx)),
  };
  // The paragraph's earlier sentences, for "it", "the chip", "the company"; a paragraph starts with what the one
  // before it left in mind (a table cell with nothing: its row and column say what it is about).
  const inMind = segment.kind === 'paragraph' ? calendar.subjects : undefined;
  const antecedents: Antecedents = {
    sentences: inMind ? [...inMind.sentences] : [],
    yardsticks: inMind ? [...inMind.yardsticks] : [],
    vendorOf: (id) => env.index.categoryFacts(id, 'vendor')[0]?.value,
    architectureOf: (id) => env.index.categoryFacts(id, 'architecture')[0]?.value,
    variantIn: (id, form) => variantNamed(env.index, id, form),
    descriptionOf: (id) => env.index.entities.get(id)?.description,
    ...(place.topicChip ? { topic: place.topicChip } : {}),
    ...(inMind?.listSubject ? { listSubject: inMind.listSubject } : {}),
    // With nothing named since the title or the last heading, "the chip" is the one the title names.
    ...(place.topicMention && !calendar.subjects && segment.kind === 'paragraph'
      ? { fallback: place.topicMention }
      : {}),
  };
  const claims: Claim[] = [];
  let lastSentence: { text: string; mentions: RawMention[] } | undefined;
  /** The status claims of the sentence before and its text, for "So can the H800." and "Nor can the B200." */
  let before: { claims: Claim[]; text: string; mentions?: RawMention[] } = { claims: [], text: '' };
  const sentences = splitSentences(text);
  for (const sentence of segment.kind === 'paragraph'
    ? withLeadDate(sentences, text, place.asOf, calendar.anchor, mentions)
    : sentences) {
    env.clock.check();
    const count = claims.length;
    anchor = calendar.anchor;
    // Mentions are in order and do not overlap: those of this sentence start from the first at its start.
    const local: RawMention[] = [];
    for (
      let i = firstStartingFrom(mentions, sentence.start);
      i < mentions.length && mentions[i]!.start < sentence.end;
      i++
    ) {
      const m = mentions[i]!;
      if (m.end <= sentence.end) local.push({ ...m, start: m.start - sentence.start, end: m.end - sentence.start });
    }
    current = { text: sentence.text, mentions: local, start: sentence.start };
    if (sentence.text.trim()) lastSentence = current;
    if (local.length || antecedents.sentences.length || antecedents.fallback || antecedents.listSubject) {
      for (const w of sentenceWindows(sentence.text, local)) {
        if (w.start > 0) env.clock.check();
        const { windowText, windowMentions, lead } = windowReading(sentence.text, local, w);
        for (const c of readSentence(windowText, windowMentions, antecedents, reader)) {
          if (inCore(c, w, lead)) claims.push(moved(c, sentence.start + w.start - lead));
        }
      }
    }
    claims.push(...statusEllipsis(sentence, local, before, segment.quoted));
    claims.push(...statusContrast(sentence, local, before, reader, segment.quoted));
    if (calendar.lead && local.length === 1)
      claims.push(...leadClaims(calendar.lead, sentence, local[0]!, reader, segment.quoted));
    before = { claims: claims.slice(count).filter((c) => c.kind === 'status'), text: sentence.text, mentions: local };
    if (MAY_DATE.test(sentence.text)) {
      calendar.anchor = anchorAfter(currentDates(), anchor);
      // What the chunk has dated, for "the day before the rule was issued" in a later sentence.
      if (currentDates().length) {
        said.push({ text: sentence.text, dates: currentDates() });
        if (said.length > SAID_KEPT) said.shift();
      }
    }
    // "**What is the H20?** A Hopper part with …": a question about one product puts it in charge of the answer.
    const asked = QUESTION.test(sentence.text.trim()) ? oneProduct(sentence.text, local) : undefined;
    if (asked) antecedents.listSubject = asked;
    else if (inMind?.listSubject) antecedents.listSubject = inMind.listSubject;
    else delete antecedents.listSubject;
    if (local.length) {
      const seen = sentenceAntecedents(local, sentence.text);
      antecedents.sentences.push(seen.heads.map((m) => namedAlone(m, env)));
      antecedents.yardsticks!.push(seen.yardsticks);
      delete antecedents.fallback;
    }
  }
  if (segment.kind !== 'tableCell') {
    const named = antecedents.sentences.at(-1);
    const listSubject = listSubjectAfter(segment, mentions, lastSentence, inMind?.listSubject, named);
    calendar.subjects = carried(antecedents.sentences, antecedents.yardsticks!, listSubject) ?? calendar.subjects;
  }
  return claims;
}

/**
 * "- **Thursday the 4th.** Senators introduced …", "**Three days later.** The Information reported …": a line that
 * opens with a sentence that is only a date (and perhaps a few words naming the day: "Sunday the 15th, the eve of
 * the Lunar New Year.") dates the sentence after it, as "4 December 2025: Senators introduced …" would. The two are
 * read as one sentence.
 */
const LEAD_DATE_ONLY = /^(?:(?:on|in)\s+)?$/i;
/** How long a scene-setting sentence between a line's date and its event may be ("A busy day in Washington."). */
const LEAD_SCENE_CHARS = 60;
const LEAD_DATE_TAIL = /^(?:(?:,|\s*[—–])\s+(?:the|a|an)\s[^\d.!?;:,]{0,60})?[.:]?\s*$/i;
function withLeadDate(
  sentences: Sentence[],
  text: string,
  asOf: string,
  anchor: DateAnchor | undefined,
  mentions: readonly RawMention[] = [],
): Sentence[] {
  const [first, second] = sentences;
  if (!first || !second || first.text.length > 90 || !/[.,:]\s*$/.test(first.text)) return sentences;
  const date = findDatesInContext(first.text, asOf, anchor)[0];
  if (
    !date ||
    !LEAD_DATE_ONLY.test(first.text.slice(0, date.start)) ||
    !LEAD_DATE_TAIL.test(first.text.slice(date.end))
  )
    return sentences;
  // A month ("**April.** On the 15th …") is the line's anchor (timelineLead), and a sentence with a date of its own
  // is dated by it: no rival for that date.
  if (date.precision !== 'day' || findDatesInContext(second.text, asOf, anchor).length) return sentences;
  // "- **Dec. 4, 2025.** A busy day in Washington. Trump approved …": a short sentence that names nothing and holds
  // no date sets the scene; the line's date is the event's in the sentence after it.
  const third = sentences[2];
  const namesNothing = (s: Sentence) => !mentions.some((m) => m.start < s.end && m.end > s.start);
  if (
    third &&
    second.text.trim().length <= LEAD_SCENE_CHARS &&
    namesNothing(second) &&
    !namesNothing(third) &&
    !findDatesInContext(third.text, asOf, anchor).length
  )
    return [{ start: first.start, end: third.end, text: text.slice(first.start, third.end) }, ...sentences.slice(3)];
  const joined = { start: first.start, end: second.end, text: text.slice(first.start, second.end) };
  return [joined, ...sentences.slice(2)];
}

/** A list item that is only a chip's name ("- H100", "* the A100 (the 80 GB card)", "1. L40S."). */
const BARE_BEFORE = /^\s*(?:the\s+|Nvidia['’]s\s+|AMD['’]s\s+|Nvidia\s+|AMD\s+)?$/i;
const BARE_AFTER = /^(?:[.,;]|\s[—–-]\s[^\n]*|\s?\([^\n]*)?$/;
function bareName(text: string, mentions: RawMention[]): boolean {
  const chips = mentions.filter((m) => m.kind === 'chip' || m.kind === 'system');
  const chip = chips[0];
  return (
    chips.length === 1 &&
    !!chip &&
    BARE_BEFORE.test(text.slice(0, chip.start)) &&
    BARE_AFTER.test(text.slice(chip.end).trimEnd())
  );
}

/** The lead-in's status said of one list item's chip: read as "<chip> <predicate>", shown on the name, no fix. */
function leadClaims(
  lead: string,
  sentence: { start: number; text: string },
  chip: RawMention,
  reader: SentenceReader,
  quoted: boolean,
): Claim[] {
  if (!bareName(sentence.text, [chip])) return [];
  const name = sentence.text.slice(chip.start, chip.end);
  const ctx = reader.context(`${name} ${lead}.`);
  const span = { start: sentence.start + chip.start, end: sentence.start + chip.end };
  return reader
    .extract(ctx)
    .filter((c) => c.kind === 'status' && c.entityId === chip.entityId && !c.superlative)
    .slice(0, 1)
    .map((c) => ({
      ...c,
      span,
      valueSpan: span,
      sharedValue: true,
      quoted: quoted || c.quoted || inQuotes(sentence.text, chip),
    }));
}

/** Whether a name stands inside quotation marks in its sentence ('"So is the A100," he said.'). */
const inQuotes = (text: string, m: RawMention) => quoteSpans(text).some((q) => m.start >= q.start && m.end <= q.end);

/** "So can the H800.", "Nor can the B200, …": a sentence that only names another subject for the last one's status. */
const SO_CAN =
  /^\s*["“‘']?(?:(?:and|but)\s+)?(so|nor|neither)\s+(?:can|is|are|does|do|has|have|may|must)\s+(?:the\s+|Nvidia['’]s\s+|AMD['’]s\s+)?$/i;
const DENIES = /\b(?:not|never|no\s+longer|cannot)\b|n['’]t\b/i;

/**
 * The sentence before said one status (one polarity, one side) of its subject: an elliptical sentence says it of
 * its own chip, shown on its own words with no fix (the words are the other sentence's). "Nor" needs a denial.
 */
function statusEllipsis(
  sentence: { start: number; text: string },
  local: RawMention[],
  before: { claims: Claim[]; text: string },
  quoted: boolean,
): Claim[] {
  const chips = local.filter((m) => m.kind === 'chip' || m.kind === 'system');
  const chip = chips[0];
  if (chips.length !== 1 || !chip || local[0] !== chip) return [];
  const lead = SO_CAN.exec(sentence.text.slice(0, chip.start));
  if (!lead || !/^\s*(?:[.!]\s*|,[^?]*)?$/.test(sentence.text.slice(chip.end))) return [];
  const said = before.claims.filter((c) => c.kind === 'status' && !c.superlative);
  const first = said[0];
  if (!first || first.kind !== 'status') return [];
  if (said.some((c) => c.kind === 'status' && (c.polarity !== first.polarity || c.side !== first.side))) return [];
  if (/^(?:nor|neither)$/i.test(lead[1]!) !== DENIES.test(before.text)) return [];
  const span = { start: sentence.start + lead[0].length - lead[0].trimStart().length, end: sentence.start + chip.end };
  const quote = quoted || first.quoted || inQuotes(sentence.text, chip);
  return [{ ...first, entityId: chip.entityId, span, valueSpan: span, sharedValue: true, quoted: quote }];
}

/** "The B200 may not.", "But the B30A cannot.": a sentence that is only a chip and its auxiliary. */
const CONTRAST_SENTENCE = /^\s*["“‘']?(?:(?:but|yet)\s+)?(?:the\s+|Nvidia['’]s\s+|AMD['’]s\s+)?$/i;
/** Where the first predicate ends in the sentence before: its stop, a clause break or a comma. */
const PREDICATE_END = /[.!;,](?=\s|$)/;

/**
 * "The H200 may now be sold to approved Chinese customers. The B200 may not.": the sentence before said one status of
 * one chip with a predicate that opens on an auxiliary; this one's auxiliary takes that predicate with its own
 * polarity ("B200 may not be sold to approved Chinese customers"), read by the status reader and shown on this
 * sentence's words with no fix. A question or a sentence before that names two chips reads nothing.
 */
function statusContrast(
  sentence: { start: number; text: string },
  local: RawMention[],
  before: { claims: Claim[]; text: string; mentions?: RawMention[] },
  reader: SentenceReader,
  quoted: boolean,
): Claim[] {
  const chip = local[0];
  if (local.length !== 1 || !chip || (chip.kind !== 'chip' && chip.kind !== 'system')) return [];
  if (!CONTRAST_SENTENCE.test(sentence.text.slice(0, chip.start))) return [];
  const closing = CLOSING_AUX.exec(sentence.text.slice(chip.end));
  if (!closing || !/^\s*(?:[.!]\s*)?$/.test(sentence.text.slice(chip.end + closing[0].length))) return [];
  const said = before.claims.filter((c) => c.kind === 'status' && !c.superlative);
  const first = said[0];
  if (!first || first.kind !== 'status' || first.entityId === chip.entityId) return [];
  if (said.some((c) => c.kind === 'status' && (c.polarity !== first.polarity || c.side !== first.side))) return [];
  const chips = (before.mentions ?? []).filter((m) => m.kind === 'chip' || m.kind === 'system');
  if (chips.length !== 1 || chips[0]!.entityId !== first.entityId || /\?\s*$/.test(before.text)) return [];
  const rest = before.text.slice(chips[0]!.end);
  const stop = PREDICATE_END.exec(rest);
  const predicate = contrastPredicate(stop ? rest.slice(0, stop.index) : rest, closing[1]!);
  if (!predicate) return [];
  const name = sentence.text.slice(chip.start, chip.end);
  const span = { start: sentence.start + chip.start, end: sentence.start + chip.end + closing[0].length };
  const quote = quoted || first.quoted || inQuotes(sentence.text, chip);
  return reader
    .extract(reader.context(`${name} ${predicate}.`))
    .filter((c) => c.kind === 'status' && c.entityId === chip.entityId && !c.superlative)
    .slice(0, 1)
    .map((c) => ({ ...c, span, valueSpan: span, sharedValue: true, quoted: quote }));
}

/** A sentence read alone in [start, end): claims are kept when their value is in [coreStart, coreEnd). */
export interface SentenceWindow {
  start: number;
  end: number;
  coreStart: number;
  coreEnd: number;
  /**
   * Where the sentence's last words start, read after the window past a clause break ("; "), so that what a
   * sentence says as a whole ("… respectively.", a question mark) is seen in every window; nothing in them is
   * claimed. The sentence's length when the window reaches its end.
   */
  tail: number;
}

/**
 * The windows a sentence is read in: the whole sentence when it names at most `MAX_MENTIONS_PER_SENTENCE`
 * things and is at most `LONG_SENTENCE_CHARS` long; else cores of about `WINDOW_CORE` characters, one after
 * the other, each read with `WINDOW_MARGIN` characters of context either side. Every cut is at a space outside
 * any name. Each claim is kept from the one window whose core holds its value, so the sentence's claims are
 * read once each and a crowded sentence costs time in proportion to its length.
 */
export function sentenceWindows(text: string, mentions: readonly RawMention[]): SentenceWindow[] {
  if (mentions.length <= MAX_MENTIONS_PER_SENTENCE && text.length <= LONG_SENTENCE_CHARS)
    return [{ start: 0, end: text.length, coreStart: 0, coreEnd: text.length, tail: text.length }];
  const outsideNames = (i: number) => {
    const k = firstStartingFrom(mentions, i + 1) - 1;
    return k < 0 || mentions[k]!.end <= i || mentions[k]!.start === i;
  };
  /** The first space at or after `at` outside every name; with none near, the first place outside a name. */
  const cutAt = (at: number): number => {
    const from = Math.max(0, at);
    for (let i = from; i < text.length && i < from + WINDOW_MARGIN; i++) {
      const c = text.charCodeAt(i);
      if ((c === 32 || c === 9 || c === 10) && outsideNames(i)) return i;
    }
    for (let i = from; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (!(c >= 0xdc00 && c <= 0xdfff) && outsideNames(i)) return i;
    }
    return text.length;
  };
  const windows: SentenceWindow[] = [];
  const tailStart = cutAt(text.length - WINDOW_TAIL);
  for (let coreStart = 0; coreStart < text.length;) {
    const coreEnd = cutAt(coreStart + WINDOW_CORE);
    const start = coreStart === 0 ? 0 : cutAt(coreStart - WINDOW_MARGIN);
    const end = cutAt(coreEnd + WINDOW_MARGIN);
    // A window that ends among the last words reads on to the end.
    windows.push({
      start: Math.min(start, coreStart),
      end: end < tailStart ? end : text.length,
      coreStart,
      coreEnd,
      tail: end < tailStart ? tailStart : text.length,
    });
    coreStart = coreEnd;
  }
  return windows;
}

/**
 * Whether a window's claim is its own: its value starts in the core, and nothing of it is in the words read
 * around the window (`lead` characters before it, the tail after it).
 */
function inCore(c: Claim, w: SentenceWindow, lead: number): boolean {
  const at = c.valueSpan.start - lead + w.start;
  const own = lead + w.end - w.start;
  const inside = (s: { start: number; end: number }) => s.start >= lead && s.end <= own;
  return at >= w.coreStart && at < w.coreEnd && inside(c.span) && inside(c.valueSpan);
}

/** A window that starts inside its sentence is read after a clause break, so no reader takes it for the start. */
const WINDOW_LEAD = '; ';

/**
 * A window's text and mentions, and how many characters come before its stretch: "; " when it starts inside the
 * sentence (a name there is not the sentence's subject, a date there does not open it), then its stretch, then
 * "; " and the sentence's tail.
 */
function windowReading(
  text: string,
  mentions: RawMention[],
  w: SentenceWindow,
): { windowText: string; windowMentions: RawMention[]; lead: number } {
  if (w.start === 0 && w.end === text.length) return { windowText: text, windowMentions: mentions, lead: 0 };
  const lead = w.start > 0 ? WINDOW_LEAD.length : 0;
  const shifted = (ms: RawMention[], by: number) => ms.map((m) => ({ ...m, start: m.start + by, end: m.end + by }));
  const own = shifted(localTo(mentions, w.start, w.end), lead);
  let windowText = (lead ? WINDOW_LEAD : '') + text.slice(w.start, w.end);
  if (w.tail >= text.length) return { windowText, windowMentions: own, lead };
  windowText += '; ';
  const tail = shifted(localTo(mentions, w.tail, text.length), windowText.length);
  return { windowText: windowText + text.slice(w.tail), windowMentions: [...own, ...tail], lead };
}

/** The mentions inside [start, end), with offsets from `start`. */
function localTo(mentions: readonly RawMention[], start: number, end: number): RawMention[] {
  const out: RawMention[] = [];
  for (let i = firstStartingFrom(mentions, start); i < mentions.length && mentions[i]!.start < end; i++) {
    const m = mentions[i]!;
    if (m.end <= end) out.push({ ...m, start: m.start - start, end: m.end - start });
  }
  return out;
}

/** A sentence's claim with offsets `by` characters later (local to the segment). */
function moved(c: Claim, by: number): Claim {
  return {
    ...c,
    span: { start: c.span.start + by, end: c.span.end + by },
    valueSpan: { start: c.valueSpan.start + by, end: c.valueSpan.end + by },
  } as Claim;
}

/**
 * A text's dates read against the anchor; a date inside a name ("the October 2022 export controls") names, it
 * does not claim.
 */
function datesOf(
  text: string,
  mentions: RawMention[],
  asOf: string,
  anchor: DateAnchor | undefined,
  said: readonly SaidWithDates[] = [],
  onMismatch?: (m: AnchoredWeekdayMismatch) => void,
) {
  return findDatesInContext(text, asOf, anchor, said, onMismatch).filter(
    (d) => !mentions.some((m) => m.start < d.end && m.end > d.start),
  );
}

function sentenceContext(
  index: RecordIndex,
  text: string,
  mentions: RawMention[],
  quotedSegment: boolean,
  topicChina: boolean,
  findDatesHere: () => DateExpr[],
  asOf: string,
  construction?: string,
): SentenceContext {
  let reading: SentenceReading | undefined;
  let dates: SentenceContext['dates'] | undefined;
  return {
    topicChina,
    text,
    mentions,
    // Found when first asked for: a sentence without a mention is only read for its references, and its dates are
    // never looked at.
    get dates() {
      return (dates ??= findDatesHere());
    },
    quotes: quoteSpans(text),
    quotedSegment,
    asOf,
    index,
    reading: () => (reading ??= readSentenceNlp(text)),
    ...(construction ? { construction } : {}),
  };
}

/** One claim per kind and span: the same words read twice by two patterns count once. */
function dedupeClaims(claims: Claim[]): Claim[] {
  const seen = new Set<string>();
  return claims.filter((c) => {
    const key = `${c.kind}|${c.span.start}|${c.span.end}|${c.entityId}|${'attribute' in c ? c.attribute : ''}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
