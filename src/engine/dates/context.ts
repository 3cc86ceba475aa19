/**
 * Dates read in the light of what the text has already said about when: a section headed "2025", a timeline line
 * that opens with "April.", the last date of the paragraph. Against it "the 15th", "six days later", "the next
 * day", "the following Monday", "earlier that month" and "the last day of June" mean one day or month; without
 * it they claim nothing. Every such reading is relative, so a finding says how it was read.
 */
import {
  addDays,
  COUNT_PATTERN,
  countOf,
  daysIn,
  displayDate,
  findDates,
  isoDay,
  MONTH,
  monthIndex,
  nthWeekdayOf,
  parseIso,
  weekdayOf,
  WEEKDAYS,
  type DateExpr,
} from './dates';

/** When the text last said: a year (a section), a month (a timeline line), or a day. */
export interface DateAnchor {
  y: number;
  m?: number;
  d?: number;
  /** Set by a heading: a month with no year is in this year, whatever came before. */
  section?: boolean;
}

const WEEKDAY = String.raw`(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
const COUNT = COUNT_PATTERN;
/** What may follow "the 15th" for it to be a day: the end of the clause or a word that is not a noun it ranks. */
const DAY_END = String.raw`(?=\s*(?:[,.;:)!?—–]|$)|\s+(?:and|when|at|in|as|but|with|after|before|of\s+(?:the\s+|that\s+)?month)\b)`;

type Reading = (
  m: RegExpExecArray,
  anchor: DateAnchor | undefined,
  asOf: string,
  said: readonly SaidWithDates[],
) => Omit<DateExpr, 'start' | 'end' | 'text' | 'style' | 'relative'> | undefined;

/** A sentence the text has already said, with the dates read in it (offsets in its own words). */
export interface SaidWithDates {
  text: string;
  dates: readonly DateExpr[];
}

/** Words that name no event: left out when an event is looked for by its words ("the rule was issued"). */
const FILLER = /^(?:the|its|their|his|her|a|an|was|were|is|are|had|has|have|been|be|first|new|of|to|on|in|by)$/i;
const stemOf = (word: string) => word.toLowerCase().slice(0, 4);

/**
 * "the rule was issued", "the order pause": the date the text gave the event these words name, from the latest
 * sentence said that holds all of them ("BIS issued its rule …", "Beijing told firms to pause their H200 orders"):
 * the date nearest the last of them there. Undefined when no such sentence was said, or it has no day.
 */
function dateOfEventSaid(phrase: string, said: readonly SaidWithDates[]): DateExpr | undefined {
  const stems = phrase
    .split(/[\s'’-]+/)
    .filter((w) => w.length >= 3 && !FILLER.test(w))
    .map(stemOf);
  if (!stems.length || stems.length > 4) return undefined;
  for (let k = said.length - 1; k >= 0; k--) {
    const { text, dates } = said[k]!;
    const words = [...text.matchAll(/[\p{L}\d]+/gu)];
    const at = stems.map((stem) => words.filter((w) => stemOf(w[0]) === stem).at(-1)?.index);
    if (at.some((i) => i === undefined)) continue;
    const last = Math.max(...(at as number[]));
    const days = dates.filter((d) => d.precision === 'day' && d.from === d.to);
    if (!days.length) return undefined;
    return days.reduce((a, b) => (Math.abs(b.start - last) < Math.abs(a.start - last) ? b : a));
  }
  return undefined;
}

const dayAt = (iso: string) => ({ from: iso, to: iso, precision: 'day' as const });
const monthOf = (y: number, m: number) => ({
  from: isoDay(y, m, 1),
  to: isoDay(y, m, daysIn(y, m)),
  precision: 'month' as const,
});
const anchorDay = (a: DateAnchor | undefined) =>
  a?.m !== undefined && a.d !== undefined ? isoDay(a.y, a.m, a.d) : undefined;
const notAfter = <T extends { from: string }>(r: T | undefined, asOf: string) => (r && r.from <= asOf ? r : undefined);

/**
 * A weekday said with a day the anchor's month has on another weekday ("Friday the 4th" in a December 2025 whose 4th
 * is a Thursday): why the reading claims nothing, for the draft's note ("4 December 2025 is a Thursday").
 */
type Mismatch = (m: RegExpExecArray, anchor: DateAnchor | undefined) => string | undefined;

/** A weekday disagreeing with the date read beside it: where, the words, and why (dates/weekdays.ts words the note). */
export interface AnchoredWeekdayMismatch {
  start: number;
  end: number;
  text: string;
  why: string;
}

/** The readings that need an anchor, tried in this order (the longest forms first). */
const ANCHORED: { re: RegExp; read: Reading; mismatch?: Mismatch }[] = [
  {
    // "The day before the rule was issued, …", "A week after the order pause, …", "On the same day the rule took
    // effect, …": a day counted from an event the text has already dated (dateOfEventSaid), never from a guess.
    re: new RegExp(
      String.raw`\b(?:(?:on\s+)?the\s+(?:same\s+day(?:\s+as)?|day\s+(before|after))|${COUNT}\s+(days?|weeks?)\s+(before|after))\s+((?:the|its|their)\s+[^,.;:!?]{3,48}?)(?=\s*,)`,
      'gi',
    ),
    read: (m, _a, _asOf, said) => {
      const event = dateOfEventSaid(m[5]!, said);
      if (!event) return undefined;
      const back = /^before/i.test(m[1] ?? m[4] ?? '');
      if (!m[2]) return dayAt(m[1] ? addDays(event.from, back ? -1 : 1) : event.from);
      const n = countOf(m[2]) * (back ? -1 : 1);
      if (/^day/i.test(m[3]!)) return dayAt(addDays(event.from, n));
      // "a week after" is said of six to eight days.
      const mid = addDays(event.from, 7 * n);
      return { from: addDays(mid, -1), to: addDays(mid, 1), precision: 'range' };
    },
  },
  {
    // "the last day of the month" ("the last day of June": dates.ts)
    re: /\bthe\s+(last|first)\s+day\s+of\s+the\s+month\b/gi,
    read: (m, a) =>
      a?.m === undefined ? undefined : dayAt(isoDay(a.y, a.m, /^last/i.test(m[1]!) ? daysIn(a.y, a.m) : 1)),
  },
  {
    // "six days later", "a week after that", "three days earlier", "two months later", "two years later"
    re: new RegExp(
      String.raw`\b${COUNT}\s+(days?|weeks?|months?|years?)\s+(later|earlier|afterwards|after(?=\s*(?:[,.;:]|$)|\s+(?:that|this)\b)|before(?=\s*(?:[,.;:]|$)|\s+that\b))`,
      'gi',
    ),
    read: (m, a) => {
      const sign = /^(?:earlier|before)/i.test(m[3]!) ? -1 : 1;
      const n = countOf(m[1]!) * sign;
      // "Two years later" is loose: within half a year either side of the day counted (Nov. 2023 + 2: May 2025 to
      // May 2026), and with only a year in mind, of that year counted.
      if (/^year/i.test(m[2]!)) {
        const at = a ? a.y * 12 + (a.m === undefined ? 6 : a.m - 1) + 12 * n : undefined;
        if (at === undefined) return undefined;
        const from = at - 6;
        const to = at + 6;
        return {
          from: isoDay(Math.floor(from / 12), (from % 12) + 1, 1),
          to: isoDay(Math.floor(to / 12), (to % 12) + 1, daysIn(Math.floor(to / 12), (to % 12) + 1)),
          precision: 'range',
        };
      }
      if (/^month/i.test(m[2]!)) {
        if (a?.m === undefined) return undefined;
        const at = a.y * 12 + (a.m - 1) + n;
        return monthOf(Math.floor(at / 12), (at % 12) + 1);
      }
      const from = anchorDay(a);
      if (!from) return undefined;
      if (/^day/i.test(m[2]!)) return dayAt(addDays(from, n));
      // "a week later" is said of six to eight days.
      const mid = addDays(from, 7 * n);
      return { from: addDays(mid, -1), to: addDays(mid, 1), precision: 'range' };
    },
  },
  {
    // "the next day", "the following day", "the day after", "the previous day", "the day before"
    re: /\bthe\s+(?:(next|following|previous|preceding)\s+day|day\s+(after|before)(?=\s*(?:[,.;:]|$)|\s+that\b))/gi,
    read: (m, a) => {
      const from = anchorDay(a);
      const back = /^(?:previous|preceding|before)/i.test(m[1] ?? m[2]!);
      return from ? dayAt(addDays(from, back ? -1 : 1)) : undefined;
    },
  },
  {
    // "the same day", "that day": the anchor's day; "On the same day the rule took effect, …" names another day.
    re: /\b(?:the\s+same|that(?:\s+same)?)\s+day\b/gi,
    read: (m, a) => {
      // A clause that names the day and closes with a comma ("the same day the rule took effect, …") is not the anchor.
      if (/^\s+[^\s,.;:!?][^.;:!?]*,/.test(m.input.slice(m.index + m[0].length))) return undefined;
      const from = anchorDay(a);
      return from ? dayAt(from) : undefined;
    },
  },
  {
    // "the following Monday", "the previous Friday", "the Friday before", "on the Monday"
    re: new RegExp(
      String.raw`\bthe\s+(?:(following|next|previous|preceding)\s+${WEEKDAY}|${WEEKDAY}\s+(before|after)(?=\s*(?:[,.;:]|$)|\s+that\b)|${WEEKDAY}(?!,?\s+(?:the\s+)?\d))`,
      'gi',
    ),
    read: (m, a) => {
      const from = anchorDay(a);
      if (!from) return undefined;
      const name = (m[2] ?? m[3] ?? m[5])!;
      const back = /^(?:previous|preceding|before)/i.test(m[1] ?? m[4] ?? '');
      const wd = WEEKDAYS.indexOf(name.toLowerCase());
      let at = addDays(from, back ? -1 : 1);
      while (weekdayOf(at) !== wd) at = addDays(at, back ? -1 : 1);
      return dayAt(at);
    },
  },
  {
    // "earlier that month", "later that month", "that month", "the same month", "the following month"
    re: /\b(?:(?:(earlier|later)\s+)?that\s+month|the\s+same\s+month|the\s+(following|next|previous|preceding)\s+month)\b/gi,
    read: (m, a) => {
      if (a?.m === undefined) return undefined;
      const step = m[2] ? (/^(?:previous|preceding)/i.test(m[2]) ? -1 : 1) : 0;
      const at = a.y * 12 + (a.m - 1) + step;
      const whole = monthOf(Math.floor(at / 12), (at % 12) + 1);
      const day = anchorDay(a);
      // "earlier that month" is before the anchor's day; "later that month" after it.
      if (m[1] && day)
        return /^earlier/i.test(m[1])
          ? { from: whole.from, to: addDays(day, -1), precision: 'range' }
          : { from: addDays(day, 1), to: whole.to, precision: 'range' };
      return whole;
    },
  },
  {
    // "the second quarter of that year", "the first half of the same year", "Q4 of that year": a part of the
    // anchor's year. "Later that year", "earlier that year": the rest of it after the anchor, or before it.
    re: /\b(?:(?:the\s+(first|second|third|fourth)\s+(quarter|half)|(Q[1-4]|H[12]))\s+of\s+(?:that|the\s+same)\s+year|(earlier|later)\s+that\s+year)\b/gi,
    read: (m, a) => {
      if (!a) return undefined;
      if (m[4]) {
        // Only from a month or a day: "later that year" after "in 2024" is not said of any part of it.
        if (a.m === undefined) return undefined;
        const day = anchorDay(a);
        return /^earlier/i.test(m[4])
          ? {
              from: isoDay(a.y, 1, 1),
              to: day ? addDays(day, -1) : isoDay(a.y, a.m, daysIn(a.y, a.m)),
              precision: 'range',
            }
          : {
              from: day ? addDays(day, 1) : isoDay(a.y, a.m, 1),
              to: isoDay(a.y, 12, 31),
              precision: 'range',
            };
      }
      const code = m[3]?.toUpperCase();
      const nth = code ? Number(code[1]) : ['first', 'second', 'third', 'fourth'].indexOf(m[1]!.toLowerCase()) + 1;
      const half = code ? code[0] === 'H' : /^half/i.test(m[2]!);
      if (half && nth > 2) return undefined;
      const first = half ? (nth - 1) * 6 + 1 : (nth - 1) * 3 + 1;
      const last = first + (half ? 5 : 2);
      return { from: isoDay(a.y, first, 1), to: isoDay(a.y, last, daysIn(a.y, last)), precision: 'range' };
    },
  },
  {
    // "the first Wednesday of the new year": January after the anchor's year (its own, in a January section).
    re: new RegExp(
      String.raw`\bthe\s+(first|second|third|fourth|last)\s+${WEEKDAY}\s+of\s+the\s+(?:new|next|following)\s+year\b`,
      'gi',
    ),
    read: (m, a) => {
      if (a?.m === undefined) return undefined;
      const y = a.m === 1 ? a.y : a.m >= 7 ? a.y + 1 : undefined;
      return y === undefined
        ? undefined
        : { ...dayAt(nthWeekdayOf(y, 1, WEEKDAYS.indexOf(m[2]!.toLowerCase()), m[1]!)) };
    },
  },
  {
    // "on the 15th", "on Monday the 8th", "Friday the 17th": a day of the anchor's month.
    re: new RegExp(String.raw`\b(?:${WEEKDAY},?\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)${DAY_END}`, 'gi'),
    read: (m, a) => {
      if (a?.m === undefined) return undefined;
      const d = Number(m[2]);
      if (d < 1 || d > daysIn(a.y, a.m)) return undefined;
      // "Friday the 4th" when the 4th is a Thursday: which of the two is meant is not said.
      if (m[1] && weekdayOf(isoDay(a.y, a.m, d)) !== WEEKDAYS.indexOf(m[1].toLowerCase())) return undefined;
      return dayAt(isoDay(a.y, a.m, d));
    },
    mismatch: (m, a) => {
      if (!m[1] || a?.m === undefined) return undefined;
      const d = Number(m[2]);
      if (d < 1 || d > daysIn(a.y, a.m)) return undefined;
      const real = weekdayOf(isoDay(a.y, a.m, d));
      if (real === WEEKDAYS.indexOf(m[1].toLowerCase())) return undefined;
      return `${displayDate(isoDay(a.y, a.m, d))} is a ${WEEKDAYS[real]![0]!.toUpperCase()}${WEEKDAYS[real]!.slice(1)}`;
    },
  },
];

/**
 * The dates of a text, those that need the context included: every form findDates reads (a month with no year is
 * read in the anchor's year), then the anchored ones, each against the latest date before it (or `anchor`).
 */
export function findDatesInContext(
  text: string,
  asOf: string,
  anchor?: DateAnchor,
  said: readonly SaidWithDates[] = [],
  onMismatch?: (m: AnchoredWeekdayMismatch) => void,
): DateExpr[] {
  const year = anchor && {
    y: anchor.y,
    ...(anchor.m !== undefined ? { m: anchor.m } : {}),
    ...(anchor.section ? { section: true } : {}),
  };
  const plain = findDates(text, asOf, year);
  const lead = leadMonth(text, asOf, anchor);
  if (lead && !plain.some((d) => d.start < lead.end && d.end > lead.start)) {
    plain.push(lead);
    plain.sort((a, b) => a.start - b.start);
  }
  if (!/\b(?:the|that|later|earlier|before|after|afterwards|on)\b/i.test(text)) return plain;
  const candidates: { m: RegExpExecArray; read: Reading; mismatch?: Mismatch }[] = [];
  for (const { re, read, mismatch } of ANCHORED) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) candidates.push({ m, read, ...(mismatch ? { mismatch } : {}) });
  }
  candidates.sort((a, b) => a.m.index - b.m.index);
  // One walk in text order: the anchor is the last date read before each candidate, plain or anchored.
  const out: DateExpr[] = [];
  let at = anchor;
  let next = 0;
  let lastEnd = 0;
  const consume = (d: DateExpr) => {
    at = anchorAfter([d], at);
    lastEnd = Math.max(lastEnd, d.end);
  };
  const take = (d: DateExpr) => {
    // "Nvidia said on Monday", written in a timeline of another month: which Monday is not said.
    if (
      d.style === 'weekday' &&
      at?.m !== undefined &&
      isoDay(at.y, at.m, at.d ?? daysIn(at.y, at.m)) < addDays(asOf, -13)
    )
      return;
    out.push(d);
    consume(d);
  };
  for (const { m, read, mismatch } of candidates) {
    const start = m.index;
    const end = start + m[0].length;
    while (next < plain.length && plain[next]!.start < end) {
      if (plain[next]!.end <= start || plain[next]!.start < start) take(plain[next]!);
      else break;
      next++;
    }
    // Overlapping a plain date (or an anchored one already read): the plain reading stands.
    if (start < lastEnd || (next < plain.length && plain[next]!.start < end)) continue;
    const r = notAfter(read(m, at, asOf, said), asOf);
    if (!r) {
      const why = onMismatch && mismatch?.(m, at);
      if (why) onMismatch({ start, end, text: m[0], why });
      continue;
    }
    const d: DateExpr = { start, end, text: m[0], ...r, style: 'anchored', relative: true };
    out.push(d);
    consume(d);
  }
  while (next < plain.length) take(plain[next++]!);
  return out;
}

/** The anchor after `dates` (in text order): the last that names a day or a month, else `anchor`. */
export function anchorAfter(dates: readonly DateExpr[], anchor?: DateAnchor): DateAnchor | undefined {
  let at = anchor;
  for (const d of dates) {
    const { y, m, d: day } = parseIso(d.from);
    if (d.precision === 'day' && d.from === d.to) at = { y, m, d: day, ...(anchor?.section ? { section: true } : {}) };
    else if (d.precision === 'month') at = { y, m, ...(anchor?.section ? { section: true } : {}) };
    else if (d.precision === 'year' && !d.relative) at = { y };
  }
  return at;
}

/** "April." / "**July 2025** —" at the head of a timeline line: the month it is about. */
const LEAD = new RegExp(String.raw`^[\s*_>#-]*${MONTH}(?:\s+((?:19|20)\d{2}))?[\s*_]*[.:—–]`, 'i');

/**
 * "- April: Washington requires …" under a heading "## 2025": the month that opens a timeline line is the date of
 * what the line says, read in the section's year (relative, so the message says how it was read). With no year
 * from a heading it claims nothing (the year would be a guess).
 */
function leadMonth(text: string, asOf: string, anchor: DateAnchor | undefined): DateExpr | undefined {
  if (!anchor?.section) return undefined;
  const lead = LEAD.exec(text);
  // "May" is the month only before a colon or a dash ("- May: …", "* **May** — …"), not before a stop.
  if (!lead || lead[2] || /^\s*may\b(?![\s*_]*[:—–])/i.test(lead[0].replace(/^[\s*_>#-]*/, ''))) return undefined;
  const m = monthIndex(lead[1]!) + 1;
  const start = lead.index + lead[0].indexOf(lead[1]!);
  const month = monthOf(anchor.y, m);
  if (month.from > asOf) return undefined;
  return { start, end: start + lead[1]!.length, text: lead[1]!, ...month, style: 'anchored', relative: true };
}

/**
 * The anchor a line opening with a month sets: that month in the line's own year, the anchor's, or the latest such
 * month by the as-of date.
 */
export function timelineLead(
  text: string,
  asOf: string,
  anchor?: DateAnchor,
): { anchor: DateAnchor; end: number } | undefined {
  const lead = LEAD.exec(text);
  if (!lead || /^\s*may\b/.test(lead[0].replace(/^[\s*_>#-]*/, ''))) return undefined;
  const m = monthIndex(lead[1]!) + 1;
  const now = parseIso(asOf);
  const y = lead[2] ? Number(lead[2]) : anchor ? anchor.y : m <= now.m ? now.y : now.y - 1;
  return { anchor: { y, m, ...(anchor?.section ? { section: true } : {}) }, end: lead[0].length };
}

/** A heading's year (and month): "## 2025", "### January 2026", "## What changed in 2025". */
export function headingAnchor(heading: string): DateAnchor | undefined {
  const years = heading.match(/\b(?:19|20)\d{2}\b/g);
  if (!years || years.length !== 1) return undefined;
  const month = new RegExp(String.raw`\b${MONTH}\s+(?:19|20)\d{2}\b`, 'i').exec(heading);
  const y = Number(years[0]);
  return month ? { y, m: monthIndex(month[1]!) + 1, section: true } : { y, section: true };
}

/** A heading that is only a month ("## December", "### In March", "## March:"): its month (1–12), else undefined. */
export function headingMonth(heading: string): number | undefined {
  const m = new RegExp(String.raw`^[\s*_]*(?:In\s+)?${MONTH}[\s*_:.]*$`, 'i').exec(heading);
  return m ? monthIndex(m[1]!) + 1 : undefined;
}
