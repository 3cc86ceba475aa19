/**
 * compromise, taught the record's vocabulary once (nlp.extend changes the shared
 * instance), and run only on sentences that already hold a candidate claim.
 */
import type nlpType from 'compromise';
import { NUMBER_TEENS, NUMBER_UNITS } from '../dates/dates';
import { plainUnitWords } from '../record/units';

type Nlp = typeof nlpType;
let loaded: Nlp | undefined;
/** The record's names by compromise tag, taught to compromise when it loads. */
const vocabulary: Record<string, string> = {};

const TAG_BY_KIND: Record<string, string> = {
  chip: 'Chip',
  system: 'Chip',
  architecture: 'ProperNoun',
  company: 'Organization',
  organization: 'Organization',
  model: 'ProperNoun',
  person: 'Person',
  rule: 'ProperNoun',
  report: 'ProperNoun',
};

/**
 * Adds the record's entity names (so "H20" is a chip, not a number) and units.
 * Cheap: applied only if and when compromise loads.
 */
export function teachVocabulary(names: { name: string; kind: string }[]): void {
  for (const { name, kind } of names) vocabulary[name.toLowerCase()] = TAG_BY_KIND[kind] ?? 'ProperNoun';
  if (loaded) loaded.addWords(vocabulary);
}

/**
 * compromise builds its lexicon when loaded (~300 ms), so it is loaded on the
 * first sentence that needs it, not when the CLI or the extension starts.
 */
function nlp(): Nlp {
  if (loaded) return loaded;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const lib = require('compromise') as Nlp | { default: Nlp };
  const instance: Nlp = 'default' in lib && typeof lib.default === 'function' ? lib.default : (lib as Nlp);
  instance.plugin({
    tags: {
      ExportStatus: { isA: 'Adjective' },
      Chip: { isA: 'ProperNoun' },
      Unit: { isA: 'Noun' },
    },
    words: {
      'no longer': 'Negative',
      banned: 'ExportStatus',
      barred: 'ExportStatus',
      prohibited: 'ExportStatus',
      'off-limits': 'ExportStatus',
      unobtainable: 'ExportStatus',
      allowed: 'ExportStatus',
      permitted: 'ExportStatus',
      available: 'ExportStatus',
      restricted: 'ExportStatus',
      blocked: 'ExportStatus',
      // The unit table's plain words (record/units.ts), the one list of unit words.
      ...Object.fromEntries(plainUnitWords().map((u) => [u, 'Unit'])),
    },
  });
  instance.addWords(vocabulary);
  loaded = instance;
  return instance;
}

export interface SentenceReading {
  /** Offsets (within the sentence) of negation words: not, never, no longer, cannot... */
  negations: { start: number; end: number }[];
  /** Offsets of quoted stretches the parser found. */
  quotations: { start: number; end: number }[];
}

export function readSentence(sentence: string): SentenceReading {
  const doc = nlp()(sentence);
  const spans = (view: ReturnType<typeof doc.match>) =>
    (view.json({ offset: true }) as { offset: { start: number; length: number } }[]).map((t) => ({
      start: t.offset.start,
      end: t.offset.start + t.offset.length,
    }));
  return { negations: spans(doc.match('#Negative')), quotations: spans(doc.quotations()) };
}

/** "six" → 6, "2.5" → 2.5, "twice" → 2; undefined when the words are not a number. */
const SMALL_NUMBERS = ['zero', ...NUMBER_UNITS, ...NUMBER_TEENS, 'twenty'];

export function numberFromWords(words: string): number | undefined {
  const w = words.trim().toLowerCase();
  if (/^\d+(?:\.\d+)?$/.test(w)) return Number(w);
  if (w === 'twice' || w === 'double') return 2;
  if (w === 'triple' || w === 'thrice') return 3;
  // The common words need no parser; compromise reads the rest ("twenty-five", "a dozen").
  const small = SMALL_NUMBERS.indexOf(w);
  if (small > 0) return small;
  const values = nlp()(w).numbers().get() as number[];
  return values.length === 1 ? values[0] : undefined;
}
