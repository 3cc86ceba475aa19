/**
 * A figure said only as a multiple of another chip's: "The H200 has twice as much memory as the H100", "the B200
 * offers more than twice the memory bandwidth of the H100 SXM", "the H20 draws half the power of the H100 SXM". The
 * sentence writes no number, so the other chip's figure comes from the record; the subject's is implied (compared
 * with a fifth's tolerance either way, as every multiple in prose is a round figure) and offers no fix. Nothing is
 * claimed when the record holds no figure, or figures too far apart, for the other chip, or the construction is not
 * clear: a negation, a hypothetical, a question, a figure written in the clause, or "N times more" (three or four?).
 */
import type { RawMention } from '../../mentions/matcher';
import { numberFromWords } from '../../nlp/nlp';
import type { Quantity, QuantityAttribute } from '../../record/schema';
import { unitDef } from '../../record/units';
import {
  clauseOf,
  isQuoted,
  negatedBetween,
  type Hedge,
  type QuantityClaim,
  type SentenceContext,
} from '../../claims/types';
import { validAt } from '../comparison';
import { canonical } from './compare';

const FACTOR = String.raw`(?<![\d.])(\d{1,3}(?:\.\d+)?\s*%\s+of|\b(?:(?:a|one)[\s-](?:third|quarter|fifth|tenth)\s+of|(?:two[\s-]thirds|three[\s-]quarters)\s+of|twice|double|triple|half|doubles|doubled|triples|tripled|quadruples|quadrupled|halves|halved|(?:\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|ten)(?:\s+and\s+a\s+half)?\s+times))`;
const HEDGE = String.raw`(?:\b(about|around|roughly|some|approximately|nearly|almost|close\s+to|just\s+under|more\s+than|well\s+over|over|upwards\s+of|at\s+least|less\s+than|well\s+under|under|barely)\s+)?`;
/** The nouns of a figure a chip has, most specific first (group names are the attributes). */
const NOUN = String.raw`(memory\s+bandwidth|HBM\s+bandwidth|bandwidth|NVLink(?:\s+bandwidth)?|interconnect\s+bandwidth|memory(?:\s+capacity)?|HBM|power(?:\s+draw)?|TDP|transistors)`;
const LEAD_TO_CHIP = String.raw`(?:the\s+|an?\s+|Nvidia['’]s\s+|Huawei['’]s\s+|AMD['’]s\s+)*`;
/** "twice as much memory as the", "twice as many transistors as an": the other chip follows. */
const AS_MUCH_AS = new RegExp(
  String.raw`${HEDGE}${FACTOR}\s+as\s+(?:much|many)\s+${NOUN}\s+as\s+${LEAD_TO_CHIP}$`,
  'i',
);
/** "three times the memory bandwidth of the", "half the power of the". */
const THE_NOUN_OF = new RegExp(
  String.raw`${HEDGE}${FACTOR}\s+(?:the\s+)?${NOUN}\s+(?:of|that\s+of)\s+${LEAD_TO_CHIP}$`,
  'i',
);
/** "twice the H100's memory": the other chip before its noun. */
const THE_CHIPS = new RegExp(String.raw`${HEDGE}${FACTOR}\s+${LEAD_TO_CHIP}$`, 'i');
const POSSESSIVE_NOUN = new RegExp(String.raw`^['’]s\s+${NOUN}\b`, 'i');
/** The other chip's possessive with no noun: "… twice the H100's." */
const POSSESSIVE_ALONE = /^['’]s?(?=\s*(?:[.,;:)]|$)|\s+(?:and|but|while|which|or)\b)/i;
/** The subject's possessive and its noun, then a stating verb: "The H200's memory is". */
const SUBJECT_NOUN_STATED = new RegExp(
  String.raw`^['’]s\s+${NOUN}\s+(?:is|was|are|were|stands\s+at|comes\s+to|runs\s+at)\s+$`,
  'i',
);

/** The words that may stand between the subject and the multiple: a verb of having, drawing or offering, adverbs. */
const LEAD_WORDS = new Set(
  'has have had keeps keep kept offers offer offered carries carry carried packs pack packed delivers deliver delivered provides provide provided boasts boast features feature gets get got draws draw drew consumes consume consumed uses use used needs need needed moves move moved holds hold held brings bring brought also still now only just with roughly about some nearly almost around fully'.split(
    ' ',
  ),
);
/** A hypothetical, a plan or a question claims nothing about the chip as it is. */
const HYPOTHETICAL =
  /\b(?:if|whether|would|could|might|may|will|should|plans?|planned|expected|rumou?red|reportedly|supposedly)\b|\?\s*$/i;

const CHIP_KINDS = new Set(['chip', 'system']);
/** Only dimensions whose record values have no dense/sparse basis: a multiple of compute would be ambiguous. */
function attributeOf(noun: string): QuantityAttribute | undefined {
  const n = noun.toLowerCase().replace(/\s+/g, ' ');
  if (n.startsWith('nvlink') || n.startsWith('interconnect')) return 'nvlink_bandwidth';
  if (n.includes('bandwidth')) return 'memory_bandwidth';
  if (n.startsWith('memory') || n === 'hbm') return 'memory_capacity';
  if (n.startsWith('power') || n === 'tdp') return 'tdp';
  return n === 'transistors' ? 'transistors' : undefined;
}

const FRACTIONS: Record<string, number> = {
  third: 1 / 3,
  quarter: 0.25,
  fifth: 0.2,
  tenth: 0.1,
  thirds: 2 / 3,
  quarters: 0.75,
};

function factorOf(words: string): number | undefined {
  const w = words.toLowerCase().replace(/[\s-]+/g, ' ');
  const fraction = /^(?:a|one|two|three) (third|quarter|fifth|tenth|thirds|quarters) of$/.exec(w);
  if (fraction) return FRACTIONS[fraction[1]!];
  const percent = /^(\d+(?:\.\d+)?) ?% of$/.exec(w);
  if (percent) return Number(percent[1]) / 100;
  // "The H200 doubles the H100's memory": the verbs say the multiple too.
  if (/^(?:twice|double[sd]?)$/.test(w)) return 2;
  if (/^triple[sd]?$/.test(w)) return 3;
  if (/^quadruple[sd]?$/.test(w)) return 4;
  if (/^(?:half|halve[sd])$/.test(w)) return 0.5;
  const m = /^(.+?)( and a half)? times$/.exec(w);
  const base = m ? numberFromWords(m[1]!) : undefined;
  return base === undefined ? undefined : base + (m?.[2] ? 0.5 : 0);
}

/**
 * The other chip's recorded figure at the draft's date, as the span of the values its variants and sources give ("the
 * H100": 80 GB for the SXM and PCIe cards, 94 GB for the NVL), with its unit; undefined when none, or when the values
 * are too far apart (more than half as much again) for a multiple of them to say anything.
 */
function recordedFigure(
  ctx: SentenceContext,
  other: RawMention,
  attribute: QuantityAttribute,
): { low: number; high: number; unit: string } | undefined {
  const facts = ctx.index
    .quantityFacts(other.entityId, attribute)
    .filter((f) => validAt(f, ctx.asOf) && (!other.variantId || !f.variant || f.variant === other.variantId));
  if (!facts.length) return undefined;
  const amounts = facts.flatMap((f) =>
    [f.value, ...f.conflicts.flatMap((c) => (typeof c.value === 'object' ? [c.value as Quantity] : []))].map(
      (q) => canonical(q).amount,
    ),
  );
  const low = Math.min(...amounts);
  const high = Math.max(...amounts);
  return low > 0 && high <= 1.5 * low ? { low, high, unit: facts[0]!.value.unit } : undefined;
}

export function extractMultiplesOfRecorded(ctx: SentenceContext): QuantityClaim[] {
  const out: QuantityClaim[] = [];
  if (
    !/\b(?:twice|double[sd]?|triple[sd]?|quadruple[sd]?|half|halve[sd]|times|thirds?|quarters?|fifth|tenth)\b|%\s+of\b/i.test(
      ctx.text,
    ) ||
    HYPOTHETICAL.test(ctx.text)
  )
    return out;
  for (const [i, other] of ctx.mentions.entries()) {
    if (!CHIP_KINDS.has(other.kind)) continue;
    const head = ctx.text.slice(Math.max(0, other.start - 100), other.start);
    const possessive = POSSESSIVE_NOUN.exec(ctx.text.slice(other.end, other.end + 40));
    // "The H200's memory is close to twice the H100's": the other's possessive alone, its noun the subject's.
    const alone = possessive ? null : POSSESSIVE_ALONE.exec(ctx.text.slice(other.end, other.end + 40));
    const m = AS_MUCH_AS.exec(head) ?? THE_NOUN_OF.exec(head) ?? (possessive || alone ? THE_CHIPS.exec(head) : null);
    if (!m) continue;
    const start = other.start - head.length + m.index;
    const end = possessive ? other.end + possessive[0].length : alone ? other.end + alone[0].length : other.end;
    const subjectsNoun = ctx.mentions
      .slice(0, i)
      .reverse()
      .find((x) => x.end <= start);
    const stated = alone && subjectsNoun ? SUBJECT_NOUN_STATED.exec(ctx.text.slice(subjectsNoun.end, start)) : null;
    const noun = m[3] ?? possessive?.[1] ?? stated?.[1];
    const attribute = noun ? attributeOf(noun) : undefined;
    const factor = factorOf(m[2]!);
    if (!attribute || !factor || factor === 1) continue;
    // The subject: the nearest chip before, heading its clause, with only a verb of having and adverbs between.
    const subject = ctx.mentions
      .slice(0, i)
      .reverse()
      .find((x) => x.end <= start);
    if (!subject || !CHIP_KINDS.has(subject.kind) || subject.entityId === other.entityId) continue;
    const clause = clauseOf(ctx.text, start);
    if (
      subject.start < clause.start ||
      !/^[\s"“'‘(*_]*(?:(?:the|Nvidia['’]s|Huawei['’]s|AMD['’]s)\s+)*$/i.test(
        ctx.text.slice(clause.start, subject.start),
      )
    )
      continue;
    const lead = ctx.text.slice(subject.end, start).trim();
    const words = lead ? lead.split(/\s+/) : [];
    if (!stated && (words.length > 4 || !words.every((w) => LEAD_WORDS.has(w.toLowerCase())))) continue;
    if (negatedBetween(ctx, subject.end, end)) continue;
    const recorded = recordedFigure(ctx, other, attribute);
    if (!recorded) continue;
    out.push(impliedClaim(ctx, m, { attribute, factor, recorded }, subject, { start, end }));
  }
  out.push(...frontedComparisons(ctx));
  return out;
}

/** The subject's figure a multiple implies: the other's recorded span times the factor, with the hedge of `m[1]`. */
function impliedClaim(
  ctx: SentenceContext,
  m: RegExpExecArray,
  said: { attribute: QuantityAttribute; factor: number; recorded: { low: number; high: number; unit: string } },
  subject: RawMention,
  span: { start: number; end: number },
): QuantityClaim {
  const { attribute, factor, recorded } = said;
  const hedgeWord = m[1]?.toLowerCase().replace(/\s+/g, ' ') ?? '';
  const hedge: Hedge = /nearly|almost|close to|just under/.test(hedgeWord)
    ? 'nearly'
    : /more than|over|upwards of|at least/.test(hedgeWord)
      ? 'moreThan'
      : /less than|under|barely/.test(hedgeWord)
        ? 'lessThan'
        : 'about';
  const amount = ((recorded.low + recorded.high) / 2) * factor;
  const unit = unitDef(recorded.unit as Parameters<typeof unitDef>[0]);
  const factorAt = span.start + (m[1] ? m[0].indexOf(m[2]!, m[1].length) : m[0].indexOf(m[2]!));
  return {
    kind: 'quantity',
    attribute,
    amount,
    tolerance: ((recorded.high - recorded.low) / 2) * factor + (hedge === 'about' ? 0.2 : 0.02) * amount,
    hedge,
    draftUnit: attribute === 'transistors' ? 'billion transistors' : (unit.display ?? recorded.unit),
    toDraftUnit: 1 / unit.factor,
    span,
    valueSpan: span,
    entityId: subject.entityId,
    ...(subject.variantId ? { variantId: subject.variantId } : {}),
    impliedBy: ctx.text.slice(factorAt, span.end),
    sharedValue: true,
    quoted: isQuoted(ctx, span.start, span.end),
  };
}

/** "Compared with the H100 SXM, " (group 1 nothing): the other chip fronted, then a comma. */
const FRONTED_OTHER =
  /^[\s"“'‘(*_]*(?:compared\s+(?:with|to)|next\s+to|relative\s+to|against|versus|vs\.?)\s+(?:the\s+|an?\s+|Nvidia['’]s\s+)?$/i;
/** A pattern's word-boundary guards are redundant after whitespace (and the linter says so): left out there. */
const AFTER_SPACE = (pattern: string) => pattern.replace('(?<![\\d.])', '').replace(/\\b(?=\()/g, '');
/** After the subject: a verb of having, then the multiple and its noun, with no "of" or "as" naming another side. */
const MULTIPLE_OF_FRONTED = new RegExp(
  String.raw`^\s+(?:(?:also|still|now|only)\s+)?(?:has|offers|carries|packs|delivers|provides|draws|consumes|moves|gets|boasts|features)\s+${AFTER_SPACE(HEDGE)}${AFTER_SPACE(FACTOR)}\s+(?:the\s+|as\s+(?:much|many)\s+)?${NOUN}\b(?!\s+(?:of|as|than)\b)`,
  'i',
);

/** "Compared with the H100 SXM, the B200 offers three times the memory bandwidth": the fronted chip is the other. */
function frontedComparisons(ctx: SentenceContext): QuantityClaim[] {
  const [other, subject] = ctx.mentions;
  if (
    !other ||
    !subject ||
    !CHIP_KINDS.has(other.kind) ||
    !CHIP_KINDS.has(subject.kind) ||
    other.entityId === subject.entityId
  )
    return [];
  if (!FRONTED_OTHER.test(ctx.text.slice(0, other.start))) return [];
  if (!/^\s*,\s*(?:the\s+|Nvidia['’]s\s+|Huawei['’]s\s+|AMD['’]s\s+)?$/i.test(ctx.text.slice(other.end, subject.start)))
    return [];
  const m = MULTIPLE_OF_FRONTED.exec(ctx.text.slice(subject.end));
  if (!m) return [];
  const attribute = attributeOf(m[3]!);
  const factor = factorOf(m[2]!);
  if (!attribute || !factor || factor === 1) return [];
  const lead = /^\s+(?:(?:also|still|now|only)\s+)?\w+\s+/.exec(ctx.text.slice(subject.end))![0];
  const start = subject.end + lead.length;
  const end = subject.end + m[0].length;
  if (negatedBetween(ctx, subject.end, end)) return [];
  const recorded = recordedFigure(ctx, other, attribute);
  if (!recorded) return [];
  const hedged = Object.assign([m[0].slice(lead.length), m[1], m[2]], {
    index: 0,
    input: '',
  }) as unknown as RegExpExecArray;
  return [impliedClaim(ctx, hedged, { attribute, factor, recorded }, subject, { start, end })];
}
