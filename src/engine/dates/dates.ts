/**
 * Date expressions in prose, absolute ("April 9, 2025", "October 2022", "2023")
 * and relative ("in April", "on Thursday", "earlier this year"), resolved
 * against the draft's as-of date to the interval of days they can mean.
 */

export type DateStyle =
  | 'ISO'
  | 'MDY'
  | 'DMY'
  | 'MY'
  | 'Y'
  | 'M'
  | 'MD'
  | 'DM'
  | 'weekday'
  | 'relative'
  | 'monthAgo'
  | 'ago'
  | 'dayOfMonth'
  | 'anchored'
  | 'season'
  | 'monthPart'
  | 'quarter'
  | 'nthWeekday'
  | 'numeric';

export interface DateExpr {
  /** Offsets within the text searched. */
  start: number;
  end: number;
  text: string;
  /** Inclusive bounds of the days the expression can mean, YYYY-MM-DD. */
  from: string;
  to: string;
  precision: 'day' | 'month' | 'year' | 'range';
  /** 0 = Sunday; set for "on Thursday". */
  weekday?: number;
  style: DateStyle;
  relative: boolean;
}

export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH_NAMES = MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1));
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

export const MONTH = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`((?:19|20)\d{2})`;

export const NUMBER_UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
export const NUMBER_TEENS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/**
 * Counts in words, for "two years ago", "six days later", "thirteen days later", "twenty-one days later", "a dozen
 * days later": every number word up to ninety-nine (a compound with a hyphen or a space), "a" / "an" for one and "a
 * dozen" for twelve.
 */
export const COUNT_WORDS: Record<string, number> = (() => {
  const words: Record<string, number> = { a: 1, an: 1, 'a dozen': 12, 'half a dozen': 6 };
  NUMBER_UNITS.forEach((w, i) => (words[w] = i + 1));
  NUMBER_TEENS.forEach((w, i) => (words[w] = i + 10));
  TENS.forEach((t, i) => {
    words[t] = (i + 2) * 10;
    NUMBER_UNITS.forEach((u, j) => (words[`${t}-${u}`] = (i + 2) * 10 + j + 1));
  });
  return words;
})();

/**
 * A count in words or one or two digits, as a regex source with one capturing group: the longest words first, and
 * never a word's tail ("twenty-one" is 21, never "one"); a compound may be written with a space ("twenty one").
 */
const COUNT_ALTERNATIVES = `${Object.keys(COUNT_WORDS)
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/[- ]/g, String.raw`[-\s]`))
  .join('|')}|\\d{1,2}`;
export const COUNT_PATTERN = String.raw`(?<![\w-])(${COUNT_ALTERNATIVES})(?![\w-])`;
/** The same without its capturing group. */
const COUNT_WORDS_ONLY = String.raw`(?<![\w-])(?:${COUNT_ALTERNATIVES})(?![\w-])`;
export const countOf = (word: string): number =>
  COUNT_WORDS[
    word
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .replace(/^(\w+) (?=\w+$)(?!dozen)/, '$1-')
  ] ?? Number(word);

const ORDINAL_UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
/** The days of a month as ordinal words: "first" … "thirty-first" ("the twentieth of January", "the twenty-fourth"). */
const ORDINAL_DAYS: Record<string, number> = (() => {
  const words: Record<string, number> = {};
  ORDINAL_UNITS.forEach((w, i) => (words[w] = i + 1));
  [
    'tenth',
    'eleventh',
    'twelfth',
    'thirteenth',
    'fourteenth',
    'fifteenth',
    'sixteenth',
    'seventeenth',
    'eighteenth',
  ].forEach((w, i) => (words[w] = i + 10));
  words.nineteenth = 19;
  words.twentieth = 20;
  ORDINAL_UNITS.forEach((w, i) => (words[`twenty-${w}`] = 21 + i));
  words.thirtieth = 30;
  words['thirty-first'] = 31;
  return words;
})();
/** An ordinal day in words, a hyphen or a space in a compound ("twenty-fourth", "twenty fourth"). */
const DAY_WORD = String.raw`(${Object.keys(ORDINAL_DAYS)
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace('-', String.raw`[-\s]`))
  .join('|')})`;
/** A numeric date with a four-digit year, not inside a version, a path or a longer number: "08/12/2025", "8.12.2025". */
const NUMERIC_DATE = new RegExp(
  String.raw`(?<![\w/.,:-]|\b(?:version|release|build|firmware|driver|rev\.?|v\.?)\s)(\d{1,2})([/.])(\d{1,2})\2${YEAR}(?![\w/-]|[.,]\d)`,
  'g',
);
/** A year written with two digits ('22): 2000–2049, else 1950–1999. */
const twoDigitYear = (yy: number) => (yy < 50 ? 2000 + yy : 1900 + yy);
/** A day number from its digits or its ordinal word. */
const dayNumber = (s: string) => ORDINAL_DAYS[s.toLowerCase().replace(/\s+/, '-')] ?? Number(s);

// Order matters: the longest forms first, so "April 9, 2025" is not read as "April" + "2025".
const PATTERNS: { re: RegExp; style: DateStyle }[] = [
  // "2026-01-13": an ISO date, not inside a name, a path or an id ("FR-2026-01-15", "/2026-01-15/", "x.2026-01-15").
  {
    re: new RegExp(String.raw`(?<![\w/.-])${YEAR}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?![\w/-])`, 'g'),
    style: 'ISO',
  },
  // "11/13/2023", "13.11.2023": a numeric date, read only when its order is plain (a part over 12, or both the same);
  // "08/12/2025" is 8 December or 12 August: nothing read in it, not even its year (numericDates gives it a note).
  { re: NUMERIC_DATE, style: 'numeric' },
  { re: new RegExp(String.raw`\b${MONTH}\s+${DAY}(?:,[ \t]*|,?\s+)${YEAR}\b`, 'gi'), style: 'MDY' },
  // "15 January 2026", "15th Jan 2026", "the 15th of January 2026".
  {
    re: new RegExp(
      String.raw`\b(?:the\s+(?=\d{1,2}(?:st|nd|rd|th)\s+of\s))?${DAY}\s+(?:of\s+)?${MONTH},?\s+${YEAR}\b`,
      'gi',
    ),
    style: 'DMY',
  },
  // "the twentieth of January 2026", "January the 20th, 2026", "January the twentieth, 2026": an ordinal word only
  // with "the … of" before the month, or "the" after it (never "a second March deadline").
  { re: new RegExp(String.raw`\bthe\s+${DAY_WORD}\s+of\s+${MONTH},?\s+${YEAR}\b`, 'gi'), style: 'DMY' },
  {
    re: new RegExp(
      String.raw`\b${MONTH}\s+the\s+(\d{1,2}(?:st|nd|rd|th)|${DAY_WORD.slice(1, -1)})(?:,[ \t]*|,?\s+)${YEAR}\b`,
      'gi',
    ),
    style: 'MDY',
  },
  // "the first Monday of November", "the fourth Wednesday of January 2026", "the last Friday in June last year".
  {
    re: new RegExp(
      String.raw`\bthe\s+(first|second|third|fourth|last)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:of|in)\s+${MONTH}(?:,?\s+${YEAR}|\s+(?:of\s+)?(last\s+year))?(?!\s*\d)\b`,
      'gi',
    ),
    style: 'nthWeekday',
  },
  // "mid-January 2026", "late December", "the end of March 2025", "the first week of February", "the second week of
  // September last year": part of a month.
  {
    re: new RegExp(
      String.raw`\b(?:(early|mid|late)[-\s]+|the\s+(start|beginning|middle|end|(?:first|second|third|fourth|last)\s+week)\s+of\s+)${MONTH}(?:,?\s+${YEAR}|\s+(?:of\s+)?(last\s+year))?(?!\s*\d)\b`,
      'gi',
    ),
    style: 'monthPart',
  },
  // "Q1 2025", "the first quarter of 2025", "the second half of 2025", "H2 2025"; never a fiscal period ("fiscal
  // Q1 2026", "the first quarter of fiscal 2026") nor a period reported on ("Q3 2025 results"). "The second quarter
  // of this year", "the first half of last year", "Q4 last year": the as-of date's year or the one before (relative).
  {
    re: new RegExp(
      String.raw`\b(?:(Q[1-4]|H[12])\s+(?:of\s+)?|the\s+(first|second|third|fourth)\s+(quarter|half)\s+of\s+)(?:${YEAR}\b|(this|last)\s+year\b(?!['’]))(?!\s+(?:results|earnings|revenue|sales|guidance|report|figures|numbers))`,
      'gi',
    ),
    style: 'quarter',
  },
  // "October 2022", "October of 2022", "October '22", "Nov. ’23": a month and its year (two digits: this century's
  // up to 49, the last one's from 50).
  {
    re: new RegExp(String.raw`\b${MONTH},?\s+(?:of\s+)?(?:${YEAR}\b|['’‘′](\d{2})(?![\w'’]))`, 'gi'),
    style: 'MY',
  },
  // "this spring", "last summer", "in the autumn of 2025", "fall 2024": the northern seasons by month (winter
  // spans two years and is not read).
  {
    re: new RegExp(
      String.raw`\b(?:(this|last|past)\s+(spring|summer|autumn|fall)|(?:the\s+)?(spring|summer|autumn|fall)\s+(?:of\s+)?${YEAR})\b`,
      'gi',
    ),
    style: 'season',
  },
  // "early 2025", "mid-2025", "late in 2024", "early in 2025".
  { re: new RegExp(String.raw`\b(?:(early|mid|late)(?:[-\s]+|\s+in\s+))?${YEAR}(?![\d,.]\d)\b`, 'gi'), style: 'Y' },
  // Not before any year this does not read ("November 13, 2123", "13,2123", "13, ’23"): never "November 13"
  // alone, or a fix that adds the year would leave ", 2123" behind.
  { re: new RegExp(String.raw`\b${MONTH}\s+${DAY}\b(?!\s*(?:,\s*)?(?:\d{3}|['’‘′]\d{2}))`, 'gi'), style: 'MD' },
  // "9 April", "the 9th of April": a day and month without a year (the year from the context or the as-of date).
  { re: new RegExp(String.raw`\b(?:the\s+)?${DAY}\s+(?:of\s+)?${MONTH}(?![\s,]*\d)(?!\w)`, 'gi'), style: 'DM' },
  // "the thirteenth of January", "January the 20th", "January the twentieth" (with no year).
  { re: new RegExp(String.raw`\bthe\s+${DAY_WORD}\s+of\s+${MONTH}(?![\s,]*\d)(?!\w)`, 'gi'), style: 'DM' },
  {
    re: new RegExp(
      String.raw`\b${MONTH}\s+the\s+(\d{1,2}(?:st|nd|rd|th)|${DAY_WORD.slice(1, -1)})(?![\w-])(?!\s*(?:,\s*)?(?:\d{3}|['’‘′]\d{2}))`,
      'gi',
    ),
    style: 'MD',
  },
  // "in April two years ago", "July last year": a month of a year counted back from the as-of date.
  {
    re: new RegExp(String.raw`\b${MONTH}\s+(?:of\s+)?(last\s+year|${COUNT_WORDS_ONLY}\s+years?\s+ago)\b`, 'gi'),
    style: 'monthAgo',
  },
  { re: new RegExp(String.raw`${COUNT_PATTERN}\s+(years?|months?)\s+ago\b`, 'gi'), style: 'ago' },
  // "the last day of June", "the first day of March 2025"
  {
    re: new RegExp(String.raw`\bthe\s+(last|first)\s+day\s+of\s+${MONTH}(?:,?\s+${YEAR})?\b`, 'gi'),
    style: 'dayOfMonth',
  },
  {
    re: new RegExp(
      String.raw`(?:\b(?:in|since|from|until|by|through|during|before|after|of|last|this|early|mid|late)[-\s]+|['’]s\s+)${MONTH}(?!\s+\d)\b`,
      'gi',
    ),
    style: 'M',
  },
  // Not "on Monday the 8th", "on Wednesday 9 April" or "on Friday, April 17": there the date named after it is the
  // date (dates/context.ts for the first two).
  {
    re: new RegExp(
      String.raw`\bon\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!,?\s+(?:the\s+)?\d|,?\s+${MONTH}\s+\d)`,
      'gi',
    ),
    style: 'weekday',
  },
  {
    re: /\b(earlier this year|later this year|this year|last year|last month|this month|earlier this month|last week|this week|yesterday|today)\b(?!\s+of\b)/gi,
    style: 'relative',
  },
];

/** The days of a month that "early", "mid", "the end of" … can mean (generous: a claim is judged on them). */
const PART_DAYS: Record<string, [number, number]> = {
  early: [1, 15],
  start: [1, 14],
  beginning: [1, 14],
  'first week': [1, 9],
  'second week': [6, 16],
  'third week': [13, 23],
  'fourth week': [20, 30],
  mid: [8, 22],
  middle: [8, 22],
  late: [16, 31],
  end: [18, 31],
  'last week': [21, 31],
};

/** The first month of each season read ("spring" is March to May). */
const SEASON_START: Record<string, number> = { spring: 3, summer: 6, autumn: 9 };

const pad = (n: number) => String(n).padStart(2, '0');
export const isoDay = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
export const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/**
 * Whether a string is a day of the calendar written YYYY-MM-DD: `2025-02-30`,
 * `2023-02-29` and `2025-04-31` are not (Date.parse rolls them into the next
 * month). The one test for --as-of, FACTDESK_TODAY and a front matter's date.
 */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return day <= [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

export function monthIndex(word: string): number {
  const w = word.toLowerCase().replace('.', '');
  return MONTHS.findIndex((m) => m.startsWith(w.slice(0, 3)));
}

export function parseIso(date: string): { y: number; m: number; d: number } {
  const [y, m, d] = date.split('-').map(Number);
  return { y: y!, m: m ?? 1, d: d ?? 1 };
}

export function addDays(iso: string, days: number): string {
  const { y, m, d } = parseIso(iso);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return isoDay(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

export function weekdayOf(iso: string): number {
  const { y, m, d } = parseIso(iso);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** The span of days a record date (YYYY, YYYY-MM or YYYY-MM-DD) covers. */
export function recordDateBounds(date: string): { from: string; to: string } {
  const parts = date.split('-');
  const y = Number(parts[0]);
  if (parts.length === 1) return { from: isoDay(y, 1, 1), to: isoDay(y, 12, 31) };
  const m = Number(parts[1]);
  if (parts.length === 2) return { from: isoDay(y, m, 1), to: isoDay(y, m, daysIn(y, m)) };
  return { from: date, to: date };
}

/** "the third Wednesday of January 2026" (`nth`: first … fourth, or last): the day, YYYY-MM-DD. */
export function nthWeekdayOf(y: number, mo: number, wd: number, nth: string): string {
  if (/^last$/i.test(nth)) {
    let d = daysIn(y, mo);
    while (weekdayOf(isoDay(y, mo, d)) !== wd) d--;
    return isoDay(y, mo, d);
  }
  let d = 1;
  while (weekdayOf(isoDay(y, mo, d)) !== wd) d++;
  return isoDay(y, mo, d + 7 * ['first', 'second', 'third', 'fourth'].indexOf(nth.toLowerCase()));
}

/**
 * The year a month without one is read in, when the text around it has set one (a section headed "2025", an
 * earlier "April 2025" in the paragraph): that year, or the next when the month comes before the earlier date's
 * (a narrative runs forward: "In November 2023 … In March, …" is March 2024). Without one, the as-of date decides.
 */
export interface YearContext {
  y: number;
  m?: number;
  /** From a heading: every month of the section is in that year. */
  section?: boolean;
}

const ISO_SHAPE = /(?<![\w/.-])(?:19|20)\d{2}-\d{2}-\d{2}(?![\w/-])/g;

export function findDates(text: string, asOf: string, context?: YearContext): DateExpr[] {
  const found: DateExpr[] = [];
  const now = parseIso(asOf);
  // A day the calendar does not have ("31 June 2023", "June 31st, 2023"): a date all the same, so no shorter form
  // inside it ("June 2023", "2023") is read in its place; it claims nothing (the draft gets a note naming it).
  const impossible: { start: number; end: number }[] = [];
  // "2026-01-32", "2025-13-01": the ISO reading's shape, with a day or month the calendar lacks.
  for (const m of text.matchAll(ISO_SHAPE))
    if (!isCalendarDate(m[0])) impossible.push({ start: m.index, end: m.index + m[0].length });
  const overlaps = (s: number, e: number) => (f: { start: number; end: number }) => s < f.end && e > f.start;
  const taken = (s: number, e: number) => found.some(overlaps(s, e)) || impossible.some(overlaps(s, e));
  for (const { re, style } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken(start, end)) continue;
      // "the H20 and 2 may ship": the modal, not the month.
      if ((style === 'MD' || style === 'DM') && /(?:^|\s)may\b/.test(m[0])) continue;
      // "fiscal Q1 2026": a company's fiscal calendar, not the year's.
      if (style === 'quarter' && /\bfiscal\s(?:year\s)?\s*$/i.test(text.slice(Math.max(0, start - 14), start)))
        continue;
      const expr = resolve(m, style, now, asOf, context);
      if (expr) found.push({ start, end, text: m[0], ...expr, style });
      else if (style === 'ISO' || style === 'MDY' || style === 'DMY' || style === 'numeric')
        impossible.push({ start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

type Resolved = Omit<DateExpr, 'start' | 'end' | 'text' | 'style'>;

/** The year of a month (1–12) with no year of its own, from the context if it has one (see YearContext). */
function yearFromContext(mo: number, d: number, context: YearContext | undefined, asOf: string): number | undefined {
  if (!context) return undefined;
  const y = context.section || context.m === undefined || mo >= context.m ? context.y : context.y + 1;
  // Never a date after the draft's own.
  return isoDay(y, mo, Math.min(d, daysIn(y, mo))) <= asOf ? y : undefined;
}

function resolve(
  m: RegExpExecArray,
  style: DateStyle,
  now: { y: number; m: number; d: number },
  asOf: string,
  context?: YearContext,
): Resolved | undefined {
  const day = (y: number, mo: number, d: number): Resolved | undefined =>
    d >= 1 && d <= daysIn(y, mo)
      ? { from: isoDay(y, mo, d), to: isoDay(y, mo, d), precision: 'day', relative: false }
      : undefined;
  const month = (y: number, mo: number, relative = false): Resolved => ({
    from: isoDay(y, mo, 1),
    to: isoDay(y, mo, daysIn(y, mo)),
    precision: 'month',
    relative,
  });
  switch (style) {
    case 'ISO':
      return day(Number(m[1]), Number(m[2]), Number(m[3]));
    case 'numeric': {
      const order = numericOrder(Number(m[1]), Number(m[3]));
      return order && day(Number(m[4]), order.m, order.d);
    }
    case 'MDY':
      return day(Number(m[3]), monthIndex(m[1]!) + 1, dayNumber(m[2]!.replace(/^(\d+)(?:st|nd|rd|th)$/i, '$1')));
    case 'DMY':
      return day(Number(m[3]), monthIndex(m[2]!) + 1, dayNumber(m[1]!));
    case 'MY':
      return month(m[2] ? Number(m[2]) : twoDigitYear(Number(m[3])), monthIndex(m[1]!) + 1);
    case 'Y': {
      const y = Number(m[2]);
      const part = m[1]?.toLowerCase();
      if (part === 'early') return { from: isoDay(y, 1, 1), to: isoDay(y, 6, 30), precision: 'range', relative: false };
      if (part === 'mid') return { from: isoDay(y, 4, 1), to: isoDay(y, 9, 30), precision: 'range', relative: false };
      if (part === 'late') return { from: isoDay(y, 7, 1), to: isoDay(y, 12, 31), precision: 'range', relative: false };
      return { from: isoDay(y, 1, 1), to: isoDay(y, 12, 31), precision: 'year', relative: false };
    }
    case 'MD': {
      // A month and day without a year: the most recent one on or before the as-of date.
      const mo = monthIndex(m[1]!) + 1;
      const d = dayNumber(m[2]!.replace(/^(\d+)(?:st|nd|rd|th)$/i, '$1'));
      const y =
        yearFromContext(mo, d, context, asOf) ?? (mo < now.m || (mo === now.m && d <= now.d) ? now.y : now.y - 1);
      const r = day(y, mo, d);
      return r && { ...r, relative: true };
    }
    case 'DM': {
      const mo = monthIndex(m[2]!) + 1;
      const d = dayNumber(m[1]!);
      const y =
        yearFromContext(mo, d, context, asOf) ?? (mo < now.m || (mo === now.m && d <= now.d) ? now.y : now.y - 1);
      const r = day(y, mo, d);
      return r && { ...r, relative: true };
    }
    case 'M': {
      const mo = monthIndex(m[1]!) + 1;
      // "in December" written on 2 December means last December: the current month counts once half of it has passed.
      const y =
        yearFromContext(mo, 1, context, asOf) ?? (mo < now.m || (mo === now.m && now.d >= 15) ? now.y : now.y - 1);
      return month(y, mo, true);
    }
    case 'weekday': {
      // "on Thursday": the latest such day up to the as-of date, or the one a week before.
      const wd = WEEKDAYS.indexOf(m[1]!.toLowerCase());
      return { from: addDays(asOf, -13), to: asOf, precision: 'day', weekday: wd, relative: true };
    }
    case 'dayOfMonth': {
      const mo = monthIndex(m[2]!) + 1;
      const y = m[3] ? Number(m[3]) : (yearFromContext(mo, 1, context, asOf) ?? (mo <= now.m ? now.y : now.y - 1));
      const r = day(y, mo, /^last/i.test(m[1]!) ? daysIn(y, mo) : 1);
      return r && { ...r, relative: !m[3] };
    }
    case 'monthAgo': {
      // "in April two years ago", "July last year".
      const back = /^last/i.test(m[2]!) ? 1 : countOf(m[2]!.split(/\s+/)[0]!);
      return month(now.y - back, monthIndex(m[1]!) + 1, true);
    }
    case 'ago': {
      // "two years ago" is that calendar year; "three months ago" that month.
      const n = countOf(m[1]!);
      if (/^year/i.test(m[2]!))
        return { from: isoDay(now.y - n, 1, 1), to: isoDay(now.y - n, 12, 31), precision: 'year', relative: true };
      const back = now.y * 12 + (now.m - 1) - n;
      return month(Math.floor(back / 12), (back % 12) + 1, true);
    }
    case 'nthWeekday': {
      // The nth such weekday of the month: in the year written, last year, the context's, else the latest by the as-of date.
      const wd = WEEKDAYS.indexOf(m[2]!.toLowerCase());
      const mo = monthIndex(m[3]!) + 1;
      const nth = (y: number) => nthWeekdayOf(y, mo, wd, m[1]!);
      const written = m[4] ? Number(m[4]) : m[5] ? now.y - 1 : undefined;
      const y = written ?? yearFromContext(mo, 28, context, asOf) ?? (nth(now.y) <= asOf ? now.y : now.y - 1);
      const at = nth(y);
      return { from: at, to: at, precision: 'day', weekday: wd, relative: !m[4] };
    }
    case 'monthPart': {
      const mo = monthIndex(m[3]!) + 1;
      const y = m[4]
        ? Number(m[4])
        : m[5]
          ? now.y - 1
          : (yearFromContext(mo, 1, context, asOf) ??
            (mo < now.m || (mo === now.m && now.d >= 15) ? now.y : now.y - 1));
      const last = daysIn(y, mo);
      // Generous bounds: "mid-January" is said of the 8th to the 22nd, "late January" from the 16th.
      const part = (m[1] ?? m[2]!).toLowerCase().replace(/\s+/g, ' ');
      const [a, b] = PART_DAYS[part] ?? [1, last];
      return { from: isoDay(y, mo, a), to: isoDay(y, mo, Math.min(b, last)), precision: 'range', relative: !m[4] };
    }
    case 'quarter': {
      const y = m[4] ? Number(m[4]) : /^last/i.test(m[5]!) ? now.y - 1 : now.y;
      const code = m[1]?.toUpperCase();
      const nth = code ? Number(code[1]) : ['first', 'second', 'third', 'fourth'].indexOf(m[2]!.toLowerCase()) + 1;
      const half = code ? code[0] === 'H' : /^half/i.test(m[3]!);
      if (half && nth > 2) return undefined;
      const first = half ? (nth - 1) * 6 + 1 : (nth - 1) * 3 + 1;
      const lastMonth = first + (half ? 5 : 2);
      return {
        from: isoDay(y, first, 1),
        to: isoDay(y, lastMonth, daysIn(y, lastMonth)),
        precision: 'range',
        relative: !m[4],
      };
    }
    case 'season': {
      const name = (m[2] ?? m[3])!.toLowerCase();
      const first = SEASON_START[name === 'fall' ? 'autumn' : name]!;
      const span = (y: number): Resolved => ({
        from: isoDay(y, first, 1),
        to: isoDay(y, first + 2, daysIn(y, first + 2)),
        precision: 'range',
        relative: !m[4],
      });
      if (m[4]) return span(Number(m[4]));
      // "this spring": this year's, once it has begun; "last spring": the latest one over by the as-of date.
      if (/^this$/i.test(m[1]!)) return isoDay(now.y, first, 1) <= asOf ? span(now.y) : undefined;
      return span(span(now.y).to < asOf ? now.y : now.y - 1);
    }
    case 'relative': {
      const phrase = m[1]!.toLowerCase();
      const startOfMonth = isoDay(now.y, now.m, 1);
      const lastMonth = now.m === 1 ? { y: now.y - 1, m: 12 } : { y: now.y, m: now.m - 1 };
      switch (phrase) {
        case 'earlier this year':
        case 'this year':
          return {
            from: isoDay(now.y, 1, 1),
            to: phrase === 'this year' ? isoDay(now.y, 12, 31) : asOf,
            precision: 'range',
            relative: true,
          };
        case 'later this year':
          return { from: asOf, to: isoDay(now.y, 12, 31), precision: 'range', relative: true };
        case 'last year':
          return { from: isoDay(now.y - 1, 1, 1), to: isoDay(now.y - 1, 12, 31), precision: 'year', relative: true };
        case 'last month':
          return month(lastMonth.y, lastMonth.m, true);
        case 'this month':
        case 'earlier this month':
          return { from: startOfMonth, to: asOf, precision: 'range', relative: true };
        case 'last week':
          return { from: addDays(asOf, -13), to: addDays(asOf, -1), precision: 'range', relative: true };
        case 'this week':
          return { from: addDays(asOf, -6), to: asOf, precision: 'range', relative: true };
        case 'yesterday':
          return { from: addDays(asOf, -1), to: addDays(asOf, -1), precision: 'day', relative: true };
        case 'today':
          return { from: asOf, to: asOf, precision: 'day', relative: true };
      }
    }
  }
  return undefined;
}

/** Whether a record date (any precision) can be what the expression means. */
export function dateMatches(expr: DateExpr, recordDate: string): boolean {
  const r = recordDateBounds(recordDate);
  if (r.to < expr.from || r.from > expr.to) return false;
  if (expr.weekday === undefined) return true;
  if (r.from !== r.to) return true;
  return weekdayOf(r.from) === expr.weekday;
}

/** Days between a record date and the middle of an expression, for choosing the nearest. */
export function dateDistance(expr: DateExpr, recordDate: string): number {
  const a = Date.parse(recordDateBounds(recordDate).from);
  const mid = (Date.parse(expr.from) + Date.parse(expr.to)) / 2;
  return Math.abs(a - mid) / 86_400_000;
}

/**
 * Words a record date in the draft's own style, for a fix that replaces the expression; undefined when no words
 * of that style can say it ("six days later", "two years ago" have no day to put in their place).
 */
export function formatDateLike(expr: DateExpr, recordDate: string): string | undefined {
  const { y, m, d } = parseIso(recordDate);
  const precision = recordDate.split('-').length; // 1 year, 2 month, 3 day
  const monthName = MONTH_NAMES[m - 1]!;
  if (
    expr.style === 'ago' ||
    expr.style === 'season' ||
    expr.style === 'monthPart' ||
    expr.style === 'quarter' ||
    expr.style === 'nthWeekday'
  )
    return undefined;
  if (expr.style === 'anchored') {
    // "the 15th" → "the 22nd" in its own month, else the whole date ("on the 15th" → "on April 22, 2025").
    if (!/^(?:\w+day,?\s+)?the\s+\d/i.test(expr.text) || precision < 3) return undefined;
    return recordDate.slice(0, 7) === expr.from.slice(0, 7) ? `the ${ordinal(d)}` : `${monthName} ${d}, ${y}`;
  }
  if (precision === 1) return String(y);
  if (precision === 2 || expr.precision !== 'day') {
    return expr.style === 'Y' ? String(y) : `${monthName} ${y}`;
  }
  if (expr.style === 'ISO') return recordDate;
  // A numeric date's fix is written with the month as a word, in the draft's order (a numeric fix could read both ways).
  if (expr.style === 'numeric') {
    const [a, , b] = expr.text.split(/([/.])/).map(Number);
    const order = numericOrder(a!, b!);
    return order?.dayFirst ? `${d} ${monthName} ${y}` : `${monthName} ${d}, ${y}`;
  }
  // An ordinal keeps its form: "the 20th of January 2026" → "the 15th of January 2026", "20th Jan 2026" → "15th …".
  if (expr.style === 'DMY' && /^the\s/i.test(expr.text)) return `the ${ordinal(d)} of ${monthName} ${y}`;
  if (expr.style === 'DMY')
    return /^\d+(?:st|nd|rd|th)/i.test(expr.text) ? `${ordinal(d)} ${monthName} ${y}` : `${d} ${monthName} ${y}`;
  if (expr.style === 'MDY' && /^\S+\s+\d+(?:st|nd|rd|th)/i.test(expr.text)) return `${monthName} ${ordinal(d)}, ${y}`;
  if (expr.style === 'MDY' && /^\S+\s+the\s/i.test(expr.text)) return `${monthName} the ${ordinal(d)}, ${y}`;
  if (expr.style === 'DM')
    return recordDate.slice(0, 4) === expr.from.slice(0, 4) ? `${d} ${monthName}` : `${d} ${monthName} ${y}`;
  return `${monthName} ${d}, ${y}`;
}

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th, 21st. */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** A record date for a reader: "9 April 2025", "October 2022", "2024". */
export function displayDate(recordDate: string): string {
  const parts = recordDate.split('-');
  const { y, m, d } = parseIso(recordDate);
  if (parts.length === 1) return String(y);
  if (parts.length === 2) return `${MONTH_NAMES[m - 1]} ${y}`;
  return `${d} ${MONTH_NAMES[m - 1]} ${y}`;
}

/** Month names cut to three letters ("September 2025" → "Sep 2025"); May and other words stay. */
export function shortMonths(text: string): string {
  return text.replace(
    /\b(?:January|February|March|April|June|July|August|September|October|November|December)\b/g,
    (m) => m.slice(0, 3),
  );
}

/** "2 Dec 2026", "Dec 2026", "2026": a record date in a row that has little room. */
export function shortDate(recordDate: string): string {
  return shortMonths(displayDate(recordDate));
}

export function todayIso(): string {
  const t = new Date();
  return isoDay(t.getFullYear(), t.getMonth() + 1, t.getDate());
}

/*
 * Days the calendar does not have, written in the text: "February 30, 2022", "29 February 2023", "2025-04-31".
 * The reader drops them whole (findDates: no day to compare, and no "June 2023" or "2023" read inside them), so a
 * claim dated by one is not judged: the draft gets a note naming them. Scanned from the day numbers that can be wrong
 * (29 to 99), each read in a window around it, so the scan stays linear however many numbers a draft holds.
 */
const SUSPECT_DAY = /\b(?:29|3\d|[4-9]\d)(?:st|nd|rd|th)?\b/g;
const WRITTEN_DAYS: { re: RegExp; style: 'MDY' | 'DMY' | 'ISO' }[] = [
  { re: new RegExp(PATTERNS.find((p) => p.style === 'MDY')!.re.source, 'gi'), style: 'MDY' },
  { re: new RegExp(PATTERNS.find((p) => p.style === 'DMY')!.re.source, 'gi'), style: 'DMY' },
  // As the reading's ISO form: not inside a name, a path or an id ("FR-2025-02-30", "/2024-02-31/").
  { re: /(?<![\w/.-])((?:19|20)\d{2})-([01]\d)-(\d{2})(?![\w/-])/g, style: 'ISO' },
];
/** How far before and after a suspect day number a date holding it can start and end. */
const DATE_REACH = 24;

export interface ImpossibleDate {
  offset: number;
  text: string;
  /** "February 2022 has 28 days", "there is no month 13". */
  why: string;
}

export function impossibleDates(text: string, limit = 1000): { found: ImpossibleDate[]; count: number } {
  const found: ImpossibleDate[] = [];
  const seen = new Set<number>();
  SUSPECT_DAY.lastIndex = 0;
  for (let s = SUSPECT_DAY.exec(text); s; s = SUSPECT_DAY.exec(text)) {
    const from = Math.max(0, s.index - DATE_REACH);
    const window = text.slice(from, s.index + s[0].length + DATE_REACH);
    const at = s.index - from;
    for (const { re, style } of WRITTEN_DAYS) {
      re.lastIndex = 0;
      for (let m = re.exec(window); m; m = re.exec(window)) {
        // Only the date holding this day number, and only whole (not cut by the window's edges).
        if (m.index > at || m.index + m[0].length < at + s[0].length) continue;
        if (
          (m.index === 0 && from > 0) ||
          (m.index + m[0].length === window.length && from + window.length < text.length)
        )
          continue;
        const [y, mo, d] =
          style === 'MDY'
            ? [Number(m[3]), monthIndex(m[1]!) + 1, Number(m[2])]
            : style === 'DMY'
              ? [Number(m[3]), monthIndex(m[2]!) + 1, Number(m[1])]
              : [Number(m[1]), Number(m[2]), Number(m[3])];
        const offset = from + m.index;
        if (seen.has(offset) || (mo >= 1 && mo <= 12 && d >= 1 && d <= daysIn(y, mo))) continue;
        seen.add(offset);
        const why =
          mo < 1 || mo > 12 ? `there is no month ${mo}` : `${MONTH_NAMES[mo - 1]} ${y} has ${daysIn(y, mo)} days`;
        if (found.length < limit) found.push({ offset, text: m[0], why });
      }
    }
  }
  found.sort((a, b) => a.offset - b.offset);
  return { found, count: seen.size };
}

/** The note for days the calendar does not have (lines are 1-based; the first three named). */
export function impossibleDateNote(all: ImpossibleDate[], count: number, lineOf: (offset: number) => number): string {
  const named = all.slice(0, 3).map((d) => `“${d.text}” at line ${lineOf(d.offset)} (${d.why})`);
  return `${count > 1 ? `${count} dates are` : 'a date is'} not ${count > 1 ? 'days' : 'a day'} of the calendar: ${named.join(', ')}${count > named.length ? ', …' : ''}; a claim dated by ${count > 1 ? 'them' : 'it'} is not judged; correct ${count > 1 ? 'them' : 'it'} to check`;
}

/**
 * The month and day of a numeric date when its order is plain: a part over 12 is the day ("11/13/2023" is 13
 * November, "13/11/2023" too), and "05/05/2025" is the same either way. Undefined when both orders are days of the
 * year ("08/12/2025": 8 December or 12 August, which a newsroom tool must not guess) or neither is.
 */
export function numericOrder(a: number, b: number): { m: number; d: number; dayFirst?: boolean } | undefined {
  if (a === b) return a <= 12 ? { m: a, d: a } : undefined;
  if (a > 12 && b <= 12) return { m: b, d: a, dayFirst: true };
  if (b > 12 && a <= 12) return { m: a, d: b, dayFirst: false };
  return undefined;
}

export interface AmbiguousDate {
  offset: number;
  text: string;
  /** The two days it can be, in words: "8 December 2025 or 12 August 2025". */
  readings: string;
}

/** Cheap test first: a digit, a slash or a dot, a digit. */
const MAY_HOLD_NUMERIC_DATE = /\d[/.]\d/;
const NUMERIC_SCAN = new RegExp(NUMERIC_DATE.source, 'g');

/**
 * Numeric dates whose day and month can be read either way ("08/12/2025"), written in the text: the reader reads
 * nothing in them (findDates), so a claim dated by one is not judged, and the draft gets a note naming them. One
 * linear scan; only dates both of whose readings are days of the calendar.
 */
export function ambiguousDates(
  text: string,
  limit = 1000,
): { found: AmbiguousDate[]; count: number; impossible: ImpossibleDate[] } {
  const found: AmbiguousDate[] = [];
  const impossible: ImpossibleDate[] = [];
  let count = 0;
  if (!MAY_HOLD_NUMERIC_DATE.test(text)) return { found, count, impossible };
  NUMERIC_SCAN.lastIndex = 0;
  for (let m = NUMERIC_SCAN.exec(text); m; m = NUMERIC_SCAN.exec(text)) {
    const [a, b, y] = [Number(m[1]), Number(m[3]), Number(m[4])];
    const order = numericOrder(a, b);
    // "31/02/2023", "13/13/2023", "02/30/2023": no order gives a day of the calendar (read as nothing, noted as such).
    if (order ? order.d < 1 || order.d > daysIn(y, order.m) : a < 1 || b < 1 || a > 12 || b > 12) {
      if (impossible.length < limit)
        impossible.push({
          offset: m.index,
          text: m[0],
          why: order
            ? `${MONTH_NAMES[order.m - 1]} ${y} has ${daysIn(y, order.m)} days`
            : 'no order of its numbers is a day and a month',
        });
      continue;
    }
    if (order) continue;
    const dayMonth = `${a} ${MONTH_NAMES[b - 1]} ${y}`;
    const monthDay = `${b} ${MONTH_NAMES[a - 1]} ${y}`;
    count++;
    if (found.length < limit) found.push({ offset: m.index, text: m[0], readings: `${dayMonth} or ${monthDay}` });
  }
  return { found, count, impossible };
}

/** The note for numeric dates that read either way (lines are 1-based; the first three named). */
export function ambiguousDateNote(all: AmbiguousDate[], count: number, lineOf: (offset: number) => number): string {
  const named = all.slice(0, 3).map((d) => `“${d.text}” at line ${lineOf(d.offset)} (${d.readings})`);
  return `${count > 1 ? `${count} numeric dates read` : 'a numeric date reads'} either way, day or month first: ${named.join(', ')}${count > named.length ? ', …' : ''}; Fact Desk reads neither, so a claim dated by ${count > 1 ? 'them' : 'it'} is not judged; write the month as a word ("${all[0]?.readings.split(' or ')[0] ?? '8 December 2025'}") to check it`;
}

/** "on Tuesday" is one of the Tuesdays of its window, newest first: "16 December 2025 or 9 December 2025". */
function weekdaysIn(from: string, to: string, weekday: number): string {
  const days: string[] = [];
  for (let at = to; at >= from && days.length < 3; at = addDays(at, -1))
    if (weekdayOf(at) === weekday) days.push(displayDate(at));
  return days.join(' or ');
}

/**
 * What a relative date was read as, for the reader: "March 2026" for "in March", "2025" for "last year", "16 December
 * 2025 or 9 December 2025" for "on Tuesday"; undefined for a date written in full.
 */
export function relativeDateRead(date: DateExpr): string | undefined {
  if (!date.relative) return undefined;
  return date.weekday !== undefined
    ? weekdaysIn(date.from, date.to, date.weekday)
    : date.precision === 'day'
      ? displayDate(date.from)
      : date.precision === 'month'
        ? displayDate(date.from.slice(0, 7))
        : date.precision === 'year'
          ? date.from.slice(0, 4)
          : `${displayDate(date.from)} to ${displayDate(date.to)}`;
}
