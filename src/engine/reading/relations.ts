/**
 * Relations read through the record's cues (data/record/cues.yaml and packs):
 * two adjacent names joined only by a cue phrase, an auxiliary, "which/that",
 * an adverb and a determiner. Clause views do the rest: an appositive set aside
 * or a fronted modifier moved makes the two names adjacent.
 */
import { isQuoted, MODIFIES_A_NOUN, type CategoryClaim, type SentenceContext } from '../claims/types';
import type { RecordIndex } from '../record/record-index';
import type { RawMention } from '../mentions/matcher';
import type { RelationCue } from '../record/schema';

interface CompiledCue {
  cue: RelationCue;
  between: RegExp;
  /**
   * A cue of a verb and a preposition ("trained on", "built on") split by its object:
   * "DeepSeek trained V3 on H800s" reads as "V3 trained on H800s". The verbs before the subject…
   */
  splitVerb?: RegExp;
  /** …and the prepositions between subject and value. */
  splitPreposition?: RegExp;
  /**
   * A value-first cue right after the value with its object gone, as in a relative clause ("which Huawei
   * unveiled in 2025"): the phrase, then the clause's end, a preposition or a time word — never an object.
   */
  after: RegExp;
}

const NEITHER_NOR_BEFORE = /\b(?:neither|nor)\s+(?:the\s+|Nvidia['’]s\s+)?$/i;
/** "The 950PR, which …" / "the model that …": the subject is the relative clause's object. */
const RELATIVE_OBJECT = /^\s*(?:,\s*)?(?:which|that)\s+$/i;

const EXTENT = '(?:entirely|exclusively|mainly|mostly|largely|primarily|solely|only|wholly|fully|originally)';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
const compiled = new WeakMap<RecordIndex, CompiledCue[]>();

function cuesOf(index: RecordIndex): CompiledCue[] {
  let list = compiled.get(index);
  if (!list) {
    list = index.cues.map((cue) => {
      // Longest phrases first, so "is part of" wins over "part of".
      // A verb and its preposition may have an adverb of extent between them: "trained entirely on", "based largely on".
      const phrases = [...cue.phrases]
        .sort((a, b) => b.length - a.length)
        .map((p) =>
          escape(p).replace(/^([\p{L}-]+)\\s\+(on|around|with|using|by|from|to|of)$/u, `$1(?:\\s+${EXTENT})?\\s+$2`),
        )
        .join('|');
      const between = new RegExp(
        // A comma may open a subject-first cue ("Qwen, developed by Alibaba"); before a value-first verb it closes
        // an aside, so "ByteDance, the parent of TikTok, makes Doubao" says nothing of TikTok.
        String.raw`^\s*${cue.order === 'subject-first' ? ',?' : ''}\s*(?:(?:which|that|who)\s+)?(?:(?:is|was|are|were|has been|have been|had been|being)\s+)?(?:(?:also|now|still|originally|first|reportedly|itself|quietly|recently|officially)\s+)?(?:${phrases})\s+(?:(?:the|a|an|its|their)\s+)?(?:(?:a\s+cluster\s+of|some|about|only)\s+)?(?:\d[\d,]*\s+)?$`,
        'i',
      );
      const split =
        cue.order === 'subject-first'
          ? cue.phrases.map((p) => /^([\p{L}-]+)\s+(on|around|with|using|by|from)$/u.exec(p)).filter((m) => !!m)
          : [];
      const after = new RegExp(
        String.raw`^\s+(?:also\s+|first\s+|quietly\s+)?(?:${phrases})(?=\s*(?:[,.;:)]|$)|\s+(?:in|on|at|for|last|this|earlier|early|late|back|two|three|a\s+year|years?|months?|to)\b)`,
        'i',
      );
      if (!split.length) return { cue, between, after };
      const verbs = [...new Set(split.map((m) => escape(m[1]!)))].join('|');
      const preps = [...new Set(split.map((m) => m[2]!))].join('|');
      return {
        cue,
        between,
        after,
        splitVerb: new RegExp(String.raw`\b(?:${verbs})\s+(?:(?:the|its|a|an)\s+)?$`, 'i'),
        splitPreposition: new RegExp(
          String.raw`^\s+(?:(?:model|chip|GPU|accelerator|system|LLM)\s+)?(?:${preps})\s+(?:(?:the|a|an|its)\s+)?(?:(?:a\s+cluster\s+of|some|about|only)\s+)?(?:\d[\d,]*\s+)?$`,
          'i',
        ),
      };
    });
    compiled.set(index, list);
  }
  return list;
}

export function extractRelations(ctx: SentenceContext): CategoryClaim[] {
  const out: CategoryClaim[] = [];
  const ms = ctx.mentions;
  const cues = cuesOf(ctx.index);
  for (let i = 0; i + 1 < ms.length; i++) {
    const a = ms[i]!;
    // The next name, or the one after a company's possessive standing as a determiner:
    // "belongs to Nvidia's Hopper generation" reads as "belongs to its Hopper generation".
    const owner = ms[i + 1]!;
    // So does a company named as the product's modifier: "trained on Nvidia H100s".
    const possessive =
      owner.kind === 'company' && ms[i + 2] && owner.kind !== ms[i + 2]!.kind
        ? /^(?:['’]s)?\s+$/.exec(ctx.text.slice(owner.end, ms[i + 2]!.start))
        : null;
    for (const b of possessive ? [owner, ms[i + 2]!] : [owner]) {
      const between = b === owner ? ctx.text.slice(a.end, b.start) : ctx.text.slice(a.end, owner.start) + 'its ';
      if (between.length > 60) continue;
      const relative = RELATIVE_OBJECT.test(between);
      for (const { cue, between: re, splitVerb, splitPreposition, after } of cues) {
        // The company before the value stands as a determiner only where the value comes second: in
        // "Alibaba launched Nvidia H20 instances" Nvidia's H20 is no product Alibaba launched.
        if (b !== owner && cue.order === 'value-first') continue;
        // "The 950PR, which Huawei unveiled in 2025": the value-first cue follows the value, its object is the subject.
        if (
          relative &&
          cue.order === 'value-first' &&
          b.kind !== a.kind &&
          cue.subject.includes(a.kind) &&
          cue.value.includes(b.kind) &&
          after.test(ctx.text.slice(b.end))
        ) {
          out.push(relationClaim(ctx, cue, a, b));
          break;
        }
        const [subject, value] = cue.order === 'subject-first' ? [a, b] : [b, a];
        if (!cue.subject.includes(subject.kind) || !cue.value.includes(value.kind)) continue;
        // "Neither the A800 nor the H800 is based on Blackwell": the subject is denied the relation.
        if (NEITHER_NOR_BEFORE.test(ctx.text.slice(Math.max(0, subject.start - 30), subject.start))) continue;
        const split =
          !!splitVerb &&
          splitPreposition!.test(between) &&
          splitVerb.test(ctx.text.slice(Math.max(0, a.start - 30), a.start));
        if (!split && !re.test(between)) continue;
        // "Alibaba launched H20 instances", "sold H100 servers": the product names what the object is built on.
        if (cue.order === 'value-first' && MODIFIES_A_NOUN.test(ctx.text.slice(subject.end))) continue;
        // "comes out of ByteDance's rival Alibaba": the value's possessive hands the relation on.
        if (
          value === b &&
          /^['’]s\s+(?:[\p{L}-]+\s+){0,2}$/u.test(ctx.text.slice(b.end, ms[i + 2]?.start ?? b.end)) &&
          ms[i + 2]
        )
          continue;
        out.push(relationClaim(ctx, cue, subject, value));
        break;
      }
    }
  }
  return out;
}

function relationClaim(ctx: SentenceContext, cue: RelationCue, subject: RawMention, value: RawMention): CategoryClaim {
  const start = Math.min(subject.start, value.start);
  const end = Math.max(subject.end, value.end);
  return {
    kind: 'category',
    attribute: cue.attribute,
    value: value.entityId,
    span: { start, end },
    valueSpan: { start: value.start, end: value.end },
    entityId: subject.entityId,
    ...(subject.variantId ? { variantId: subject.variantId } : {}),
    quoted: isQuoted(ctx, start, end),
  };
}
