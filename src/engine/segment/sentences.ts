/** Splits a segment's prose into sentences, keeping offsets. Abbreviations and decimals do not end one. */
import { unitWordsPattern } from '../record/units';

// References inside a text ("see Fig. 3, p. 12; cf. Smith et al.") do not end a sentence either.
// A capital after a number is a unit ("a rated 1,000 W."), not an initial ("George W. Bush").
const ABBREVIATIONS =
  /\b(?:U\.S|U\.K|Mr|Mrs|Ms|Dr|St|Inc|Corp|Co|Ltd|No|vs|approx|e\.g|i\.e|etc|cf|al|Figs?|fig|Eq|eq|pp?|vol|Vol|ch|Ch|sec|Sec|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|(?<!\d[ \t]?)[A-Z])$/;

/** "approx" and one character before it. */
const ABBREVIATION_REACH = 7;

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

// A run of marks is taken whole, from its first mark ((?<![.!?])): retrying from each mark of a long run was quadratic.
// Also a line break before a bullet glyph, or between two lines that read as items of a list (the first ends on a
// word that does not carry on, with no stop, and the next opens with a capital): each line is its own statement.
// A word that carries on into a date ("in late\nNovember 2025", "since\nJanuary") does.
// In a block quote the next line opens with its "> " markers: they stand between a stop and the capital after it.
// Sticky: it is tried only where a boundary can start (CANDIDATE), not at every character of the text.
// A number at a line's end and its unit on the next line ("96\nGB") is one figure wrapped, not two items.
const UNIT_AFTER_NUMBER = String.raw`(?!(?<=\d[ \t]*\n)[ \t]*(?:${unitWordsPattern()})(?![\p{L}\p{N}]))`;
const BOUNDARY = new RegExp(
  String.raw`(?<![.!?])[.!?]+["'”’)]*(?=\s+(?:>[ \t]*)*["'“‘(]?[\p{Lu}\p{N}])|\n\s*\n|\n(?=[ \t]*[•◦▪‣·][ \t])|(?<=[\p{L}\d%+)])(?<!\b(?:the|a|an|of|to|in|on|for|with|and|or|by|from|at|as|its|their|his|her|is|are|was|were|than|that|which|who|early|late|mid|since|until|during|between|last|next|this|about|around|nearly|almost|before|after|Nvidia['’]s|s['’]))\n(?=[ \t]*(?:>[ \t]*)*\p{Lu})${UNIT_AFTER_NUMBER}|(?<![.!?])[.!?]+["'”’)]*\s*$`,
  'uy',
);
/** A line this long that breaks without a stop is prose wrapped at a column, not an item of a list. */
const WRAPPED_LINE = 60;
const BULLET_AFTER = /^[ \t]*[•◦▪‣·][ \t]/;
function lineStartBefore(text: string, at: number): number {
  const n = text.lastIndexOf('\n', at - 1);
  return n < 0 ? 0 : n + 1;
}
/** Every match of BOUNDARY starts with one of these. */
const CANDIDATE = /[.!?\n]/g;

export function splitSentences(text: string, offset = 0): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (let from = 0; ;) {
    CANDIDATE.lastIndex = from;
    const c = CANDIDATE.exec(text);
    if (!c) break;
    BOUNDARY.lastIndex = c.index;
    const m = BOUNDARY.exec(text);
    if (!m) {
      from = c.index + 1;
      continue;
    }
    const end = m.index + m[0].length;
    from = end;
    // Two lines read as list items only when the first is short: a long line is hard-wrapped prose, and the capital
    // after its break is a name going on ("the Nvidia\nH200", "the Remote\nAccess Security Act").
    if (
      m[0] === '\n' &&
      !BULLET_AFTER.test(text.slice(end, end + 8)) &&
      m.index - lineStartBefore(text, m.index) >= WRAPPED_LINE
    )
      continue;
    // The longest abbreviation and the character before it (for \b) are enough: not the whole sentence so far.
    if (m[0].startsWith('.') && ABBREVIATIONS.test(text.slice(Math.max(start, m.index - ABBREVIATION_REACH), m.index)))
      continue;
    push(text, start, end, offset, out);
    start = end;
  }
  push(text, start, text.length, offset, out);
  return out;
}

/** A block quote's markers at the start of a line inside a sentence's leading space ("\n> > "). */
const QUOTE_MARKERS = /^(?:>[ \t]*)+/;

function push(text: string, start: number, end: number, offset: number, out: Sentence[]): void {
  const slice = text.slice(start, end);
  let lead = slice.length - slice.trimStart().length;
  // A sentence on a block quote's next line starts after its markers, as the quote's first sentence does.
  const before = text[start - 1];
  const atLineStart = /[\n\r]/.test(slice.slice(0, lead)) || before === '\n' || before === '\r';
  const markers = atLineStart ? QUOTE_MARKERS.exec(slice.slice(lead)) : null;
  if (markers) lead += markers[0].length;
  const rest = slice.slice(lead);
  const trimmed = rest.trim();
  if (!trimmed) return;
  lead += rest.length - rest.trimStart().length;
  out.push({ start: offset + start + lead, end: offset + start + lead + trimmed.length, text: trimmed });
}
