/** The as-of date a draft is checked at: the option, else the front matter's `date:`, else today. */
import { todayIso } from '../dates/dates';
import { frontMatterDate, tomlFrontMatterDate } from '../segment/front-matter';
import { FRONT_MATTER, TOML_FRONT_MATTER } from '../segment/segment';
import type { CheckOptions, CheckResult } from '../types';

export type AsOf = Pick<CheckResult, 'asOf' | 'asOfOrigin' | 'notes'>;

/** The as-of date and where it came from; a front matter date that cannot be used leaves a note. */
export function asOfFor(text: string, options: CheckOptions = {}): AsOf {
  if (options.asOf) return { asOf: options.asOf, asOfOrigin: 'option' };
  const fm = FRONT_MATTER.exec(text)?.[1];
  const toml = fm === undefined ? TOML_FRONT_MATTER.exec(text)?.[1] : undefined;
  const read = fm ? frontMatterDate(fm) : toml ? tomlFrontMatterDate(toml) : { note: unclosedFrontMatter(text) };
  // "\uFEFF\uFEFF---": a second byte order mark (a file saved twice with one) hides the front matter.
  const { date, note } =
    fm === undefined && toml === undefined && MANY_BOMS.test(text)
      ? {
          date: undefined,
          note: 'the draft starts with more than one byte order mark (U+FEFF), so its front matter is not read; checked as of today',
        }
      : read;
  if (date) return { asOf: date, asOfOrigin: 'front-matter' };
  return { asOf: options.today ?? todayIso(), asOfOrigin: 'today', ...(note ? { notes: [note] } : {}) };
}

const MANY_BOMS = /^\uFEFF{2,}(?:---|\+\+\+)[ \t]*(?:\r\n|\r|\n)/;

/** An opening `---` line, then `key: value` lines up to a blank line or the end (bounded: the opening only). */
const OPENED = /^\uFEFF?---[ \t]*(?:\r\n|\r|\n)/;
const CLOSING_DOTS = /^\.\.\.[ \t]*$/;
const DATE_LINE = /^date:[ \t]/;

/**
 * A front matter that is never closed (`---` … `...`, as Pandoc allows, or no closing line at all): the parser
 * reads it as a rule and a paragraph, and its `date:` would be lost without a word.
 */
function unclosedFrontMatter(text: string): string | undefined {
  const open = OPENED.exec(text);
  if (!open) return undefined;
  const lines = text.slice(open[0].length, open[0].length + 4096).split(/\r\n?|\n/);
  for (const line of lines) {
    if (line.trim() === '' || CLOSING_DOTS.test(line)) break;
    if (DATE_LINE.test(line))
      return 'front matter opened by --- on line 1 is not closed by a --- line, so its date: is not read; checked as of today';
  }
  return undefined;
}
