/**
 * The engine's one entry point: markdown text in, findings out.
 *   text → prose segments → mentions → claims → comparisons → findings
 * The draft is split into independent top-level chunks (paragraphs, tables,
 * lists); each chunk's mentions and findings are cached by its text and the
 * as-of date, per engine (so per record version). A keystroke re-analyses the
 * one chunk it touched; the rest only has its offsets shifted.
 */
import type * as YamlModule from 'yaml';
import type { ClaimKind } from './kinds/kind';
import { ownerOf } from './kinds/quantity/read';
import { ALL_KINDS, compareClaim } from './kinds/registry';
import { extractTableClaims } from './kinds/table-cells';
import { heads, type Antecedents } from './reading/normalize';
import { readSentence, type SentenceReader } from './reading/read';
import type { Claim, SentenceContext } from './claims/types';
import { findDates, isCalendarDate, todayIso } from './dates/dates';
import { INVISIBLE, invisibleInWords, invisibleNote, touchesHidden } from './findings/invisible';
import { buildFinding, type LocalFinding } from './findings/findings';
import { MentionMatcher, type RawMention } from './mentions/matcher';
import { readSentence as readSentenceNlp, teachVocabulary, type SentenceReading } from './nlp/nlp';
import type { CompiledRecord } from './record/load';
import { RecordIndex } from './record/record-index';
import { LineIndex } from './segment/lines';
import { FRONT_MATTER, IRRELEVANT, overParseBudget, parseChunk, scanChunks, type Chunk, type ChunkParse, type Segment } from './segment/segment';
import { splitSentences } from './segment/sentences';
import type { CheckOptions, CheckResult, Finding, Fix, Mention, Range, Span } from './types';

/** Past this many characters a draft is refused rather than checked (the fronts may lower it). */
export const MAX_DRAFT_CHARS = 20 * 1024 * 1024;

interface SegmentResult {
  mentions: RawMention[];
  findings: LocalFinding[];
}

interface ChunkResult {
  parsed: ChunkParse;
  /** Offsets relative to the chunk. */
  mentions: RawMention[];
  /** Every finding, supported ones too, with offsets and lines relative to the chunk; suppressed lines left out. */
  findings: Finding[];
  /** The chunk's own line index (for mentions, built on first use). */
  lines(): LineIndex;
}

/** A chunk placed in a draft: where it starts, and its result. */
interface PlacedChunk {
  start: number;
  line: number;
  key: string;
  result: ChunkResult;
  /** Its findings at this place, once built (the reported ones, for `DraftState.includeSupported`). */
  placed?: Finding[];
}

/** The last check of a draft: the next check of it re-uses what the edit did not touch. */
interface DraftState {
  text: string;
  asOf: string;
  includeSupported: boolean;
  chunks: PlacedChunk[];
  /** Whether the text holds any invisible character (INVISIBLE): a keystroke then scans only what it changed. */
  invisible: boolean;
}

const CHINA = /\bChin(?:a|ese)\b/i;
/** The draft's title (front matter) or first heading, looked for in its opening only: the check stays cheap. */
const TITLE_LINE = /^(?:title:[^\n]*|#{1,2} [^\n]*)$/m;
function aboutChina(text: string): boolean {
  const title = TITLE_LINE.exec(text.slice(0, 2000));
  return !!title && CHINA.test(title[0]);
}

/** Drafts whose last check is kept for the next (an editor has a few open at once). */
const KEPT_DRAFTS = 8;

export interface Engine {
  readonly index: RecordIndex;
  /** The claim kinds this engine reads (kinds/registry.ts, or EngineOptions.kinds). */
  readonly kinds: readonly ClaimKind[];
  check(text: string, options?: CheckOptions): CheckResult;
  /** The as-of date a draft is checked at, and where it came from. */
  asOfFor(text: string, options?: CheckOptions): Pick<CheckResult, 'asOf' | 'asOfOrigin' | 'notes'>;
}

/**
 * How long one block (a chunk: the text between blank lines) may take to read.
 * Past it the block is skipped with a note naming its line, as a block past the
 * parse budget is: the budget and linear-time readers make this rare, the clock
 * makes it certain that no block holds the editor for long. Real blocks take
 * milliseconds.
 */
export const BLOCK_TIME_BUDGET_MS = 2_000;

export interface EngineOptions {
  /** The clock the block time budget reads, in milliseconds (tests inject a fake one). Default `Date.now`. */
  now?: () => number;
  /** Milliseconds one block may take to read. Default BLOCK_TIME_BUDGET_MS. */
  blockTimeBudgetMs?: number;
  /** Read only these claim kinds (a kind's own tests run it alone). Default: every kind in the registry. */
  kinds?: readonly ClaimKind[];
}

/**
 * The most chips, companies and rules one sentence may name and still be read. The reader pairs a
 * sentence's mentions with each other, so a "sentence" that is a list of thousands of names (no full
 * stop) costs time with the square of its length; real sentences name a handful.
 */
export const MAX_MENTIONS_PER_SENTENCE = 100;

/** Thrown inside a block's reading when its time is up; caught where the block is read. */
class BlockOverTime extends Error {
  constructor(readonly why?: string) {
    super(why);
  }
}

export function createEngine(record: CompiledRecord, engineOptions: EngineOptions = {}): Engine {
  const now = engineOptions.now ?? Date.now;
  const blockBudget = engineOptions.blockTimeBudgetMs ?? BLOCK_TIME_BUDGET_MS;
  const budgetText = blockBudget >= 1000 ? `${blockBudget / 1000} s` : `${blockBudget} ms`;
  const crowdedSentenceNote = `a sentence naming over ${MAX_MENTIONS_PER_SENTENCE} chips, companies or rules`;
  const overTimeNote = `a block that took over ${budgetText} to read (Fact Desk gives a block ${budgetText})`;
  /** When the block being read must be done by; checked between sentences. */
  let deadline = Infinity;
  const onTime = () => {
    if (now() > deadline) throw new BlockOverTime();
  };
  const kinds = engineOptions.kinds ?? ALL_KINDS;
  const kindIds = new Set<string>(kinds.map((k) => k.id));
  const readers = kinds.flatMap((k) => k.readers);
  const index = new RecordIndex(record);
  const matcher = new MentionMatcher(index);
  teachVocabulary([...index.entities.values()].flatMap((e) => [e.name, ...e.aliases, ...e.variants.map((v) => v.name)].map((name) => ({ name, kind: e.kind }))));
  const chunkCache = new Map<string, ChunkResult>();

  const asOfFor = (text: string, options: CheckOptions = {}, frontMatter?: string): Pick<CheckResult, 'asOf' | 'asOfOrigin' | 'notes'> => {
    if (options.asOf) return { asOf: options.asOf, asOfOrigin: 'option' };
    const fm = frontMatter ?? FRONT_MATTER.exec(text)?.[1];
    const { date, note } = fm ? frontMatterDate(fm) : {};
    if (date) return { asOf: date, asOfOrigin: 'front-matter' };
    return { asOf: options.today ?? todayIso(), asOfOrigin: 'today', ...(note ? { notes: [note] } : {}) };
  };

  const sentenceContext = (text: string, mentions: RawMention[], quotedSegment: boolean, asOf: string, topicChina: boolean): SentenceContext => {
    let reading: SentenceReading | undefined;
    return {
      topicChina,
      text,
      mentions,
      // A date inside a name ("the October 2022 export controls") names, it does not claim.
      dates: findDates(text, asOf).filter((d) => !mentions.some((m) => m.start < d.end && m.end > d.start)),
      quotes: quoteSpans(text),
      quotedSegment,
      asOf,
      index,
      reading: () => (reading ??= readSentenceNlp(text)),
    };
  };

  const vendorOf = (id: string) => index.categoryFacts(id, 'vendor')[0]?.value;

  /** Offsets in the result are local to the segment. */
  const analyseSegment = (text: string, segment: Segment, context: string | undefined, asOf: string): SegmentResult => {
    const mentions = matcher.find(text);
    if (!mentions.length && segment.kind !== 'tableCell') return { mentions, findings: [] };
    const claims: Claim[] = [];
    if (segment.kind === 'tableCell' && context !== undefined) {
      claims.push(...extractTableClaims(text, context, matcher, segment.quoted));
    }
    if (mentions.length) {
      const topicChina = draftAboutChina || CHINA.test(text);
      const reader: SentenceReader = {
        context: (sentenceText, known, construction) => ({ ...sentenceContext(sentenceText, known ?? matcher.find(sentenceText), segment.quoted, asOf, topicChina), ...(construction ? { construction } : {}) }),
        extract: (ctx) => readers.flatMap((read) => read(ctx)),
      };
      // The paragraph's earlier sentences, for "it", "the chip", "the company".
      const antecedents: Antecedents = { sentences: [], vendorOf };
      for (const sentence of splitSentences(text)) {
        onTime();
        const local = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end).map((m) => ({ ...m, start: m.start - sentence.start, end: m.end - sentence.start }));
        if (local.length > MAX_MENTIONS_PER_SENTENCE) throw new BlockOverTime(crowdedSentenceNote);
        if (local.length || antecedents.sentences.length) {
          for (const c of readSentence(sentence.text, local, antecedents, reader)) {
            claims.push({
              ...c,
              span: { start: c.span.start + sentence.start, end: c.span.end + sentence.start },
              valueSpan: { start: c.valueSpan.start + sentence.start, end: c.valueSpan.end + sentence.start },
            } as Claim);
          }
        }
        if (local.length) antecedents.sentences.push(heads(local, sentence.text));
      }
    }
    const findings: LocalFinding[] = [];
    for (const claim of dedupeClaims(claims)) {
      if (!kindIds.has(claim.kind)) continue;
      const comparison = compareClaim(claim, index, asOf);
      if (isAccepted(claim, comparison.facts.map((f) => f.id), text)) continue;
      findings.push(buildFinding(claim, comparison, text, asOf, index));
    }
    return { mentions, findings };
  };

  const isAccepted = (claim: Claim, factIds: string[], text: string): boolean => {
    const wording = text.slice(claim.span.start, claim.span.end).toLowerCase();
    return factIds.some((id) => index.acceptedWordings.get(id)?.some((w) => wording.includes(w) || w.includes(wording)));
  };

  /**
   * One chunk, analysed whole and cached by its text and the as-of date:
   * mentions and findings with offsets (and lines) relative to the chunk.
   */
  const analyseChunk = (key: string, chunkText: string, first: boolean, asOf: string): ChunkResult => {
    const hit = chunkCache.get(key);
    if (hit) return hit;
    deadline = now() + blockBudget;
    try {
      return readChunk(key, chunkText, first, asOf);
    } catch (e) {
      if (!(e instanceof BlockOverTime)) throw e;
      // Cached like any block, so the next keystroke does not spend the time again.
      const skipped: ChunkResult = { parsed: { ...IRRELEVANT, skipped: e.why ?? overTimeNote }, mentions: [], findings: [], lines: () => new LineIndex(chunkText) };
      chunkCache.set(key, skipped);
      return skipped;
    } finally {
      deadline = Infinity;
    }
  };

  const readChunk = (key: string, chunkText: string, first: boolean, asOf: string): ChunkResult => {
    let parsed: ChunkParse;
    const overBudget = overParseBudget(chunkText);
    if (overBudget) parsed = { ...IRRELEVANT, skipped: overBudget };
    else {
      try {
        parsed = !first && !chunkText.includes('factdesk-ignore') && !matcher.mentionsAny(chunkText) ? IRRELEVANT : parseChunk(chunkText, first);
      } catch {
        // Markup nested thousands deep overflows the parser's stack: that stretch is not read, and the check goes on.
        parsed = { ...IRRELEVANT, skipped: 'markup nested too deeply to read' };
      }
    }
    let lineIndex: LineIndex | undefined;
    const lines = () => (lineIndex ??= new LineIndex(chunkText));
    if (!parsed.segments.length) {
      const empty: ChunkResult = { parsed, mentions: [], findings: [], lines };
      chunkCache.set(key, empty);
      return empty;
    }
    onTime();
    const tables = tableContexts(parsed.segments);
    const mentions: RawMention[] = [];
    /** Each finding with the offset of its segment in the chunk. */
    const local: { f: LocalFinding; base: number }[] = [];
    for (const segment of parsed.segments) {
      onTime();
      const result = analyseSegment(segment.text, segment, segment.table ? tables.get(segment) : undefined, asOf);
      for (const m of result.mentions) mentions.push({ ...m, start: m.start + segment.start, end: m.end + segment.start });
      for (const f of result.findings) local.push({ f, base: segment.start });
    }
    const ignoredLines = new Set<number>();
    for (const end of parsed.ignoreAfter) ignoredLines.add(lines().lineOf(end) + 1);
    for (const at of parsed.ignoreAt) ignoredLines.add(lines().lineOf(at));
    const findings: Finding[] = [];
    for (const { f, base } of local) {
      const span = { start: f.span.start + base, end: f.span.end + base };
      const range = lines().range(span.start, span.end);
      if (ignoredLines.has(range.start.line)) continue;
      findings.push(findingAt(f, span, range, f.fix && fixAt(f.fix, base, lines().range(f.fix.span.start + base, f.fix.span.end + base))));
    }
    findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
    const result: ChunkResult = { parsed, mentions, findings, lines };
    chunkCache.set(key, result);
    return result;
  };

  /**
   * Whether the draft as a whole is about China (its title or first heading says so): then "the H100 remains
   * off-limits" needs no "to China". Set once per check, before its chunks are read, and part of every chunk's key.
   */
  let draftAboutChina = false;
  const chunkKey = (asOf: string, first: boolean, chunkText: string) => `${asOf}\u0000${draftAboutChina ? 'C' : ''}${first ? 'F' : 'B'}${chunkText}`;

  /** Places chunks [start, end) of `text` as split by `scanChunks`. */
  const placeChunks = (text: string, chunks: Chunk[], asOf: string): PlacedChunk[] =>
    chunks.map((c) => {
      const chunkText = text.slice(c.start, c.end);
      const key = chunkKey(asOf, c.start === 0, chunkText);
      return { start: c.start, line: c.line, key, result: analyseChunk(key, chunkText, c.start === 0, asOf) };
    });

  /**
   * The chunks of `text`, re-using the previous check of the same draft: the
   * chunks before the edit as they were, the ones after it shifted, and only
   * the stretch between re-split and looked up.
   */
  const chunksAfterEdit = (state: DraftState, text: string, asOf: string, prefix: number, suffix: number): PlacedChunk[] => {
    const delta = text.length - state.text.length;
    const chunks = state.chunks;
    // The chunk the edit starts in; its start may have moved (an edit on its first line), so re-split from the one before.
    let touched = 0;
    for (let lo = 0, hi = chunks.length - 1; lo <= hi; ) {
      const mid = (lo + hi) >> 1;
      if (chunks[mid]!.start <= prefix) {
        touched = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const from = Math.max(0, touched - 1);
    const unchangedFrom = text.length - suffix;
    let resumeAt = -1;
    const scan = scanChunks(text, from === 0 ? undefined : chunks[from]!, (offset) => {
      if (offset < unchangedFrom) return false;
      resumeAt = chunkStartingAt(chunks, offset - delta, touched);
      return resumeAt >= 0;
    });
    const head = chunks.slice(0, from);
    draftAboutChina = aboutChina(text);
    const middle = placeChunks(text, scan.chunks, asOf);
    if (resumeAt < 0) return [...head, ...middle];
    const lineDelta = scan.stoppedLine! - chunks[resumeAt]!.line;
    const tail = chunks.slice(resumeAt).map(
      (c): PlacedChunk => ({ start: c.start + delta, line: c.line + lineDelta, key: c.key, result: c.result, ...(c.placed ? { placed: c.placed.map((f) => shifted(f, delta, lineDelta)) } : {}) }),
    );
    return [...head, ...middle, ...tail];
  };

  const drafts = new Map<string, DraftState>();

  const check = (text: string, options: CheckOptions = {}): CheckResult => {
    if (text.length > MAX_DRAFT_CHARS) {
      const { asOf, asOfOrigin } = asOfFor('', options);
      return { asOf, asOfOrigin, findings: [], mentions: [], refused: `draft is ${(text.length / 1024 / 1024).toFixed(1)} MB; Fact Desk checks drafts up to ${MAX_DRAFT_CHARS / 1024 / 1024} MB` };
    }
    const { asOf, asOfOrigin, notes: asOfNotes } = asOfFor(text, options);
    const includeSupported = options.includeSupported === true;
    const draftKey = options.draft ?? '';
    const previous = drafts.get(draftKey);
    let chunks: PlacedChunk[];
    /** What an edit of the previous check's text changed: [prefix, text.length - suffix). */
    const edit = previous && previous.text !== text ? editOf(previous.text, text) : undefined;
    if (previous && previous.asOf === asOf && previous.includeSupported === includeSupported) {
      chunks = edit ? chunksAfterEdit(previous, text, asOf, edit.prefix, edit.suffix) : previous.chunks;
    } else {
      draftAboutChina = aboutChina(text);
      chunks = placeChunks(text, scanChunks(text).chunks, asOf);
    }
    // The cache follows the draft: once it holds many blocks the draft no longer has, they go (with a margin for undo).
    if (chunkCache.size > 2 * chunks.length + 64) {
      const inUse = new Set(chunks.map((c) => c.key));
      for (const key of chunkCache.keys()) if (!inUse.has(key)) chunkCache.delete(key);
    }
    // A text without invisible characters stays so unless the edit brought one: only the changed stretch is scanned.
    const invisible = !previous ? INVISIBLE.test(text) : !edit ? previous.invisible : previous.invisible ? INVISIBLE.test(text) : INVISIBLE.test(text.slice(edit.prefix, text.length - edit.suffix));
    drafts.delete(draftKey);
    drafts.set(draftKey, { text, asOf, includeSupported, chunks, invisible });
    if (drafts.size > KEPT_DRAFTS) drafts.delete(drafts.keys().next().value!);

    let notes = asOfNotes ? [...asOfNotes] : undefined;
    /** Mentions are built on first read: hovers need them, a keystroke's check does not. */
    const done = (findings: Finding[], mentions: () => Mention[]): CheckResult => {
      let built: Mention[] | undefined;
      const result = { asOf, asOfOrigin, ...(record.reviewed ? { recordReviewed: record.reviewed } : {}), findings, ...(notes ? { notes } : {}) } as CheckResult;
      Object.defineProperty(result, 'mentions', { enumerable: true, get: () => (built ??= mentions()) });
      return result;
    };
    const skipped = new Map<string, number[]>();
    for (const c of chunks) if (c.result.parsed.skipped) (skipped.get(c.result.parsed.skipped) ?? skipped.set(c.result.parsed.skipped, []).get(c.result.parsed.skipped)!).push(c.line + 1);
    for (const [why, at] of skipped) {
      (notes ??= []).push(`${why} at line${at.length > 1 ? 's' : ''} ${at.slice(0, 5).join(', ')}${at.length > 5 ? '…' : ''}; that part was not checked`);
    }
    if (chunks.some((c) => c.result.parsed.ignoreFile)) return done([], () => []);
    const mentions = () =>
      chunks.flatMap(({ start: base, line, result }) =>
        result.mentions.map((m): Mention => {
          return {
            span: { start: m.start + base, end: m.end + base },
            range: linesDown(result.lines().range(m.start, m.end), line),
            entityId: m.entityId,
            ...(m.variantId ? { variantId: m.variantId } : {}),
            text: m.text,
          };
        }),
      );
    const findings: Finding[] = [];
    for (const chunk of chunks) {
      chunk.placed ??= chunk.result.findings.filter((f) => includeSupported || (f.verdict !== 'supported' && f.verdict !== 'unknown')).map((f) => placed(f, chunk.start, chunk.line));
      for (const f of chunk.placed) findings.push(f);
    }
    // Invisible characters inside a word or number: a note, and no finding read from half a word.
    const hidden = invisible ? invisibleInWords(text) : { found: [], count: 0 };
    if (hidden.count) {
      const lineIndex = new LineIndex(text);
      (notes ??= []).push(invisibleNote(hidden.found, hidden.count, (offset) => lineIndex.position(offset).line + 1));
      return done(findings.filter((f) => !touchesHidden(f.span, hidden.found)), mentions);
    }
    return done(findings, mentions);
  };

  return { index, kinds, check, asOfFor: (text, options) => asOfFor(text, options) };
}

/** The front matter's `date:` as YYYY-MM-DD, or a note saying why it could not be used. */
let lastFrontMatter: { yaml: string; result: { date?: string; note?: string } } | undefined;

/** The front matter's `date:`; memoised, since a keystroke rarely touches the front matter. */
function frontMatterDate(yaml: string): { date?: string; note?: string } {
  if (lastFrontMatter?.yaml !== yaml) lastFrontMatter = { yaml, result: readFrontMatterDate(yaml) };
  return lastFrontMatter.result;
}

function readFrontMatterDate(yaml: string): { date?: string; note?: string } {
  // Most front matter is a few plain `key: value` lines: read those without loading the YAML parser.
  const plain = plainFrontMatter(yaml);
  const plainDate = plain?.get('date');
  if (plain && plainDate === undefined) return {};
  if (plainDate !== undefined && isCalendarDate(plainDate)) return { date: plainDate };
  let data: unknown;
  try {
    // Loaded here, not at start: only drafts with front matter need it.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const YAML = require('yaml') as typeof YamlModule;
    data = YAML.parse(yaml.replace(/\r\n?/g, '\n'), { schema: 'core', customTags: [], maxAliasCount: 10, logLevel: 'error' });
  } catch (e) {
    return { note: `front matter is not valid YAML (${(e as Error).message.split('\n')[0]}); checked as of today` };
  }
  if (!data || typeof data !== 'object') return {};
  const raw = (data as Record<string, unknown>)['date'];
  if (raw === undefined) return {};
  // A list or a map is not a date, even one holding a date (`date: [2024-05-01]`).
  if (raw !== null && typeof raw === 'object') return { note: `front matter date is ${Array.isArray(raw) ? 'a list' : 'a map'}, not a YYYY-MM-DD date; checked as of today` };
  const text = typeof raw === 'string' ? raw : String(raw);
  const m = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/.exec(text);
  if (m && isCalendarDate(m[1]!)) return { date: m[1] };
  if (m) return { note: `front matter date "${m[1]}" is not a day of the calendar; checked as of today` };
  return { note: `front matter date "${text.length > 40 ? `${text.slice(0, 40)}…` : text}" is not a YYYY-MM-DD date; checked as of today` };
}

/** A flow list of plain words: `[a, b-c, d e]` (no quotes, brackets, colons or comments inside). */
const FLOW_LIST_OF_WORDS = /^\[[ \t]*(?:[A-Z][\w.-]*(?:[ \t]+[\w.-]+)*[ \t]*(?:,[ \t]*[A-Z][\w.-]*(?:[ \t]+[\w.-]+)*[ \t]*)*)?\]$/i;
/** What YAML's core schema reads as null, a boolean or a number. */
const CORE_NON_STRING = /^(?:~|null|true|false|0o[0-7]+|0x[0-9a-f]+|[-+]?(?:\.\d+|\d+(?:\.\d*)?)(?:e[-+]?\d+)?|[-+]?\.inf|\.nan)$/i;
/**
 * The values of a front matter made only of `key: value` lines whose values
 * carry no YAML syntax (plain words, or a quoted string without escapes),
 * with no key twice: what YAML would read, without the parser. Anything else
 * gives undefined, and the YAML parser decides.
 */
export function plainFrontMatter(yaml: string): Map<string, string> | undefined {
  const values = new Map<string, string>();
  for (const line of yaml.split(/\r\n?|\n/)) {
    if (line.trim() === '') continue;
    // `key:`, a space or tab, then the value without its surrounding spaces and tabs (trimmed by hand: a regex
    // `[ \t]+(.*?)[ \t]*$` was quadratic on a long run of spaces). '.' never matched U+2028/U+2029: YAML decides those.
    const m = /^([A-Z_][\w-]*):[ \t]/i.exec(line);
    if (!m || values.has(m[1]!) || line.includes('\u2028') || line.includes('\u2029')) return undefined;
    const value = trimSpacesAndTabs(line.slice(m[0].length));
    if (/^"[^"\\]*"$/.test(value) || /^'[^']*'$/.test(value)) values.set(m[1]!, value.slice(1, -1));
    else if (FLOW_LIST_OF_WORDS.test(value)) {
      // tags: [chips, export-controls]: read as YAML would, then written as String(list) does.
      const items = value.slice(1, -1).split(',').map((item) => item.trim()).filter((item) => item !== '');
      if (items.some((item) => CORE_NON_STRING.test(item))) return undefined;
      values.set(m[1]!, items.join(','));
    }
    else if (value === '' || /^[-?:,[\]{}#&*!|>'"%@`]/.test(value) || /:(?:\s|$)|\s#/.test(value)) return undefined;
    // What YAML's core schema reads as null, a boolean or a number is left to it.
    else if (CORE_NON_STRING.test(value)) return undefined;
    else values.set(m[1]!, value);
  }
  return values;
}

function trimSpacesAndTabs(text: string): string {
  let start = 0;
  let end = text.length;
  const blank = (c: number) => c === 32 || c === 9;
  while (start < end && blank(text.charCodeAt(start))) start++;
  while (end > start && blank(text.charCodeAt(end - 1))) end--;
  return text.slice(start, end);
}

/**
 * Stretches between matching quotation marks: “…” or "…", left to right as the
 * regex /“[^”]*”|"[^"]*"/g found them, but in one pass: once no closing mark is
 * left, later opening marks are not searched again (the regex scanned to the end
 * of the text from every unclosed “).
 */
function quoteSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let curlyClosed = true;
  let straightClosed = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '“' && c !== '"') continue;
    const curly = c === '“';
    if (curly ? !curlyClosed : !straightClosed) continue;
    const close = text.indexOf(curly ? '”' : '"', i + 1);
    if (close < 0) {
      if (curly) curlyClosed = false;
      else straightClosed = false;
      continue;
    }
    spans.push({ start: i, end: close + 1 });
    i = close;
  }
  const open = text.lastIndexOf('“');
  if (open >= 0 && text.indexOf('”', open) < 0) spans.push({ start: open, end: text.length });
  return spans;
}

/** One claim per kind and span: the same words read twice by two patterns count once. */
function dedupeClaims(claims: Claim[]): Claim[] {
  const seen = new Set<string>();
  return claims.filter((c) => {
    const key = `${c.kind}|${c.span.start}|${c.span.end}|${c.entityId}|${'attribute' in c ? c.attribute : ''}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/**
 * For each table cell, what the cell's row and column say it is about: the
 * row's first cell and the column's header, as "row|header" text.
 */
function tableContexts(segments: Segment[]): Map<Segment, string> {
  const byTable = new Map<number, Segment[]>();
  for (const s of segments) if (s.table) (byTable.get(s.table.table) ?? byTable.set(s.table.table, []).get(s.table.table)!).push(s);
  const out = new Map<Segment, string>();
  for (const cells of byTable.values()) {
    const byPlace = new Map(cells.map((x) => [`${x.table!.row},${x.table!.column}`, x.text.trim()]));
    const at = (r: number, c: number) => byPlace.get(`${r},${c}`) ?? '';
    for (const cell of cells) {
      const { row, column } = cell.table!;
      out.set(cell, `${at(row, 0)}\u0001${at(0, column)}\u0001${at(0, 0)}`);
    }
  }
  return out;
}

/** A chunk's finding at its place in the draft. A test checks that no field of Finding is left behind. */
export function placed(f: Finding, base: number, line: number): Finding {
  if (base === 0 && line === 0) return f;
  return findingAt(f, { start: f.span.start + base, end: f.span.end + base }, linesDown(f.range, line), f.fix && fixAt(f.fix, base, linesDown(f.fix.range, line)));
}

/** A range `by` lines further down (chunks start lines, so characters stay). */
function linesDown(r: Range, by: number): Range {
  return { start: { line: r.start.line + by, character: r.start.character }, end: { line: r.end.line + by, character: r.end.character } };
}

/** A placed finding moved by an edit before it: new offsets; its ranges are re-used when no line was added or removed. */
function shifted(f: Finding, delta: number, lineDelta: number): Finding {
  if (lineDelta !== 0) return placed(f, delta, lineDelta);
  return findingAt(f, { start: f.span.start + delta, end: f.span.end + delta }, f.range, f.fix && fixAt(f.fix, delta, f.fix.range));
}

/**
 * A finding at a place, built as one literal in the JSON output's key order. (Spreads and
 * rest copies of findings gave each its own hidden class: 11,000 maps, ~8 MB on a 3 MB draft.)
 */
function findingAt(f: LocalFinding | Finding, span: Span, range: Range, fix: Fix | undefined): Finding {
  const out: Finding = {
    span,
    kind: f.kind,
    verdict: f.verdict,
    severity: f.severity,
    claim: f.claim,
    recorded: f.recorded,
    message: f.message,
    detail: f.detail,
    subject: f.subject,
    brief: f.brief,
    factId: f.factId,
    entityId: f.entityId,
    sources: f.sources,
    sourceTier: f.sourceTier,
    quoted: f.quoted,
    provenance: f.provenance,
    range,
    reading: f.reading,
    claimed: f.claimed,
  };
  if (fix) out.fix = fix;
  if (f.confirmed) out.confirmed = f.confirmed;
  return out;
}

function fixAt(fix: Omit<Fix, 'range'>, by: number, range: Range): Fix {
  const out = { span: { start: fix.span.start + by, end: fix.span.end + by }, newText: fix.newText } as Fix;
  if (fix.citation) out.citation = fix.citation;
  if (fix.sources) out.sources = fix.sources;
  out.range = range;
  return out;
}

/** The index of the chunk of `chunks` (from `after` on) that starts at `offset`, or -1. */
function chunkStartingAt(chunks: PlacedChunk[], offset: number, after: number): number {
  for (let lo = after + 1, hi = chunks.length - 1; lo <= hi; ) {
    const mid = (lo + hi) >> 1;
    const start = chunks[mid]!.start;
    if (start === offset) return mid;
    if (start < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

const COMPARE_BLOCK = 1024;

/** The common prefix and suffix of two texts (they do not overlap). */
function editOf(old: string, text: string): { prefix: number; suffix: number } {
  const prefix = commonPrefix(old, text);
  return { prefix, suffix: commonSuffix(old, text, Math.min(old.length, text.length) - prefix) };
}

/** Length of the longest common prefix; compared a block at a time (native string equality), then by character. */
function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i + COMPARE_BLOCK <= n && a.slice(i, i + COMPARE_BLOCK) === b.slice(i, i + COMPARE_BLOCK)) i += COMPARE_BLOCK;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the longest common suffix, at most `max`. */
function commonSuffix(a: string, b: string, max: number): number {
  let i = 0;
  while (i + COMPARE_BLOCK <= max && a.slice(a.length - i - COMPARE_BLOCK, a.length - i) === b.slice(b.length - i - COMPARE_BLOCK, b.length - i)) i += COMPARE_BLOCK;
  while (i < max && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

export { ownerOf };
