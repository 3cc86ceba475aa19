/**
 * Markdown → prose segments. A segment is one block of prose (paragraph,
 * heading, table cell) whose `text` has exactly the length of its source
 * range: markup, URLs, inline code and HTML are blanked to spaces, so every
 * offset in `text` plus `start` is an offset in the draft.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import type { Nodes, Parents, Root, Table } from 'mdast';

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

export interface ParsedDraft {
  segments: Segment[];
  /** Raw YAML of the front matter, if any. */
  frontMatter?: string;
  /** Lines (0-based) that a `<!-- factdesk-ignore-next-line -->` comment suppresses. */
  ignoredLines: Set<number>;
  /** `<!-- factdesk-ignore-file -->` anywhere outside code. */
  ignoreFile: boolean;
}

const IGNORE_NEXT = /<!--\s*factdesk-ignore-next-line\s*-->/;
const IGNORE_FILE = /<!--\s*factdesk-ignore-file\s*-->/;

/** Node types whose text is prose. Everything else (code, html, yaml, urls) stays blank. */
const PROSE_TEXT = new Set(['text']);
const SKIPPED = new Set(['code', 'inlineCode', 'html', 'yaml', 'toml', 'definition', 'footnoteDefinition', 'image', 'imageReference']);

export function parseDraft(source: string, lineOf: (offset: number) => number): ParsedDraft {
  const tree = fromMarkdown(source, {
    extensions: [gfm(), frontmatter(['yaml'])],
    mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml'])],
  }) as Root;
  const segments: Segment[] = [];
  const ignoredLines = new Set<number>();
  let ignoreFile = false;
  let frontMatter: string | undefined;
  let tableIndex = 0;

  const blank = (start: number, end: number) => source.slice(start, end).replace(/[^\n\r]/g, ' ');

  /** Copies the prose text nodes below `node` into `chars` (a blanked copy of the block). */
  const fill = (node: Nodes, chars: string[], blockStart: number) => {
    if (SKIPPED.has(node.type)) return;
    if (PROSE_TEXT.has(node.type)) {
      const s = node.position?.start.offset;
      const e = node.position?.end.offset;
      if (s === undefined || e === undefined) return;
      for (let i = s; i < e; i++) chars[i - blockStart] = source[i]!;
      return;
    }
    if ('children' in node) for (const child of node.children) fill(child as Nodes, chars, blockStart);
  };

  const block = (node: Nodes, kind: SegmentKind, quoted: boolean, table?: TableContext) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined || end <= start) return;
    const chars = blank(start, end).split('');
    fill(node, chars, start);
    const text = chars.join('');
    if (text.trim()) segments.push({ kind, start, end, text, quoted, ...(table ? { table } : {}) });
  };

  const visitTable = (node: Table, quoted: boolean) => {
    const table = tableIndex++;
    node.children.forEach((row, r) =>
      row.children.forEach((cell, c) => block(cell, 'tableCell', quoted, { table, row: r, column: c })),
    );
  };

  const visit = (node: Nodes, quoted: boolean) => {
    switch (node.type) {
      case 'yaml':
        frontMatter = node.value;
        return;
      case 'html': {
        if (IGNORE_FILE.test(node.value)) ignoreFile = true;
        if (IGNORE_NEXT.test(node.value) && node.position) ignoredLines.add(lineOf(node.position.end.offset ?? 0) + 1);
        return;
      }
      case 'paragraph':
        // Inline HTML comments inside a paragraph can also carry a suppression.
        for (const child of node.children) if (child.type === 'html' && IGNORE_NEXT.test(child.value) && child.position) ignoredLines.add(lineOf(child.position.end.offset ?? 0) + 1);
        block(node, 'paragraph', quoted);
        return;
      case 'heading':
        block(node, 'heading', quoted);
        return;
      case 'table':
        visitTable(node, quoted);
        return;
      case 'blockquote':
        for (const child of node.children) visit(child as Nodes, true);
        return;
      default:
        if (SKIPPED.has(node.type)) return;
        if ('children' in node) for (const child of (node as Parents).children) visit(child as Nodes, quoted);
    }
  };
  visit(tree, false);
  return { segments, frontMatter, ignoredLines, ignoreFile };
}
