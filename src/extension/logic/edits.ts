/**
 * Quick-fix edits as plain data: replace a claim's value with the recorded
 * one, replace and cite (footnote or inline link), ignore the claim with a
 * suppression comment, and fix-all. Positions are the engine's (0-based
 * lines, UTF-16 characters), which are VS Code's. No `vscode` import.
 */
import { citationText, LineIndex, type Finding, type Position, type Range, type SourceRef } from '../../engine';
import type { CitationStyle } from './settings';

export interface TextEdit {
  range: Range;
  newText: string;
}

/**
 * What the editor already knows of the document (its line model): with it a quick fix on a long
 * draft reads only the lines it needs instead of indexing the whole text on the editor thread.
 */
export interface TextView {
  offsetAt(position: Position): number;
  /** The position just past the text's last character. */
  end: Position;
  lineAt(line: number): string | undefined;
}

/** A TextView over a plain string (tests, and callers without an editor document). */
export function textView(text: string): TextView {
  let index: LineIndex | undefined;
  let lines: string[] | undefined;
  const idx = () => (index ??= new LineIndex(text));
  return {
    offsetAt: (p) => idx().offsetOf(p),
    get end() {
      return idx().position(text.length);
    },
    lineAt: (line) => (lines ??= splitLines(text))[line],
  };
}

export const IGNORE_COMMENT = '<!-- factdesk-ignore-next-line -->';
const IGNORE_RE = /<!--\s*factdesk-ignore-next-line\s*-->/;
export const IGNORE_LINE_COMMENT = '<!-- factdesk-ignore-line -->';
const IGNORE_LINE_RE = /<!--\s*factdesk-ignore-line(?:[\s:(][^>]*)?-->/;

/** Why a claim is ignored, who ignored it and when: kept in the comment, shown in the Claims view. */
export interface IgnoreNote {
  reason?: string;
  who?: string;
  /** YYYY-MM-DD. */
  date?: string;
}

/** Text that cannot end or break the comment: no "--", no ">", one line, at most `max` characters. */
const commentSafe = (text: string, max: number) =>
  text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/-{2,}/g, '–')
    .replace(/[<>()]/g, '')
    .replace(/ {2,}/g, ' ')
    .trim()
    .slice(0, max);

/** `<!-- factdesk-ignore-line: reason (by who, date) -->`; without a note, the bare comment. */
export function ignoreComment(note?: IgnoreNote): string {
  const reason = note?.reason ? commentSafe(note.reason, 160) : '';
  const who = note?.who ? commentSafe(note.who, 60).replace(/,/g, ' ') : '';
  const stamp = who || note?.date ? ` (${[who && `by ${who}`, note?.date].filter(Boolean).join(', ')})` : '';
  if (!reason && !stamp) return IGNORE_LINE_COMMENT;
  return `<!-- factdesk-ignore-line${reason ? `: ${reason}` : ''}${stamp} -->`;
}

/** The note of the ignore comment on a line, if the line has one. */
export function ignoreNoteOn(line: string): IgnoreNote | undefined {
  const m = /<!--\s*factdesk-ignore-line([^>]*)-->/.exec(line);
  if (!m) return undefined;
  const body = m[1]!.trim();
  const stamp = /\((?:by ([^,()]+))?(?:,\s*)?(\d{4}-\d{2}-\d{2})?\)$/.exec(body);
  const reason = (stamp ? body.slice(0, stamp.index) : body).replace(/^:\s*/, '').trim();
  return {
    ...(reason ? { reason } : {}),
    ...(stamp?.[1] ? { who: stamp[1].trim() } : {}),
    ...(stamp?.[2] ? { date: stamp[2] } : {}),
  };
}

export function detectEol(text: string): string {
  const i = text.indexOf('\n');
  return i > 0 && text[i - 1] === '\r' ? '\r\n' : '\n';
}

/** "Replace with the recorded value": the engine's fix as an edit. */
export function replaceEdits(finding: Finding): TextEdit[] | undefined {
  if (!finding.fix) return undefined;
  return [{ range: finding.fix.range, newText: finding.fix.newText }];
}

/**
 * What the value reads as once replaced, units kept: "15" put before the draft's "%" reads "15%". For fix
 * titles; the edit itself replaces only the value.
 */
export function fixValueText(finding: Finding, text: string, view: TextView = textView(text)): string | undefined {
  const fix = finding.fix;
  if (!fix) return undefined;
  const end = view.offsetAt(fix.range.end);
  const unit = /^(?:%|\s?per ?cent\b)/i.exec(text.slice(end, end + 12))?.[0] ?? '';
  return fix.newText + unit;
}

/** The sources "Replace and cite" can cite, strongest first (the engine's order). */
export function citableSources(finding: Finding): SourceRef[] {
  return finding.fix?.sources ?? [];
}

/**
 * "Replace and cite": the recorded value plus a citation of `source` (default: the strongest), in the form
 * the engine writes. Inline: `[value](url)` (https sources only; else a footnote). Footnote: `value[^n]`, the next
 * free number, and `[^n]: …` in the house style at the end of the draft; a source the draft already cites keeps its number.
 */
export function replaceAndCiteEdits(
  finding: Finding,
  text: string,
  style: CitationStyle,
  source?: SourceRef,
  houseStyle?: string,
  view: TextView = textView(text),
): TextEdit[] | undefined {
  const fix = finding.fix;
  const cited = source ?? citableSources(finding)[0];
  if (!fix || !cited) return undefined;
  const citation = citationText(fix.newText, cited, style, text, houseStyle);
  if (!citation.footnote) return [{ range: fix.range, newText: citation.value }];
  const ref = `[^${citation.footnote.label}]`;
  // Applied twice in a row (the reference is already there): only the value changes.
  const alreadyReferenced = text.startsWith(ref, view.offsetAt(fix.range.end));
  const edits: TextEdit[] = [{ range: fix.range, newText: alreadyReferenced ? fix.newText : citation.value }];
  if (citation.footnote.definition) edits.push(appendAtEnd(text, citation.footnote.definition, view.end));
  return edits;
}

/** An edit that adds `block` as the draft's last line: after a blank line, or right under an earlier footnote definition. */
export function appendAtEnd(
  text: string,
  block: string,
  endPos: Position = new LineIndex(text).position(text.length),
): TextEdit {
  const eol = detectEol(text);
  const body = text.trimEnd();
  if (!body) return { range: { start: endPos, end: endPos }, newText: block + eol };
  const tail = text.slice(body.length);
  const breaks = (tail.match(/\r\n|\r|\n/g) ?? []).length;
  const lastLine = body.slice(Math.max(body.lastIndexOf('\n'), body.lastIndexOf('\r')) + 1);
  const underFootnote = /^ {0,3}\[\^[^\]]+\]:/.test(lastLine);
  const needed = underFootnote ? 1 : 2;
  // At the start of a fresh line the breaks already there count; mid-line (no final break) at least one is needed.
  const atLineStart = /[\r\n]$/.test(tail);
  const prefix = eol.repeat(Math.max(atLineStart ? 0 : 1, needed - breaks));
  return { range: { start: endPos, end: endPos }, newText: prefix + block + eol };
}

/** The line's container prefix: indentation and blockquote markers. */
export function linePrefix(line: string): string {
  return /^[ \t]*(?:>[ \t]?)*/.exec(line)?.[0] ?? '';
}

const DELIMITER_ROW = /^\s*(?:>\s*)*(?:\|\s*)?:?-+:?\s*(?:\|\s*:?-+:?\s*)*(?:\|\s*)?$/;

/** Whether `line` is a row of a GFM table (a comment line there would break the table). */
export function isTableRow(
  allLines: readonly string[] | ((line: number) => string | undefined),
  line: number,
): boolean {
  const at = typeof allLines === 'function' ? allLines : (i: number) => allLines[i];
  const text = at(line) ?? '';
  if (!text.includes('|')) return false;
  for (let i = line; i >= 0; i--) {
    const l = at(i) ?? '';
    if (!l.trim() || !l.includes('|')) break;
    if (DELIMITER_ROW.test(l)) return true;
  }
  for (let i = line + 1; ; i++) {
    const l = at(i);
    if (l === undefined || !l.trim() || !l.includes('|')) break;
    if (DELIMITER_ROW.test(l)) return true;
  }
  return false;
}

export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/**
 * "Ignore this claim here": `<!-- factdesk-ignore-line -->` at the end of the
 * claim's line — or, in a table row, right after the claim inside its cell —
 * so paragraphs, list items and tables stay whole. Undefined if the line is
 * already ignored.
 */
export function ignoreEdits(
  finding: Finding,
  text: string,
  note?: IgnoreNote,
  view: TextView = textView(text),
): TextEdit[] | undefined {
  const line = finding.range.start.line;
  const current = view.lineAt(line);
  if (current === undefined) return undefined;
  if (IGNORE_LINE_RE.test(current) || (line > 0 && IGNORE_RE.test(view.lineAt(line - 1) ?? ''))) return undefined;
  const at = isTableRow((i) => view.lineAt(i), line)
    ? finding.range.end
    : { line, character: current.trimEnd().length };
  return [{ range: { start: at, end: at }, newText: ` ${ignoreComment(note)}` }];
}

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character < b.character);

/** Every "replace with the recorded value" fix, without overlaps (first come, first kept). */
export function fixAllEdits(findings: readonly Finding[]): TextEdit[] {
  const edits = findings
    .flatMap((f) => replaceEdits(f) ?? [])
    .sort((a, b) => (before(a.range.start, b.range.start) ? -1 : before(b.range.start, a.range.start) ? 1 : 0));
  const kept: TextEdit[] = [];
  for (const e of edits) {
    const last = kept[kept.length - 1];
    if (last && before(e.range.start, last.range.end)) continue;
    kept.push(e);
  }
  return kept;
}

/** Applies non-overlapping edits to text (what the editor does with a WorkspaceEdit). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = new LineIndex(text);
  const spans = edits
    .map((e) => ({ start: lines.offsetOf(e.range.start), end: lines.offsetOf(e.range.end), newText: e.newText }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let limit = Infinity;
  for (const s of spans) {
    if (s.end > limit) throw new Error('overlapping edits');
    out = out.slice(0, s.start) + s.newText + out.slice(s.end);
    limit = s.start;
  }
  return out;
}

const FRONT_MATTER_BLOCK = /^(\uFEFF?---[ \t]*(?:\r\n|\r|\n))([\s\S]*?)(?:\r\n|\r|\n)---[ \t]*(?:\r\n|\r|\n|$)/;
const DATE_LINE = /^date[ \t]*:.*$/m;
/** TOML front matter (`+++`, Hugo and Zola), whose top-level `date = …` the engine reads as YAML's `date:`. */
const TOML_FRONT_MATTER_BLOCK =
  /^(\uFEFF?\+\+\+[ \t]*(?:\r\n|\r|\n))([\s\S]*?)(?:\r\n|\r|\n)\+\+\+[ \t]*(?:\r\n|\r|\n|$)/;
const TOML_DATE_LINE = /^[ \t]*date[ \t]*=.*$/m;

/**
 * `date: YYYY-MM-DD` in the draft's front matter: an existing `date:` line is replaced, a
 * front matter without one gains it as its last line, a draft without front matter gets one.
 */
export function frontMatterDateEdits(text: string, date: string): TextEdit[] {
  const lines = new LineIndex(text);
  const eol = detectEol(text);
  const toml = FRONT_MATTER_BLOCK.test(text) ? null : TOML_FRONT_MATTER_BLOCK.exec(text);
  if (toml) {
    const bodyStart = toml[1]!.length;
    // Only the keys before the first [table] are the page's own.
    const table = /^[ \t]*\[/m.exec(toml[2]!);
    const top = table ? toml[2]!.slice(0, table.index) : toml[2]!;
    const existing = TOML_DATE_LINE.exec(top);
    if (existing) {
      const start = bodyStart + existing.index;
      return [
        {
          range: { start: lines.position(start), end: lines.position(start + existing[0].length) },
          newText: `date = ${date}`,
        },
      ];
    }
    const at = lines.position(bodyStart);
    return [{ range: { start: at, end: at }, newText: `date = ${date}${eol}` }];
  }
  const m = FRONT_MATTER_BLOCK.exec(text);
  if (!m) {
    const at = lines.position(text.startsWith('\uFEFF') ? 1 : 0);
    return [{ range: { start: at, end: at }, newText: `---${eol}date: ${date}${eol}---${eol}${eol}` }];
  }
  const bodyStart = m[1]!.length;
  const body = m[2]!;
  const existing = DATE_LINE.exec(body);
  if (existing) {
    const start = bodyStart + existing.index;
    return [
      {
        range: { start: lines.position(start), end: lines.position(start + existing[0].length) },
        newText: `date: ${date}`,
      },
    ];
  }
  const end = lines.position(bodyStart + body.length);
  return [{ range: { start: end, end }, newText: `${eol}date: ${date}` }];
}
