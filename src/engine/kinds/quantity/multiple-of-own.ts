/**
 * A written figure said to be a multiple or a share of another figure the sentence names by its noun: "Its FP8 rate of
 * 296 TFLOPS is three times its FP16 rate" says the chip's FP16 rate is about 99 TFLOPS; "148 TFLOPS, half its FP8
 * figure"; "4.8 TB/s, 1.4 times the H100 SXM's memory bandwidth". The figure measured against is implied (the
 * written one divided by the multiple), compared with a fifth's tolerance, and offers no fix. Its owner is the
 * written figure's chip ("its", or that chip's possessive) or another chip's possessive; its attribute is the one
 * its noun names, in the written figure's dimension. Nothing is claimed when the noun names no attribute, names the
 * written figure's own attribute of the same chip (“296 TFLOPS is twice its FP8 rate” says nothing checkable), or
 * the clause is denied, hypothetical or a question.
 */
import type { RawMention } from '../../mentions/matcher';
import { numberFromWords } from '../../nlp/nlp';
import { negatedBetween, type Hedge, type QuantityClaim, type SentenceContext } from '../../claims/types';
import type { Quantity } from '../../record/schema';
import { validAt } from '../comparison';
import { canonical } from './compare';
import { attributeFor, claimFromValue, numbersWithUnits } from './read';

const CHIP_KINDS = new Set(['chip', 'system']);
/**
 * Between the written figure and the multiple: a few describing words (capitalised: "of FP8", "Tensor"), a comma or
 * dash, a copula and hedges (group 1); then the multiple (group 2, a percentage in group 3), then "its" or a chip's
 * possessive. Case matters for the describing words, so the pattern has no "i" flag.
 */
const VALUE_TO_FACTOR = new RegExp(
  String.raw`^((?:\s(?:of\s)?(?:[A-Z][A-Za-z\d-]*(?![A-Za-z\d-])|memory|bandwidth|compute|throughput|performance|power|tensor|a\ssecond|per\ssecond|dense|sparse)){0,3}(?:\s*[,—–])?\s*(?:(?:is|are|was|which\s+is|or|making\s+it|roughly|about|around|some|nearly|almost|just\s+under|more\s+than|over|exactly|only|just)\s+){0,3})` +
    String.raw`(twice|double|triple|half|(?:\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten)(?:\s+and\s+a\s+half)?\s+times|(?:a|one)[\s-](?:third|quarter|fifth|tenth)\s+of|two[\s-]thirds\s+of|three[\s-]quarters\s+of|(\d+(?:\.\d+)?)\s*%\s+of)\s+(?:that\s+of\s+)?(?=its\b|the\s|Nvidia['’]s\s|[A-Z])`,
);
/** The words a figure's noun may be made of ("FP16 rate", "double-precision throughput", "memory bandwidth"). */
const NOUN_WORD =
  /^(?:FP(?:8|16|32|64)|BF16|TF32|INT8|double-precision|half-precision|tensor|dense|sparse|rate|throughput|performance|compute|figure|number|peak|memory|bandwidth|HBM|NVLink|interconnect|TDP|power|draw|capacity|transistors?|count)$/i;
const NOUN_STOP = /^(?:and|or|but|while|which|that|of|for|on|in|at|to|with|by|from|the|a|an)$/i;
/** A hypothetical, a plan or a question claims nothing. */
const HYPOTHETICAL = /\b(?:if|whether|would|could|might|may|will|should)\b|\?\s*$/i;

function factorOf(words: string, percent: string | undefined): number | undefined {
  const w = words.toLowerCase().replace(/[\s-]+/g, ' ');
  if (percent) return Number(percent) / 100;
  if (w.startsWith('two thirds')) return 2 / 3;
  if (w.startsWith('three quarters')) return 0.75;
  const fraction = /^(?:a|one) (third|quarter|fifth|tenth)/.exec(w);
  if (fraction) return { third: 1 / 3, quarter: 0.25, fifth: 0.2, tenth: 0.1 }[fraction[1] as 'third'];
  if (w === 'twice' || w === 'double') return 2;
  if (w === 'triple') return 3;
  if (w === 'half') return 0.5;
  const times = /^(.+?)( and a half)? times$/.exec(w);
  const base = times ? numberFromWords(times[1]!) : undefined;
  return base === undefined ? undefined : base + (times?.[2] ? 0.5 : 0);
}

/** The noun after the possessive, as far as its words are a figure's ("FP16 rate"), and where it ends. */
function nounAfter(text: string, at: number): { noun: string; end: number } | undefined {
  const re = /\s*([\p{L}\d-]+)/uy;
  re.lastIndex = at;
  const words: string[] = [];
  let end = at;
  for (let m = re.exec(text); m && words.length < 4; m = re.exec(text)) {
    if (NOUN_STOP.test(m[1]!) || !NOUN_WORD.test(m[1]!)) break;
    words.push(m[1]!);
    end = re.lastIndex;
  }
  return words.length ? { noun: words.join(' '), end } : undefined;
}

/**
 * Whether the written figure agrees with a value the record holds for its chip (any variant's or source's, dense or
 * sparse). A multiple of a figure that is itself wrong says nothing more: the one error is reported once, on the
 * figure ("The H20's FP16 rate of 296 TFLOPS is twice its FP8 rate" has FP16 and FP8 swapped, one mistake).
 */
function agreesWithRecord(ctx: SentenceContext, value: QuantityClaim): boolean {
  const amounts = ctx.index
    .quantityFacts(value.entityId, value.attribute)
    .filter((f) => validAt(f, ctx.asOf) && (!value.variantId || !f.variant || f.variant === value.variantId))
    .flatMap((f) => [
      f.value,
      ...f.conflicts.flatMap((c) => (typeof c.value === 'object' ? [c.value as Quantity] : [])),
    ])
    .flatMap((q) => {
      const c = canonical(q);
      return c.sparse !== undefined ? [c.amount, c.sparse] : [c.amount];
    });
  const slack = Math.max(value.tolerance, 0.02 * value.amount);
  return amounts.some((a) => Math.abs(a - value.amount) <= slack);
}

export function extractMultiplesOfNamedFigure(
  ctx: SentenceContext,
  found: readonly { kind: string }[],
): QuantityClaim[] {
  const out: QuantityClaim[] = [];
  if (!/\b(?:twice|double|triple|half|times|thirds?|quarters?|fifth|tenth)\b|%\s+of\b/i.test(ctx.text)) return out;
  if (HYPOTHETICAL.test(ctx.text)) return out;
  const values = found.filter(
    (c): c is QuantityClaim =>
      c.kind === 'quantity' &&
      !(c as QuantityClaim).impliedBy &&
      [
        'fp16_tensor',
        'bf16_tensor',
        'fp8_tensor',
        'fp64',
        'memory_bandwidth',
        'nvlink_bandwidth',
        'tdp',
        'memory_capacity',
      ].includes((c as QuantityClaim).attribute),
  );
  for (const value of values) {
    const f = VALUE_TO_FACTOR.exec(ctx.text.slice(value.valueSpan.end));
    if (!f || !agreesWithRecord(ctx, value)) continue;
    const factorAt = value.valueSpan.end + f[1]!.length;
    const factor = factorOf(f[2]!, f[3]);
    if (!factor || factor === 1) continue;
    const ownerAt = value.valueSpan.end + f[0].length;
    const rest = ctx.text.slice(ownerAt);
    // "its FP16 rate" (the written figure's chip), or another chip's possessive ("the H100 SXM's memory bandwidth").
    let owner: Pick<RawMention, 'entityId' | 'variantId'> | undefined;
    let nounAt: number;
    const its = /^its\b/i.exec(rest);
    if (its) {
      // "its" is the written figure's chip only when no other chip is named before it.
      if (ctx.mentions.some((m) => CHIP_KINDS.has(m.kind) && m.end <= ownerAt && m.entityId !== value.entityId))
        continue;
      owner = { entityId: value.entityId, ...(value.variantId ? { variantId: value.variantId } : {}) };
      nounAt = ownerAt + its[0].length;
    } else {
      const chip = ctx.mentions.find(
        (m) =>
          m.start >= ownerAt &&
          CHIP_KINDS.has(m.kind) &&
          /^(?:the\s+|Nvidia['’]s\s+)?$/i.test(ctx.text.slice(ownerAt, m.start)),
      );
      const possessive = chip && /^['’]s?(?=\s)/.exec(ctx.text.slice(chip.end));
      if (!chip || !possessive) continue;
      owner = chip;
      nounAt = chip.end + possessive[0].length;
    }
    const noun = nounAfter(ctx.text, nounAt);
    if (!noun) continue;
    const [written] = numbersWithUnits(ctx.text.slice(value.valueSpan.start, value.valueSpan.end));
    if (!written) continue;
    const attribute = attributeFor(written.unit, noun.noun, false);
    if (!attribute) continue;
    const sameFigure =
      attribute === value.attribute && owner.entityId === value.entityId && owner.variantId === value.variantId;
    if (sameFigure) continue;
    // A figure of the same chip in another dimension's words ("half its memory" after a bandwidth) was refused above.
    if (negatedBetween(ctx, value.valueSpan.end, noun.end)) continue;
    const hedgeWords = f[1]!.toLowerCase();
    // "nearly three times its FP16 rate": the other figure is a third or a little more; "more than twice": under half.
    const hedge: Hedge = /nearly|almost|just under/.test(hedgeWords)
      ? 'atLeast'
      : /more than|over/.test(hedgeWords)
        ? 'atMost'
        : 'about';
    const implied = value.amount / factor;
    const tolerance = (hedge === 'about' ? 0.2 : 0.02) * implied + value.tolerance / factor;
    const span = { start: factorAt, end: noun.end };
    out.push(
      claimFromValue(
        ctx,
        { ...value, attribute },
        owner,
        span,
        { amount: implied, tolerance, hedge },
        ctx.text.slice(span.start, span.end),
      ),
    );
  }
  return out;
}
