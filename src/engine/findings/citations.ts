/**
 * Citations a newsroom can publish, as text: an inline link on the value (the default for web copy), or a
 * short numbered footnote (`[^1]`) whose definition follows the desk's house style ("Publisher, ‘Title’,
 * date"). Pure: the fronts pick the source and place the edits. Record text is escaped so a title with
 * brackets, quotes or asterisks cannot break the markdown it goes into.
 */
import { displayDate } from '../dates/dates';
import { escapeMarkdown } from '../cards';
import { isDescriptiveTitle } from '../record/tiers';

const WEB_LINK = /^https?:\/\/\S/i;

/** A source's URL in a footnote: an autolink for a web page; any other scheme (a pack's command:) as plain text. */
function urlText(url: string): string {
  return WEB_LINK.test(url) ? `<${url.replace(/[\s<>]/g, (c) => encodeURIComponent(c))}>` : escapeMarkdown(url);
}
import type { SourceRef } from '../types';

export type CitationForm = 'inline' | 'footnote';

/** The house style when the desk sets none: "US Bureau of Industry and Security, ‘Commerce Implements …’, 7 October 2022". */
export const DEFAULT_HOUSE_STYLE = '{publisher}, ‘{title}’, {date}';

/** The placeholders a house style may use. */
export const HOUSE_STYLE_FIELDS = ['publisher', 'title', 'date', 'url'] as const;

/** A house style's problem in words, or undefined when it can be used. */
export function houseStyleProblem(style: string): string | undefined {
  if (!style.trim()) return 'The house style is empty.';
  const unknown = [...style.matchAll(/\{([^{}]*)\}/g)]
    .map((m) => m[1]!)
    .filter((f) => !(HOUSE_STYLE_FIELDS as readonly string[]).includes(f));
  if (unknown.length)
    return `Unknown field ${unknown.map((f) => `{${f}}`).join(', ')}: use ${HOUSE_STYLE_FIELDS.map((f) => `{${f}}`).join(', ')}.`;
  if (!/\{(?:publisher|title)\}/.test(style)) return 'The house style names neither {publisher} nor {title}.';
  return undefined;
}

/** A URL as a markdown link destination: in angle brackets when it holds a space, a parenthesis or an angle bracket. */
export function linkDestination(url: string): string {
  const clean = url.replace(/[\s<>]/g, (c) => encodeURIComponent(c));
  return /[()]/.test(clean) ? `<${clean}>` : clean;
}

/**
 * The source in the house style, as markdown: fields escaped, an undated source without its date (and the
 * separator before it), `{url}` as an autolink. A style that cannot be used falls back to the default.
 */
export function houseStyleText(
  source: Pick<SourceRef, 'publisher' | 'title' | 'date' | 'url'>,
  style: string = DEFAULT_HOUSE_STYLE,
): string {
  const chosen = houseStyleProblem(style) ? DEFAULT_HOUSE_STYLE : style;
  // A description of the page ("Report on …", kept where the headline was not read) is never quoted as a headline.
  const template = isDescriptiveTitle(source.title) ? chosen.replace(/[‘“"']\{title\}[’”"']/g, '{title}') : chosen;
  const values: Record<string, string> = {
    publisher: escapeMarkdown(source.publisher.trim()),
    title: escapeMarkdown(source.title.trim()),
    date: source.date ? displayDate(source.date) : '',
    url: urlText(source.url),
  };
  // An empty field takes the punctuation that joined it with it ("…, ‘Title’, " without a date).
  let text = template.replace(/([,;:]?[ \t]{0,8})\{(publisher|title|date|url)\}/g, (_m, lead: string, field: string) =>
    values[field] ? lead + values[field] : '',
  );
  text = text
    .replace(/‘’|""|“”/g, '')
    .replace(/[ \t\r\n]+/g, ' ')
    .trim();
  return text.replace(/^[,;:]\s*/, '');
}

/** The footnote labels a draft already defines or uses, and the next free number. */
export function nextFootnoteNumber(text: string): number {
  let max = 0;
  for (const m of text.matchAll(/\[\^(\d{1,6})\]/g)) max = Math.max(max, Number(m[1]));
  return max + 1;
}

/** A footnote definition in the draft that already cites this URL, by its label (so the same source is cited once). */
export function footnoteFor(text: string, url: string): string | undefined {
  for (const m of text.matchAll(/^ {0,3}\[\^([^\]\s]+)\]:[^\r\n]*$/gm)) {
    if (m[0].includes(url)) return m[1];
  }
  return undefined;
}

export interface CitationText {
  /** What replaces the claim's value: `[value](url)`, or `value[^n]`. */
  value: string;
  /** For a footnote: its label (`1`) and the definition line to add, unless the draft defines one for the source already. */
  footnote?: { label: string; definition?: string };
}

/**
 * The text that cites `source` for `value` in `draft`: an inline link, or the next numbered footnote (the
 * label of an existing definition for the same URL is reused, and no second definition is written).
 */
export function citationText(
  value: string,
  source: Pick<SourceRef, 'publisher' | 'title' | 'date' | 'url'>,
  form: CitationForm,
  draft: string,
  houseStyle?: string,
): CitationText {
  // An inline link only to a web page (a pack could name any scheme: command:, javascript:); else a footnote.
  if (form === 'inline' && WEB_LINK.test(source.url)) return { value: `[${value}](${linkDestination(source.url)})` };
  const existing = footnoteFor(draft, source.url);
  if (existing) return { value: `${value}[^${existing}]`, footnote: { label: existing } };
  const label = String(nextFootnoteNumber(draft));
  const body = houseStyleText(source, houseStyle);
  const withUrl = (houseStyle && !houseStyleProblem(houseStyle) ? houseStyle : DEFAULT_HOUSE_STYLE).includes('{url}')
    ? body
    : `${body}, ${urlText(source.url)}`;
  return {
    value: `${value}[^${label}]`,
    footnote: { label, definition: `[^${label}]: ${withUrl}.`.replace(/\.\.$/, '.') },
  };
}

/** A source in one line for a picker or a fix title: publisher, then its date. */
export function sourceLabel(source: Pick<SourceRef, 'publisher' | 'date'>): string {
  return source.date ? `${source.publisher}, ${displayDate(source.date)}` : source.publisher;
}
