/**
 * A draft's placed chunks → its CheckResult: the reported findings at their places, notes for
 * what was skipped, and no finding read from half a word (an invisible character inside it).
 */
import {
  ambiguousDateNote,
  ambiguousDates,
  impossibleDateNote,
  impossibleDates,
  type AmbiguousDate,
  type ImpossibleDate,
} from '../dates/dates';
import { weekdayMismatches, weekdayMismatchNote, type WeekdayMismatch } from '../dates/weekdays';
import {
  invisibleInWords,
  invisibleNote,
  lookAlikeNote,
  lookAlikesInWords,
  markupInNumbers,
  MAY_HOLD_LOOK_ALIKES,
  referenceNote,
  referencesInWords,
  splitNumberNote,
  touchesHidden,
  type HiddenChar,
  type LookAlike,
} from '../findings/invisible';
import type { Segment } from '../segment/segment';
import type { CheckResult, Finding, Mention } from '../types';
import type { AsOf } from './as-of';
import type { PlacedChunk } from './chunks';
import { linesDown, placed, shifted } from './place';

export interface ResultInput {
  text: string;
  asOf: AsOf;
  recordReviewed?: string;
  chunks: PlacedChunk[];
  includeSupported: boolean;
  /** Whether the text may hold invisible characters (a draft without any is not scanned). */
  invisible: boolean;
}

/**
 * The check's result. Its findings are placed (offsets, lines) when first read, and `finish` (the engine's
 * accepted wordings) runs then: a keystroke's re-check whose findings nobody reads moves none of them.
 */
export function checkResult(input: ResultInput, finish: (findings: Finding[]) => Finding[] = (f) => f): CheckResult {
  const { text, chunks } = input;
  const notes = [...(input.asOf.notes ?? []), ...skippedNotes(chunks)];
  if (chunks.some((c) => c.result.parsed.ignoreFile))
    return resultOf(
      input,
      () => finish([]),
      () => [],
      notes,
    );
  // Look-alike letters or digits in a name or number (the claim there is not read), and days the calendar does
  // not have ("February 30, 2022": the reader drops them): a note each. Scanned once per chunk (a keystroke
  // rescans only the chunks it changed).
  const lookAlikes: LookAlike[] = [];
  const badDays: ImpossibleDate[] = [];
  const badWeekdays: WeekdayMismatch[] = [];
  const eitherWay: AmbiguousDate[] = [];
  let eitherWayCount = 0;
  const splitNumbers: HiddenChar[] = [];
  chunks.forEach((c, i) => {
    if (
      c.badDays === undefined ||
      c.badWeekdays === undefined ||
      c.lookAlikes === undefined ||
      c.splitNumbers === undefined ||
      c.eitherWay === undefined
    ) {
      const own = text.slice(c.start, chunks[i + 1]?.start ?? text.length);
      const numeric = numericDatesIn(c.result.parsed.segments);
      c.badDays = [...impossibleDates(own).found, ...numeric.impossible].sort((a, b) => a.offset - b.offset);
      c.badWeekdays = weekdayMismatches(own).found;
      c.eitherWay = numeric;
      c.lookAlikes = MAY_HOLD_LOOK_ALIKES.test(own) ? lookAlikesInWords(own).found : [];
      c.splitNumbers = [
        ...markupInNumbers(own).filter((h) => markupRendered(own, c.result.parsed.segments, h)),
        ...referencesInWords(own),
      ].sort((a, b) => a.offset - b.offset);
    }
    for (const d of c.badDays) badDays.push({ ...d, offset: d.offset + c.start });
    for (const d of c.badWeekdays) badWeekdays.push({ ...d, offset: d.offset + c.start });
    for (const d of c.result.weekdays ?? []) badWeekdays.push({ ...d, offset: d.offset + c.start });
    eitherWayCount += c.eitherWay.count;
    for (const d of c.eitherWay.found) eitherWay.push({ ...d, offset: d.offset + c.start });
    for (const l of c.lookAlikes) lookAlikes.push({ ...l, offset: l.offset + c.start });
    for (const h of c.splitNumbers) splitNumbers.push({ ...h, offset: h.offset + c.start, end: h.end + c.start });
  });
  const lineOf = (offset: number) => lineAt(text, chunks, offset) + 1;
  if (lookAlikes.length || badDays.length || badWeekdays.length || splitNumbers.length || eitherWayCount) {
    if (lookAlikes.length) notes.push(lookAlikeNote(lookAlikes, lookAlikes.length, lineOf));
    if (badDays.length) notes.push(impossibleDateNote(badDays, badDays.length, lineOf));
    if (badWeekdays.length)
      notes.push(
        weekdayMismatchNote(
          badWeekdays.sort((a, b) => a.offset - b.offset),
          badWeekdays.length,
          lineOf,
        ),
      );
    if (eitherWayCount) notes.push(ambiguousDateNote(eitherWay, eitherWayCount, lineOf));
    const markup = splitNumbers.filter((h) => h.code !== 'reference');
    const references = splitNumbers.filter((h) => h.code === 'reference');
    if (markup.length) notes.push(splitNumberNote(markup, lineOf));
    if (references.length) notes.push(referenceNote(references, lineOf));
  }
  // Invisible characters inside a word or number: a note, and no finding read from half a word.
  const hidden = input.invisible ? hiddenInChunks(text, chunks) : { found: [], count: 0 };
  if (hidden.count) notes.push(invisibleNote(hidden.found, hidden.count, lineOf));
  // No finding from half a number either (markup between its digits).
  const against = splitNumbers.length ? [...hidden.found, ...splitNumbers] : hidden.found;
  const findings = () => {
    const all: Finding[] = [];
    for (const chunk of chunks) for (const f of reportedAtPlace(chunk, input.includeSupported)) all.push(f);
    return finish(against.length ? all.filter((f) => !touchesHidden(f.span, against)) : all);
  };
  return resultOf(input, findings, () => mentionsOf(chunks), notes);
}

/**
 * Numeric dates that read either way, or in no order, in a chunk's prose (its segments' text: not its front matter,
 * whose date has notes of its own, nor its code), chunk-relative.
 */
function numericDatesIn(segments: readonly Segment[]): ReturnType<typeof ambiguousDates> {
  const all: ReturnType<typeof ambiguousDates> = { found: [], count: 0, impossible: [] };
  for (const seg of segments) {
    const { found, count, impossible } = ambiguousDates(seg.text);
    all.count += count;
    for (const d of found) all.found.push({ ...d, offset: d.offset + seg.start });
    for (const d of impossible) all.impossible.push({ ...d, offset: d.offset + seg.start });
  }
  return all;
}

/**
 * Whether the markup run `h` between a number's digits changes what the page shows: the parser blanked some of it
 * in the prose text the reader sees. A lone `*` between digits with no partner ("4*8 GB") is no emphasis, the page
 * shows it as it is (and so does the reader's text): no note. Markup outside every prose segment (code, an HTML
 * block) is not read at all: no note either.
 */
function markupRendered(own: string, segments: readonly Segment[], h: HiddenChar): boolean {
  const s = segments.find((seg) => seg.start <= h.offset && h.offset < seg.end);
  if (!s) return false;
  for (let i = h.offset; i < h.end && i < s.end; i++) if (s.text[i - s.start] !== own[i]) return true;
  return false;
}

/** How many hidden runs a result lists (invisibleInWords' limit): the rest are only counted. */
const HIDDEN_LISTED = 10_000;

/**
 * invisibleInWords over the draft, scanned once per chunk (its own text, up to the next chunk) and kept with it: a
 * keystroke in a draft with a soft hyphen somewhere rescans only the chunks it changed. A chunk's own text starts at
 * a line start and ends after a line break (or at the end of the draft), and no run or its look-around crosses a
 * line break, so the runs are those of the whole draft.
 */
export function hiddenInChunks(text: string, chunks: readonly PlacedChunk[]): { found: HiddenChar[]; count: number } {
  const found: HiddenChar[] = [];
  let count = 0;
  chunks.forEach((c, i) => {
    c.hidden ??= invisibleInWords(text.slice(c.start, chunks[i + 1]?.start ?? text.length), HIDDEN_LISTED);
    count += c.hidden.count;
    for (const h of c.hidden.found) {
      if (found.length >= HIDDEN_LISTED) break;
      found.push({ ...h, offset: h.offset + c.start, end: h.end + c.start });
    }
  });
  return { found, count };
}

/**
 * The 0-based line of a draft offset as LineIndex counts it (CRLF one break, a lone CR one), counted from the start
 * of the chunk it is in: a keystroke's notes name their lines without indexing the whole draft.
 */
function lineAt(text: string, chunks: readonly PlacedChunk[], offset: number): number {
  let lo = 0;
  let hi = chunks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (chunks[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  const chunk = chunks[lo];
  let line = chunk?.line ?? 0;
  for (let i = chunk?.start ?? 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) {
        if (i + 1 >= offset) break;
        i++;
      }
      line++;
    }
  }
  return line;
}

/**
 * A chunk's reported findings at its place: as built the last time when it has not moved since, else moved from
 * there (an edit before it), else built from its own.
 */
function reportedAtPlace(chunk: PlacedChunk, includeSupported: boolean): Finding[] {
  const last = chunk.placed;
  if (last && last.start === chunk.start && last.line === chunk.line) return last.findings;
  const findings = last
    ? last.findings.map((f) => shifted(f, chunk.start - last.start, chunk.line - last.line))
    : chunk.result.findings
        .filter((f) => includeSupported || (f.verdict !== 'supported' && f.verdict !== 'unknown'))
        .map((f) => placed(f, chunk.start, chunk.line));
  chunk.placed = { start: chunk.start, line: chunk.line, findings };
  return findings;
}

/** Findings and mentions are built on first read: hovers need them, a keystroke's check does not. */
function resultOf(
  input: ResultInput,
  findings: () => Finding[],
  mentions: () => Mention[],
  notes: string[],
): CheckResult {
  let builtFindings: Finding[] | undefined;
  let builtMentions: Mention[] | undefined;
  const { asOf, asOfOrigin } = input.asOf;
  // In the JSON output's key order; `findings` may be set like a plain field.
  const result = {
    asOf,
    asOfOrigin,
    ...(input.recordReviewed ? { recordReviewed: input.recordReviewed } : {}),
    get findings(): Finding[] {
      return (builtFindings ??= findings());
    },
    set findings(value: Finding[]) {
      builtFindings = value;
    },
    ...(notes.length ? { notes } : {}),
  } as CheckResult;
  Object.defineProperty(result, 'mentions', { enumerable: true, get: () => (builtMentions ??= mentions()) });
  return result;
}

/** One note per reason a block was skipped, naming its lines (the first five). */
function skippedNotes(chunks: PlacedChunk[]): string[] {
  const skipped = new Map<string, number[]>();
  for (const c of chunks) {
    const why = c.result.parsed.skipped;
    if (!why) continue;
    const lines = skipped.get(why);
    if (lines) lines.push(c.line + 1);
    else skipped.set(why, [c.line + 1]);
  }
  return [...skipped].map(([why, at]) => {
    const lines = `line${at.length > 1 ? 's' : ''} ${at.slice(0, 5).join(', ')}${at.length > 5 ? '…' : ''}`;
    return `${why} at ${lines}; that part was not checked`;
  });
}

function mentionsOf(chunks: PlacedChunk[]): Mention[] {
  return chunks.flatMap(({ start: base, line, result }) =>
    result.mentions.map((m): Mention => ({
      span: { start: m.start + base, end: m.end + base },
      range: linesDown(result.lines().range(m.start, m.end), line),
      entityId: m.entityId,
      ...(m.variantId ? { variantId: m.variantId } : {}),
      text: m.text,
    })),
  );
}
