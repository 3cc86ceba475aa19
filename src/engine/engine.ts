/**
 * The engine's one entry point: markdown text in, findings out.
 *   text → prose segments → mentions → claims → comparisons → findings
 * The draft is split into independent top-level chunks (paragraphs, tables,
 * lists); each chunk's mentions and findings are cached by its text and the
 * as-of date, per engine (so per record version). A keystroke re-analyses the
 * one chunk it touched; the rest only has its offsets shifted.
 */
import YAML from 'yaml';
import { extractCategories } from './claims/category';
import { extractDealTerms, extractEvents, extractStatus } from './claims/events';
import { extractQuantities, ownerOf } from './claims/quantity';
import { extractTableClaims } from './claims/table';
import type { Claim, SentenceContext } from './claims/types';
import { compare } from './compare/compare';
import { findDates, todayIso } from './dates/dates';
import { buildFinding, type LocalFinding } from './findings/findings';
import { MentionMatcher, type RawMention } from './mentions/matcher';
import { readSentence, teachVocabulary, type SentenceReading } from './nlp/nlp';
import type { CompiledRecord } from './record/load';
import { RecordIndex } from './record/record-index';
import { LineIndex } from './segment/lines';
import { FRONT_MATTER, IRRELEVANT, parseChunk, splitChunks, SweepingCache, type ChunkParse, type Segment } from './segment/segment';
import { splitSentences } from './segment/sentences';
import type { CheckOptions, CheckResult, Finding, Mention } from './types';

/** Past this many characters a draft is refused rather than checked (the fronts may lower it). */
export const MAX_DRAFT_CHARS = 20 * 1024 * 1024;

interface SegmentResult {
  mentions: RawMention[];
  findings: LocalFinding[];
}

interface ChunkResult {
  parsed: ChunkParse;
  mentions: RawMention[];
  findings: LocalFinding[];
}

export interface Engine {
  readonly index: RecordIndex;
  check(text: string, options?: CheckOptions): CheckResult;
  /** The as-of date a draft is checked at, and where it came from. */
  asOfFor(text: string, options?: CheckOptions): Pick<CheckResult, 'asOf' | 'asOfOrigin' | 'notes'>;
}

export function createEngine(record: CompiledRecord): Engine {
  const index = new RecordIndex(record);
  const matcher = new MentionMatcher(index);
  teachVocabulary([...index.entities.values()].flatMap((e) => [e.name, ...e.aliases, ...e.variants.map((v) => v.name)].map((name) => ({ name, kind: e.kind }))));
  const chunkCache = new SweepingCache<ChunkResult>();

  const asOfFor = (text: string, options: CheckOptions = {}, frontMatter?: string): Pick<CheckResult, 'asOf' | 'asOfOrigin' | 'notes'> => {
    if (options.asOf) return { asOf: options.asOf, asOfOrigin: 'option' };
    const fm = frontMatter ?? FRONT_MATTER.exec(text)?.[1];
    const { date, note } = fm ? frontMatterDate(fm) : {};
    if (date) return { asOf: date, asOfOrigin: 'front-matter' };
    return { asOf: options.today ?? todayIso(), asOfOrigin: 'today', ...(note ? { notes: [note] } : {}) };
  };

  /** Offsets in the result are local to the segment. */
  const analyseSegment = (text: string, segment: Segment, context: string | undefined, asOf: string): SegmentResult => {
    const mentions = matcher.find(text);
    if (!mentions.length && segment.kind !== 'tableCell') return { mentions, findings: [] };
    const claims: Claim[] = [];
    if (segment.kind === 'tableCell' && context !== undefined) {
      claims.push(...extractTableClaims(text, context, matcher, segment.quoted));
    }
    if (mentions.length) {
      for (const sentence of splitSentences(text)) {
        const local = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
        if (!local.length) continue;
        const shift = <T extends { start: number; end: number }>(x: T): T => ({ ...x, start: x.start - sentence.start, end: x.end - sentence.start });
        let reading: SentenceReading | undefined;
        const ctx: SentenceContext = {
          text: sentence.text,
          mentions: local.map(shift),
          // A date inside a name ("the October 2022 export controls") names, it does not claim.
          dates: findDates(sentence.text, asOf).filter((d) => !local.some((m) => m.start - sentence.start < d.end && m.end - sentence.start > d.start)),
          quotes: quoteSpans(sentence.text),
          quotedSegment: segment.quoted,
          asOf,
          index,
          reading: () => (reading ??= readSentence(sentence.text)),
        };
        const found = [...extractQuantities(ctx), ...extractCategories(ctx), ...extractEvents(ctx), ...extractDealTerms(ctx), ...extractStatus(ctx)];
        for (const c of found) {
          claims.push({
            ...c,
            span: { start: c.span.start + sentence.start, end: c.span.end + sentence.start },
            valueSpan: { start: c.valueSpan.start + sentence.start, end: c.valueSpan.end + sentence.start },
          } as Claim);
        }
      }
    }
    const findings: LocalFinding[] = [];
    for (const claim of dedupeClaims(claims)) {
      const comparison = compare(claim, index, asOf);
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
   * mentions and findings with offsets relative to the chunk.
   */
  const analyseChunk = (chunkText: string, first: boolean, asOf: string): ChunkResult => {
    const key = `${asOf}\u0000${first ? 'F' : 'B'}${chunkText}`;
    const hit = chunkCache.get(key);
    if (hit) return hit;
    let parsed: ChunkParse;
    try {
      parsed = !first && !chunkText.includes('factdesk-ignore') && !matcher.mentionsAny(chunkText) ? IRRELEVANT : parseChunk(chunkText, first);
    } catch {
      // Markup nested thousands deep overflows the parser's stack: that stretch is not read, and the check goes on.
      parsed = { ...IRRELEVANT, unreadable: true };
    }
    const tables = tableContexts(parsed.segments);
    const mentions: RawMention[] = [];
    const findings: LocalFinding[] = [];
    const shift = (span: { start: number; end: number }, by: number) => ({ start: span.start + by, end: span.end + by });
    for (const segment of parsed.segments) {
      const result = analyseSegment(segment.text, segment, segment.table ? tables.get(segment) : undefined, asOf);
      for (const m of result.mentions) mentions.push({ ...m, ...shift(m, segment.start) });
      for (const f of result.findings) findings.push({ ...f, span: shift(f.span, segment.start), ...(f.fix ? { fix: { ...f.fix, span: shift(f.fix.span, segment.start) } } : {}) });
    }
    const result: ChunkResult = { parsed, mentions, findings };
    chunkCache.set(key, result);
    return result;
  };

  const check = (text: string, options: CheckOptions = {}): CheckResult => {
    if (text.length > MAX_DRAFT_CHARS) {
      const { asOf, asOfOrigin } = asOfFor('', options);
      return { asOf, asOfOrigin, findings: [], mentions: [], refused: `draft is ${(text.length / 1024 / 1024).toFixed(1)} MB; Fact Desk checks drafts up to ${MAX_DRAFT_CHARS / 1024 / 1024} MB` };
    }
    const { asOf, asOfOrigin, notes: asOfNotes } = asOfFor(text, options);
    let notes = asOfNotes ? [...asOfNotes] : undefined;
    const lines = new LineIndex(text);
    const chunks = splitChunks(text).map((c, i) => ({ start: c.start, result: analyseChunk(text.slice(c.start, c.end), i === 0, asOf) }));
    chunkCache.sweep();
    /** Mentions are built on first read: hovers need them, a keystroke's check does not. */
    const done = (findings: Finding[], mentions: () => Mention[]): CheckResult => {
      let built: Mention[] | undefined;
      const result = { asOf, asOfOrigin, findings, ...(notes ? { notes } : {}) } as CheckResult;
      Object.defineProperty(result, 'mentions', { enumerable: true, get: () => (built ??= mentions()) });
      return result;
    };
    if (chunks.some((c) => c.result.parsed.unreadable)) {
      const skipped = chunks.filter((c) => c.result.parsed.unreadable).map((c) => lines.lineOf(c.start) + 1);
      (notes ??= []).push(`markup nested too deeply to read at line${skipped.length > 1 ? 's' : ''} ${skipped.slice(0, 5).join(', ')}${skipped.length > 5 ? '…' : ''}; that part was not checked`);
    }
    if (chunks.some((c) => c.result.parsed.ignoreFile)) return done([], () => []);
    const ignoredLines = new Set<number>();
    for (const { start, result } of chunks) {
      for (const end of result.parsed.ignoreAfter) ignoredLines.add(lines.lineOf(start + end) + 1);
      for (const at of result.parsed.ignoreAt) ignoredLines.add(lines.lineOf(start + at));
    }
    const mentions = () =>
      chunks.flatMap(({ start: base, result }) =>
        result.mentions.map((m): Mention => {
          const start = m.start + base;
          const end = m.end + base;
          return { span: { start, end }, range: lines.range(start, end), entityId: m.entityId, ...(m.variantId ? { variantId: m.variantId } : {}), text: m.text };
        }),
      );
    const findings: Finding[] = [];
    for (const { start: base, result } of chunks) {
      for (const f of result.findings) {
        if (!options.includeSupported && (f.verdict === 'supported' || f.verdict === 'unknown')) continue;
        const start = f.span.start + base;
        const end = f.span.end + base;
        const range = lines.range(start, end);
        if (ignoredLines.has(range.start.line)) continue;
        const fix: Finding['fix'] = f.fix && {
          ...f.fix,
          span: { start: f.fix.span.start + base, end: f.fix.span.end + base },
          range: lines.range(f.fix.span.start + base, f.fix.span.end + base),
        };
        const { fix: _localFix, ...rest } = f;
        findings.push({ ...rest, span: { start, end }, range, ...(fix ? { fix } : {}) });
      }
    }
    findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
    return done(findings, mentions);
  };

  return { index, check, asOfFor: (text, options) => asOfFor(text, options) };
}

/** The front matter's `date:` as YYYY-MM-DD, or a note saying why it could not be used. */
let lastFrontMatter: { yaml: string; result: { date?: string; note?: string } } | undefined;

/** The front matter's `date:`; memoised, since a keystroke rarely touches the front matter. */
function frontMatterDate(yaml: string): { date?: string; note?: string } {
  if (lastFrontMatter?.yaml !== yaml) lastFrontMatter = { yaml, result: readFrontMatterDate(yaml) };
  return lastFrontMatter.result;
}

function readFrontMatterDate(yaml: string): { date?: string; note?: string } {
  let data: unknown;
  try {
    data = YAML.parse(yaml.replace(/\r\n?/g, '\n'), { schema: 'core', customTags: [], maxAliasCount: 10, logLevel: 'error' });
  } catch (e) {
    return { note: `front matter is not valid YAML (${(e as Error).message.split('\n')[0]}); checked as of today` };
  }
  if (!data || typeof data !== 'object') return {};
  const raw = (data as Record<string, unknown>)['date'];
  if (raw === undefined) return {};
  const text = typeof raw === 'string' ? raw : String(raw);
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(text);
  if (m && !Number.isNaN(Date.parse(m[1]!))) return { date: m[1] };
  return { note: `front matter date "${text}" is not a YYYY-MM-DD date; checked as of today` };
}

/** Stretches between matching quotation marks: “…” or "…". */
function quoteSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const re = /“[^”]*”|"[^"]*"/g;
  for (let m = re.exec(text); m; m = re.exec(text)) spans.push({ start: m.index, end: m.index + m[0].length });
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

export { ownerOf };
