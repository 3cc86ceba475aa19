/**
 * Date expressions in prose, absolute ("April 9, 2025", "October 2022", "2023")
 * and relative ("in April", "on Thursday", "earlier this year"), resolved
 * against the draft's as-of date to the interval of days they can mean.
 */

export type DateStyle = 'MDY' | 'DMY' | 'MY' | 'Y' | 'M' | 'MD' | 'weekday' | 'relative';

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

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const MONTH = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`((?:19|20)\d{2})`;

// Order matters: the longest forms first, so "April 9, 2025" is not read as "April" + "2025".
const PATTERNS: { re: RegExp; style: DateStyle }[] = [
  { re: new RegExp(String.raw`\b${MONTH}\s+${DAY}(?:,[ \t]*|,?\s+)${YEAR}\b`, 'gi'), style: 'MDY' },
  { re: new RegExp(String.raw`\b${DAY}\s+${MONTH},?\s+${YEAR}\b`, 'gi'), style: 'DMY' },
  { re: new RegExp(String.raw`\b${MONTH},?\s+${YEAR}\b`, 'gi'), style: 'MY' },
  { re: new RegExp(String.raw`\b(?:(early|mid|late)[-\s]+)?${YEAR}(?![\d,.]\d)\b`, 'gi'), style: 'Y' },
  // Not before any year this does not read ("November 13, 2123", "13,2123", "13, ’23"): never "November 13"
  // alone, or a fix that adds the year would leave ", 2123" behind.
  { re: new RegExp(String.raw`\b${MONTH}\s+${DAY}\b(?!\s*(?:,\s*)?(?:\d{3}|['’‘′]\d{2}))`, 'gi'), style: 'MD' },
  { re: new RegExp(String.raw`(?:\b(?:in|since|from|until|by|through|during|before|after|of|last|this|early|mid|late)[-\s]+|['’]s\s+)${MONTH}(?!\s+\d)\b`, 'gi'), style: 'M' },
  { re: /\bon\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/gi, style: 'weekday' },
  { re: /\b(earlier this year|later this year|this year|last year|last month|this month|earlier this month|last week|this week|yesterday|today)\b(?!\s+of\b)/gi, style: 'relative' },
];

const pad = (n: number) => String(n).padStart(2, '0');
export const isoDay = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

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

function monthIndex(word: string): number {
  const w = word.toLowerCase().replace('.', '');
  return MONTHS.findIndex((m) => m.startsWith(w.slice(0, 3)));
}

export function parseIso(date: string): { y: number; m: number; d: number } {
  const [y, m, d] = date.split('-').map(Number);
  return { y: y!, m: m ?? 1, d: d ?? 1 };
}

function addDays(iso: string, days: number): string {
  const { y, m, d } = parseIso(iso);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return isoDay(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

function weekdayOf(iso: string): number {
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

export function findDates(text: string, asOf: string): DateExpr[] {
  const found: DateExpr[] = [];
  const taken = (s: number, e: number) => found.some((f) => s < f.end && e > f.start);
  const now = parseIso(asOf);
  for (const { re, style } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken(start, end)) continue;
      const expr = resolve(m, style, now, asOf);
      if (expr) found.push({ start, end, text: m[0], ...expr, style });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

type Resolved = Omit<DateExpr, 'start' | 'end' | 'text' | 'style'>;

function resolve(m: RegExpExecArray, style: DateStyle, now: { y: number; m: number; d: number }, asOf: string): Resolved | undefined {
  const day = (y: number, mo: number, d: number): Resolved | undefined =>
    d >= 1 && d <= daysIn(y, mo) ? { from: isoDay(y, mo, d), to: isoDay(y, mo, d), precision: 'day', relative: false } : undefined;
  const month = (y: number, mo: number, relative = false): Resolved => ({
    from: isoDay(y, mo, 1),
    to: isoDay(y, mo, daysIn(y, mo)),
    precision: 'month',
    relative,
  });
  switch (style) {
    case 'MDY':
      return day(Number(m[3]), monthIndex(m[1]!) + 1, Number(m[2]));
    case 'DMY':
      return day(Number(m[3]), monthIndex(m[2]!) + 1, Number(m[1]));
    case 'MY':
      return month(Number(m[2]), monthIndex(m[1]!) + 1);
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
      const d = Number(m[2]);
      const y = mo < now.m || (mo === now.m && d <= now.d) ? now.y : now.y - 1;
      const r = day(y, mo, d);
      return r && { ...r, relative: true };
    }
    case 'M': {
      const mo = monthIndex(m[1]!) + 1;
      // "in December" written on 2 December means last December: the current month counts once half of it has passed.
      const y = mo < now.m || (mo === now.m && now.d >= 15) ? now.y : now.y - 1;
      return month(y, mo, true);
    }
    case 'weekday': {
      // "on Thursday": the latest such day up to the as-of date, or the one a week before.
      const wd = WEEKDAYS.indexOf(m[1]!.toLowerCase());
      return { from: addDays(asOf, -13), to: asOf, precision: 'day', weekday: wd, relative: true };
    }
    case 'relative': {
      const phrase = m[1]!.toLowerCase();
      const startOfMonth = isoDay(now.y, now.m, 1);
      const lastMonth = now.m === 1 ? { y: now.y - 1, m: 12 } : { y: now.y, m: now.m - 1 };
      switch (phrase) {
        case 'earlier this year':
        case 'this year':
          return { from: isoDay(now.y, 1, 1), to: phrase === 'this year' ? isoDay(now.y, 12, 31) : asOf, precision: 'range', relative: true };
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

/** Words a record date in the draft's own style, for a fix that replaces the expression. */
export function formatDateLike(expr: DateExpr, recordDate: string): string {
  const { y, m, d } = parseIso(recordDate);
  const precision = recordDate.split('-').length; // 1 year, 2 month, 3 day
  const monthName = MONTH_NAMES[m - 1]!;
  if (precision === 1) return String(y);
  if (precision === 2 || expr.precision !== 'day') {
    return expr.style === 'Y' ? String(y) : `${monthName} ${y}`;
  }
  if (expr.style === 'DMY') return `${d} ${monthName} ${y}`;
  return `${monthName} ${d}, ${y}`;
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
  return text.replace(/\b(?:January|February|March|April|June|July|August|September|October|November|December)\b/g, (m) => m.slice(0, 3));
}

/** "2 Dec 2026", "Dec 2026", "2026": a record date in a row that has little room. */
export function shortDate(recordDate: string): string {
  return shortMonths(displayDate(recordDate));
}

export function todayIso(): string {
  const t = new Date();
  return isoDay(t.getFullYear(), t.getMonth() + 1, t.getDate());
}
