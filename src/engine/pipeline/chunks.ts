/**
 * One chunk (the text between blank lines: a paragraph, a table, a list), read whole:
 * segments → mentions → claims → comparisons → findings, with offsets and lines relative to
 * the chunk. Results are cached by the chunk's key (its text, the as-of date and the draft's
 * topic), per engine; a chunk past the parse or time budget is skipped with a note.
 */
import { MONTH, monthIndex, type AmbiguousDate, type ImpossibleDate } from '../dates/dates';
import type { WeekdayMismatch } from '../dates/weekdays';
import type { LocalFinding } from '../findings/findings';
import type { HiddenChar, LookAlike } from '../findings/invisible';
import type { RawMention } from '../mentions/matcher';
import { LineIndex } from '../segment/lines';
import { IRRELEVANT, overParseBudget, parseChunk, type Chunk, type ChunkParse, type Segment } from '../segment/segment';
import { tableContexts } from '../segment/tables';
import type { Finding } from '../types';
import { headingAnchor, headingMonth, type DateAnchor } from '../dates/context';
import { isDescriptiveFragment, isSpecLine, refersBack } from '../reading/normalize';
import {
  aboutChina,
  afterUnnamed,
  segmentClaims,
  statusLead,
  topicChipOf,
  type CarriedSubjects,
  type ChunkCalendar,
  type ClaimReading,
  type SegmentPlace,
} from './claims';
import { BlockOverTime } from './clock';
import { claimFindings } from './comparisons';
import { findingAt, fixAt } from './place';

export interface ChunkResult {
  parsed: ChunkParse;
  /** Offsets relative to the chunk. */
  mentions: RawMention[];
  /** Every finding, supported ones too, with offsets and lines relative to the chunk; suppressed lines left out. */
  findings: Finding[];
  /** The chunk's own line index (for mentions, built on first use). */
  lines(): LineIndex;
  /** The subjects it leaves in mind (those it was read with, when it names nothing and is no heading). */
  subjectsAfter?: CarriedSubjects;
  /** Weekdays said with a day of the month in mind they do not fall on ("Friday the 4th"), chunk-relative. */
  weekdays?: WeekdayMismatch[];
}

/** A chunk placed in a draft: where it starts, and its result. */
export interface PlacedChunk {
  start: number;
  line: number;
  key: string;
  result: ChunkResult;
  /**
   * Its reported findings (for `DraftState.includeSupported`) at the place they were last built for: built when a
   * result's findings are first read, and carried as they are when an edit moves the chunk (moved when read again).
   */
  placed?: PlacedFindings;
  /** The dated section in force after it ("2025" under "## 2025"), as sectionAfter keeps it. */
  section?: string;
  /** The subjects it leaves in mind for the next chunk's references. */
  subjects?: CarriedSubjects;
  /** The status lead-in in force after it, as statusLeadAfter keeps it. */
  lead?: string;
  /** Days the calendar does not have written in it, chunk-relative offsets, once scanned (pipeline/result.ts). */
  badDays?: ImpossibleDate[];
  /** Weekdays beside a full date they do not fall on, chunk-relative offsets, once scanned (pipeline/result.ts). */
  badWeekdays?: WeekdayMismatch[];
  /** Numeric dates that read either way ("08/12/2025"), chunk-relative offsets, once scanned (pipeline/result.ts). */
  eitherWay?: { found: AmbiguousDate[]; count: number };
  /** Look-alike characters in its words, chunk-relative offsets, once scanned (pipeline/result.ts). */
  lookAlikes?: LookAlike[];
  /** Numbers split by markup ("9<!-- -->6"), chunk-relative offsets, once scanned (pipeline/result.ts). */
  splitNumbers?: HiddenChar[];
  /** Invisible characters inside its words (invisibleInWords), chunk-relative, once scanned (pipeline/result.ts). */
  hidden?: { found: HiddenChar[]; count: number };
}

/** A chunk's findings as built for a chunk at `start`, on line `line`. */
export interface PlacedFindings {
  start: number;
  line: number;
  findings: Finding[];
}

/** What is in force where a chunk starts: the dated section, and the subjects the chunks before left in mind. */
export interface InForce {
  section?: string;
  subjects?: CarriedSubjects;
  /** A status lead-in's predicate ("Chips that still need a licence:" → "still need a licence"), for its list. */
  lead?: string;
}

export interface ChunkReading extends ClaimReading {
  /** The ids of the kinds whose claims become findings. */
  readonly kindIds: ReadonlySet<string>;
}

/** What the draft's title says it is about, as a key: every block is read in its light. */
export function topicKey(place: Pick<SegmentPlace, 'draftAboutChina' | 'topicChip'>): string {
  return `${place.draftAboutChina ? 'C' : ''}${place.topicChip ?? ''}`;
}

/** The key a chunk's result is cached by: everything the result depends on besides the engine. */
function chunkKey(place: SegmentPlace, first: boolean, chunkText: string, inForce: InForce): string {
  const before = `${inForce.section ?? ''}\u0000${inForce.subjects?.key ?? ''}\u0000${inForce.lead ?? ''}`;
  return `${place.asOf}\u0000${topicKey(place)}\u0000${before}\u0000${first ? 'F' : 'B'}${chunkText}`;
}

/** A paragraph that is only a year, or a month and year: "**2025**", "2025:", "_In 2025:_", "In January 2026:". */
const YEAR_LINE = new RegExp(
  String.raw`^[ \t]*(?:\*\*|__|\*|_)?(?:In[ \t]+)?(?:${MONTH}[ \t]+)?((?:19|20)\d{2})(?:\*\*|__|\*|_)?:?(?:\*\*|__|\*|_)?\s*$`,
  'i',
);
/** Deeper than any heading: a year line's section ends at the next heading of any level. */
const YEAR_LINE_LEVEL = 7;

/** A chunk that is a list: its items may be the chips a status lead-in before it names. */
const LIST_START = /^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]/;

/**
 * The status lead-in in force after a chunk: a one-paragraph chunk that is one ("Chips that still need a licence
 * for China:") sets it, a list keeps it, anything else ends it.
 */
export function statusLeadAfter(chunkText: string, lead: string | undefined): string | undefined {
  if (LIST_START.test(chunkText)) return lead;
  return statusLead(chunkText);
}

/** A heading line: "## 2025". */
const HEADING = /^(#{1,6})[ \t]+([^\n]*)/;

/**
 * The dated section in force after a chunk, as "level:year[-month]": a heading with one year opens one ("## 2025"),
 * a heading as high or higher without one closes it, a deeper one keeps it. A section dates the months in it.
 */
export function sectionAfter(chunkText: string, section: string | undefined): string | undefined {
  // A paragraph that is only a year, bold or with a colon ("**2025**", "2025:", "In 2025:"), heads the list after
  // it as a heading would, below every heading (any heading closes it).
  const yearLine = YEAR_LINE.exec(chunkText);
  if (yearLine) {
    const month = yearLine[1] ? monthIndex(yearLine[1]) + 1 : 0;
    return `${YEAR_LINE_LEVEL}:${yearLine[2]}${month ? `-${month}` : ''}`;
  }
  const heading = HEADING.exec(chunkText);
  if (!heading) return section;
  const level = heading[1]!.length;
  const anchor = headingAnchor(heading[2]!);
  if (anchor) return `${level}:${anchor.y}${anchor.m ? `-${anchor.m}` : ''}`;
  const outer = section && Number(section.split(':')[0]) < level ? section : undefined;
  // "## December" with no year: that month in the year of a section around it ("## 2025"), else the latest such
  // month by the draft's date (resolved in sectionAnchor, which knows it).
  const month = headingMonth(heading[2]!);
  if (month) {
    const year = outer && /^\d+:(\d{4})$/.exec(outer)?.[1];
    return year ? `${level}:${year}-${month}` : `${level}:m${month}`;
  }
  return outer;
}

/** The anchor a section sets for the chunks in it; a month heading with no year is read at the draft's date. */
function sectionAnchor(section: string | undefined, asOf: string): DateAnchor | undefined {
  if (!section) return undefined;
  const body = section.split(':')[1]!;
  if (body.startsWith('m')) {
    const m = Number(body.slice(1));
    const [ny, nm] = asOf.split('-').map(Number);
    return { y: m <= nm! ? ny! : ny! - 1, m, section: true };
  }
  const [y, m] = body.split('-').map(Number);
  return { y: y!, ...(m ? { m } : {}), section: true };
}

/** Reads chunks, each once per key: later reads of the same key return the cached result. */
export class ChunkReader {
  readonly cache = new Map<string, ChunkResult>();

  constructor(private readonly env: ChunkReading) {}

  /** The chunk's result; `first` says it opens the draft (front matter is looked for there). */
  read(key: string, chunkText: string, first: boolean, place: SegmentPlace, inForce: InForce = {}): ChunkResult {
    const hit = this.cache.get(key);
    if (hit) return hit;
    const { clock } = this.env;
    clock.start();
    let result: ChunkResult;
    try {
      result = this.readUncached(chunkText, first, place, inForce);
    } catch (e) {
      if (!(e instanceof BlockOverTime)) throw e;
      // Cached like any block, so the next keystroke does not spend the time again.
      const parsed = { ...IRRELEVANT, skipped: e.why ?? clock.overTimeNote };
      result = {
        parsed,
        mentions: [],
        findings: [],
        lines: () => new LineIndex(chunkText),
        ...passedOn(chunkText, inForce),
      };
    } finally {
      clock.stop();
    }
    this.cache.set(key, result);
    return result;
  }

  /**
   * Reads and places chunks [start, end) of `text`; whether the draft is about China is part of every key, and so
   * is the dated section each is in (`section` is the one in force before the first).
   */
  place(text: string, chunks: Chunk[], asOf: string, entering: InForce = {}): PlacedChunk[] {
    const place = { asOf, ...this.topicOf(text) };
    let inForce = entering;
    return chunks.map((c) => {
      const chunkText = text.slice(c.start, c.end);
      const key = chunkKey(place, c.start === 0, chunkText, inForce);
      const result = this.read(key, chunkText, c.start === 0, place, inForce);
      const section = sectionAfter(chunkText, inForce.section);
      const lead = statusLeadAfter(chunkText, inForce.lead);
      inForce = {
        ...(section ? { section } : {}),
        ...(result.subjectsAfter ? { subjects: result.subjectsAfter } : {}),
        ...(lead ? { lead } : {}),
      };
      return { start: c.start, line: c.line, key, result, ...inForce };
    });
  }

  /** What the draft's title says it is about (China; one chip, and the words it names it by). */
  topicOf(text: string): Pick<SegmentPlace, 'draftAboutChina' | 'topicChip' | 'topicMention'> {
    const topic = topicChipOf(text, this.env.matcher);
    return { draftAboutChina: aboutChina(text), ...(topic ? { topicChip: topic.entityId, topicMention: topic } : {}) };
  }

  /** Forgets every cached chunk whose key is not in `inUse`. */
  keepOnly(inUse: ReadonlySet<string>): void {
    for (const key of this.cache.keys()) if (!inUse.has(key)) this.cache.delete(key);
  }

  private readUncached(chunkText: string, first: boolean, place: SegmentPlace, inForce: InForce): ChunkResult {
    const mayReferBack =
      (!!(inForce.subjects || place.topicMention) && refersBack(chunkText)) ||
      (!!inForce.subjects?.listSubject && specLineIn(chunkText));
    const parsed = this.parse(chunkText, first, mayReferBack);
    let lineIndex: LineIndex | undefined;
    const lines = () => (lineIndex ??= new LineIndex(chunkText));
    if (!parsed.segments.length) return { parsed, mentions: [], findings: [], lines, ...passedOn(chunkText, inForce) };
    this.env.clock.check();
    const tables = tableContexts(parsed.segments);
    const mentions: RawMention[] = [];
    /** Each finding with the offset of its segment in the chunk. */
    const local: { f: LocalFinding; base: number }[] = [];
    const section = sectionAnchor(inForce.section, place.asOf);
    const calendar: ChunkCalendar = {
      ...(section ? { anchor: section } : {}),
      ...(inForce.subjects ? { subjects: inForce.subjects } : {}),
      ...(inForce.lead && LIST_START.test(chunkText) ? { lead: inForce.lead } : {}),
    };
    for (const segment of parsed.segments) {
      this.env.clock.check();
      const result = this.readSegment(segment, segment.table ? tables.get(segment) : undefined, place, calendar);
      for (const m of result.mentions)
        mentions.push({ ...m, start: m.start + segment.start, end: m.end + segment.start });
      for (const f of result.findings) local.push({ f, base: segment.start });
    }
    const findings = chunkFindings(parsed, local, lines);
    return {
      parsed,
      mentions,
      findings,
      lines,
      ...(calendar.subjects ? { subjectsAfter: calendar.subjects } : {}),
      ...(calendar.weekdays?.length ? { weekdays: calendar.weekdays } : {}),
    };
  }

  /**
   * The chunk's segments; a chunk naming nothing the record knows (and no ignore comment) is not parsed, unless
   * it may refer back to what was named before it (`mayReferBack`).
   */
  private parse(chunkText: string, first: boolean, mayReferBack: boolean): ChunkParse {
    const overBudget = overParseBudget(chunkText);
    if (overBudget) return { ...IRRELEVANT, skipped: overBudget };
    if (!first && !mayReferBack && !chunkText.includes('factdesk-ignore') && !this.env.matcher.mentionsAny(chunkText))
      return IRRELEVANT;
    try {
      return parseChunk(chunkText, first);
    } catch {
      // Markup nested thousands deep overflows the parser's stack: that stretch is not read, and the check goes on.
      return { ...IRRELEVANT, skipped: 'markup nested too deeply to read' };
    }
  }

  /** One segment's mentions and findings, offsets local to the segment. */
  private readSegment(
    segment: Segment,
    context: string | undefined,
    place: SegmentPlace,
    calendar: ChunkCalendar,
  ): { mentions: RawMention[]; findings: LocalFinding[] } {
    const mentions = this.env.matcher.find(segment.text);
    const claims = segmentClaims(this.env, segment, mentions, context, place, calendar);
    const { index, kindIds } = this.env;
    return { mentions, findings: claimFindings(claims, segment.text, place.asOf, index, kindIds, this.env.clock) };
  }
}

/** Whether a line of a chunk states a spec with no subject ("Memory: 96 GB", "A part with 96 GB") or is a table row. */
/** A table row holding a number: a spec table's, perhaps ("| Memory | 96 GB |"). */
const TABLE_ROW = /^[ \t]*\|[^\n]*\d/m;
const specLineIn = (chunkText: string): boolean =>
  chunkText.split('\n').some((line) => isSpecLine(line) || isDescriptiveFragment(line, [])) ||
  TABLE_ROW.test(chunkText);

/** What a chunk that is not read passes on: after a heading, nothing named before is in mind; other text keeps it. */
function passedOn(chunkText: string, inForce: InForce): Pick<ChunkResult, 'subjectsAfter'> {
  const subjects = afterUnnamed(chunkText, inForce.subjects);
  return subjects && !HEADING.test(chunkText) ? { subjectsAfter: subjects } : {};
}

/** The segments' findings placed in the chunk, in order, less those on lines a factdesk-ignore comment covers. */
function chunkFindings(
  parsed: ChunkParse,
  local: { f: LocalFinding; base: number }[],
  lines: () => LineIndex,
): Finding[] {
  const ignoredLines = new Set<number>();
  for (const end of parsed.ignoreAfter) ignoredLines.add(lines().lineOf(end) + 1);
  for (const at of parsed.ignoreAt) ignoredLines.add(lines().lineOf(at));
  const findings: Finding[] = [];
  for (const { f, base } of local) {
    const span = { start: f.span.start + base, end: f.span.end + base };
    const range = lines().range(span.start, span.end);
    if (ignoredLines.has(range.start.line)) continue;
    const fix = f.fix && fixAt(f.fix, base, lines().range(f.fix.span.start + base, f.fix.span.end + base));
    findings.push(findingAt(f, span, range, fix));
  }
  return findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}
