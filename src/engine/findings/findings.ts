/**
 * Comparisons → findings: message, severity, sources, fix and citation.
 * Severity comes from the verdict; a quotation is information at most.
 */
import type { Claim } from '../claims/types';
import type { Comparison } from '../kinds/comparison';
import { kindById } from '../kinds/registry';
import { displayDate, relativeDateRead } from '../dates/dates';
import type { OriginFact } from '../record/load';
import { timeDependent, type RecordIndex } from '../record/record-index';
import { isDescriptiveTitle, TIER_RANK } from '../record/tiers';
import { oneRowMessage } from './message';
// Used inside functions only (cards.ts imports this module too): record text as inert markdown.
import { plainLine, safeSourceLink } from '../cards';
import type { Finding, Provenance, Severity, SourceRef, SourceTier, Verdict } from '../types';

export const SEVERITY_BY_VERDICT: Record<Verdict, Severity> = {
  contradicted: 'error',
  outdated: 'warning',
  disputed: 'information',
  supported: 'hint',
  unknown: 'hint',
};

/** A finding before line/character ranges are attached (those depend on where the paragraph sits). */
export type LocalFinding = Omit<Finding, 'range' | 'fix'> & { fix?: Omit<NonNullable<Finding['fix']>, 'range'> };

/** Per record, the source lists already built, by fact ids: findings of one fact share one (read-only) list. */
const sourceLists = new WeakMap<RecordIndex, Map<string, SourceRef[]>>();

/** A page with a real title before a slug-like one ("(untitled…)"), at equal tier. */
/** A page whose headline was not read (its title a description, or an old "(slug …)") is cited after those with one. */
const slugPenalty = (title: string) => (/^\(/.test(title) || isDescriptiveTitle(title) ? 5_000 : 0);

/**
 * The facts' sources, best first: by tier (primary, major press, named outlet, weak), the
 * values' own citations before those of conflicting values, pages with their headline before described ones.
 */
export function sourcesOf(facts: OriginFact[], index: RecordIndex): SourceRef[] {
  let lists = sourceLists.get(index);
  if (!lists) sourceLists.set(index, (lists = new Map()));
  const key = facts.map((f) => f.id).join('\u0000');
  const known = lists.get(key);
  if (known) return known;
  const seen = new Map<string, { source: SourceRef; rank: number }>();
  let order = 0;
  for (const conflict of [false, true]) {
    for (const f of facts) {
      for (const c of conflict ? f.conflicts.flatMap((x) => x.citations) : f.citations) {
        const s = index.sources.get(c.source);
        if (!s || seen.has(s.id)) continue;
        const rank = TIER_RANK[s.tier] * 100_000 + (conflict ? 50_000 : 0) + slugPenalty(s.title) + order++;
        seen.set(s.id, {
          source: {
            id: s.id,
            tier: s.tier,
            title: s.title,
            publisher: s.publisher,
            url: s.url,
            date: s.date,
            quote: c.quote,
          },
          rank,
        });
      }
    }
  }
  const list = [...seen.values()].sort((a, b) => a.rank - b.rank).map((x) => x.source);
  lists.set(key, list);
  return list;
}

/** The best tier among the facts' main citations (a conflicting value's sources do not count); weak when none resolve. */
export function bestTierOf(facts: OriginFact[], index: RecordIndex): SourceTier {
  let best: SourceTier = 'weak';
  for (const f of facts) {
    for (const c of f.citations) {
      const s = index.sources.get(c.source);
      if (s && TIER_RANK[s.tier] < TIER_RANK[best]) best = s.tier;
    }
  }
  return best;
}

/**
 * A fact's own sources (main citations only), strongest first: by tier, a real title before a slug, a dated
 * page before an undated one, then as listed. What "Replace and cite" offers, the first one by default.
 */
export function citationSources(fact: OriginFact, index: RecordIndex): SourceRef[] {
  const ranked: { source: SourceRef; rank: number }[] = [];
  const seen = new Set<string>();
  fact.citations.forEach((c, i) => {
    const s = index.sources.get(c.source);
    if (!s || seen.has(s.id)) return;
    seen.add(s.id);
    const rank = TIER_RANK[s.tier] * 100_000 + slugPenalty(s.title) + (s.date ? 0 : 1_000) + i;
    ranked.push({
      source: {
        id: s.id,
        tier: s.tier,
        title: s.title,
        publisher: s.publisher,
        url: s.url,
        date: s.date,
        quote: c.quote,
      },
      rank,
    });
  });
  return ranked.sort((a, b) => a.rank - b.rank).map((x) => x.source);
}

/** Per record, each fact's fix sources and citation, built once: they depend on the record only. */
const fixSources = new WeakMap<
  RecordIndex,
  WeakMap<OriginFact, { cited: SourceRef[]; citation: ReturnType<typeof citationFor> }>
>();

/**
 * The sources and citation a fix to a fact's value offers (citationSources, citationFor), one shared (read-only)
 * pair per fact: building them parsed the source's URL for every finding, a quarter of a finding's cost.
 */
function fixSourcesOf(
  fact: OriginFact,
  index: RecordIndex,
): { cited: SourceRef[]; citation: ReturnType<typeof citationFor> } {
  let known = fixSources.get(index);
  if (!known) fixSources.set(index, (known = new WeakMap()));
  // By the fact itself, not its id: a pack's fact may share the id of the bundled one it replaced.
  let pair = known.get(fact);
  if (!pair) {
    const cited = citationSources(fact, index);
    pair = { cited, citation: citationFor(fact.id, cited[0]) };
    known.set(fact, pair);
  }
  return pair;
}

/** The strongest of a fact's own sources (main citations only): what "Replace and cite" cites unless another is picked. */
export function strongestSource(fact: OriginFact, index: RecordIndex): SourceRef | undefined {
  return citationSources(fact, index)[0];
}

const provenances = new WeakMap<RecordIndex, Map<string, Provenance>>();

/** Where the fact a finding rests on comes from (one shared object per fact and record). */
function provenanceOf(primary: OriginFact | undefined, index: RecordIndex): Provenance {
  let known = provenances.get(index);
  if (!known) provenances.set(index, (known = new Map()));
  const key = primary?.id ?? '';
  let p = known.get(key);
  if (!p) {
    p = primary
      ? {
          origin: primary.origin.file === 'bundled' ? `bundled@${index.version}` : primary.origin.file,
          line: primary.origin.line,
        }
      : { origin: `bundled@${index.version}` };
    known.set(key, p);
  }
  return p;
}

/**
 * Record text as the draft receives it from a fix (a recorded value, a footnote's title and
 * publisher): one line, with the characters that could make pack text a link, an image, HTML, code
 * or a table cell break in the preview escaped, and no autolink. Record values and titles ("141 GB",
 * "$5.5 billion", "Caliber.az") hold none of them and are written as they are.
 */
export function inertInDraft(text: string): string {
  return plainLine(text)
    .replace(/[\\`[\]<>|*_~@]/g, '\\$&')
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/\b(www)\./gi, '$1\\.');
}

export function citationFor(
  factId: string,
  source: SourceRef | undefined,
): { label: string; text: string; url: string } | undefined {
  if (!source) return undefined;
  const label = `fd-${factId.replace(/[^a-z0-9-]+/gi, '-')}`;
  // Written into the draft as markdown (a footnote): pack text in it must stay text in the preview, and
  // only an https URL is an autolink (percent-encoded, so no ">" can end it).
  const href = safeSourceLink(source.url)?.href;
  const where = href ? `<${href}>` : inertInDraft(source.url);
  const text = `${inertInDraft(source.title)}, ${inertInDraft(source.publisher)}${source.date ? `, ${source.date}` : ''}. ${where}`;
  return { label, text, url: source.url };
}

/** The entity a claim is about as a sentence names it: "the Nvidia H200", "Alibaba", "the deal". */
function whoOf(claim: Claim, index: RecordIndex): string {
  const entity = index.entities.get(claim.entityId);
  const variant = claim.variantId ? entity?.variants.find((v) => v.id === claim.variantId)?.name : undefined;
  if (variant) return `the ${variant}`;
  // 'deal' is the revenue-share readers' stand-in for the deal a share belongs to (not a record entity).
  if (claim.entityId === 'deal') return 'the deal';
  const article = entity && ['chip', 'system', 'rule', 'report'].includes(entity.kind) ? 'the ' : '';
  return `${article}${index.entityName(claim.entityId)}`;
}

/** What a claim is about, for a reader: "the Nvidia H200's memory" (its kind's wording). */
export function subjectOf(claim: Claim, index: RecordIndex): string {
  return kindById(claim.kind).wording.subject(claim, whoOf(claim, index), index);
}

/** An entity's short name: "H200" for "Nvidia H200" (an alias the name ends with), else the name. */
export function shortNameOf(entityId: string, index: RecordIndex): string {
  const e = index.entities.get(entityId);
  if (!e) return index.entityName(entityId);
  const short = e.aliases.filter((a) => a.length >= 2 && a.length < e.name.length && e.name.endsWith(` ${a}`));
  // "Malaysia's AI-chip permit requirement (Strategic Trade Controller Directive No. 1/2025)": a row has no room
  // for the parenthesis (the hover's detail keeps the full name).
  const bracket = e.name.endsWith(')') ? e.name.lastIndexOf(' (') : -1;
  const unbracketed = bracket >= 8 ? e.name.slice(0, bracket).trimEnd() : undefined;
  return short.sort((a, b) => a.length - b.length)[0] ?? unbracketed ?? e.name;
}

/** What a claim is about, in a row: "H200 memory", "H20 China status", "Qwen maker". */
export function rowSubjectOf(claim: Claim, index: RecordIndex): string {
  const entity = index.entities.get(claim.entityId);
  const variant = claim.variantId ? entity?.variants.find((v) => v.id === claim.variantId)?.name : undefined;
  const who = variant ?? (claim.entityId === 'deal' ? '' : shortNameOf(claim.entityId, index));
  const subject = kindById(claim.kind).wording.rowSubject(claim, who, index, (id) => shortNameOf(id, index));
  return subject.charAt(0).toUpperCase() + subject.slice(1);
}

/** A relative date is always said as read: "in December" could be either of two Decembers. */
function relativeReading(claim: Claim): string {
  const date = kindById(claim.kind).wording.dateOf?.(claim);
  const read = date && relativeDateRead(date);
  return read ? ` Read “${date.text.replace(/\s+/g, ' ')}” as ${read}.` : '';
}

/** The newest confirmation of the time-dependent facts current at the as-of date, when the as-of date is past it. */
export function staleSince(facts: OriginFact[], asOf: string): string | undefined {
  const current = facts.filter(
    (f) => timeDependent(f) && (!f.valid?.to || asOf < f.valid.to) && (!f.valid?.from || f.valid.from <= asOf),
  );
  if (!current.length) return undefined;
  const newest = current
    .map((f) => f.confirmed)
    .sort()
    .pop()!;
  // A confirmation of a month or year covers the whole of it.
  const end = newest.length === 4 ? `${newest}-12-31` : newest.length === 7 ? `${newest}-31` : newest;
  return asOf > end ? newest : undefined;
}

export function buildFinding(
  claim: Claim,
  comparison: Comparison,
  text: string,
  asOf: string,
  index: RecordIndex,
): LocalFinding {
  const primary = comparison.facts[0];
  const stale = staleSince(comparison.facts, asOf);
  const factId = primary?.id ?? '';
  const sources = sourcesOf(comparison.facts, index);
  // Markup and `&nbsp;` are blanked to spaces of their length ("96 *GB*", "96&nbsp;GB"): one space is what a reader sees.
  const claimText = text.slice(claim.span.start, claim.span.end).replace(/ {2,}/g, ' ');
  const sourceTier = bestTierOf(comparison.facts, index);
  const weak = sourceTier === 'weak' && comparison.facts.length > 0;
  let severity = SEVERITY_BY_VERDICT[comparison.verdict];
  // A value only weak pages give is not enough to call a draft wrong: a warning at most.
  if (weak && severity === 'error') severity = 'warning';
  if (claim.quoted && (severity === 'error' || severity === 'warning')) severity = 'information';
  const wording = kindById(claim.kind).wording;
  const valueWords = text.slice(claim.valueSpan.start, claim.valueSpan.end);
  // Words broken over lines in the draft are quoted on one line.
  const oneLine = (words: string) => words.replace(/\s+/g, ' ');
  const draftSays =
    wording.quotes === 'claim-alone'
      ? `Draft says “${oneLine(claimText)}”`
      : `Draft says “${oneLine(wording.quotes === 'claim' ? claimText : valueWords)}” for ${subjectOf(claim, index)}`;
  const verdictWords: Record<Verdict, string> = {
    contradicted: '',
    outdated: 'Outdated: ',
    disputed: 'Disputed: ',
    supported: 'Supported: ',
    unknown: '',
  };
  // "its Qwen", "the chip": the words a reference stands for are named, so the message says what was read.
  const referent = wording.referent?.(claim, valueWords, index);
  const readAs = referent ? ` (read as ${index.entityName(referent)})` : '';
  const detail =
    (comparison.verdict === 'unknown'
      ? `${claim.quoted ? 'In a quotation: ' : ''}Not in the record: ${draftSays}${readAs}; the record holds no value for this (as of ${asOf}).`
      : `${claim.quoted ? 'In a quotation: ' : ''}${verdictWords[comparison.verdict]}${draftSays}${readAs}; the record says ${comparison.recorded} (as of ${asOf}).` +
        (comparison.detail ? ` ${comparison.detail}` : '') +
        relativeReading(claim) +
        (stale ? ` This is as far as the record knows; newest source ${displayDate(stale)}.` : '')) +
    (weak && comparison.verdict !== 'unknown'
      ? ' Weakly sourced: the record has only weak sources for this (aggregators, wikis, copies); check a primary source.'
      : '');
  // A quotation is the speaker's words: shown, never rewritten.
  const fix =
    comparison.replacement !== undefined &&
    !claim.quoted &&
    !claim.sharedValue &&
    (comparison.verdict === 'contradicted' || comparison.verdict === 'outdated')
      ? (() => {
          const { cited, citation } = fixSourcesOf(comparison.replacementFact ?? primary!, index);
          return {
            span: claim.valueSpan,
            newText: inertInDraft(keepPreposition(valueWords, comparison.replacement!)) + (claim.fixSuffix ?? ''),
            citation,
            sources: cited,
          };
        })()
      : undefined;
  const shortName = (id: string) => shortNameOf(id, index);
  const claimed = wording.claimed(claim, valueWords);
  const subject = rowSubjectOf(claim, index);
  const brief =
    !comparison.facts.length || comparison.verdict === 'unknown'
      ? ''
      : wording.brief(claim, comparison, index, shortName);
  // A superlative names a chip (its kind says so); a reference ("its") is said as read, with the draft's word.
  const draft =
    wording.messageDraft?.(claim, shortName, valueWords) ??
    (referent ? `${shortName(referent)} (“${valueWords}”)` : undefined);
  const message = oneRowMessage({
    subject,
    verdict: comparison.verdict,
    kind: claim.kind,
    claimed,
    brief,
    quoted: claim.quoted,
    weak,
    ...(draft ? { draft } : {}),
  });
  return {
    claimed,
    subject,
    brief,
    detail,
    reading: claim.construction && claim.construction !== 'plain' ? claim.construction : undefined,
    span: claim.span,
    kind: claim.kind,
    verdict: comparison.verdict,
    severity,
    claim: claimText,
    recorded: comparison.recorded,
    message,
    factId,
    entityId: claim.entityId,
    sources,
    sourceTier: comparison.facts.length ? sourceTier : undefined,
    ...(fix ? { fix: fix.citation ? fix : { span: fix.span, newText: fix.newText } } : {}),
    quoted: claim.quoted,
    provenance: provenanceOf(primary, index),
    ...(primary ? { confirmed: primary.confirmed } : {}),
  };
}

/**
 * A date's fix keeps the draft's preposition when the read words began with one: "released in January" becomes
 * "released in February 2026", "on Tuesday" becomes "on 12 January 2026" (a day takes "on", a month or year "in").
 */
function keepPreposition(draftWords: string, replacement: string): string {
  const prep = /^(in|on|by|before|after|since|until|from|during)\s/i.exec(draftWords);
  if (!prep || /^(?:in|on|by|before|after|since|until|from|during)\s/i.test(replacement)) return replacement;
  const word = prep[1]!;
  const lower = word.toLowerCase();
  const said =
    lower === 'in' || lower === 'on'
      ? /\b\d{1,2}\b/.test(replacement.replace(/\b\d{4}\b/g, ''))
        ? 'on'
        : 'in'
      : lower;
  return `${word[0] === word[0]!.toUpperCase() ? said[0]!.toUpperCase() + said.slice(1) : said} ${replacement}`;
}
