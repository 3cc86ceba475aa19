/**
 * The record's event cues (`eventCues:` in data/record/cues.yaml and in packs), compiled once per record into the
 * patterns the event reader matches: one global regular expression per entry, in the record's order.
 */
import type { EventFamily } from '../../claims/types';
import type { RecordIndex } from '../../record/record-index';
import { compilePhrases } from '../../record/phrases';

export interface CompiledEventCue {
  re: RegExp;
  family: EventFamily;
  /** Only ever Beijing's restriction: read only where the clause names China's side. */
  chinaOnly: boolean;
}

const compiled = new WeakMap<RecordIndex, CompiledEventCue[]>();

export function eventCuesOf(index: RecordIndex): CompiledEventCue[] {
  let list = compiled.get(index);
  if (!list) {
    list = [];
    for (const cue of index.eventCues) {
      // The schema has checked every phrase; an entry that still fails to compile is left out, not fatal.
      try {
        list.push({ re: compilePhrases(cue.phrases, cue.matchCase), family: cue.family, chinaOnly: !!cue.chinaOnly });
      } catch {
        continue;
      }
    }
    compiled.set(index, list);
  }
  return list;
}

interface CompiledTypeCue {
  family: EventFamily;
  chinaSide?: boolean;
  test?: RegExp;
  types: string[];
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const compiledTypes = new WeakMap<RecordIndex, CompiledTypeCue[]>();

/** The record's event-type cues (`eventTypeCues:`), each word test compiled into one pattern on a cue's words. */
function eventTypeCuesOf(index: RecordIndex): CompiledTypeCue[] {
  let list = compiledTypes.get(index);
  if (!list) {
    list = index.eventTypeCues.map((cue) => {
      const tests = [
        ...(cue.starts ?? []).map((w) => `^${escape(w)}`),
        ...(cue.ends ?? []).map((w) => `(?<!\\w)${escape(w)}$`),
        ...(cue.has ?? []).map((w) => escape(w)),
      ];
      return {
        family: cue.family,
        ...(cue.chinaSide === undefined ? {} : { chinaSide: cue.chinaSide }),
        ...(tests.length ? { test: new RegExp(tests.join('|'), 'i') } : {}),
        types: cue.types,
      };
    });
    compiledTypes.set(index, list);
  }
  return list;
}

/**
 * The event types the words a cue matched (`word`) narrow `family` to, by the first event-type cue that fits (its
 * family, its side of the clause, its word test); none fits: no narrowing (all of the family's types).
 */
export function narrowedTypes(
  index: RecordIndex,
  family: EventFamily,
  word: string,
  chinaSide: boolean,
): { onlyTypes?: string[] } {
  for (const cue of eventTypeCuesOf(index)) {
    if (cue.family !== family) continue;
    if (cue.chinaSide !== undefined && cue.chinaSide !== chinaSide) continue;
    if (cue.test && !cue.test.test(word)) continue;
    return { onlyTypes: [...cue.types] };
  }
  return {};
}
