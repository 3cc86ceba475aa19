/**
 * Markdown → prose segments. A segment is one block of prose (paragraph,
 * heading, table cell) whose `text` has exactly the length of its source
 * range: markup, URLs, inline code and HTML are blanked to spaces, so every
 * offset in `text` plus `start` is an offset in the draft.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { Nodes, Parents, Root } from 'mdast';
import { MONTH } from '../dates/dates';
import { withThousands } from '../format';

export type SegmentKind = 'paragraph' | 'heading' | 'tableCell';

export interface TableContext {
  /** Index of the table in the draft, row and column of this cell (row 0 is the header). */
  table: number;
  row: number;
  column: number;
}

export interface Segment {
  kind: SegmentKind;
  start: number;
  end: number;
  /** Source text of [start, end) with everything that is not prose blanked to spaces. */
  text: string;
  /** Inside a blockquote: a quotation, never the draft's own claim. */
  quoted: boolean;
  table?: TableContext;
}

/** A table cell holding only a date: "Oct 7, 2022", "7 October 2022", "2026-01-13", "March 2023". */
const DATE_ONLY_CELL = new RegExp(
  String.raw`^\|?\s*(?:\d{4}-\d{2}-\d{2}|${MONTH}\s\d{1,2}(?:st|nd|rd|th)?,?\s\d{4}|\d{1,2}\s${MONTH},?\s\d{4}|${MONTH}\s\d{4})\s*\|?$`,
  'i',
);
/** A dated row's text with its first pipe after the date put back: the line's separator ("Oct 7, 2022 | …"). */
const withPipeAt = (text: string, at: number) => `${text.slice(0, at)}|${text.slice(at + 1)}`;
const IGNORE_NEXT = /<!--\s*factdesk-ignore-next-line\s*-->/;
const IGNORE_FILE = /<!--\s*factdesk-ignore-file\s*-->/;
/** Same-line form, for places a comment line cannot go (table rows, list items); may carry a note (reason, who, when). */
const IGNORE_LINE = /<!--\s*factdesk-ignore-line(?:[\s:(][^>]*)?-->/;

/**
 * The HTML comments of an HTML node's value as a browser reads them: not one written inside a tag (an attribute
 * value: `<a title="<!-- … -->">` shows it as a tooltip) nor inside an element whose content is text or script
 * (`<textarea>`, `<title>`, `<script>`, `<style>`, `<xmp>`). Round ten's probe: a directive in an attribute silenced the
 * draft. One pass, linear.
 */
const RAW_TEXT = /^(?:textarea|title|script|style|xmp)$/i;
export function htmlComments(html: string): string[] {
  const out: string[] = [];
  let i = 0;
  const lower = html.toLowerCase();
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      const end = close < 0 ? html.length : close + 3;
      out.push(html.slice(lt, end));
      i = end;
      continue;
    }
    const name = /^<\/?([a-z][a-z0-9-]*)/i.exec(html.slice(lt, lt + 40));
    if (!name) {
      i = lt + 1;
      continue;
    }
    // A tag: to its ">", past quoted attribute values.
    let j = lt + name[0].length;
    let quote = '';
    for (; j < html.length; j++) {
      const c = html[j]!;
      if (quote) {
        if (c === quote) quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '>') break;
    }
    i = j + 1;
    if (RAW_TEXT.test(name[1]!) && !name[0].startsWith('</')) {
      const endTag = lower.indexOf(`</${name[1]!.toLowerCase()}`, i);
      i = endTag < 0 ? html.length : endTag;
    }
  }
  return out;
}
const directive = (re: RegExp, html: string) => re.test(html) && htmlComments(html).some((c) => re.test(c));

/** Node types whose text is prose. Everything else (code, html, yaml, urls) stays blank. */
const PROSE_TEXT = new Set(['text']);
const SKIPPED = new Set([
  'code',
  'inlineCode',
  'html',
  'yaml',
  'toml',
  'definition',
  'image',
  'imageReference',
  'footnoteReference',
]);

/** A top-level stretch of the draft that parses the same alone as in place. */
export interface Chunk {
  start: number;
  end: number;
  /** 0-based line of `start` (chunks always start a line). */
  line: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** Front matter as the parser reads it: fences of three dashes, trailing blanks allowed. */
export const FRONT_MATTER = /^\uFEFF?---[ \t]*(?:\r\n|\r|\n)([\s\S]*?)(?:\r\n|\r|\n)---[ \t]*(?:\r\n|\r|\n|$)/;
/** TOML front matter (Hugo, Zola): fences of three pluses. Never prose; its `date =` is the as-of date. */
export const TOML_FRONT_MATTER =
  /^\uFEFF?\+\+\+[ \t]*(?:\r\n|\r|\n)([\s\S]*?)(?:\r\n|\r|\n)\+\+\+[ \t]*(?:\r\n|\r|\n|$)/;

/**
 * Splits a draft at blank lines that no markdown construct spans: not inside a
 * fenced code block or an HTML comment, and followed by a line that starts at
 * column 0 (so no list continuation or indented code). Front matter stays in
 * the first chunk. Each chunk can then be parsed, and cached, on its own.
 */
export function splitChunks(source: string): Chunk[] {
  return scanChunks(source).chunks;
}

/**
 * splitChunks, resumable: it may start at any chunk start of an earlier split
 * of the same text up to there (the scanner's state is empty at a chunk start),
 * and stops at the first new boundary that `stopAt` accepts — where the rest
 * of an earlier split can be re-used. Then `stoppedAt` is that boundary's
 * offset and `stoppedLine` its line.
 */
export function scanChunks(
  source: string,
  from: { start: number; line: number } = { start: 0, line: 0 },
  stopAt?: (offset: number, line: number) => boolean,
): { chunks: Chunk[]; stoppedAt?: number; stoppedLine?: number } {
  const chunks: Chunk[] = [];
  const length = source.length;
  let chunkStart = from.start;
  let chunkLine = from.line;
  let fence: string | undefined;
  /** Inside an HTML block that may span blank lines: the text that ends it. */
  let htmlEnd: RegExp | undefined;
  let previousBlank = false;
  let pos = from.start;
  let line = from.line;
  // Front matter: from the opening --- to the closing --- belongs to chunk 0.
  if (pos === 0) {
    const fm = FRONT_MATTER.exec(source) ?? TOML_FRONT_MATTER.exec(source);
    if (fm) {
      pos = fm[0].length;
      line += lineBreaks(fm[0]);
    }
  }
  /** The next '<' at or after pos: lines without one cannot open an HTML block. */
  let nextAngle = -1;
  while (pos < length) {
    let eol = pos;
    while (eol < length) {
      const c = source.charCodeAt(eol);
      if (c === 10 || c === 13) break;
      eol++;
    }
    const next =
      eol < length ? eol + (source.charCodeAt(eol) === 13 && source.charCodeAt(eol + 1) === 10 ? 2 : 1) : eol;
    const first = source.charCodeAt(pos);
    // Only a line that starts with whitespace (or is empty) can be blank; trim() decides the rest.
    const blank =
      eol === pos ||
      ((first <= 32 || first === 0xa0 || first === 0xfeff || first >= 0x1680) && source.slice(pos, eol).trim() === '');
    if (!fence && !htmlEnd && previousBlank && !blank && first !== 32 && first !== 9 && pos > chunkStart) {
      chunks.push({ start: chunkStart, end: pos, line: chunkLine });
      if (stopAt?.(pos, line)) return { chunks, stoppedAt: pos, stoppedLine: line };
      chunkStart = pos;
      chunkLine = line;
    }
    if (nextAngle < pos) {
      const at = source.indexOf('<', pos);
      nextAngle = at === -1 ? Infinity : at;
    }
    const fenceLike = first === 32 || first === 96 || first === 126; // space, `, ~
    if (fence || htmlEnd || fenceLike || nextAngle < eol) {
      const text = source.slice(pos, eol);
      const f = fenceLike || fence ? FENCE.exec(text) : null;
      if (fence) {
        if (f && f[1]![0] === fence[0] && f[1]!.length >= fence.length && text.trim() === f[1]) fence = undefined;
      } else if (htmlEnd) {
        if (htmlEnd.test(text)) htmlEnd = undefined;
      } else if (f) fence = f[1];
      else if (nextAngle < eol) htmlEnd = htmlBlockOpenedBy(text);
    }
    previousBlank = blank;
    if (next > eol) line++;
    pos = next;
  }
  if (chunkStart < length || !chunks.length) chunks.push({ start: chunkStart, end: length, line: chunkLine });
  return { chunks };
}

function lineBreaks(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13) {
      n++;
      if (text.charCodeAt(i + 1) === 10) i++;
    }
  }
  return n;
}

/**
 * CommonMark's HTML blocks that blank lines do not end (types 1–5: <pre>,
 * <script>, <style>, <textarea>, comments, <?…?>, <!X…>, CDATA): what
 * closes the block, if the line opens one and does not close it.
 */
const SPANNING_HTML_BLOCKS: [RegExp, RegExp][] = [
  [/^ {0,3}<(?:pre|script|style|textarea)(?:\s|>|$)/i, /<\/(?:pre|script|style|textarea)>/i],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Z]/i, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];
function htmlBlockOpenedBy(line: string): RegExp | undefined {
  for (const [open, end] of SPANNING_HTML_BLOCKS) {
    const m = open.exec(line);
    if (m) return end.test(line.slice(m[0].length)) ? undefined : end;
  }
  // A comment opens an HTML block only at the start of a line (after list markers, up to 3 spaces):
  // `<!--` inside a code span, mid-line or in an indented code block is text, and a blank line ends it.
  const comment = COMMENT_BLOCK_START.exec(line);
  return comment && line.indexOf('-->', comment[0].length) < 0 ? /-->/ : undefined;
}
const COMMENT_BLOCK_START = /^ {0,3}(?:(?:[-*+]|\d{1,9}[.)])[ \t]{1,4})*<!--/;

/** One chunk's parse, with offsets relative to the chunk. */
export interface ChunkParse {
  segments: Segment[];
  frontMatter?: string;
  /** Offsets where a factdesk-ignore-next-line comment ends. */
  ignoreAfter: number[];
  /** Offsets of factdesk-ignore-line comments: their own line is ignored. */
  ignoreAt: number[];
  ignoreFile: boolean;
  /** Why this chunk was not read (past the parse budget, or the parser could not take it): the check goes on without it. */
  skipped?: string;
}

/**
 * The parse budget. micromark is superlinear on some shapes inside one block
 * (measured on 2 cores: 16,000 emphasis markers in 47 KB, 5 s; a list 2,000
 * levels deep on one line, 5 s, 10,000 deep, minutes; an 800 KB table, 17 s;
 * and, found by the reliability probe, GFM strikethrough: 25,000 `~` in 50 KB,
 * 15 s; `[a](` link openers and `]`/`[` runs: 25,000 brackets, 2 s, growing with
 * the square; round seven: HTML comment openers `<!--` never closed, each read
 * to the block's end, 3,300 in 16 KB, 7 s: the characters they rescan are
 * counted). Curly quotes are no parse cost (micromark reads them as text).
 * A chunk past these bounds is not parsed, and the check says so. Real
 * drafts are far inside them: a long paragraph is 5 KB, a spec table 10 KB.
 */
export const PARSE_BUDGET = {
  chars: 64 * 1024,
  emphasisMarkers: 5_000,
  strikethroughMarkers: 5_000,
  brackets: 5_000,
  containerDepth: 1_200,
  /** Characters micromark rescans for `<!--` openers no `-->` closes (each is read to the block's end). */
  unclosedCommentScan: 500_000,
} as const;

/** The characters micromark reads for the `<!--` openers after the block's last `-->` (each to the block's end). */
function unclosedCommentScan(chunk: string): { openers: number; scan: number } {
  let openers = 0;
  let scan = 0;
  const last = chunk.lastIndexOf('-->');
  for (let at = chunk.indexOf('<!--', last < 0 ? 0 : last + 3); at >= 0; at = chunk.indexOf('<!--', at + 4)) {
    openers++;
    scan += chunk.length - at;
  }
  return { openers, scan };
}

/** Why a chunk is past the parse budget, or undefined if it may be parsed. */
export function overParseBudget(chunk: string): string | undefined {
  if (chunk.length > PARSE_BUDGET.chars)
    return `a block of ${Math.round(chunk.length / 1024)} KB without a blank line (Fact Desk reads blocks up to ${PARSE_BUDGET.chars / 1024} KB)`;
  let emphasis = 0;
  let strikethrough = 0;
  let brackets = 0;
  for (let i = 0; i < chunk.length; i++) {
    const c = chunk.charCodeAt(i);
    if (c === 42 || c === 95)
      emphasis++; // * _
    else if (c === 126)
      strikethrough++; // ~
    else if (c === 91 || c === 93) brackets++; // [ ] (links, images, footnote calls)
  }
  const over = (count: number, what: string, limit: number) =>
    `a block with ${withThousands(count)} ${what} (Fact Desk reads blocks with up to ${withThousands(limit)})`;
  if (emphasis > PARSE_BUDGET.emphasisMarkers) return over(emphasis, 'emphasis markers', PARSE_BUDGET.emphasisMarkers);
  if (strikethrough > PARSE_BUDGET.strikethroughMarkers)
    return over(strikethrough, 'strikethrough markers (~)', PARSE_BUDGET.strikethroughMarkers);
  if (brackets > PARSE_BUDGET.brackets) return over(brackets, 'link brackets ([ and ])', PARSE_BUDGET.brackets);
  if (containerDepth(chunk) > PARSE_BUDGET.containerDepth) return 'markup nested too deeply to read';
  const comments = chunk.includes('<!--') ? unclosedCommentScan(chunk) : { openers: 0, scan: 0 };
  if (comments.scan > PARSE_BUDGET.unclosedCommentScan)
    return `a block with ${withThousands(comments.openers)} HTML comment openers (<!--) that no --> closes (Fact Desk reads blocks where they span up to ${withThousands(PARSE_BUDGET.unclosedCommentScan)} characters in all)`;
  return undefined;
}

/** The most list and quote markers that open one line: how deep its containers nest. */
const CONTAINER_MARKER = /[ \t]*(?:[-+*>]|\d{1,9}[.)])(?=[ \t]|$)/y;
function containerDepth(chunk: string): number {
  let deepest = 0;
  for (let start = 0; start < chunk.length;) {
    let depth = 0;
    CONTAINER_MARKER.lastIndex = start;
    while (CONTAINER_MARKER.exec(chunk)) depth++;
    if (depth > deepest) deepest = depth;
    const eol = chunk.indexOf('\n', start);
    if (eol < 0) break;
    start = eol + 1;
  }
  return deepest;
}

/** A chunk that names no entity: nothing in it can be a claim. */
export const IRRELEVANT: ChunkParse = { segments: [], ignoreAfter: [], ignoreAt: [], ignoreFile: false };

// Built once: constructing micromark's extensions costs more than parsing a paragraph.
// GFM's parts that change what is prose: tables, footnotes, strikethrough. Autolink
// literals are left out (they doubled the parse time); bare URLs are blanked below
// instead, and task-list markers read as text, which holds no claim.
let parserOptions: { first: Parameters<typeof fromMarkdown>[1]; rest: Parameters<typeof fromMarkdown>[1] } | undefined;
function options(first: boolean) {
  const gfm = () => [gfmTable(), gfmFootnote(), gfmStrikethrough()];
  const gfmMdast = () => [gfmTableFromMarkdown(), gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown()];
  parserOptions ??= {
    first: {
      extensions: [...gfm(), frontmatter(['yaml', 'toml'])],
      mdastExtensions: [...gfmMdast(), frontmatterFromMarkdown(['yaml', 'toml'])],
    },
    rest: { extensions: gfm(), mdastExtensions: gfmMdast() },
  };
  return first ? parserOptions.first : parserOptions.rest;
}

/** Bare URLs and autolinks: their words ("…/nvidia-h20-china…") name pages, they claim nothing. */
const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>]*[^\s<>.,;:!?'"”’)\]]/gi;
function blankUrls(text: string): string {
  return text.includes('http') || text.includes('www.')
    ? text.replace(BARE_URL, (url) => ' '.repeat(url.length))
    : text;
}

export function parseChunk(source: string, first: boolean): ChunkParse {
  // TOML front matter is no paragraph: the parser's frontmatter extension takes it out.
  const parsed =
    first && TOML_FRONT_MATTER.test(source)
      ? parseMarkdownChunk(source, first)
      : (plainParagraph(source) ??
        plainHeading(source) ??
        commentThenParagraph(source) ??
        plainTable(source) ??
        (first ? undefined : loneFencedCode(source)) ??
        parseMarkdownChunk(source, first));
  if (source.includes('&')) for (const segment of parsed.segments) segment.text = spaceEntities(segment.text);
  if (MINUS_OR_DASH.test(source)) for (const segment of parsed.segments) segment.text = minusSigns(segment.text);
  return parsed;
}

/**
 * Minus signs other than ASCII's (U+2212, the small and fullwidth hyphen-minus, the heavy minus, the superscript
 * and subscript minus, the modifier letter minus) and a dash written against a number after a space ("–96 GB"):
 * the reader reads them as the ASCII hyphen-minus, so "−96 GB" is a negative figure, never "96 GB", in every
 * reader. One UTF-16 unit for one, so offsets stay the source's.
 */
const MINUS_OR_DASH = /[\u2212\ufe63\uff0d\u2796\u207b\u208b\u02d7\u2010-\u2015\u2e3a\u2e3b\ufe58\ufe31\ufe32]/;
const MINUS =
  /[\u2212\ufe63\uff0d\u2796\u207b\u208b\u02d7]|(?<![^\s([{"“'‘])[\u2010-\u2015\u2e3a\u2e3b\ufe58\ufe31\ufe32](?=\p{N})/gu;
function minusSigns(text: string): string {
  return text.replace(MINUS, '-');
}

/** Character references the page shows as a space: `96&nbsp;GB` reads as `96 GB` (a CMS writes them often). */
const SPACE_ENTITY =
  /&(?:nbsp|ensp|emsp|emsp13|emsp14|thinsp|numsp|puncsp|#0*160|#x0*a0|#0*819[4-9]|#0*820[0-2]|#0*8239|#x0*200[2-9a]|#x0*202f|#0*32|#x0*20);/gi;
function spaceEntities(text: string): string {
  return text.includes('&') ? text.replace(SPACE_ENTITY, (entity) => ' '.repeat(entity.length)) : text;
}

/** What may be markup inside a table cell (a pipe is the table's own). */
const CELL_MARKUP = /[`*_[\]<>\\~^#=\t\uFEFF\u00a0]|&(?:#|[a-z0-9]+;)/i;
const LINE_BREAK = /\r\n|\r|\n/g;
const DELIMITER_CELL = /^ *:?-+:? *$/;

/**
 * A chunk that is one GFM table of plain cells (every row from `|` to `|` with as many cells as the header, no
 * markup in any cell) reads as micromark reads it: a segment per non-empty cell from its opening pipe to the next
 * (the last cell's closing pipe included), pipes blanked; a body row led by a date is one paragraph segment. Tables were the costliest chunks to parse per byte
 * (micromark's table extension), a third of the parse time on the bench drafts. A property test holds this to
 * micromark.
 */
export function plainTable(source: string): ChunkParse | undefined {
  if (source.charCodeAt(0) !== 124 || CELL_MARKUP.test(source)) return undefined; // |
  const rows: { start: number; line: string }[] = [];
  let at = 0;
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(source); ; m = LINE_BREAK.exec(source)) {
    const end = m ? m.index : source.length;
    const line = source.slice(at, end);
    if (!line) {
      // Only line endings may follow the table.
      if (!ONLY_LINE_ENDINGS.test(source.slice(at))) return undefined;
      break;
    }
    rows.push({ start: at, line });
    if (!m) break;
    at = m.index + m[0].length;
  }
  if (rows.length < 2) return undefined;
  const cellsOf = (line: string) =>
    line.length >= 2 && line[0] === '|' && line.endsWith('|') ? line.slice(1, -1).split('|') : undefined;
  const header = cellsOf(rows[0]!.line);
  const delimiter = cellsOf(rows[1]!.line);
  if (!header || !delimiter || delimiter.length !== header.length || !delimiter.every((c) => DELIMITER_CELL.test(c)))
    return undefined;
  const segments: Segment[] = [];
  for (let r = 0; r < rows.length; r++) {
    if (r === 1) continue;
    const { start, line } = rows[r]!;
    const cells = r === 0 ? header : cellsOf(line);
    if (!cells || cells.length !== header.length) return undefined;
    // A row led by a date is a timeline's line, read whole with its first pipe kept (as parseMarkdownChunk does).
    if (r > 1 && cells.length === 2 && DATE_ONLY_CELL.test(cells[0]!)) {
      const pipe = 1 + cells[0]!.length;
      const blanked = blankUrls(line.replace(/\|/g, ' '));
      segments.push({
        kind: 'paragraph',
        start,
        end: start + line.length,
        text: withPipeAt(blanked, pipe),
        quoted: false,
      });
      continue;
    }
    let cellStart = start;
    cells.forEach((cell, column) => {
      const end = cellStart + 1 + cell.length + (column === cells.length - 1 ? 1 : 0);
      const text = blankUrls(source.slice(cellStart, end).replace(/\|/g, ' '));
      if (text.trim())
        segments.push({
          kind: 'tableCell',
          start: cellStart,
          end,
          text,
          quoted: false,
          table: { table: 0, row: r === 0 ? 0 : r - 1, column },
        });
      cellStart += 1 + cell.length;
    });
  }
  return { segments, frontMatter: undefined, ignoreAfter: [], ignoreAt: [], ignoreFile: false };
}
const ONLY_LINE_ENDINGS = /^[\r\n]*$/;

/**
 * An HTML comment alone on the chunk's first line (not `<!-->` or `<!--->`, which micromark does not close there),
 * then a plain paragraph: `<!-- factdesk-ignore-next-line -->` over a paragraph, a quarter of the paragraphs
 * micromark was given.
 */
const COMMENT_LINE = /^<!--(?!-?>)(?:(?!-->)[^\r\n])*-->[ \t]*(?=\r\n|\r|\n)/;

/**
 * A chunk that is one comment line and a plain paragraph reads as micromark reads it: the comment an HTML block
 * (its suppression noted), the paragraph one segment after it. A property test holds this to micromark.
 */
export function commentThenParagraph(source: string): ChunkParse | undefined {
  if (source.charCodeAt(0) !== 60) return undefined; // <
  const comment = COMMENT_LINE.exec(source);
  if (!comment) return undefined;
  const lineEnd = comment[0].length;
  const after = lineEnd + (source.charCodeAt(lineEnd) === 13 && source.charCodeAt(lineEnd + 1) === 10 ? 2 : 1);
  const paragraph = plainParagraph(source.slice(after));
  if (!paragraph || !paragraph.segments.length) return undefined;
  const html = comment[0];
  return {
    segments: paragraph.segments.map((s) => ({ ...s, start: s.start + after, end: s.end + after })),
    frontMatter: undefined,
    ignoreAfter: directive(IGNORE_NEXT, html) ? [lineEnd] : [],
    ignoreAt: directive(IGNORE_LINE, html) ? [0] : [],
    ignoreFile: directive(IGNORE_FILE, html),
  };
}

/** What is left after a block's last line: line endings, spaces and tabs only (other blanks are text to micromark). */
const ONLY_BLANK_LINES = /^[ \t\r\n]*$/;

/** One line `#`–`######`, a space or tab, then text without markup and without a closing `#` run. */
const PLAIN_HEADING = /^( {0,3})#{1,6}[ \t]+([^ \t\r\n](?:[^\r\n]*[^ \t\r\n])?)[ \t]*(?:\r\n|\r|\n)*$/;

/**
 * A chunk that is one ATX heading of plain text (`## Nvidia H20 in China`) parses
 * to one heading segment: the markers and the spaces around the text blanked.
 * Headings are a quarter of the chunks micromark was given; a property test holds
 * this to what micromark reads.
 */
export function plainHeading(source: string): ChunkParse | undefined {
  if (source.charCodeAt(0) !== 35 && source.charCodeAt(0) !== 32) return undefined;
  const m = PLAIN_HEADING.exec(source);
  if (!m || MARKUP_CHARACTER.test(m[2]!) || /[^\x21-\x7e]/.test(m[2]![0]! + m[2]!.at(-1)!)) return undefined;
  const start = m[1]!.length;
  let end = source.length;
  while (end > 0 && isLineEnding(source.charCodeAt(end - 1))) end--;
  const contentStart = m[0].indexOf(m[2]!, start);
  const contentEnd = contentStart + m[2]!.length;
  const text = blankUrls(' '.repeat(contentStart - start) + m[2]! + ' '.repeat(end - contentEnd));
  return {
    segments: text.trim() ? [{ kind: 'heading', start, end, text, quoted: false }] : [],
    frontMatter: undefined,
    ignoreAfter: [],
    ignoreAt: [],
    ignoreFile: false,
  };
}

const FENCE_OPEN = /^ {0,3}(`{3,}(?!`)|~{3,}(?!~))([^\r\n]*)(?:\r\n|\r|\n)/;
const FENCE_CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;

/**
 * A chunk that is one fenced code block and nothing after it holds no prose:
 * no segment, no suppression comment (code is never read). Code blocks that
 * name a chip are a sixth of the chunks micromark was given.
 */
export function loneFencedCode(source: string): ChunkParse | undefined {
  const open = FENCE_OPEN.exec(source);
  if (!open) return undefined;
  const fence = open[1]!;
  // A backtick fence's info string may hold no backtick (else the line is not a fence).
  if (fence[0] === '`' && open[2]!.includes('`')) return undefined;
  let pos = open[0].length;
  while (pos < source.length) {
    let eol = pos;
    while (eol < source.length && !isLineEnding(source.charCodeAt(eol))) eol++;
    const close = FENCE_CLOSE.exec(source.slice(pos, eol));
    if (close && close[1]![0] === fence[0] && close[1]!.length >= fence.length) {
      return ONLY_BLANK_LINES.test(source.slice(eol))
        ? { segments: [], frontMatter: undefined, ignoreAfter: [], ignoreAt: [], ignoreFile: false }
        : undefined;
    }
    pos = eol + (source.charCodeAt(eol) === 13 && source.charCodeAt(eol + 1) === 10 ? 2 : 1);
  }
  return undefined;
}

/**
 * Characters that may start or end markdown syntax inside a paragraph (or make it a table, a heading, a front
 * matter). `!` is syntax only before `[` (an image: `[` is here), and `&` only as a character reference
 * (`&amp;`, `&#38;`): otherwise both are text ("R&D", "read now!"), which a fifth of the paragraphs micromark was
 * given held and nothing else.
 */
const MARKUP_CHARACTER = /[`*_[\]<>\\~|^#=\t\uFEFF]|&(?:#|[a-z0-9]+;)/i;
/** Line starts that may open a list, a thematic break or a setext underline. */
const BLOCK_START = /^ *(?:[-+]|\d+[.)])/;

/**
 * A chunk that is one paragraph of plain text (no character that markdown
 * reads as syntax, no line that could open another block) parses to itself:
 * one segment from its first character to its last line ending. Most prose is
 * like that, and micromark is the costliest stage of a check, so such chunks
 * skip it. A property test holds this to what micromark reads.
 */
export function plainParagraph(source: string): ChunkParse | undefined {
  if (MARKUP_CHARACTER.test(source)) return undefined;
  let end = source.length;
  while (end > 0 && isLineEnding(source.charCodeAt(end - 1))) end--;
  let start = 0;
  while (start < end && source.charCodeAt(start) === 32) start++;
  if (start >= end || start > 3) return undefined; // nothing, or indented code
  const content = source.slice(start, end);
  for (const line of content.split(/\r\n?|\n/)) if (line.trim() === '' || BLOCK_START.test(line)) return undefined;
  const text = blankUrls(content);
  return {
    segments: text.trim() ? [{ kind: 'paragraph', start, end, text, quoted: false }] : [],
    frontMatter: undefined,
    ignoreAfter: [],
    ignoreAt: [],
    ignoreFile: false,
  };
}

/** A paragraph ends before its last line ending (trailing spaces on its last line are part of it). */
function isLineEnding(c: number): boolean {
  return c === 10 || c === 13;
}

export function parseMarkdownChunk(source: string, first: boolean): ChunkParse {
  // micromark-extension-frontmatter 2.0.0 reads no list or blockquote anywhere in a text
  // that opens with a `---` it cannot close; only a closed front matter turns it on.
  const tree = fromMarkdown(
    source,
    options(first && (FRONT_MATTER.test(source) || TOML_FRONT_MATTER.test(source))),
  ) as Root;
  const segments: Segment[] = [];
  const ignoreAfter: number[] = [];
  const ignoreAt: number[] = [];
  let ignoreFile = false;
  let frontMatter: string | undefined;
  let tableIndex = 0;

  const blank = (start: number, end: number) => source.slice(start, end).replace(/[^\n\r]/g, ' ');

  /** The source ranges of the prose text nodes below `node`, in document order. */
  const proseRanges = (node: Nodes, ranges: number[]) => {
    if (SKIPPED.has(node.type)) return;
    if (PROSE_TEXT.has(node.type)) {
      const s = node.position?.start.offset;
      const e = node.position?.end.offset;
      if (s !== undefined && e !== undefined) ranges.push(s, e);
      return;
    }
    if ('children' in node) for (const child of node.children) proseRanges(child as Nodes, ranges);
  };

  const block = (node: Nodes, kind: SegmentKind, quoted: boolean, table?: TableContext) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined || end <= start) return;
    const ranges: number[] = [];
    proseRanges(node, ranges);
    // The block's source with everything but prose blanked: slices and blanks joined, not a character array.
    let text = '';
    let at = start;
    for (let i = 0; i < ranges.length; i += 2) {
      const s = Math.max(ranges[i]!, at);
      const e = ranges[i + 1]!;
      if (e <= s) continue;
      if (s > at) text += blank(at, s);
      text += source.slice(s, e);
      at = e;
    }
    if (end > at) text += blank(at, end);
    text = blankUrls(text);
    if (text.trim()) segments.push({ kind, start, end, text, quoted, ...(table ? { table } : {}) });
  };

  /** A body row of two cells whose first holds only a date (the text of a timeline's line). */
  const datedRow = (row: Nodes): boolean => {
    if (!('children' in row) || row.children.length !== 2) return false;
    const first = row.children[0] as Nodes;
    const s = first.position?.start.offset;
    const e = first.position?.end.offset;
    return s !== undefined && e !== undefined && DATE_ONLY_CELL.test(source.slice(s, e));
  };
  /** The row as one paragraph, its first pipe after the date kept as the line's separator ("Oct 7, 2022 | US …"). */
  const timelineRow = (row: Nodes, quoted: boolean) => {
    const before = segments.length;
    block(row, 'paragraph', quoted);
    const segment = segments[before];
    const dateEnd = (row as Parents).children[0]!.position?.end.offset;
    if (!segment || dateEnd === undefined) return;
    const pipe = source.indexOf('|', dateEnd - 1);
    if (pipe >= segment.start && pipe < segment.end) {
      const at = pipe - segment.start;
      segment.text = withPipeAt(segment.text, at);
    }
  };

  const noteSuppression = (node: Nodes) => {
    if (node.type !== 'html') return;
    if (directive(IGNORE_FILE, node.value)) ignoreFile = true;
    const end = node.position?.end.offset;
    const start = node.position?.start.offset;
    if (directive(IGNORE_NEXT, node.value) && end !== undefined) ignoreAfter.push(end);
    if (directive(IGNORE_LINE, node.value) && start !== undefined) ignoreAt.push(start);
  };
  /** Inline HTML comments inside a block can carry a suppression too. */
  const noteInline = (node: Nodes) => {
    if (node.type === 'html') noteSuppression(node);
    else if ('children' in node) for (const child of node.children) noteInline(child as Nodes);
  };

  /**
   * `<!-- TODO --> The H200 has 96 GB.`: an HTML block of a comment ends with the line that closes it, and the
   * rest of that line is passed through to the page, where a reader sees it. It is read as a paragraph (tags in it
   * blanked), unless it opens another comment.
   */
  const commentTail = (node: Nodes, quoted: boolean) => {
    if (node.type !== 'html' || !node.value.startsWith('<!--')) return;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    // The source, not the node's value: inside a quote or a list the value has lost its line prefixes.
    const raw = source.slice(start, end);
    const close = raw.lastIndexOf('-->');
    if (close < 4) return;
    const tail = raw.slice(close + 3);
    if (!tail.trim() || tail.includes('<!--') || /[\r\n]/.test(tail)) return;
    const at = start + close + 3;
    const text = blankUrls(tail.replace(/<[^<>]*>/g, (tag) => ' '.repeat(tag.length)));
    if (text.trim()) segments.push({ kind: 'paragraph', start: at, end: at + tail.length, text, quoted });
  };

  const visit = (node: Nodes, quoted: boolean) => {
    switch (node.type) {
      case 'yaml':
        frontMatter = node.value;
        return;
      case 'toml' as Nodes['type']:
        return;
      case 'html':
        noteSuppression(node);
        commentTail(node, quoted);
        return;
      case 'paragraph':
        noteInline(node);
        block(node, 'paragraph', quoted);
        return;
      case 'heading':
        noteInline(node);
        block(node, 'heading', quoted);
        return;
      case 'table': {
        noteInline(node);
        const table = tableIndex++;
        node.children.forEach((row, r) => {
          // "| Oct 7, 2022 | US issues its first chip rules |": a row led by a date is a line of a timeline, read whole.
          if (r > 0 && datedRow(row)) return timelineRow(row, quoted);
          row.children.forEach((cell, c) => block(cell, 'tableCell', quoted, { table, row: r, column: c }));
        });
        return;
      }
      case 'blockquote':
        for (const child of node.children) visit(child as Nodes, true);
        return;
      default:
        if (SKIPPED.has(node.type)) return;
        if ('children' in node) for (const child of (node as Parents).children) visit(child as Nodes, quoted);
    }
  };
  visit(tree, false);
  return { segments, frontMatter, ignoreAfter, ignoreAt, ignoreFile };
}
