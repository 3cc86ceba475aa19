/**
 * An entity's card: what the record knows, with sources. `entityCardModel`
 * gives it as plain strings (the fact-card webview escapes them as HTML);
 * `entityCard` renders it as markdown for the CLI's `explain` and the hovers.
 *
 * Record text (the bundled record's and any workspace pack's: names,
 * descriptions, summaries, values, titles, publishers, URLs) is data, never
 * markup: in markdown every character that could open a link, an image, HTML,
 * emphasis or an autolink is escaped (`escapeMarkdown`), a source is linked
 * only when its URL is `https:` (`safeSourceLink`: percent-encoded so nothing
 * in it can close the link), the link's text is its host (never record text),
 * and link titles (tooltips) are escaped for their quotes.
 */
import { statusAt } from './kinds/status/compare';
import { displayDate, recordDateBounds } from './dates/dates';
import { sourcesOf, staleSince } from './findings/findings';
import type { OriginFact } from './record/load';
import { ATTRIBUTE_LABELS } from './record/attributes';
import type { RecordIndex } from './record/record-index';
import type { ExportStatus, Quantity } from './record/schema';
import { factBestTier, TIER_LABELS } from './record/tiers';
import type { SourceRef, SourceTier } from './types';
import { byText, withThousands } from './format';

export { ATTRIBUTE_LABELS };

export const STATUS_LABELS: Record<ExportStatus, string> = {
  unrestricted: 'No US licence needed',
  licence_required: 'US licence required; none granted',
  licensed: 'Exportable under US licences',
  approved_pending: 'Approved for approved customers; licences under review',
  prohibited: 'Not exportable',
  case_by_case: 'US licence required; reviewed case by case',
  import_blocked: 'China does not let it in',
  purchase_discouraged: 'Chinese guidance discourages buying it',
  import_conditional: 'China lets some buyers import it, with conditions',
  import_allowed: 'No Chinese import restriction',
};

const num = (n: number) => withThousands(n);

export function quantityText(q: Quantity): string {
  const unit = q.unit === 'count' ? '' : q.unit === '%' ? '%' : ` ${q.unit}`;
  return `${q.approximate ? '~' : ''}${num(q.amount)}${unit}${q.sparse !== undefined ? ` dense (${num(q.sparse)}${unit} sparse)` : ''}`;
}

export function factValueText(f: OriginFact, index: RecordIndex): string {
  switch (f.kind) {
    case 'quantity':
      return (
        quantityText(f.value) +
        (f.attribute === 'relative_performance' && f.relativeTo ? `× ${index.entityName(f.relativeTo)}` : '')
      );
    case 'category':
      return (
        (index.entities.has(f.value) ? index.entityName(f.value) : f.value) +
        (f.at ? ` at ${index.entityName(f.at)}` : '')
      );
    case 'event':
      return `${displayDate(f.date)}: ${f.summary}`;
    case 'status':
      return STATUS_LABELS[f.status];
  }
}

// ── record text as inert markdown ─────────────────────────────────────────

/** Control characters, line and paragraph separators, bidi controls: a card line is one line of plain text. */
const CONTROLS = /[\p{Cc}\u2028\u2029]+/gu;
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Record text as one line: newlines and other control characters become a space, bidi controls go. */
export function plainLine(text: string): string {
  return text.replace(CONTROLS, ' ').replace(BIDI, '');
}

/**
 * Escapes text so markdown (CommonMark + GFM, as VS Code's hovers and
 * markdown-it render it) shows it literally: no link, image, autolink, HTML,
 * entity, emphasis, code, strikethrough, table cell break or block marker.
 * Readable punctuation that can start nothing (, ; ' " ? % / ( ) !) stays as
 * it is; "(" and "!" are inert because every "[" is escaped.
 */
export function escapeMarkdown(text: string): string {
  return (
    plainLine(text)
      .replace(/[\\`*_{}[\]<>&|~@$]/g, '\\$&')
      // Autolinks (GFM, linkify): a scheme's "://", "www.", and a dot inside a domain name.
      .replace(/:(?=\/\/)/g, '\\:')
      .replace(/(?<=[\p{L}\p{N}])\.(?=\p{L})/gu, '\\.')
      // Block markers, in case the text starts a line: headings, lists, quotes, setext and table rules.
      .replace(/^(\s*)([#>+=-])/, '$1\\$2')
      .replace(/^(\s*\d+)([.)])/, '$1\\$2')
  );
}

/** A link title (the tooltip in `[text](url "title")`): every quote, bracket and backslash escaped. */
export function escapeLinkTitle(text: string): string {
  return plainLine(text).replace(/[\\"'()[\]<>&|`*_~]/g, '\\$&');
}

export interface SafeLink {
  /** The URL, normalised and percent-encoded: only letters, digits and - . _ ~ : / ? # @ ! $ & + , ; = % remain. */
  href: string;
  /** The host as shown (punycode, without a leading "www."). */
  host: string;
}

/**
 * A source URL that may be linked: `https:` only, with a host and no
 * credentials. Everything else (http:, and whatever a pack might try) is
 * shown as text, never linked.
 */
export function safeSourceLink(url: string): SafeLink | undefined {
  const parsed = parseUrl(url);
  if (!parsed || parsed.protocol !== 'https:' || !parsed.hostname || parsed.username || parsed.password)
    return undefined;
  const href = parsed.href.replace(/[^\w\-.~:/?#@!$&+,;=%]/g, (c) =>
    encodeURIComponent(c).replace(/[!'()*~]/g, (x) => `%${x.charCodeAt(0).toString(16).toUpperCase()}`),
  );
  return { href, host: displayHost(parsed.hostname) };
}

/** The host of any source URL, for text ("reuters.com"); undefined when the URL does not parse. */
export function sourceHost(url: string): string | undefined {
  const parsed = parseUrl(url);
  return parsed?.hostname ? displayHost(parsed.hostname) : undefined;
}

function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

const displayHost = (hostname: string) => hostname.replace(/^www\./i, '');

/**
 * "Title — Publisher ([host](https://…)), date": the source as a markdown line
 * item; the host is the link (not linked unless https). Record text never goes
 * inside a link's text: VS Code's renderer (marked) parses link text again
 * after removing its escapes, so an escaped `![](…)` there would become an image.
 */
export function sourceMarkdown(
  s: Pick<SourceRef, 'title' | 'publisher' | 'url' | 'date'> & { tier?: SourceTier },
): string {
  const link = safeSourceLink(s.url);
  const host = link?.host ?? sourceHost(s.url);
  const where = link
    ? ` ([${escapeMarkdown(link.host)}](${link.href}))`
    : host
      ? ` (${escapeMarkdown(host)}, not linked: not https)`
      : '';
  return `${escapeMarkdown(s.title)} — ${escapeMarkdown(s.publisher)}${where}${s.date ? `, ${s.date}` : ''}${s.tier ? ` · _${TIER_LABELS[s.tier]}_` : ''}`;
}

/** "major press", shown beside every source. */
export const tierText = (s: Pick<SourceRef, 'tier'>): string => TIER_LABELS[s.tier];

/** The host as a link with the source as its tooltip (`[reuters.com](https://… "Title — Publisher, date")`), or the host as text. */
export function compactSourceLink(s: Pick<SourceRef, 'title' | 'publisher' | 'url' | 'date'>): string {
  const link = safeSourceLink(s.url);
  const host = escapeMarkdown(link?.host ?? sourceHost(s.url) ?? 'source');
  if (!link) return host;
  return `[${host}](${link.href} "${escapeLinkTitle(`${s.title} — ${s.publisher}${s.date ? `, ${s.date}` : ''}`)}")`;
}

/** Each source as its host link with its tier beside it: "[tomshardware.com](…) _major press_". */
function sourceLinks(sources: SourceRef[], limit = 3): string {
  const shown = sources.slice(0, limit).map((s) => `${compactSourceLink(s)} _${tierText(s)}_`);
  return shown.join(' ') + (sources.length > limit ? ` +${sources.length - limit}` : '');
}

// ── the card ─────────────────────────────────────────────────────────────

export interface CardOptions {
  asOf: string;
  /** Hovers are narrow: fewer rows and no source list. */
  compact?: boolean;
}

/** An entity's card as plain strings (not escaped for anything). */
export interface CardModel {
  entityId: string;
  name: string;
  description: string;
  /** weak: the fact rests only on weak sources (its card row says "weakly sourced"). */
  specs: { label: string; value: string; disputed: boolean; weak: boolean; sources: SourceRef[] }[];
  /** China export status (US side) at the as-of date (when the record has a timeline for the entity), with its newest source. */
  status?: { asOf: string; text: string; confirmed?: string; stale?: boolean };
  /** China's import side at the as-of date, when the record has a timeline for it. */
  chinaImport?: { asOf: string; text: string; confirmed?: string; stale?: boolean };
  events: { date: string; summary: string; weak: boolean; sources: SourceRef[] }[];
  /** Events dated after the as-of date: shown apart, marked, never mixed into the timeline. */
  later: { date: string; summary: string; weak: boolean; sources: SourceRef[] }[];
  /** The record's review date and the newest source among this card's facts. */
  currency: { reviewed?: string; newestSource?: string };
  /** Events left out of a compact card. */
  moreEvents: number;
  /** Every source of the entity's facts (full cards only). */
  sources: SourceRef[];
}

export function entityCardModel(index: RecordIndex, entityId: string, options: CardOptions): CardModel | undefined {
  const entity = index.entities.get(entityId);
  if (!entity) return undefined;
  const facts = index.factsAbout(entityId);
  const variants = new Map(entity.variants.map((v) => [v.id, v.name]));
  const specs = facts
    .filter((f) => f.kind === 'quantity' || f.kind === 'category')
    .slice(0, options.compact ? 14 : 100)
    .map((f) => {
      const attribute = (f as { attribute: string }).attribute;
      const label = ATTRIBUTE_LABELS[attribute] ?? attribute;
      const variant = 'variant' in f && f.variant ? ` (${variants.get(f.variant) ?? f.variant})` : '';
      return {
        label: label + variant,
        value: factValueText(f, index),
        disputed: f.conflicts.length > 0,
        weak: factBestTier(f, index.sources) === 'weak',
        sources: sourcesOf([f], index),
      };
    });
  const sideStatus = (side: 'us-export' | 'china-import'): CardModel['status'] => {
    if (!index.statusTimeline(entityId).some((x) => x.side === side)) return undefined;
    const now = statusAt(index, entityId, options.asOf, side);
    return {
      asOf: options.asOf,
      text: now ? STATUS_LABELS[now.status] : 'not in the record',
      ...(now ? { confirmed: now.confirmed, stale: !!staleSince([now], options.asOf) } : {}),
    };
  };
  const status = sideStatus('us-export');
  const chinaImport = sideStatus('china-import');
  const dated = facts.flatMap((f) => (f.kind === 'event' ? [f] : [])).sort((a, b) => byText(a.date, b.date));
  const isLater = (date: string) => recordDateBounds(date).from > options.asOf;
  const allEvents = dated.filter((e) => !isLater(e.date));
  const laterEvents = dated.filter((e) => isLater(e.date));
  const shown = options.compact ? allEvents.slice(0, 8) : allEvents.slice(0, 100);
  const newestSource = facts
    .map((f) => f.confirmed)
    .sort()
    .pop();
  return {
    entityId,
    name: entity.name,
    description: entity.description,
    specs,
    ...(status ? { status } : {}),
    ...(chinaImport ? { chinaImport } : {}),
    events: shown.map((e) => ({
      date: displayDate(e.date),
      summary: e.summary,
      weak: factBestTier(e, index.sources) === 'weak',
      sources: sourcesOf([e], index),
    })),
    later: laterEvents.slice(0, options.compact ? 3 : 100).map((e) => ({
      date: displayDate(e.date),
      summary: e.summary,
      weak: factBestTier(e, index.sources) === 'weak',
      sources: sourcesOf([e], index),
    })),
    moreEvents: options.compact ? allEvents.length - shown.length : 0,
    sources: options.compact ? [] : sourcesOf(facts, index),
    currency: {
      ...(index.record.reviewed ? { reviewed: index.record.reviewed } : {}),
      ...(newestSource ? { newestSource } : {}),
    },
  };
}

/** The card in markdown, every piece of record text escaped (see the top of this file). */
export function entityCard(index: RecordIndex, entityId: string, options: CardOptions): string {
  const card = entityCardModel(index, entityId, options);
  if (!card) return `No entity “${escapeMarkdown(entityId)}” in the record.\n`;
  const cell = escapeMarkdown;
  const lines: string[] = [`**${cell(card.name)}** — ${cell(card.description)}`, ''];
  if (card.specs.length) {
    lines.push('| | Record | Sources |', '|---|---|---|');
    for (const s of card.specs)
      lines.push(
        `| ${cell(s.label)} | ${cell(s.value)}${s.disputed ? ' ⚠︎ disputed' : ''}${s.weak ? ' · weakly sourced' : ''} | ${sourceLinks(s.sources, 2)} |`,
      );
    lines.push('');
  }
  const known = (x: NonNullable<CardModel['status']>) =>
    x.confirmed ? ` (newest source ${displayDate(x.confirmed)}${x.stale ? '; as far as the record knows' : ''})` : '';
  if (card.status)
    lines.push(`**China export status on ${cell(card.status.asOf)}:** ${card.status.text}${known(card.status)}`, '');
  if (card.chinaImport)
    lines.push(
      `**China import status on ${cell(card.chinaImport.asOf)}:** ${card.chinaImport.text}${known(card.chinaImport)}`,
      '',
    );
  if (card.events.length) {
    lines.push('**Timeline**', '');
    for (const e of card.events)
      lines.push(
        `- ${e.date} — ${cell(e.summary)}${e.weak ? ' (weakly sourced)' : ''} ${sourceLinks(e.sources, 2)}`.trimEnd(),
      );
    if (card.moreEvents > 0) lines.push(`- … ${card.moreEvents} more (Fact Desk: Show fact card)`);
    lines.push('');
  }
  if (card.later.length) {
    lines.push(`**After ${displayDate(options.asOf)} (later than the draft’s as-of date)**`, '');
    for (const e of card.later) lines.push(`- ⏭ ${e.date} — ${cell(e.summary)} ${sourceLinks(e.sources, 2)}`.trimEnd());
    lines.push('');
  }
  if (card.currency.reviewed || card.currency.newestSource) {
    lines.push(
      `_Record reviewed ${card.currency.reviewed ? displayDate(card.currency.reviewed) : 'at an unstated date'}${card.currency.newestSource ? `; newest source for this card ${displayDate(card.currency.newestSource)}` : ''}._`,
      '',
    );
  }
  if (card.sources.length) {
    lines.push('**Sources**', '');
    for (const s of card.sources) lines.push(`- ${sourceMarkdown(s)}`);
  }
  return lines.join('\n').trimEnd() + '\n';
}

/**
 * One fact as markdown: the id a finding prints in brackets, what it says, when it holds, how current it is, and
 * every source with the sentence quoted. `factdesk explain FACT-ID` prints it before the entity's card.
 */
/** The entities a fact is about: an event's list, else its one entity. */
export const factEntities = (f: OriginFact): string[] => (f.kind === 'event' ? f.entities : [f.entity]);

export function factCard(index: RecordIndex, factId: string): string | undefined {
  const f = index.facts.get(factId);
  if (!f) return undefined;
  const cell = escapeMarkdown;
  const attribute = 'attribute' in f ? (ATTRIBUTE_LABELS[f.attribute] ?? f.attribute) : f.kind;
  const lines = [
    `**Fact ${cell(f.id)}** — ${cell(
      factEntities(f)
        .map((id) => index.entityName(id))
        .join(', '),
    )}, ${cell(attribute)}: ${cell(factValueText(f, index))}`,
    '',
  ];
  const from = f.valid?.from ? displayDate(f.valid.from) : undefined;
  const to = f.valid?.to ? displayDate(f.valid.to) : undefined;
  if (from || to) lines.push(`Holds ${from ? `from ${from}` : ''}${from && to ? ' ' : ''}${to ? `until ${to}` : ''}.`);
  if (f.confirmed) lines.push(`Newest source confirming it: ${displayDate(f.confirmed)}.`);
  if (f.conflicts.length) lines.push(`⚠︎ Sources disagree: ${f.conflicts.length} other value(s) are kept beside it.`);
  if (factBestTier(f, index.sources) === 'weak') lines.push('Weakly sourced: only weak pages support it.');
  lines.push('', '**Sources**', '');
  for (const s of sourcesOf([f], index))
    lines.push(`- ${sourceMarkdown(s)}${s.quote ? `\n  > ${cell(plainLine(s.quote))}` : ''}`);
  return lines.join('\n').trimEnd() + '\n';
}
