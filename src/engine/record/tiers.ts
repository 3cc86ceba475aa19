/**
 * Source tiers: every source's tier comes from the one publisher list
 * (data/record/publishers.yaml, plus packs' `publishers:`), found by the host of
 * its URL — never written by hand on the source.
 */
import type { CompiledRecord, OriginSource } from './load';
import type { Fact, Publisher, Source, Tier } from './schema';

/** "/a/b//" → "/a/b" (a loop, not /\/+$/, which the regexp lint rightly calls quadratic on a run of slashes). */
function withoutTrailingSlashes(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 47) end--;
  return s.slice(0, end);
}

/** Best first. */
export const TIERS: readonly Tier[] = ['primary', 'major-press', 'named-outlet', 'weak'];
export const TIER_RANK: Record<Tier, number> = { primary: 0, 'major-press': 1, 'named-outlet': 2, weak: 3 };
/** As a reader sees it beside a source. */
export const TIER_LABELS: Record<Tier, string> = {
  primary: 'primary',
  'major-press': 'major press',
  'named-outlet': 'named outlet',
  weak: 'weak',
};

/** The better of two tiers. */
export const betterTier = (a: Tier, b: Tier): Tier => (TIER_RANK[a] <= TIER_RANK[b] ? a : b);

interface Parsed {
  host: string;
  path: string;
}

function parseUrl(url: string): Parsed | undefined {
  try {
    const u = new URL(url);
    return { host: u.hostname.toLowerCase().replace(/\.$/, ''), path: decodeURI(u.pathname) };
  } catch {
    return undefined;
  }
}

/** How specific `pattern` is for this URL (host labels × 1000 + path length), or -1 when it does not match. */
export function patternMatch(pattern: string, url: string): number {
  const p = parseUrl(url);
  if (!p) return -1;
  const slash = pattern.indexOf('/');
  const host = slash < 0 ? pattern : pattern.slice(0, slash);
  const prefix = slash < 0 ? '' : withoutTrailingSlashes(pattern.slice(slash));
  if (p.host !== host && !p.host.endsWith(`.${host}`)) return -1;
  if (prefix) {
    const path = p.path.toLowerCase();
    const want = prefix.toLowerCase();
    if (path !== want && !path.startsWith(`${want}/`)) return -1;
  }
  return host.split('.').length * 1000 + prefix.length;
}

/** The publisher whose most specific host pattern matches the URL. */
export function publisherFor<P extends Pick<Publisher, 'hosts'>>(url: string, publishers: Iterable<P>): P | undefined {
  let best: P | undefined;
  let score = -1;
  for (const pub of publishers) {
    for (const pattern of pub.hosts) {
      const s = patternMatch(pattern, url);
      if (s > score) {
        score = s;
        best = pub;
      }
    }
  }
  return best;
}

export type TierResolution =
  | { ok: true; publisher: Publisher; tier: Tier; why: string }
  | { ok: false; message: string; field: 'url' | 'syndicatedFrom' };

/**
 * The tier of a source: its host's publisher's; a syndicated copy on a named outlet takes
 * the tier of the publisher whose text it carries; a copy (copyOf, or on a copy host) is weak.
 */
export function resolveTier(
  source: Pick<Source, 'url' | 'syndicatedFrom' | 'copyOf'>,
  publishers: Map<string, Publisher>,
): TierResolution {
  const pub = publisherFor(source.url, publishers.values());
  if (!pub) {
    const host = parseUrl(source.url)?.host ?? source.url;
    return {
      ok: false,
      field: 'url',
      message: `no publisher for host "${host}" in the publisher list: add it under publishers: (the bundled list is data/record/publishers.yaml) with its tier`,
    };
  }
  if (source.copyOf) return { ok: true, publisher: pub, tier: 'weak', why: `a copy of ${source.copyOf}` };
  if (source.syndicatedFrom) {
    const wire = publishers.get(source.syndicatedFrom);
    if (!wire)
      return {
        ok: false,
        field: 'syndicatedFrom',
        message: `unknown publisher "${source.syndicatedFrom}" (syndicatedFrom names a publisher id of the publisher list)`,
      };
    if (pub.tier === 'weak' || pub.copies)
      return { ok: true, publisher: pub, tier: 'weak', why: `${wire.name} text on ${pub.name}, not a named outlet` };
    return {
      ok: true,
      publisher: pub,
      tier: betterTier(pub.tier, wire.tier),
      why: `${wire.name} syndicated on ${pub.name}`,
    };
  }
  if (pub.copies) return { ok: true, publisher: pub, tier: 'weak', why: `${pub.name} copies other publishers' text` };
  return { ok: true, publisher: pub, tier: pub.tier, why: pub.name };
}

/** The best tier among a fact's main citations (sources cited only for a conflicting value do not count). */
export function factBestTier(fact: Pick<Fact, 'citations'>, sources: Map<string, Pick<OriginSource, 'tier'>>): Tier {
  let best: Tier = 'weak';
  for (const c of fact.citations) {
    const s = sources.get(c.source);
    if (s && TIER_RANK[s.tier] < TIER_RANK[best]) best = s.tier;
  }
  return best;
}

export interface TierStats {
  facts: number;
  /** Facts by the best tier among their main citations. */
  factsByBestTier: Record<Tier, number>;
  sources: number;
  sourcesByTier: Record<Tier, number>;
}

export function tierStats(record: Pick<CompiledRecord, 'facts' | 'sources'>): TierStats {
  const sources = new Map(record.sources.map((s) => [s.id, s]));
  const zero = (): Record<Tier, number> => ({ primary: 0, 'major-press': 0, 'named-outlet': 0, weak: 0 });
  const factsByBestTier = zero();
  for (const f of record.facts) factsByBestTier[factBestTier(f, sources)]++;
  const sourcesByTier = zero();
  for (const s of record.sources) sourcesByTier[s.tier]++;
  return { facts: record.facts.length, factsByBestTier, sources: record.sources.length, sourcesByTier };
}

export interface ConsistencyProblem {
  check: 'tier-resolved' | 'copy-of-cited-original' | 'placeholder-title';
  /** "file:line" of the source. */
  origin: string;
  sourceId: string;
  message: string;
}

/** A URL compared as the same page: no scheme, no www., no trailing slash, host in lowercase. */
function samePage(url: string): string {
  const p = parseUrl(url);
  return p ? `${p.host.replace(/^www\./, '')}${withoutTrailingSlashes(p.path)}` : url;
}
const sameTitle = (t: string) =>
  t
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * Marks of a title that stands in for a headline nobody read ("(slug) …", "(headline not shown …)",
 * "… (title from URL slug)") or that was cut off ("…"). Such a title shows in hovers, cards and
 * inserted citations as if it were the headline, so the record refuses it: put in the headline as
 * published, or, when the page shows none, an honest description (publisher, section, date, subject).
 */
const PLACEHOLDER_TITLE_MARKS: readonly [RegExp, string][] = [
  [/\(slug\)/i, 'is a URL slug'],
  [/headline not (?:shown|read|found)/i, 'says the headline was not shown'],
  [/\((?:[^()]*[\s;,])?title from (?:the )?URL/i, 'says it was made from the URL'],
  [/\((?:[^()]*[\s;,])?URL slug/i, 'says it was made from the URL slug'],
  [/^\(/, 'opens with a parenthesis'],
  [/(?:…|\.\.\.)$/, 'is cut off'],
];

/**
 * A dateNote saying the title was made from the page's URL or paraphrased ("Title from the URL",
 * "Date and title from the URL path", "title taken from the URL slug", "title paraphrased"): such a
 * title reads like a headline nobody read, unless it is plainly a description of the page.
 */
const TITLE_FROM_URL_NOTE =
  /\btitle\s+(?:[^\s.;]+\s+)*?from\s+(?:the\s+)?URL\b|\btitle\s+(?:(?:is|was|had been)\s+)?paraphrased\b/i;

/**
 * An honest description of a page rather than its headline: it opens with what the page is — "Report on …",
 * "Bloomberg report on …", "Client alert on …", "Report (Spanish) on …", "Copy of a …", "Photo tour of …",
 * "Topic page 'Exports to China' (…)". Only capitalised words (a publisher, "Client", "Photo") may come
 * before the kind of page, so a headline such as "Trump's tariff report on chips sparks a sell-off" is not one.
 */
// Case-sensitive on purpose: the words before the kind of page must be capitalised.
const DESCRIPTIVE_TITLE =
  /^(?:[A-Z][\w.'’&-]*,?\s+){0,3}(?:[Rr]eport|[Aa]lert|[Ee]xplainer|[Cc]opy|[Rr]ewrite|[Rr]eprint|[Gg]uide|[Tt]our|[Ii]tem|[Pp]age|[Ss]ummary|[Nn]ote|[Rr]elease|[Ss]tatement|[Pp]ost|[Tt]ranscript|[Ll]isting|[Oo]verview)s?(?:\s+'[^']*')?(?:\s*\([^()]*\))?,?\s+(?:on|of|about|to|relaying|from)\b/;

/** Whether a title describes its page (see DESCRIPTIVE_TITLE) rather than standing as its headline. */
export function isDescriptiveTitle(title: string): boolean {
  return DESCRIPTIVE_TITLE.test(title.trim());
}

/**
 * Why a source title looks like a placeholder rather than a headline or an honest description; undefined when it
 * does not. With the source's dateNote, a title the note says was made from the URL (or paraphrased) counts as a
 * placeholder too, unless it is a description of the page.
 */
export function placeholderTitleReason(title: string, dateNote?: string): string | undefined {
  const mark = PLACEHOLDER_TITLE_MARKS.find(([m]) => m.test(title.trim()))?.[1];
  if (mark) return mark;
  if (dateNote && TITLE_FROM_URL_NOTE.test(dateNote) && !isDescriptiveTitle(title)) {
    return 'was made from the URL (or paraphrased), as its dateNote says, and reads like a headline';
  }
  return undefined;
}

/**
 * The record's own checks on its sources (`factdesk record test`): every source's tier is the one
 * the publisher list gives; no source is a copy (a mirror host, or copyOf) of a page the record cites itself;
 * no title is a placeholder for a headline not read.
 */
export function sourceConsistency(record: Pick<CompiledRecord, 'publishers' | 'sources'>): ConsistencyProblem[] {
  const problems: ConsistencyProblem[] = [];
  const publishers = new Map(record.publishers.map((p) => [p.id, p]));
  const at = (s: OriginSource) => `${s.origin.file}:${s.origin.line}`;
  for (const s of record.sources) {
    const r = resolveTier(s, publishers);
    const placeholder = placeholderTitleReason(s.title, s.dateNote);
    if (placeholder) {
      problems.push({
        check: 'placeholder-title',
        origin: at(s),
        sourceId: s.id,
        message: `title "${s.title}" ${placeholder}: give the headline as published or, when the page shows none, an honest description`,
      });
    }
    if (!r.ok) problems.push({ check: 'tier-resolved', origin: at(s), sourceId: s.id, message: r.message });
    else if (r.tier !== s.tier || r.publisher.id !== s.publisherId) {
      problems.push({
        check: 'tier-resolved',
        origin: at(s),
        sourceId: s.id,
        message: `carries tier ${s.tier} (publisher "${s.publisherId}") but the publisher list gives ${r.tier} (publisher "${r.publisher.id}")`,
      });
    }
  }
  const isCopy = (s: OriginSource) => !!s.copyOf || !!publishers.get(s.publisherId)?.copies;
  const byPage = new Map(record.sources.map((s) => [samePage(s.url), s]));
  const originals = new Map(record.sources.filter((s) => !isCopy(s)).map((s) => [sameTitle(s.title), s]));
  for (const s of record.sources) {
    if (!isCopy(s)) continue;
    const original = (s.copyOf ? byPage.get(samePage(s.copyOf)) : undefined) ?? originals.get(sameTitle(s.title));
    if (original && original.id !== s.id) {
      problems.push({
        check: 'copy-of-cited-original',
        origin: at(s),
        sourceId: s.id,
        message: `is a copy of "${original.id}" (${original.url}), which the record cites: cite the original instead`,
      });
    }
  }
  return problems;
}
