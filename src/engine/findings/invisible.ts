/**
 * Invisible characters inside a word or a number: a zero-width space, a soft
 * hyphen (text pasted from a word processor), a word joiner, a bidi isolate.
 * The reader sees "96" or "H200"; the checker sees two words ("9", "6"), so
 * it could read "6 GB" and offer a fix that gives "9\u200b141 GB". Such text is
 * not judged: the draft gets a note naming the line, and no finding (nor fix)
 * starts or ends against the hidden character.
 */
// Every format character (Unicode Cf: soft hyphen, zero-width and bidi controls, invisible operators, tags)
// (the Mongolian vowel separator among them) plus the combining grapheme joiner, invisible but a mark.
export const INVISIBLE = /[\p{Cf}\u034f]/u;
// Between two letters or digits, or after a digit's decimal point or group comma ("96.\u200b5").
const INSIDE_WORD = /(?:[\p{L}\p{N}]|(?<=\p{N})[.,])([\p{Cf}\u034f]+)(?=[\p{L}\p{N}])/gu;

export interface HiddenChar {
  /** Offset of the first invisible character. */
  offset: number;
  /** Offset just past the run of invisible characters. */
  end: number;
  /** Its code point, e.g. "U+200B". */
  code: string;
}

/** Runs of invisible characters between two letters or digits, in order (at most `limit`, and a count of all). */
export function invisibleInWords(text: string, limit = 10_000): { found: HiddenChar[]; count: number } {
  if (!INVISIBLE.test(text)) return { found: [], count: 0 };
  const found: HiddenChar[] = [];
  let count = 0;
  INSIDE_WORD.lastIndex = 0;
  for (let m = INSIDE_WORD.exec(text); m; m = INSIDE_WORD.exec(text)) {
    count++;
    const end = m.index + m[0].length;
    const offset = end - m[1]!.length;
    if (found.length < limit) found.push({ offset, end, code: `U+${text.codePointAt(offset)!.toString(16).toUpperCase().padStart(4, '0')}` });
  }
  return { found, count };
}

const NAMES: Record<string, string> = {
  'U+00AD': 'soft hyphen',
  'U+200B': 'zero-width space',
  'U+200C': 'zero-width non-joiner',
  'U+200D': 'zero-width joiner',
  'U+2060': 'word joiner',
  'U+FEFF': 'zero-width no-break space',
  'U+034F': 'combining grapheme joiner',
  'U+180E': 'Mongolian vowel separator',
};

/** The name of a hidden character for the note: bidi controls by their range, the rest as format characters. */
const nameOf = (code: string): string => {
  const n = parseInt(code.slice(2), 16);
  const bidi = n === 0x061c || (n >= 0x200e && n <= 0x200f) || (n >= 0x202a && n <= 0x202e) || (n >= 0x2066 && n <= 0x2069);
  return NAMES[code] ?? (bidi ? 'bidi control' : 'invisible format character');
};

/** The note for a draft with invisible characters inside words (lines are 1-based). */
export function invisibleNote(all: HiddenChar[], count: number, lineOf: (offset: number) => number): string {
  const found = all.slice(0, 5);
  const lines = [...new Set(found.map((h) => lineOf(h.offset)))];
  const kinds = [...new Set(found.map((h) => `${nameOf(h.code)} (${h.code})`))];
  return `${count} invisible character${count > 1 ? 's' : ''} inside a word or number (${kinds.join(', ')}) at line${lines.length > 1 ? 's' : ''} ${lines.join(', ')}${count > found.length ? '…' : ''}: Fact Desk reads the parts as separate words, so claims there are not judged; delete ${count > 1 ? 'them' : 'it'} to check that text`;
}

/** Whether a span starts or ends against a hidden run (the claim would be part of a word or number). */
export function touchesHidden(span: { start: number; end: number }, hidden: HiddenChar[]): boolean {
  return hidden.some((h) => span.start === h.end || span.end === h.offset || (span.start < h.offset && h.end <= span.end));
}
