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
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
const compiled = new WeakMap<RecordIndex, CompiledCue[]>();

function cuesOf(index: RecordIndex): CompiledCue[] {
  let list = compiled.get(index);
  if (!list) {
    list = index.cues.map((cue) => {
      // Longest phrases first, so "is part of" wins over "part of".
      const phrases = [...cue.phrases].sort((a, b) => b.length - a.length).map(escape).join('|');
      const between = new RegExp(
        String.raw`^\s*,?\s*(?:(?:which|that|who)\s+)?(?:(?:is|was|are|were|has been|have been|had been|being)\s+)?(?:(?:also|now|still|originally|first|reportedly|itself|quietly|recently|officially)\s+)?(?:${phrases})\s+(?:(?:the|a|an|its|their)\s+)?$`,
        'i',
      );
      return { cue, between };
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
    for (const { cue, between: re } of cues) {
      const [subject, value] = cue.order === 'subject-first' ? [a, b] : [b, a];
      if (!cue.subject.includes(subject.kind) || !cue.value.includes(value.kind) || !re.test(between)) continue;
      // "comes out of ByteDance's rival Alibaba": the value's possessive hands the relation on.
      if (value === b && /^['’]s\s+(?:[\p{L}-]+\s+){0,2}$/u.test(ctx.text.slice(b.end, ms[i + 2]?.start ?? b.end)) && ms[i + 2]) continue;
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
