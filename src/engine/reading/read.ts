/**
 * Reading one sentence: the plain sentence, the sentence as the paragraph
 * means it (numbers in words, references resolved), and each clause
 * construction of either, all read by the same claim readers. Claims found in
 * a view are mapped back to the draft's words. When two readings attribute the
 * same words to different entities, the plain reading wins; if it has none,
 * nothing is claimed there.
 */
import type { Claim, SentenceContext } from '../claims/types';
import { isQuoted } from '../claims/types';
import type { DateExpr } from '../dates/dates';
import type { RawMention } from '../mentions/matcher';
import type { Span } from '../types';
import { constructionViews } from './constructions';
import { normalizeSentence, type Antecedents } from './normalize';
import { contiguousInDraft, insertedTail, mapSpan, type SentenceView } from './view';

export interface SentenceReader {
  /** A context for a text (the sentence or a view of it): mentions, dates and quotes found in that text. */
  context(text: string, mentions?: RawMention[], construction?: string): SentenceContext;
  /** Every claim reader, run on one context. */
  extract(ctx: SentenceContext): Claim[];
}

/** Claims with the construction that read them ("plain" for the sentence as written). */
export type ReadClaim = Claim & { construction: string };

/** Views built on views (a coordinated subject with a copula) go this deep at most. */
const MAX_DEPTH = 2;

export function readSentence(
  text: string,
  mentions: RawMention[],
  antecedents: Antecedents,
  reader: SentenceReader,
): ReadClaim[] {
  const plain = reader.context(text, mentions);
  const claims: ReadClaim[] = mentions.length
    ? reader.extract(plain).map((c) => ({ ...c, construction: 'plain' }))
    : [];
  /** Each view with the chain it was built on, innermost (closest to the sentence) last. */
  const pending: { chain: SentenceView[]; ctx: SentenceContext }[] = [];
  const normalized = normalizeSentence(text, mentions, antecedents);
  if (normalized) pending.push({ chain: [normalized], ctx: reader.context(normalized.text) });
  else pending.push({ chain: [], ctx: plain });
  for (let k = 0; k < pending.length; k++) {
    const { chain, ctx } = pending[k]!;
    if (!ctx.mentions.length) continue;
    if (chain.length) {
      for (const c of reader.extract(ctx)) {
        const mapped = mapClaim(c, chain, plain);
        if (!mapped) continue;
        const construction = chain
          .map((v) => v.construction)
          .reverse()
          .join('+');
        claims.push({ ...(construction.includes('ellipsis') ? ellipsisSpan(mapped, plain) : mapped), construction });
      }
    }
    if (chain.length - (normalized ? 1 : 0) >= MAX_DEPTH) continue;
    for (const view of constructionViews(ctx.text, ctx.mentions, ctx.dates))
      pending.push({ chain: [view, ...chain], ctx: reader.context(view.text, undefined, view.construction) });
  }
  return settle(claims);
}

/**
 * An elliptical claim ("The H20 can be exported, and so can the H800") is shown on its own subject's words
 * ("so can the H800"), not on the first subject's predicate, and offers no fix: the value's words are shared.
 */
function ellipsisSpan(c: Claim, plain: SentenceContext): Claim {
  const subject = plain.mentions.find((m) => m.entityId === c.entityId && m.start >= c.valueSpan.end);
  if (!subject) return { ...c, sharedValue: true };
  const lead = /(?:\band\s+)?\b(?:so|as)\s+\w+\s+(?:the\s+|Nvidia['’]s\s+)?$/i.exec(
    plain.text.slice(Math.max(0, subject.start - 30), subject.start),
  );
  const start = lead ? subject.start - lead[0].length : subject.start;
  return { ...c, sharedValue: true, span: { start, end: subject.end }, valueSpan: { start, end: subject.end } };
}

/** A span of the outermost view, in the sentence's offsets. */
function through(chain: SentenceView[], span: Span): Span | undefined {
  let at: Span | undefined = span;
  for (const view of chain) at = at && mapSpan(view, at);
  return at;
}

/** The value must be one stretch of the draft at every step, or a fix could not replace it. */
function contiguousThrough(chain: SentenceView[], span: Span): boolean {
  let at: Span | undefined = span;
  for (const view of chain) {
    if (!at || !contiguousInDraft(view, at)) return false;
    at = mapSpan(view, at);
  }
  return !!at;
}

function trimmed(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** A view's claim in the sentence's offsets; undefined when its value is not one stretch of the draft. */
function mapClaim(c: Claim, chain: SentenceView[], plain: SentenceContext): Claim | undefined {
  if (!contiguousThrough(chain, c.valueSpan)) return undefined;
  const span = through(chain, c.span);
  const valueSpan = through(chain, c.valueSpan);
  if (!span || !valueSpan) return undefined;
  // Only the innermost view (the sentence as the paragraph means it) inserts words that stand for a value.
  const tail = chain.length
    ? insertedTail(
        chain[chain.length - 1]!,
        chain.length > 1 ? (through(chain.slice(0, -1), c.valueSpan) ?? c.valueSpan) : c.valueSpan,
      )
    : '';
  const out = {
    ...c,
    ...(tail ? { fixSuffix: tail } : {}),
    span: trimmed(plain.text, { start: Math.min(span.start, valueSpan.start), end: Math.max(span.end, valueSpan.end) }),
    valueSpan: trimmed(plain.text, valueSpan),
  } as Claim;
  out.quoted = c.quoted || isQuoted(plain, out.span.start, out.span.end);
  if ('date' in c && c.date) {
    const d = through(chain, c.date);
    if (!d) return undefined;
    (out as { date?: DateExpr }).date = { ...c.date, start: d.start, end: d.end };
  }
  return out;
}
/** Coordination and ellipsis say the same words of several subjects: there the subject is part of the key. */
const distributive = (c: ReadClaim) => /coordination|ellipsis/.test(c.construction);
const valueKey = (c: ReadClaim) =>
  `${c.kind}|${c.valueSpan.start}|${c.valueSpan.end}|${'attribute' in c ? c.attribute : ''}|${distributive(c) ? c.entityId : ''}`;

/** One reading per value: the plain one first; readings that disagree on the entity cancel. */
function settle(claims: ReadClaim[]): ReadClaim[] {
  const byValue = new Map<string, ReadClaim[]>();
  for (const c of claims) (byValue.get(valueKey(c)) ?? byValue.set(valueKey(c), []).get(valueKey(c))!).push(c);
  const out: ReadClaim[] = [];
  for (const group of byValue.values()) {
    const plain = group.filter((c) => c.construction === 'plain');
    if (plain.length) {
      // "DeepSeek-V4's Flash version has …": the variant view names which form of the same product, so it refines
      // the plain reading of the product as a whole.
      const refined = group.find((c) => c.construction.startsWith('variant') && 'variantId' in c && c.variantId);
      out.push(...plain.map((c) => (refined && refined.entityId === c.entityId && !c.variantId ? refined : c)));
      continue;
    }
    const readings = new Map(
      group.map((c) => [`${c.entityId}|${'value' in c ? c.value : ''}|${'polarity' in c ? c.polarity : ''}`, c]),
    );
    if (readings.size === 1) out.push(group[0]!);
    // One view that itself read several subjects for the value ("… requires licences for the A100 and H100 in
    // August 2022"): the reader chose them together, so they stand together. Different views that disagree cancel.
    else if (new Set(group.map((c) => c.construction)).size === 1) out.push(...readings.values());
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
