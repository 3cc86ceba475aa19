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
