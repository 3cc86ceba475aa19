/**
 * Relations read through the record's cues (data/record/cues.yaml and packs):
 * two adjacent names joined only by a cue phrase, an auxiliary, "which/that",
 * an adverb and a determiner. Clause views do the rest: an appositive set aside
 * or a fronted modifier moved makes the two names adjacent.
 */
import { isQuoted, type CategoryClaim, type SentenceContext } from '../claims/types';
import type { RecordIndex } from '../record/record-index';
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
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
const compiled = new WeakMap<RecordIndex, CompiledCue[]>();

function cuesOf(index: RecordIndex): CompiledCue[] {
  let list = compiled.get(index);
  if (!list) {
    list = index.cues.map((cue) => {
      // Longest phrases first, so "is part of" wins over "part of".
      const phrases = [...cue.phrases]
        .sort((a, b) => b.length - a.length)
        .map(escape)
        .join('|');
      const between = new RegExp(
        String.raw`^\s*,?\s*(?:(?:which|that|who)\s+)?(?:(?:is|was|are|were|has been|have been|had been|being)\s+)?(?:(?:also|now|still|originally|first|reportedly|itself|quietly|recently|officially)\s+)?(?:${phrases})\s+(?:(?:the|a|an|its|their)\s+)?(?:(?:a\s+cluster\s+of|some|about|only)\s+)?(?:\d[\d,]*\s+)?$`,
        'i',
      );
      const split =
        cue.order === 'subject-first'
          ? cue.phrases.map((p) => /^([\p{L}-]+)\s+(on|around|with|using|by|from)$/u.exec(p)).filter((m) => !!m)
          : [];
      if (!split.length) return { cue, between };
      const verbs = [...new Set(split.map((m) => escape(m[1]!)))].join('|');
      const preps = [...new Set(split.map((m) => m[2]!))].join('|');
      return {
        cue,
        between,
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
    const b = ms[i + 1]!;
    const between = ctx.text.slice(a.end, b.start);
    if (between.length > 60) continue;
    for (const { cue, between: re, splitVerb, splitPreposition } of cues) {
      const [subject, value] = cue.order === 'subject-first' ? [a, b] : [b, a];
      if (!cue.subject.includes(subject.kind) || !cue.value.includes(value.kind)) continue;
      const split =
        !!splitVerb &&
        splitPreposition!.test(between) &&
        splitVerb.test(ctx.text.slice(Math.max(0, a.start - 30), a.start));
      if (!split && !re.test(between)) continue;
      // "comes out of ByteDance's rival Alibaba": the value's possessive hands the relation on.
      if (
        value === b &&
        /^['’]s\s+(?:[\p{L}-]+\s+){0,2}$/u.test(ctx.text.slice(b.end, ms[i + 2]?.start ?? b.end)) &&
        ms[i + 2]
      )
        continue;
      const start = Math.min(a.start, b.start);
      const end = Math.max(a.end, b.end);
      out.push({
        kind: 'category',
        attribute: cue.attribute,
        value: value.entityId,
        span: { start, end },
        valueSpan: { start: value.start, end: value.end },
        entityId: subject.entityId,
        ...(subject.variantId ? { variantId: subject.variantId } : {}),
        quoted: isQuoted(ctx, start, end),
      });
      break;
    }
  }
  return out;
}
