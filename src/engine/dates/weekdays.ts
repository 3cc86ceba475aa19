/*
 * A weekday written beside a date it does not fall on: "Friday 17 November 2025" (a Monday), "Thursday, Nov. 20,
 * 2025" (a Thursday it is not), "on Monday the 15th" where the month in mind has no Monday 15th. Which of the two
 * the writer meant is not said, so nothing is guessed: the draft gets a note naming each one. A date written in full
 * is still judged as written; a day read from the context ("Monday the 15th") is not read at all (dates/context.ts
 * reports it through findDatesInContext's onMismatch, and the chunk keeps it for the same note).
 */
import { displayDate, findDates, WEEKDAYS, weekdayOf } from './dates';

export interface WeekdayMismatch {
  offset: number;
  text: string;
  /** "17 November 2025 is a Monday". */
  why: string;
}

/** A weekday and what may stand between it and its date: "Friday ", "Friday, ", "Friday the ". */
const WEEKDAY_AT = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?=(?:the\s+)?\d|[A-Z])/g;
/** How far after the weekday its date may run ("Wednesday, the 15th of September 2025"). */
const DATE_REACH = 40;
const FULL = new Set(['MDY', 'DMY']);

const capitalised = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/** The weekdays of a text that disagree with the full date (day, month and year) right after them. */
export function weekdayMismatches(text: string, limit = 1000): { found: WeekdayMismatch[]; count: number } {
  const found: WeekdayMismatch[] = [];
  let count = 0;
  WEEKDAY_AT.lastIndex = 0;
  for (let w = WEEKDAY_AT.exec(text); w; w = WEEKDAY_AT.exec(text)) {
    const at = w.index + w[0].length;
    const window = text.slice(at, at + DATE_REACH);
    // The date must start right after the weekday (a "the" before a day-first date is part of the date).
    const date = findDates(window, '9999-12-31').find((d) => d.start === 0);
    if (!date || !FULL.has(date.style) || date.precision !== 'day' || date.from !== date.to) continue;
    const wd = WEEKDAYS.indexOf(w[1]!.toLowerCase());
    const real = weekdayOf(date.from);
    if (real === wd) continue;
    count++;
    if (found.length < limit)
      found.push({
        offset: w.index,
        text: text.slice(w.index, at + date.end),
        why: `${displayDate(date.from)} is a ${capitalised(WEEKDAYS[real]!)}`,
      });
  }
  return { found, count };
}

/** The note for weekdays that disagree with their dates (lines are 1-based; the first three named). */
export function weekdayMismatchNote(all: WeekdayMismatch[], count: number, lineOf: (offset: number) => number): string {
  const named = all.slice(0, 3).map((d) => `“${d.text}” at line ${lineOf(d.offset)} (${d.why})`);
  const many = count > 1;
  return `${many ? `${count} weekdays disagree` : 'a weekday disagrees'} with ${many ? 'their dates' : 'its date'}: ${named.join(', ')}${count > named.length ? ', …' : ''}; which day is meant is not said (a date written in full is judged as written, a day of the month in mind such as “Friday the 4th” is not judged); check ${many ? 'them' : 'it'}`;
}
