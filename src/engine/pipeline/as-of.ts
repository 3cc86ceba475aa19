/** The as-of date a draft is checked at: the option, else the front matter's `date:`, else today. */
import { todayIso } from '../dates/dates';
import { frontMatterDate } from '../segment/front-matter';
import { FRONT_MATTER } from '../segment/segment';
import type { CheckOptions, CheckResult } from '../types';

export type AsOf = Pick<CheckResult, 'asOf' | 'asOfOrigin' | 'notes'>;

/** The as-of date and where it came from; a front matter date that cannot be used leaves a note. */
export function asOfFor(text: string, options: CheckOptions = {}): AsOf {
  if (options.asOf) return { asOf: options.asOf, asOfOrigin: 'option' };
  const fm = FRONT_MATTER.exec(text)?.[1];
  const { date, note } = fm ? frontMatterDate(fm) : {};
  if (date) return { asOf: date, asOfOrigin: 'front-matter' };
  return { asOf: options.today ?? todayIso(), asOfOrigin: 'today', ...(note ? { notes: [note] } : {}) };
}
