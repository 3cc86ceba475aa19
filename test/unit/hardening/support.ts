/**
 * Shared checks for the hardening suite: an independent line index (written
 * from scratch here, not the engine's LineIndex) and validators for the
 * engine's spans and ranges.
 *
 * VS Code's counting: lines are split at "\r\n" (one break), lone "\r" and
 * "\n"; characters are UTF-16 code units. U+2028/U+2029 and U+0085 are NOT
 * line breaks for VS Code's text model, so they are not here either.
 */
import assert from 'node:assert/strict';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import type { CheckResult, Finding, Position, Range, Span } from '../../../src/engine';
import { FRONT_MATTER } from '../../../src/engine/segment/segment';

export class RefLines {
  /** Offset where each line's content starts. */
  readonly starts: number[] = [0];
  /** Offset where each line's content ends (before its line break). */
  readonly ends: number[] = [];

  constructor(readonly text: string) {
    const re = /\r\n|\r|\n/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      this.ends.push(m.index);
      this.starts.push(m.index + m[0].length);
    }
    this.ends.push(text.length);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** The position of an offset; offsets inside a "\r\n" pair get a character past the line's end (invalid). */
  position(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.starts[lo]! };
  }

  lineLength(line: number): number {
    return this.ends[line]! - this.starts[line]!;
  }
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Why an offset is not a place an editor can put a cursor, or undefined when it is fine. */
export function badBoundary(text: string, offset: number): string | undefined {
  if (offset <= 0 || offset >= text.length) return undefined;
  if (isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset)))
    return `splits a surrogate pair at ${offset}`;
  if (text.charCodeAt(offset - 1) === 13 && text.charCodeAt(offset) === 10)
    return `splits a \\r\\n line break at ${offset}`;
  return undefined;
}

const show = (text: string, span: Span) =>
  JSON.stringify(text.slice(Math.max(0, span.start - 20), Math.min(text.length, span.end + 20)));

/** Span inside the document, on character boundaries, and the range is exactly the span's positions. */
export function assertSpanRange(
  text: string,
  lines: RefLines,
  span: Span,
  range: Range,
  what: string,
  opts: { nonEmpty?: boolean } = {},
): void {
  const ctx = () => `${what} span ${JSON.stringify(span)} range ${JSON.stringify(range)} near ${show(text, span)}`;
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `non-integer offsets: ${ctx()}`);
  assert.ok(
    0 <= span.start && span.start <= span.end && span.end <= text.length,
    `span outside the document (length ${text.length}): ${ctx()}`,
  );
  if (opts.nonEmpty) assert.ok(span.end > span.start, `empty span: ${ctx()}`);
  for (const o of [span.start, span.end]) {
    const bad = badBoundary(text, o);
    assert.equal(bad, undefined, `${bad}: ${ctx()}`);
  }
  for (const [p, o] of [
    [range.start, span.start],
    [range.end, span.end],
  ] as const) {
    assert.ok(
      Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.character >= 0,
      `bad position ${JSON.stringify(p)}: ${ctx()}`,
    );
    assert.ok(p.line < lines.lineCount, `line ${p.line} past the last line ${lines.lineCount - 1}: ${ctx()}`);
    assert.ok(
      p.character <= lines.lineLength(p.line),
      `character ${p.character} past the end of line ${p.line} (length ${lines.lineLength(p.line)}): ${ctx()}`,
    );
    assert.deepEqual(p, lines.position(o), `range disagrees with span (VS Code counting): ${ctx()}`);
  }
}

/** Every finding, fix and mention of a result is inside the document and consistent. */
export function assertResultRanges(text: string, result: CheckResult, lines = new RefLines(text)): void {
  assert.ok(Array.isArray(result.findings) && Array.isArray(result.mentions), 'findings and mentions are arrays');
  result.findings.forEach((f, i) => {
    assertSpanRange(text, lines, f.span, f.range, `finding ${i} [${f.factId}]`, { nonEmpty: true });
    if (f.fix) {
      assertSpanRange(text, lines, f.fix.span, f.fix.range, `fix of finding ${i} [${f.factId}]`);
      assert.equal(typeof f.fix.newText, 'string');
    }
  });
  result.mentions.forEach((m, i) => {
    assertSpanRange(text, lines, m.span, m.range, `mention ${i} [${m.entityId}]`, { nonEmpty: true });
    assert.equal(text.slice(m.span.start, m.span.end).length, m.span.end - m.span.start);
  });
}

export interface AppliedFix {
  finding: Finding;
  /** Where the new text sits in the fixed document. */
  start: number;
  end: number;
}

/**
 * Applies every fix (first come, first kept when two overlap) by span, as an
 * editor applies a WorkspaceEdit, and says where each replacement landed.
 */
export function applyAllFixes(text: string, findings: readonly Finding[]): { text: string; applied: AppliedFix[] } {
  const withFix = findings
    .filter((f) => f.fix)
    .sort((a, b) => a.fix!.span.start - b.fix!.span.start || a.fix!.span.end - b.fix!.span.end);
  const kept: Finding[] = [];
  for (const f of withFix) {
    const last = kept[kept.length - 1];
    if (last && f.fix!.span.start < last.fix!.span.end) continue;
    // Two fixes of one empty place: keep one.
    if (last && f.fix!.span.start === last.fix!.span.start && f.fix!.span.start === f.fix!.span.end) continue;
    kept.push(f);
  }
  let out = '';
  let at = 0;
  const applied: AppliedFix[] = [];
  for (const f of kept) {
    const { span, newText } = f.fix!;
    out += text.slice(at, span.start);
    applied.push({ finding: f, start: out.length, end: out.length + newText.length });
    out += newText;
    at = span.end;
  }
  out += text.slice(at);
  return { text: out, applied };
}

/** Runs count from the environment: FACTDESK_FUZZ_RUNS is the total across the fuzz properties. */
export function fuzzBudget(defaultTotal: number): { total: number; scale: number; nightly: boolean } {
  const raw = Number(process.env.FACTDESK_FUZZ_RUNS);
  const total = Number.isFinite(raw) && raw > 0 ? Math.floor(raw) : defaultTotal;
  return { total, scale: total / defaultTotal, nightly: total !== defaultTotal };
}

export const FUZZ_SEED =
  Number.isFinite(Number(process.env.FACTDESK_FUZZ_SEED)) && process.env.FACTDESK_FUZZ_SEED
    ? Number(process.env.FACTDESK_FUZZ_SEED)
    : 20261123;

export interface Region {
  start: number;
  end: number;
  type: string;
  value: string;
}

let referenceOptions: Parameters<typeof fromMarkdown>[1] | undefined;

/**
 * The block-level stretches a single whole-document CommonMark + GFM parse
 * (the engine's own parser, without the engine's chunking) says are not
 * prose: code blocks, HTML blocks, front matter and link definitions. No
 * claim may be reported inside one. (Footnote definitions are prose: the
 * engine reads them.)
 */
/**
 * Where a region ends: an HTML block of a comment ends at its `-->` when the rest of that line is text the page
 * shows (`<!-- TODO --> The H200 …`), which the engine reads as prose (docs/hardening.md, round six).
 */
function commentEnd(type: string, raw: string): number {
  if (type !== 'html' || !raw.startsWith('<!--')) return raw.length;
  const close = raw.lastIndexOf('-->');
  const tail = raw.slice(close + 3);
  return close >= 4 && tail.trim() && !tail.includes('<!--') && !/[\r\n]/.test(tail) ? close + 3 : raw.length;
}

export function nonProseBlocks(text: string): Region[] {
  referenceOptions ??= {
    extensions: [gfm(), frontmatter(['yaml'])],
    mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml'])],
  };
  // As in the engine: the front matter extension only for a closed front matter (with an
  // unclosed `---` opening the text, micromark-extension-frontmatter 2.0.0 reads no list or quote at all).
  const tree = fromMarkdown(
    text,
    FRONT_MATTER.test(text) ? referenceOptions : { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] },
  );
  const out: Region[] = [];
  // micromark drops a leading byte order mark, so its offsets count from the character after it; the engine's
  // spans count from the start of the text, so the regions are shifted back onto the text as given.
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const containers = new Set(['root', 'blockquote', 'list', 'listItem']);
  const walk = (node: {
    type: string;
    children?: unknown[];
    position?: { start: { offset?: number }; end: { offset?: number } };
    value?: string;
  }) => {
    for (const child of (node.children ?? []) as (typeof node)[]) {
      if (['code', 'html', 'yaml', 'definition'].includes(child.type)) {
        const s = child.position?.start.offset === undefined ? undefined : child.position.start.offset + bom;
        const e = child.position?.end.offset === undefined ? undefined : child.position.end.offset + bom;
        if (s !== undefined && e !== undefined)
          out.push({
            start: s,
            end: commentEnd(child.type, text.slice(s, e)) + s,
            type: child.type,
            value: child.value ?? text.slice(s, e),
          });
      } else if (containers.has(child.type)) walk(child);
    }
  };
  walk(tree as never);
  return out;
}
