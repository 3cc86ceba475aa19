/**
 * The front matter's `date:`, the as-of date a draft is checked at. Most front matter is a few
 * plain `key: value` lines, read here without the YAML parser; anything else goes to it.
 */
import type * as YamlModule from 'yaml';
import { isCalendarDate } from '../dates/dates';

/** The last front matter read and its date: a keystroke rarely touches the front matter. */
let lastFrontMatter: { yaml: string; result: FrontMatterDate } | undefined;

/** The front matter's `date:` as YYYY-MM-DD, or a note saying why it could not be used. */
export interface FrontMatterDate {
  date?: string;
  note?: string;
}

/** The front matter's `date:`; memoised. */
export function frontMatterDate(yaml: string): FrontMatterDate {
  if (lastFrontMatter?.yaml !== yaml) lastFrontMatter = { yaml, result: readFrontMatterDate(yaml) };
  return lastFrontMatter.result;
}

function readFrontMatterDate(yaml: string): FrontMatterDate {
  const plain = plainFrontMatter(yaml);
  const plainDate = plain?.get('date');
  if (plain && plainDate === undefined) return misspeltDate(yaml);
  if (plainDate !== undefined && isCalendarDate(plainDate)) return { date: plainDate };
  let data: unknown;
  try {
    // Loaded here, not at start: only drafts with front matter need it.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const YAML = require('yaml') as typeof YamlModule;
    data = YAML.parse(yaml.replace(/\r\n?/g, '\n'), {
      schema: 'core',
      customTags: [],
      maxAliasCount: 10,
      logLevel: 'error',
    });
  } catch (e) {
    return { note: `front matter is not valid YAML (${(e as Error).message.split('\n')[0]}); checked as of today` };
  }
  if (!data || typeof data !== 'object') return misspeltDate(yaml);
  const raw = (data as Record<string, unknown>)['date'];
  if (raw === undefined) return misspeltDate(yaml);
  // A list or a map is not a date, even one holding a date (`date: [2024-05-01]`).
  if (raw !== null && typeof raw === 'object') {
    const what = Array.isArray(raw) ? 'a list' : 'a map';
    return { note: `front matter date is ${what}, not a YYYY-MM-DD date; checked as of today` };
  }
  return dateValue(typeof raw === 'string' ? raw : String(raw));
}

/**
 * A top-level key that a reader takes for the date but is not `date`: "Date:", "DATE:", "date：" (a fullwidth
 * colon), "ｄａｔｅ:". The draft would be checked as of today without a word: a note says the key is not read.
 */
const MISSPELT_DATE = /^(?!date:)((?:[Dd][Aa][Tt][Ee]|[ｄＤ][ａＡ][ｔＴ][ｅＥ])[ \t]*[:：﹕])/m;
function misspeltDate(yaml: string): FrontMatterDate {
  const m = MISSPELT_DATE.exec(yaml);
  return m
    ? {
        note: `front matter key "${m[1]}" is not read as the date (Fact Desk reads a lowercase date: key); checked as of today`,
      }
    : {};
}

/** A front matter date's value as read: a YYYY-MM-DD day (a time after it allowed), or a note. */
function dateValue(text: string): FrontMatterDate {
  const m = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/.exec(text);
  if (m && isCalendarDate(m[1]!)) return { date: m[1] };
  if (m) return { note: `front matter date "${m[1]}" is not a day of the calendar; checked as of today` };
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return { note: `front matter date "${shown}" is not a YYYY-MM-DD date; checked as of today` };
}

/**
 * TOML front matter's top-level `date = …` (before the first `[table]`): a bare date or date-time, or a quoted
 * string. Read by hand, not parsed: only the date matters, and anything else in it claims nothing.
 */
export function tomlFrontMatterDate(toml: string): FrontMatterDate {
  let value: string | undefined;
  for (const line of toml.split(/\r\n?|\n/)) {
    const head = line.trimStart();
    if (head.startsWith('[')) break;
    const m = /^date[ \t]*=/.exec(head);
    if (!m) continue;
    if (value !== undefined) return { note: 'front matter (TOML) sets date twice; checked as of today' };
    value = head.slice(m[0].length).trim();
  }
  if (value === undefined) return {};
  const quote = value[0];
  if (quote === '"' || quote === "'") {
    const close = value.indexOf(quote, 1);
    value = close === -1 ? value.slice(1) : value.slice(1, close);
  } else {
    const comment = value.indexOf('#');
    if (comment !== -1) value = value.slice(0, comment).trim();
  }
  return dateValue(value);
}

/** A flow list of plain words: `[a, b-c, d e]` (no quotes, brackets, colons or comments inside). */
const FLOW_LIST_OF_WORDS =
  /^\[[ \t]*(?:[A-Z][\w.-]*(?:[ \t]+[\w.-]+)*[ \t]*(?:,[ \t]*[A-Z][\w.-]*(?:[ \t]+[\w.-]+)*[ \t]*)*)?\]$/i;
/** What YAML's core schema reads as null, a boolean or a number. */
const CORE_NON_STRING =
  /^(?:~|null|true|false|0o[0-7]+|0x[0-9a-f]+|[-+]?(?:\.\d+|\d+(?:\.\d*)?)(?:e[-+]?\d+)?|[-+]?\.inf|\.nan)$/i;

/**
 * The values of a front matter made only of `key: value` lines whose values
 * carry no YAML syntax (plain words, or a quoted string without escapes),
 * with no key twice: what YAML would read, without the parser. Anything else
 * gives undefined, and the YAML parser decides.
 */
export function plainFrontMatter(yaml: string): Map<string, string> | undefined {
  const values = new Map<string, string>();
  for (const line of yaml.split(/\r\n?|\n/)) {
    if (line.trim() === '') continue;
    // `key:`, a space or tab, then the value without its surrounding spaces and tabs (trimmed by hand: a regex
    // `[ \t]+(.*?)[ \t]*$` was quadratic on a long run of spaces). '.' never matched U+2028/U+2029: YAML decides those.
    const m = /^([A-Z_][\w-]*):[ \t]/i.exec(line);
    if (!m || values.has(m[1]!) || line.includes('\u2028') || line.includes('\u2029')) return undefined;
    const value = plainValue(trimSpacesAndTabs(line.slice(m[0].length)));
    if (value === undefined) return undefined;
    values.set(m[1]!, value);
  }
  return values;
}

/** One line's value as YAML reads it, when it carries no YAML syntax; undefined leaves it to the parser. */
function plainValue(value: string): string | undefined {
  if (/^"[^"\\]*"$/.test(value) || /^'[^']*'$/.test(value)) return value.slice(1, -1);
  if (FLOW_LIST_OF_WORDS.test(value)) {
    // tags: [chips, export-controls]: read as YAML would, then written as String(list) does.
    const items = value
      .slice(1, -1)
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== '');
    return items.some((item) => CORE_NON_STRING.test(item)) ? undefined : items.join(',');
  }
  if (value === '' || /^[-?:,[\]{}#&*!|>'"%@`]/.test(value) || /:(?:\s|$)|\s#/.test(value)) return undefined;
  // What YAML's core schema reads as null, a boolean or a number is left to it.
  if (CORE_NON_STRING.test(value)) return undefined;
  return value;
}

function trimSpacesAndTabs(text: string): string {
  let start = 0;
  let end = text.length;
  const blank = (c: number) => c === 32 || c === 9;
  while (start < end && blank(text.charCodeAt(start))) start++;
  while (end > start && blank(text.charCodeAt(end - 1))) end--;
  return text.slice(start, end);
}
