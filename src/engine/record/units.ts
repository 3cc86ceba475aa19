/**
 * The one unit table: every unit a quantity is recorded in, what it measures, its size in the
 * canonical unit of its dimension, and how drafts write it. The record schema's Unit enum, the
 * quantity reader's unit patterns, the comparison's conversions, the number-word normaliser's
 * unit words (reading/normalize.ts), compromise's Unit words (nlp/nlp.ts) and the pack entries'
 * units are all built from it: no other file lists unit words.
 * Plain data (no zod), so the reader and the editor load it without the schema.
 */

/** What a unit measures: a number is compared only with facts of the same dimension. */
export type Dimension = 'bandwidth' | 'bytes' | 'flops' | 'power' | 'billions' | 'bits' | 'count' | 'percent' | 'money';

export interface UnitDef {
  readonly dimension: Dimension;
  /** The canonical unit of the dimension (claims and comparisons use it) and this unit's size in it. */
  readonly canonical: string;
  readonly factor: number;
  /**
   * How a draft writes the unit after a number: regexp alternatives, case-insensitive. The reader
   * tries rates (bandwidth) first, so "TB per second" is not read as "TB". None: not read from
   * prose (the charge, share and count readers have their own constructions).
   */
  readonly words?: readonly string[];
  /**
   * Further words for the unit where no sentence frames the number (a pack entry drafted from a
   * claim's words: "25 percent", "70 billion"); regexp alternatives, tried after `words`. The
   * quantity reader does not use them; the number-word normaliser does ("twenty percent" → "20%").
   */
  readonly looseWords?: readonly string[];
  /** The unit as a reader's fix writes it (default: the unit's name). */
  readonly display?: string;
  /** After a number in a recorded value's wording (default: a space and the unit's name). */
  readonly suffix?: string;
}

const PER_SECOND = String.raw`\s+(?:per|a|each)\s+second`;

export const UNITS = {
  GB: { dimension: 'bytes', canonical: 'GB', factor: 1, words: ['GB', 'gigabytes?', 'gigs?'] },
  TB: { dimension: 'bytes', canonical: 'GB', factor: 1000, words: ['TB', 'terabytes?'] },
  'GB/s': {
    dimension: 'bandwidth',
    canonical: 'GB/s',
    factor: 1,
    words: [String.raw`GB\/s`, String.raw`GB\/sec`, 'GBps', `GB${PER_SECOND}`, `gigabytes?${PER_SECOND}`],
  },
  'TB/s': {
    dimension: 'bandwidth',
    canonical: 'GB/s',
    factor: 1000,
    words: [String.raw`TB\/s`, String.raw`TB\/sec`, 'TBps', `TB${PER_SECOND}`, `terabytes?${PER_SECOND}`],
  },
  TFLOPS: { dimension: 'flops', canonical: 'TFLOPS', factor: 1, words: ['TFLOPS', String.raw`TFLOP\/s`, 'teraflops'] },
  PFLOPS: {
    dimension: 'flops',
    canonical: 'TFLOPS',
    factor: 1000,
    words: ['PFLOPS', String.raw`PFLOP\/s`, 'petaflops?'],
  },
  W: { dimension: 'power', canonical: 'W', factor: 1, words: ['W', 'watts?'] },
  kW: { dimension: 'power', canonical: 'W', factor: 1000, words: ['kW', 'kilowatts?'] },
  billion: {
    dimension: 'billions',
    canonical: 'billion',
    factor: 1,
    // A model's size: "671 billion parameters", "a 744-billion-parameter model", "37 billion active".
    words: [
      String.raw`(?:billion|bn)\s+transistors`,
      String.raw`(?:billion|bn)[\s-]+(?:total\s+|active\s+)?param(?:eter)?s?`,
      // "a 600B-parameter model", "671B parameters": B is a billion only before "parameters".
      String.raw`B[\s-]+(?:total\s+|active\s+)?param(?:eter)?s?`,
      String.raw`(?:billion|bn)\s+active\b(?!\s+(?:users|customers|accounts|devices|subscribers))`,
    ],
    looseWords: ['billion', 'bn'],
    display: 'billion transistors',
    suffix: ' billion',
  },
  trillion: {
    dimension: 'billions',
    canonical: 'billion',
    factor: 1000,
    // "1.6T parameters": T is a trillion only before "parameters".
    words: [String.raw`trillion[\s-]+(?:total\s+)?param(?:eter)?s?`, String.raw`T[\s-]+(?:total\s+)?param(?:eter)?s?`],
    display: 'trillion parameters',
    suffix: ' trillion',
  },
  bit: { dimension: 'bits', canonical: 'bit', factor: 1, words: ['bits?'] },
  count: { dimension: 'count', canonical: 'count', factor: 1, suffix: '' },
  '%': { dimension: 'percent', canonical: '%', factor: 1, suffix: '%', looseWords: ['%', String.raw`per\s*cent`] },
  'USD billion': { dimension: 'money', canonical: 'USD billion', factor: 1, suffix: ' billion USD' },
} as const satisfies Record<string, UnitDef>;

export type UnitName = keyof typeof UNITS;

/** The unit names, in table order: the schema's enum (and so the generated JSON Schema's order). */
export const UNIT_NAMES = Object.keys(UNITS) as [UnitName, ...UnitName[]];

/** A unit's definition by name (widened, for code that reads any field). */
export const unitDef = (name: UnitName): UnitDef => UNITS[name];

/** Rates first: "TB per second" is a rate, not "TB" followed by words. */
const RATES_FIRST = [...UNIT_NAMES].sort(
  (a, b) => +(unitDef(b).dimension === 'bandwidth') - +(unitDef(a).dimension === 'bandwidth'),
);
/** Each unit's words (then its loose words) at the start of a text, as a whole word. */
const UNIT_AT_START: [RegExp, UnitName][] = [
  ...RATES_FIRST.map((name) => [unitDef(name).words ?? [], name] as const),
  ...RATES_FIRST.map((name) => [unitDef(name).looseWords ?? [], name] as const),
].flatMap(([words, name]): [RegExp, UnitName][] =>
  words.length ? [[new RegExp(`^(?:${words.join('|')})(?![\\p{L}\\p{N}/])`, 'iu'), name]] : [],
);

/** The unit the words after a number name ("TB/s", "terabytes per second", "percent"), by this table. */
export function unitAfterNumber(words: string): UnitName | undefined {
  return UNIT_AT_START.find(([re]) => re.test(words))?.[1];
}

/** A unit by its name or the way a reader wrote it ("TB/s", "billion transistors"); undefined for any other. */
export function unitNamed(written: string | undefined): UnitName | undefined {
  if (!written) return undefined;
  if (written in UNITS) return written as UnitName;
  return UNIT_NAMES.find((name) => unitDef(name).display === written);
}

/**
 * Every way the table says a unit is written, words then loose words, rates first, as one regexp
 * alternation (no group, no flags: the user adds "i"). What may follow a number written in words.
 */
export function unitWordsPattern(): string {
  return RATES_FIRST.flatMap((name) => [...(unitDef(name).words ?? [])])
    .concat(RATES_FIRST.flatMap((name) => [...(unitDef(name).looseWords ?? [])]))
    .join('|');
}

/** A word of the table that is plain text: letters, digits and "/", with at most an optional plural ("watts?"). */
const PLAIN_WORD = /^([\p{L}\p{N}]+(?:\\\/[\p{L}\p{N}]+)?)(s\?)?$/u;

/**
 * The table's plain words, each spelling once, in lower case ("gb", "gigabyte", "gigabytes",
 * "tb/s", "watt", "watts"): the words compromise tags as units. Patterns ("GB per second") are left out.
 */
export function plainUnitWords(): string[] {
  const out = new Set<string>();
  for (const name of UNIT_NAMES) {
    for (const word of unitDef(name).words ?? []) {
      const m = PLAIN_WORD.exec(word);
      if (!m) continue;
      const base = m[1]!.replace(/\\\//g, '/').toLowerCase();
      out.add(base);
      if (m[2]) out.add(`${base}s`);
    }
  }
  return [...out];
}

/** The units' names spelled out, singular ("gigabyte", "petaflop", "kilowatt"): the words with a plural. */
export function spelledUnitNames(): string[] {
  return UNIT_NAMES.flatMap((name) =>
    (unitDef(name).words ?? []).flatMap((word) => {
      const m = PLAIN_WORD.exec(word);
      return m?.[2] && /^\p{Ll}+$/u.test(m[1]!) ? [m[1]!] : [];
    }),
  );
}

/** The unit's loose words that are words, not its symbol ("per cent" for %): what a normaliser writes as the symbol. */
export function wordsForSymbol(name: UnitName): string[] {
  return (unitDef(name).looseWords ?? []).filter((w) => w !== name);
}
