/**
 * Segment → mentions → claims: a prose segment or table cell, its sentences, the entities each
 * names, and what the kinds' readers read in every reading of them (reading/read.ts).
 */
import type { Claim, SentenceContext } from '../claims/types';
import { findDates } from '../dates/dates';
import type { ClaimReader } from '../kinds/kind';
import { extractTableClaims } from '../kinds/table-cells';
import type { MentionMatcher, RawMention } from '../mentions/matcher';
import { readSentence as readSentenceNlp, type SentenceReading } from '../nlp/nlp';
import { sentenceAntecedents, type Antecedents } from '../reading/normalize';
import { readSentence, type SentenceReader } from '../reading/read';
import type { RecordIndex } from '../record/record-index';
import { quoteSpans } from '../segment/quotes';
import type { Segment } from '../segment/segment';
import { splitSentences } from '../segment/sentences';
import { BlockOverTime, type BlockClock } from './clock';

/**
 * The most chips, companies and rules one sentence may name and still be read. The reader pairs a
 * sentence's mentions with each other, so a "sentence" that is a list of thousands of names (no full
 * stop) costs time with the square of its length; real sentences name a handful.
 */
export const MAX_MENTIONS_PER_SENTENCE = 100;
const CROWDED_SENTENCE_NOTE = `a sentence naming over ${MAX_MENTIONS_PER_SENTENCE} chips, companies or rules`;

const CHINA = /\bChin(?:a|ese)\b/i;
/** The draft's title (front matter) or first heading, looked for in its opening only: the check stays cheap. */
const TITLE_LINE = /^(?:title:[^\n]*|#{1,2} [^\n]*)$/m;

/**
 * Whether the draft as a whole is about China (its title or first heading says so): then "the H100 remains
 * off-limits" needs no "to China".
 */
export function aboutChina(text: string): boolean {
  const title = TITLE_LINE.exec(text.slice(0, 2000));
  return !!title && CHINA.test(title[0]);
}

/**
 * The one chip or system the draft's title (or first heading) names, if it names exactly one: a reference that
 * could be it or the sentence's subject is doubtful (reading/normalize.ts).
 */
export function topicChipOf(text: string, matcher: MentionMatcher): string | undefined {
  const title = TITLE_LINE.exec(text.slice(0, 2000));
  if (!title) return undefined;
  const chips = new Set(
    matcher
      .find(title[0])
      .filter((m) => m.kind === 'chip' || m.kind === 'system')
      .map((m) => m.entityId),
  );
  return chips.size === 1 ? [...chips][0] : undefined;
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
}

/**
 * The claims of one segment (offsets local to it), one per kind and span. `context` is a table
 * cell's row and column (segment/tables.ts). Throws BlockOverTime when a sentence names too many things.
 */
export function segmentClaims(
  env: ClaimReading,
  segment: Segment,
  mentions: RawMention[],
  context: string | undefined,
  place: SegmentPlace,
): Claim[] {
  const claims: Claim[] = [];
  if (segment.kind === 'tableCell' && context !== undefined) {
    claims.push(...extractTableClaims(segment.text, context, env.matcher, segment.quoted));
  }
  if (mentions.length) claims.push(...sentenceClaims(env, segment, mentions, place));
  return dedupeClaims(claims);
}

/** The claims of a segment's sentences, offsets local to the segment. */
function sentenceClaims(env: ClaimReading, segment: Segment, mentions: RawMention[], place: SegmentPlace): Claim[] {
  const text = segment.text;
  const topicChina = place.draftAboutChina || CHINA.test(text);
  const reader: SentenceReader = {
    // Built in place, not spread from another object: a spread would read `dates` at once.
    context: (sentence, known, construction) =>
      sentenceContext(
        env.index,
        sentence,
        known ?? env.matcher.find(sentence),
        segment.quoted,
        place.asOf,
        topicChina,
        construction,
      ),
    extract: (ctx) => env.readers.flatMap((read) => read(ctx)),
  };
  // The paragraph's earlier sentences, for "it", "the chip", "the company".
  const antecedents: Antecedents = {
    sentences: [],
    yardsticks: [],
    vendorOf: (id) => env.index.categoryFacts(id, 'vendor')[0]?.value,
    ...(place.topicChip ? { topic: place.topicChip } : {}),
  };
  const claims: Claim[] = [];
  for (const sentence of splitSentences(text)) {
    env.clock.check();
    const local = mentions
      .filter((m) => m.start >= sentence.start && m.end <= sentence.end)
      .map((m) => ({ ...m, start: m.start - sentence.start, end: m.end - sentence.start }));
    if (local.length > MAX_MENTIONS_PER_SENTENCE) throw new BlockOverTime(CROWDED_SENTENCE_NOTE);
    if (local.length || antecedents.sentences.length) {
      for (const c of readSentence(sentence.text, local, antecedents, reader)) claims.push(moved(c, sentence.start));
    }
    if (local.length) {
      const seen = sentenceAntecedents(local, sentence.text);
      antecedents.sentences.push(seen.heads);
      antecedents.yardsticks!.push(seen.yardsticks);
    }
  }
  return claims;
}

/** A sentence's claim with offsets `by` characters later (local to the segment). */
function moved(c: Claim, by: number): Claim {
  return {
    ...c,
    span: { start: c.span.start + by, end: c.span.end + by },
    valueSpan: { start: c.valueSpan.start + by, end: c.valueSpan.end + by },
  } as Claim;
}

function sentenceContext(
  index: RecordIndex,
  text: string,
  mentions: RawMention[],
  quotedSegment: boolean,
  asOf: string,
  topicChina: boolean,
  construction?: string,
): SentenceContext {
  let reading: SentenceReading | undefined;
  let dates: SentenceContext['dates'] | undefined;
  return {
    topicChina,
    text,
    mentions,
    // A date inside a name ("the October 2022 export controls") names, it does not claim. Found when first asked
    // for: a sentence without a mention is only read for its references, and its dates are never looked at.
    get dates() {
      return (dates ??= findDates(text, asOf).filter((d) => !mentions.some((m) => m.start < d.end && m.end > d.start)));
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
