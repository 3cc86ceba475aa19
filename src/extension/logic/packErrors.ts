/**
 * A pack's errors as the Problems panel shows them: one entry per field, errors on the same field
 * merged; an unknown key merged with the required field it misspells ("publishr" and "publisher is
 * missing" are one mistake); and "did you mean …?" for unknown keys, ids (entities, facts, sources)
 * and values (units, kinds), by a small edit distance. No `vscode` import: unit-tested.
 */
import type { Range, RecordError } from '../../engine';

/** What a pack may name: the schema's keys and the ids the record (bundled and packs) defines. */
export interface PackVocabulary {
  keys: readonly string[];
  entities: readonly string[];
  facts: readonly string[];
  sources: readonly string[];
}

export interface ExplainedPackError {
  /** The field the entry is about (its code), e.g. "sources[0].publishr". */
  field: string;
  range: Range;
  message: string;
}

/**
 * Edit distance (insertions, deletions, substitutions and swaps of two neighbours), case aside;
 * `max + 1` as soon as it must exceed `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  if (Math.abs(s.length - t.length) > max) return max + 1;
  let before: number[] = [];
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    before = prev;
    prev = row;
  }
  return prev[t.length]!;
}

/**
 * The candidates a word most likely misspells: the nearest within a third of the word's length (at
 * least 1, at most 3 edits); of equally near ones, those as long as the word first; at most two.
 */
export function nearest(word: string, candidates: Iterable<string>): string[] {
  if (!word) return [];
  const max = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
  let found: { c: string; d: number; len: number }[] = [];
  let bound = max;
  for (const c of candidates) {
    if (c === word) continue; // the word itself (an override's own id): not what it misspells
    const d = editDistance(word, c, bound);
    if (d > bound) continue;
    if (d < bound) found = found.filter((f) => f.d <= d);
    bound = d;
    if (!found.some((f) => f.c.toLowerCase() === c.toLowerCase()))
      found.push({ c, d, len: Math.abs(c.length - word.length) });
  }
  found = found.filter((f) => f.d === bound);
  const shortest = Math.min(...found.map((f) => f.len));
  return found
    .filter((f) => f.len === shortest)
    .slice(0, 2)
    .map((f) => f.c);
}

/** The one candidate a word most likely misspells, if one stands out. */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const list = nearest(word, candidates);
  return list.length === 1 ? list[0] : undefined;
}

/** `did you mean "a"?`, `did you mean "a" or "b"?`; empty without candidates. */
const meaning = (list: readonly string[]) =>
  list.length ? `did you mean ${list.map((c) => `"${c}"`).join(' or ')}?` : '';

const quoted = (message: string): string[] => [...message.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!);

/** 0-based line and character of a 1-based error position. */
const at = (e: RecordError) => ({ line: Math.max(0, e.line - 1), character: Math.max(0, e.column - 1) });

/** Where `key:` is written at or after a line (a flow map's `{ key: … }` too), else undefined. */
function keyPosition(
  lines: readonly string[],
  fromLine: number,
  key: string,
): { line: number; character: number } | undefined {
  for (let line = Math.max(0, fromLine); line < lines.length && line < fromLine + 200; line++) {
    const text = lines[line]!;
    for (let i = text.indexOf(key); i >= 0; i = text.indexOf(key, i + 1)) {
      const before = i === 0 ? ' ' : text[i - 1]!;
      const after = text.slice(i + key.length).trimStart();
      if (/[\s{,-]/.test(before) && after.startsWith(':')) return { line, character: i };
    }
  }
  return undefined;
}

/** The scalar written at a position (`GiB` of `unit: GiB }`), quotes taken off. */
function valueAt(lines: readonly string[], pos: { line: number; character: number }): string | undefined {
  const rest = lines[pos.line]?.slice(pos.character) ?? '';
  const m = /^(["']?)([^"'\n,}\]#]*)\1/.exec(rest);
  const value = m?.[2]?.trim();
  return value || undefined;
}

const join = (parent: string, key: string) => (parent ? `${parent}.${key}` : key);

const MISSING = /^missing \(required\)$|^empty: fill this in|^must be one of |^Invalid discriminator value/;
/** "unknown entity \"", "overrides unknown fact \"": the id follows, up to its closing quote. */
const ID_MESSAGE = /\bunknown (entity or fact|entity|fact|source) "/;
/** Fields that hold an entity, source or fact id. */
const ID_FIELD = /\.(entity|entities|source|fact)(?:\[\d+\])?$/;
const ID_KINDS: Record<string, keyof Omit<PackVocabulary, 'keys'>> = {
  entity: 'entities',
  fact: 'facts',
  source: 'sources',
  'entity or fact': 'entities',
};

/**
 * One file's errors → one Problems entry per field. `text`: the pack as written (to place an unknown
 * key on its own line and read a refused value); without it the errors are only merged by field.
 */
export function explainPackErrors(
  errors: readonly RecordError[],
  text: string | undefined,
  vocabulary: PackVocabulary,
): ExplainedPackError[] {
  const lines = text === undefined ? [] : text.split(/\r\n?|\n/);
  const absorbed = new Set<RecordError>();
  const out = new Map<string, { range: Range; messages: string[] }>();
  const add = (field: string, range: Range, message: string) => {
    const entry = out.get(field);
    if (!entry) out.set(field, { range, messages: [message] });
    else if (!entry.messages.includes(message)) entry.messages.push(message);
  };

  // Unknown keys first: each on its own line, merged with the required field it misspells.
  for (const e of errors) {
    if (!e.message.startsWith('unknown field')) continue;
    absorbed.add(e);
    const note = e.message.slice(e.message.lastIndexOf('"') + 1).trim();
    for (const key of quoted(e.message)) {
      const from = at(e);
      const pos = keyPosition(lines, from.line, key) ?? from;
      const range = { start: pos, end: { line: pos.line, character: pos.character + (pos === from ? 0 : key.length) } };
      const meant = didYouMean(key, vocabulary.keys);
      const missing = meant && errors.find((m) => m.field === join(e.field, meant) && MISSING.test(m.message));
      if (missing) absorbed.add(missing);
      const message = `unknown field "${key}"${meant ? `: did you mean "${meant}"?` : ''}${missing ? ` (${meant} is missing)` : ''}${note ? ` ${note}` : ''}`;
      add(join(e.field, key), range, message);
    }
  }

  for (const e of errors) {
    if (absorbed.has(e)) continue;
    const pos = at(e);
    let range: Range = { start: pos, end: pos };
    let message = e.message;
    const id = ID_MESSAGE.exec(e.message);
    const allowed = /^must be one of (.+)$/.exec(e.message);
    const discriminator = /^Invalid discriminator value\. Expected (.+)$/.exec(e.message);
    if (id) {
      const pool =
        id[1] === 'entity or fact' ? [...vocabulary.entities, ...vocabulary.facts] : vocabulary[ID_KINDS[id[1]!]!];
      const end = e.message.indexOf('"', id.index + id[0].length);
      const written = e.message.slice(id.index + id[0].length, end < 0 ? undefined : end);
      const meant = meaning(nearest(written, pool));
      if (meant && end >= 0) message = `${e.message.slice(0, end + 1)}: ${meant}${e.message.slice(end + 1)}`;
    } else if (ID_FIELD.test(e.field)) {
      // A malformed id ("nvidia-h20O"): the id it is nearest to.
      const written = valueAt(lines, pos);
      const kind = ID_FIELD.exec(e.field)![1]!;
      const meant =
        written !== undefined
          ? meaning(
              nearest(written, vocabulary[kind === 'source' ? 'sources' : kind === 'fact' ? 'facts' : 'entities']),
            )
          : '';
      if (meant) message = `"${written}": ${meant} (${e.message})`;
    } else if (allowed || discriminator) {
      const values = allowed ? quoted(allowed[1]!) : [...discriminator![1]!.matchAll(/'([^']*)'/g)].map((m) => m[1]!);
      const written = valueAt(lines, pos);
      const meant = written !== undefined ? meaning(nearest(written, values)) : '';
      if (written !== undefined)
        range = { start: pos, end: { line: pos.line, character: pos.character + written.length } };
      if (meant)
        message = `"${written}": ${meant} (${allowed ? `must be one of ${allowed[1]}` : `expected ${discriminator![1]}`})`;
    }
    add(e.field || `:${e.line}:${e.column}:${e.message}`, range, message);
  }
  const before = (a: Range, b: Range) => a.start.line - b.start.line || a.start.character - b.start.character;
  return [...out]
    .sort((a, b) => before(a[1].range, b[1].range))
    .map(([field, { range, messages }]) => ({
      field: field.startsWith(':') ? '' : field,
      range,
      message: `${field.startsWith(':') ? '' : `${field}: `}${messages.join('; ')}`,
    }));
}

/** The keys a JSON Schema names anywhere (its `properties`), for "did you mean" on unknown keys. */
export function schemaKeys(schema: unknown): string[] {
  const keys = new Set<string>();
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    const props = (node as { properties?: unknown }).properties;
    if (props && typeof props === 'object') for (const k of Object.keys(props)) keys.add(k);
    for (const v of Object.values(node)) walk(v);
  };
  walk(schema);
  return [...keys].sort();
}

/** The ids a pack's text defines (its own sources, entities and facts), read loosely: it may not be valid. */
export function idsInPack(data: unknown): Pick<PackVocabulary, 'entities' | 'facts' | 'sources'> {
  const idsOf = (list: unknown) =>
    Array.isArray(list)
      ? list
          .map((x) => (x && typeof x === 'object' ? (x as { id?: unknown }).id : undefined))
          .filter((id): id is string => typeof id === 'string')
      : [];
  const d = data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  return {
    entities: idsOf(d['entities']),
    facts: [...idsOf(d['facts']), ...idsOf(d['overrides'])],
    sources: idsOf(d['sources']),
  };
}
