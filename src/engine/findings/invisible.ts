/**
 * Invisible characters inside a word or a number: a zero-width space, a soft
 * hyphen (text pasted from a word processor), a word joiner, a bidi isolate.
 * The reader sees "96" or "H200"; the checker sees two words ("9", "6"), so
 * it could read "6 GB" and offer a fix that gives "9\u200b141 GB". Such text is
 * not judged: the draft gets a note naming the line, and no finding (nor fix)
 * starts or ends against the hidden character.
 */
// Every format character (Unicode Cf: soft hyphen, zero-width and bidi controls, invisible operators, tags)
// (the Mongolian vowel separator among them) plus the combining grapheme joiner and the variation selectors
// U+FE00–FE0F, invisible but marks ("9\ufe0e6" shows "96" and read "6").
// Filler letters too: the Hangul fillers (U+115F, U+1160, U+3164, U+FFA0) and the Khmer inherent vowels
// (U+17B4, U+17B5) and the Braille blank (U+2800) draw nothing, so "96\u3164 GB" shows "96 GB" and read no
// quantity. They are letters, marks or symbols to
// Unicode, so a word holding one is a different word; among Hangul jamo a filler is part of the script (no note).
// (U+1160 and U+17B4/5 combine with the character before them when drawn; in a class each stands alone.)
// eslint-disable-next-line no-misleading-character-class
export const INVISIBLE = /[\p{Cf}\u034f\ufe00-\ufe0f\u115f\u1160\u17b4\u17b5\u2800\u3164\uffa0]/u;
/** The invisible letters and marks of INVISIBLE (not format characters), as a character class. */
const FILLER = String.raw`\u115f\u1160\u17b4\u17b5\u2800\u3164\uffa0`;
// Between two letters or digits, or after a digit's decimal point, group comma or range dash ("96.\u200b5",
// "2021–\u200b2022", read as "2021" alone); a bidi control
// also at a word's edge: "\u202e69\u202c GB" shows "96 GB" and reads "69 GB"; and any of them after a number
// before a space and a word: "96\u200b GB" shows "96 GB" and reads no quantity (a number inside a word such as
// "H200\u200b has" is read, and skipped in invisibleInWords).
const HIDDEN = String.raw`${FILLER}\p{Cf}\u034f\ufe00-\ufe0f`;
// Linear: each filler alternative's lookbehind (a digit or a Latin letter; or neither, nor a filler: the Hangul
// ones are letters) holds at a run's first character only, so a run of fillers is tried once.
const INSIDE_WORD = new RegExp(
  // eslint-disable-next-line no-misleading-character-class
  String.raw`(?:[\p{L}\p{N}]|(?<=\p{N})[.,\-\u2010-\u2015])([${HIDDEN}]+)(?=[\p{L}\p{N}])|(?<![\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069])([\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]+)(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])([\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]+)|(?<=\p{N})([${HIDDEN}]+)(?=[ \t\u00a0\u202f]+\p{L})|(?<=[\p{N}\p{sc=Latin}])([${FILLER}]+)(?=[\s.,;:!?)]|$)|(?<![\p{L}\p{N}\u17b4\u17b5\u2800])([${FILLER}]+)(?=[\p{N}\p{sc=Latin}])`,
  'gu',
);
const LETTER = /\p{L}/u;
// eslint-disable-next-line no-misleading-character-class
const FILLER_CHAR = new RegExp(`[${FILLER}]`, 'u');
const hasFiller = (run: string) => FILLER_CHAR.test(run);
/**
 * A filler run between letters counts when a Latin letter or a digit is beside it ("H\u3164200", "9\u31646"):
 * between Hangul letters a filler is the script's own (old Hangul composes with them).
 */
const LATIN_DIGIT_AROUND = /^[\p{N}\p{sc=Latin}.,\-\u2010-\u2015]|[\p{N}\p{sc=Latin}]$/u;
const DIGIT_OR_MARK = /[\p{N}.,]/u;
/** Whether the number ending just before `at` is a word's tail ("H200"), walking back over its digits. */
function numberInWord(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && DIGIT_OR_MARK.test(text[i - 1]!)) i--;
  return i > 0 && LETTER.test(text[i - 1]!);
}

export interface HiddenChar {
  /** Offset of the first invisible character (of the point, comma or dash before it, after a digit). */
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
    // A filler is a letter: "H200\u3164 has" is one word to the matcher, so unlike a zero-width space it is noted.
    if (m[4] !== undefined && !hasFiller(m[4]) && numberInWord(text, m.index)) continue;
    if (m[1] !== undefined && hasFiller(m[1]) && !LATIN_DIGIT_AROUND.test(m[0] + (text[m.index + m[0].length] ?? '')))
      continue;
    count++;
    const end = m.index + m[0].length;
    const run = end - (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6]!).length;
    // After a number's point, comma or dash the hidden run starts there: "2021" of "2021–\u200b2022" is half of it.
    const offset = m[1] !== undefined && !/[\p{L}\p{N}]/u.test(text[run - 1]!) ? run - 1 : run;
    if (found.length < limit)
      found.push({ offset, end, code: `U+${text.codePointAt(run)!.toString(16).toUpperCase().padStart(4, '0')}` });
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
  'U+FE0E': 'variation selector',
  'U+FE0F': 'variation selector',
  'U+115F': 'Hangul filler',
  'U+1160': 'Hangul filler',
  'U+3164': 'Hangul filler',
  'U+FFA0': 'Hangul filler',
  'U+17B4': 'Khmer inherent vowel',
  'U+17B5': 'Khmer inherent vowel',
  'U+2800': 'Braille blank',
};

/** The name of a hidden character for the note: bidi controls by their range, the rest as format characters. */
const nameOf = (code: string): string => {
  const n = parseInt(code.slice(2), 16);
  const bidi =
    n === 0x061c || (n >= 0x200e && n <= 0x200f) || (n >= 0x202a && n <= 0x202e) || (n >= 0x2066 && n <= 0x2069);
  return NAMES[code] ?? (bidi ? 'bidi control' : 'invisible format character');
};

/** The note for a draft with invisible characters inside words (lines are 1-based). */
export function invisibleNote(all: HiddenChar[], count: number, lineOf: (offset: number) => number): string {
  const found = all.slice(0, 5);
  const lines = [...new Set(found.map((h) => lineOf(h.offset)))];
  const kinds = [...new Set(found.map((h) => `${nameOf(h.code)} (${h.code})`))];
  return `${count} invisible character${count > 1 ? 's' : ''} inside a word or number or at its edge (${kinds.join(', ')}) at line${lines.length > 1 ? 's' : ''} ${lines.join(', ')}${count > found.length ? '…' : ''}: Fact Desk reads the parts as separate words, so claims there are not judged; delete ${count > 1 ? 'them' : 'it'} to check that text`;
}

/** Whether a span starts or ends against a hidden run (the claim would be part of a word or number). */
export function touchesHidden(span: { start: number; end: number }, hidden: HiddenChar[]): boolean {
  return hidden.some(
    (h) => span.start === h.end || span.end === h.offset || (span.start < h.offset && h.end <= span.end),
  );
}

/*
 * Markup between the digits of a number: "9<!-- -->6 GB", "1<b>4</b>1 GB", "9**6** GB", "10<sup>15</sup>". The page
 * shows the digits together ("96 GB"); the markup is blanked for the reader, which then sees two numbers and would
 * read the tail ("6 GB"). Not judged: a note naming the line, and no finding starts or ends against the markup.
 */
// Bounded comment and tag bodies: an unclosed "<!--" after a digit costs at most 200 characters, never the rest.
const SPLIT_NUMBER =
  /(?<=\p{N})(?:<!--(?:(?!-->)[\s\S]){0,200}-->|<\/?[a-z][a-z0-9-]{0,20}(?:\s[^<>]{0,200})?\/?>|[*`])+(?=\p{N})/giu;
/** Cheap test first: a digit right before markup. Not "_" (never emphasis inside a word: "002_45") nor "~" ("2~3"). */
const MAY_SPLIT_NUMBER = /\p{N}[<*`]/u;

/** Markup runs between a standalone number's digits ("H100<sup>2</sup>" is a name, left alone), in order. */
export function markupInNumbers(text: string, limit = 10_000): HiddenChar[] {
  if (!MAY_SPLIT_NUMBER.test(text)) return [];
  const found: HiddenChar[] = [];
  SPLIT_NUMBER.lastIndex = 0;
  for (let m = SPLIT_NUMBER.exec(text); m && found.length < limit; m = SPLIT_NUMBER.exec(text)) {
    if (numberInWord(text, m.index)) continue;
    found.push({ offset: m.index, end: m.index + m[0].length, code: 'markup' });
  }
  return found;
}

/**
 * A numeric character reference or a soft-hyphen reference inside a word or number: "The &#72;200", "&#57;6 GB",
 * "A&shy;MD". The page shows a letter; Fact Desk reads the text as written, so the name or number is not matched
 * (offsets must stay the draft's, so it is not decoded): a note, as for markup inside a number. Spaces written as
 * references (`&nbsp;`) are read as spaces (segment.ts).
 */
const REFERENCE_IN_WORD =
  /(?<=[\p{L}\p{N}])(?:&#(?:\d{1,7}|x[\da-f]{1,6});|&shy;)|(?:&#(?:\d{1,7}|x[\da-f]{1,6});|&shy;)(?=[\p{L}\p{N}])/giu;
const SPACE_REFERENCE = /^&#(?:0*(?:32|160|819[4-9]|820[0-2]|8239)|x0*(?:20|a0|200[2-9a]|202f));$/i;

export function referencesInWords(text: string, limit = 10_000): HiddenChar[] {
  if (!text.includes('&')) return [];
  const found: HiddenChar[] = [];
  for (const m of text.matchAll(REFERENCE_IN_WORD)) {
    if (found.length >= limit) break;
    if (SPACE_REFERENCE.test(m[0])) continue;
    found.push({ offset: m.index, end: m.index + m[0].length, code: 'reference' });
  }
  return found;
}

/** The note for character references inside words (lines are 1-based). */
export function referenceNote(found: HiddenChar[], lineOf: (offset: number) => number): string {
  const lines = [...new Set(found.slice(0, 5).map((h) => lineOf(h.offset)))];
  const many = found.length > 1;
  return `${many ? `${found.length} character references` : 'a character reference'} (such as &#72; or &shy;) inside a word or number at line${lines.length > 1 ? 's' : ''} ${lines.join(', ')}${found.length > 5 ? '…' : ''}: the page shows ${many ? 'them as letters' : 'it as a letter'}, Fact Desk reads the text as written, so claims there are not judged; write the character itself to check that text`;
}

/** The note for numbers split by markup (lines are 1-based). */
export function splitNumberNote(found: HiddenChar[], lineOf: (offset: number) => number): string {
  const lines = [...new Set(found.slice(0, 5).map((h) => lineOf(h.offset)))];
  const many = found.length > 1;
  return `markup inside ${many ? `${found.length} numbers` : 'a number'} (an HTML comment or tag, or emphasis or code markers, between its digits) at line${lines.length > 1 ? 's' : ''} ${lines.join(', ')}${found.length > 5 ? '…' : ''}: the page shows the digits together, Fact Desk reads them apart, so claims there are not judged; remove the markup to check that text`;
}

/*
 * Look-alike characters in a Latin word or number: a Cyrillic "Н" in "Н200", a Greek "Ο" in "NVLINK-Ο", fullwidth
 * digits "９６". The reader sees the chip or the number; the checker matches neither, so the claim is not judged.
 * Not a finding (it may be deliberate, or a quotation): a note naming the line, as for invisible characters.
 */
// Cyrillic and Greek letters drawn like Latin ones (a subset of Unicode's confusables). Not μ or Ω: "10 μs", "5 Ω".
// Cherokee capitals too (Ꭺ Ᏼ Ꮯ Ꭰ Ꭼ Ꮐ Ꮋ Ꭻ Ꮶ Ꮮ Ꮇ Ꮲ Ꮪ Ꭲ Ꮩ Ꮃ Ꮤ Ꮓ: "Ꮋ100").
const LOOKS_LATIN = /[АВЕЅІЈКМНОРСТХУаеіјорсухѕԁԛԝΑΒΕΖΗΙΚΜΝΟΡΤΥΧονρτυᎪᏴᏟᎠᎬᏀᎻᎫᏦᏞᎷᏢᏚᎢᏙᏃᎳᏔ]/gu;
// Letters and digits whose compatibility form (NFKC) is a Latin letter or a digit: mathematical alphanumerics
// ("𝐇𝟏𝟎𝟎", "𝟗𝟔"), letterlike symbols ("ℍ100"), circled and parenthesised ones, superscript and subscript digits.
const COMPAT = /[\u{1d400}-\u{1d7ff}\u2100-\u214f\u2460-\u24ff\u2070-\u209f\u00b2\u00b3\u00b9]+/gu;
const MATH = /[\u{1d400}-\u{1d7ff}]/u;
const SCRIPT_DIGIT = /[\u2070-\u209f\u00b2\u00b3\u00b9]/u;
const ASCII_ALNUM = /^[a-z0-9]+$/i;
// Decimal digits of another script ("٩٦", "९६") before a Latin word ("٩٦ GB"): Fact Desk reads ASCII digits only
// (fullwidth and mathematical digits are scanned above and below).
const OTHER_DIGITS = /(?<![\p{L}\p{N}])(?![\d\uff10-\uff19\u{1d7ce}-\u{1d7ff}])\p{Nd}+(?=[ \u00a0\u202f]?[A-Za-z])/gu;
// Fullwidth digits and letters, unless written among Chinese or Japanese characters (where they are the usual form).
const FULLWIDTH = /[\uff10-\uff19\uff21-\uff3a]+/giu;
const DECOMPOSED = /[a-z][\u0300-\u036f]+/giu;
const CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\u3000-\u303f\uff01-\uff0f]/u;
const LATIN_OR_DIGIT = /[a-z\d]/i;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** How far a word is followed either side of a look-alike: longer words are not names or numbers. */
const WORD_REACH = 40;

export interface LookAlike {
  offset: number;
  /** The word it stands in, cut to WORD_REACH either side. */
  word: string;
  code: string;
}

function wordAround(text: string, at: number, length: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && at - start < WORD_REACH && WORD_CHAR.test(text[start - 1]!)) start--;
  let end = at + length;
  while (end < text.length && end - at < WORD_REACH && WORD_CHAR.test(text[end]!)) end++;
  return { start, end };
}

/** Look-alikes in Latin words (a Cyrillic or Greek letter beside Latin letters or digits) and fullwidth runs, in order. */
export function lookAlikesInWords(text: string, limit = 10_000): { found: LookAlike[]; count: number } {
  const found: LookAlike[] = [];
  let count = 0;
  const push = (offset: number, word: string) => {
    count++;
    if (found.length < limit)
      found.push({ offset, word, code: `U+${text.codePointAt(offset)!.toString(16).toUpperCase().padStart(4, '0')}` });
  };
  LOOKS_LATIN.lastIndex = 0;
  let past = -1; // one note per word
  for (let m = LOOKS_LATIN.exec(text); m; m = LOOKS_LATIN.exec(text)) {
    if (m.index < past) continue;
    const { start, end } = wordAround(text, m.index, 1);
    const word = text.slice(start, end);
    past = end;
    if (LATIN_OR_DIGIT.test(word)) push(m.index, word);
  }
  // A Latin letter and a combining mark that compose ("Zu\u0308rich"): the reader sees "Zürich", names are matched
  // as typed (composed), so the word is not matched.
  DECOMPOSED.lastIndex = 0;
  past = -1;
  for (let m = DECOMPOSED.exec(text); m; m = DECOMPOSED.exec(text)) {
    if (m.index < past || m[0].normalize('NFC') === m[0]) continue;
    const { start, end } = wordAround(text, m.index, m[0].length);
    past = end;
    push(m.index + 1, text.slice(start, end)); // the mark's code, not the letter's
  }
  COMPAT.lastIndex = 0;
  for (let m = COMPAT.exec(text); m; m = COMPAT.exec(text)) {
    if (![...m[0]].some((c) => ASCII_ALNUM.test(c.normalize('NFKC')))) continue;
    const { start, end } = wordAround(text, m.index, m[0].length);
    const word = text.slice(start, end);
    // "m²", "10¹⁵", "H₂O": a superscript or subscript after a letter or digit is an exponent or an index.
    const script = SCRIPT_DIGIT.test(m[0][0]!);
    if (script && start < m.index) continue;
    // A mathematical letter anywhere; a letterlike or circled one in a word with Latin letters or digits ("ℍ100").
    if (!MATH.test(m[0]) && !script && !LATIN_OR_DIGIT.test(word)) continue;
    push(m.index, word);
  }
  OTHER_DIGITS.lastIndex = 0;
  for (let m = OTHER_DIGITS.exec(text); m; m = OTHER_DIGITS.exec(text)) push(m.index, m[0]);
  FULLWIDTH.lastIndex = 0;
  for (let m = FULLWIDTH.exec(text); m; m = FULLWIDTH.exec(text)) {
    const end = m.index + m[0].length;
    if ((m.index > 0 && CJK.test(text[m.index - 1]!)) || (end < text.length && CJK.test(text[end]!))) continue;
    const around = wordAround(text, m.index, m[0].length);
    push(m.index, text.slice(around.start, around.end));
  }
  found.sort((a, b) => a.offset - b.offset);
  return { found, count };
}

/**
 * Whether a record or pack name holds look-alikes no draft typed in Latin letters matches: a Cyrillic, Greek or
 * Cherokee look-alike in a word with Latin letters ("Асme"), or mathematical letters or digits ("𝐀𝐜𝐦𝐞"). A word
 * wholly of another script ("Эльбрус-8С") is a name of its own.
 */
export function nameHasLookAlike(name: string): boolean {
  if (MATH.test(name)) return true;
  return (name.match(/[\p{L}\p{N}]+/gu) ?? []).some(
    (word) => /[a-z]/i.test(word) && new RegExp(LOOKS_LATIN.source, 'u').test(word),
  );
}

/** The note for look-alike characters (lines are 1-based). */
export function lookAlikeNote(all: LookAlike[], count: number, lineOf: (offset: number) => number): string {
  const found = all.slice(0, 5);
  const lines = [...new Set(found.map((h) => lineOf(h.offset)))];
  const words = [...new Set(found.map((h) => `“${h.word}” (${h.code})`))];
  const many = count > 1;
  return `look-alike characters (Cyrillic, Greek, Cherokee, mathematical or fullwidth for Latin letters or digits, digits of another script, or a letter and a combining mark) in ${count} word${many ? 's' : ''}: ${words.join(', ')}${count > found.length ? ', …' : ''} at line${lines.length > 1 ? 's' : ''} ${lines.join(', ')}: Fact Desk does not read them as the letters or digits they look like, so a claim there may not be judged; retype them to check that text`;
}

/** Cheap test first: most drafts hold no Cyrillic, Greek or fullwidth character at all. */
export const MAY_HOLD_LOOK_ALIKES =
  /[\u0300-\u03ff\u00b2\u00b3\u00b9\u0400-\u052f\u0660-\u0fff\u1040-\u1049\u13a0-\u13f5\u17e0-\u17e9\u2070-\u209f\u2100-\u214f\u2460-\u24ff\uff10-\uff5a\ud835]/;
