/**
 * Loading the record: YAML text → validated RecordFile (errors carry file, line,
 * column and field) → one CompiledRecord with every cross-reference checked.
 * Used at build time for the bundled record and at run time for workspace packs.
 */
import type * as YamlModule from 'yaml';
import type { Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import type * as SchemaModule from './schema';
import type {
  Entity,
  Fact,
  Publisher,
  Quantity,
  QuantityFact,
  RecordFile,
  RecordVersion,
  RelationCue,
  Source,
  StatusCue,
  EventCue,
  EventTypeCue,
  Tier,
} from './schema';
import { QUANTITY_ATTRIBUTE_DEFS } from './attributes';
import { resolveTier } from './tiers';
import type { AcceptedWording } from '../types';

/*
 * yaml and zod (through the schema) are needed to read record files — packs,
 * the build, the `record` commands — never to check a draft against a record
 * already compiled. They are loaded on first use, so the extension and the CLI
 * start without them (zod alone is the bundle's largest library).
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const yaml = (): typeof YamlModule => require('yaml');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const schema = (): typeof SchemaModule => require('./schema');
const isMap = (node: unknown) => yaml().isMap(node);
const isSeq = (node: unknown) => yaml().isSeq(node);

export interface RecordError {
  file: string;
  /** 1-based, as editors and compilers print them. */
  line: number;
  column: number;
  /** Dotted path of the field, e.g. "facts[3].value.unit". */
  field: string;
  message: string;
}

export function formatRecordError(e: RecordError): string {
  return `${e.file}:${e.line}:${e.column}: ${e.field ? `${e.field}: ` : ''}${e.message}`;
}

export interface Origin {
  /** "bundled" or the pack file path. */
  file: string;
  line: number;
}

/** A compiled fact: where it comes from, and the latest date a read source confirms it (always set). */
export type OriginFact = Fact & { origin: Origin; confirmed: string };
export type OriginEntity = Entity & { origin: Origin };
/** A source with the tier resolved from the publisher list at compile time. */
export type OriginSource = Source & { origin: Origin; tier: Tier; publisherId: string };
export type OriginPublisher = Publisher & { origin: Origin };

/** Event types that mark an entity's appearance: a status with no valid.from applies from the first of them. */
export const APPEARANCE = new Set<string>(['announced', 'launched']);

/** Category attributes whose value is another entity of the record. */
const ENTITY_VALUED_ATTRIBUTES = new Set<string>(['architecture', 'vendor', 'maker', 'parent', 'training_chip']);

export interface CompiledRecord {
  version: string;
  /** The publisher list: host → publisher → tier (bundled data/record/publishers.yaml plus packs'). */
  publishers: OriginPublisher[];
  /** The date the record was last reviewed as a whole (the bundled record's `reviewed`). */
  reviewed?: string;
  sources: OriginSource[];
  entities: OriginEntity[];
  facts: OriginFact[];
  /** Bundled facts that a pack replaced, kept so hovers and output can show both. */
  overridden: { fact: OriginFact; by: Origin }[];
  /** Accepted wordings; one with `draft` applies only to that draft (its path from the pack root). */
  accepted: AcceptedWording[];
  /** Relation cues of the record and its packs. */
  cues: RelationCue[];
  /** Status cues of the record and its packs. */
  statusCues?: StatusCue[];
  /** Event cues of the record and its packs, the record's first (older compiled records: none). */
  eventCues?: EventCue[];
  /** Event-type cues of the record and its packs, the record's first (older compiled records: none). */
  eventTypeCues?: EventTypeCue[];
  /** The bundled record's versions, oldest first, with the facts each changed (older compiled records: none). */
  changes?: RecordVersion[];
}

export interface ParsedFile {
  name: string;
  data?: RecordFile;
  /** Line (1-based) of each list item, by list and index: facts[3] → line. */
  lineOf: (path: (string | number)[]) => { line: number; column: number };
  errors: RecordError[];
}

const MAX_PACK_BYTES = 2 * 1024 * 1024;
const MAX_DEPTH = 12;

function fieldName(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
}

/** Parses one YAML record file as plain data (core schema: no custom tags, no code). */
export function parseRecordFile(text: string, name: string): ParsedFile {
  const errors: RecordError[] = [];
  const lineCounter = new (yaml().LineCounter)();
  const noPosition = () => ({ line: 1, column: 1 });
  if (text.length > MAX_PACK_BYTES / 4 && new TextEncoder().encode(text).length > MAX_PACK_BYTES) {
    return {
      name,
      lineOf: noPosition,
      errors: [
        {
          file: name,
          line: 1,
          column: 1,
          field: '',
          message: `file is larger than ${MAX_PACK_BYTES / 1024 / 1024} MB`,
        },
      ],
    };
  }
  // Line breaks as editors count them: YAML does not break lines at a lone CR (classic Mac files),
  // so a valid pack would read as one line. CRLF and CR become LF; lines and columns stay the same.
  const doc = yaml().parseDocument(text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text, {
    lineCounter,
    schema: 'core',
    customTags: [],
    merge: false,
    uniqueKeys: true,
    prettyErrors: false,
  });
  const position = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  // The field a YAML error sits in: the deepest list item or map value whose text holds the error's offset.
  const fieldAt = (offset: number): string => {
    const path: (string | number)[] = [];
    let node: unknown = doc.contents;
    const within = (n: unknown) =>
      !!n &&
      typeof n === 'object' &&
      'range' in n &&
      Array.isArray((n as YamlNode).range) &&
      (n as YamlNode).range![0] <= offset &&
      offset <= (n as YamlNode).range![2];
    for (let depth = 0; depth < MAX_DEPTH && node; depth++) {
      let next: unknown;
      if (isMap(node)) {
        for (const pair of node.items) {
          const key =
            pair.key && typeof pair.key === 'object' && 'value' in pair.key
              ? (pair.key as { value: unknown }).value
              : pair.key;
          // A pair spans from its key to the end of its value (a tag sits before the value's own range).
          const spans =
            within(pair.value) ||
            within(pair.key) ||
            (!!pair.key &&
              !!pair.value &&
              typeof pair.key === 'object' &&
              typeof pair.value === 'object' &&
              'range' in pair.key &&
              'range' in pair.value &&
              (pair.key as YamlNode).range![0] <= offset &&
              offset <= (pair.value as YamlNode).range![2]);
          if ((typeof key === 'string' || typeof key === 'number') && spans) {
            path.push(key);
            next = within(pair.value) ? pair.value : undefined;
            break;
          }
        }
      } else if (isSeq(node)) {
        const i = node.items.findIndex((item) => within(item));
        if (i >= 0) {
          path.push(i);
          next = node.items[i];
        }
      }
      // An unclosed flow collection swallows what follows it: the error belongs to the collection itself.
      node = (isMap(next) || isSeq(next)) && next.flow ? undefined : next;
    }
    return fieldName(path);
  };
  // Packs are data: a tag the core schema does not know (!!js/function, !!python/object) is an error, never dropped.
  for (const e of [...doc.errors, ...doc.warnings]) {
    errors.push({
      file: name,
      ...position(e.pos[0]),
      field: fieldAt(e.pos[0]),
      message: `YAML: ${e.message.split('\n')[0]}`,
    });
  }
  const lineOf = (path: (string | number)[]) => {
    // Walk down as far as the path exists; point at the deepest node found.
    let node: unknown = doc.contents;
    let found: YamlNode | undefined = doc.contents ?? undefined;
    for (const key of path) {
      if (isMap(node)) node = node.get(key, true);
      else if (isSeq(node) && typeof key === 'number') node = node.get(key, true);
      else break;
      if (node && typeof node === 'object' && 'range' in node) found = node as YamlNode;
      else break;
    }
    return found?.range ? position(found.range[0]) : { line: 1, column: 1 };
  };
  if (errors.length) return { name, lineOf, errors };

  const depthError = checkDepth(doc.contents, 0);
  if (depthError) {
    return { name, lineOf, errors: [{ file: name, line: 1, column: 1, field: '', message: depthError }] };
  }
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: 50 }) ?? {};
  } catch (e) {
    // "Excessive alias count": a billion-laughs style pack.
    return {
      name,
      lineOf,
      errors: [{ file: name, line: 1, column: 1, field: '', message: `YAML: ${(e as Error).message.split('\n')[0]}` }],
    };
  }
  const parsed = schema().RecordFile.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) errors.push(issueToError(issue, name, lineOf, raw));
    return { name, lineOf, errors };
  }
  return { name, data: parsed.data, lineOf, errors };
}

function checkDepth(node: unknown, depth: number): string | undefined {
  if (depth > MAX_DEPTH) return `nesting deeper than ${MAX_DEPTH} levels`;
  if (isMap(node))
    for (const pair of node.items) {
      const e = checkDepth(pair.value, depth + 1);
      if (e) return e;
    }
  if (isSeq(node))
    for (const item of node.items) {
      const e = checkDepth(item, depth + 1);
      if (e) return e;
    }
  return undefined;
}

function issueToError(issue: z.core.$ZodIssue, file: string, lineOf: ParsedFile['lineOf'], raw: unknown): RecordError {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  let message = issue.message;
  if (issue.code === 'unrecognized_keys') {
    message = `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    // Record files written before tiers: say what replaced the field.
    if (issue.keys.includes('quality') && path[0] === 'sources')
      message +=
        ' (a source no longer carries a quality: its tier comes from the publisher list by its host; remove the field and list the host under publishers:)';
  }
  if (issue.code === 'invalid_value' && 'values' in issue)
    message = `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  const value = valueAt(raw, path);
  if (issue.code === 'invalid_type' && value === undefined) message = 'missing (required)';
  // An entry left blank (`source:` or `source: ""`), e.g. a draft from "Add to the workspace record…".
  else if (
    (value === null && issue.code === 'invalid_type') ||
    (value === '' && (issue.code === 'invalid_format' || issue.code === 'too_small'))
  )
    message = 'empty: fill this in (required)';
  return { file, ...lineOf(path), field: fieldName(path), message };
}

function valueAt(root: unknown, path: (string | number)[]): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** The units a quantity attribute may be recorded in (record/attributes.ts): memory in watts is a typo, never a fact. */
const unitsOf = (attribute: QuantityFact['attribute']): readonly Quantity['unit'][] =>
  QUANTITY_ATTRIBUTE_DEFS[attribute].units;

/**
 * Words a pack may not use alone as a name: the words the record's cues and attribute labels are made of, the nouns a
 * draft refers back with, and the function words of every sentence. Built once per base record.
 */
const COMMON_WORDS = new WeakMap<CompiledRecord, Set<string>>();
const FUNCTION_WORDS =
  'a an the this that these those it its they them their he she his her we our you is are was were be been being has have had do does did will would can could may might must shall should of in on at to for from by with and or but not no as than then so if about into over under after before since until per via'.split(
    ' ',
  );
const REFERENCE_NOUNS =
  'chip chips card cards part parts gpu gpus accelerator accelerators processor processors device devices module modules company companies firm firms group groups model models rule rules ban bans curbs restrictions controls licence license deal'.split(
    ' ',
  );
function commonWords(base: CompiledRecord): Set<string> {
  let words = COMMON_WORDS.get(base);
  if (words) return words;
  words = new Set([...FUNCTION_WORDS, ...REFERENCE_NOUNS]);
  const add = (phrase: string) => {
    for (const w of phrase.toLowerCase().split(/[\s-]+/)) if (/^\p{L}{2,}$/u.test(w)) words!.add(w);
  };
  for (const c of base.cues) [...c.phrases, ...c.valueNouns].forEach(add);
  for (const c of base.statusCues ?? []) [...c.states, ...c.verbs, ...c.participles].forEach(add);
  for (const def of Object.values(QUANTITY_ATTRIBUTE_DEFS)) add(def.label);
  COMMON_WORDS.set(base, words);
  return words;
}

/** Why an override cannot replace the fact it names (another kind, entity, attribute…), or undefined. */
function overrideMismatch(prior: Fact, f: Fact): string | undefined {
  const was = (what: string, a: unknown, b: unknown) =>
    `changes the ${what} of bundled fact "${prior.id}" (${JSON.stringify(a)} → ${JSON.stringify(b)}); an override may change the value, dates and sources, not what the fact is about: add a new fact instead`;
  if (prior.kind !== f.kind) return was('kind', prior.kind, f.kind);
  if (prior.kind === 'event' && f.kind === 'event')
    return prior.type !== f.type ? was('event type', prior.type, f.type) : undefined;
  if (prior.kind === 'event' || f.kind === 'event') return undefined;
  if (prior.entity !== f.entity) return was('entity', prior.entity, f.entity);
  if ((prior.kind === 'quantity' || prior.kind === 'category') && (f.kind === 'quantity' || f.kind === 'category')) {
    if (prior.attribute !== f.attribute) return was('attribute', prior.attribute, f.attribute);
    if ((prior.variant ?? null) !== (f.variant ?? null))
      return was('variant', prior.variant ?? null, f.variant ?? null);
  }
  // A status moved to the other side (US export ↔ China's import) stops judging the side it was about.
  if (prior.kind === 'status' && f.kind === 'status' && prior.side !== f.side) return was('side', prior.side, f.side);
  return undefined;
}

/** The words and numbers of a text, lower case ("H200's 141 GB" → h200, s, 141, gb). */
const tokens = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Why an accepted wording cannot be one, or undefined. The engine accepts a
 * claim when its text holds the wording or the wording holds it, so a blank
 * wording, or one with no word or number of the fact, would accept every claim of it.
 */
function wordingProblem(wording: string, fact: Fact, entities: Map<string, Entity>): string | undefined {
  if (!wording.trim()) return 'a wording of only spaces would accept every claim of the fact';
  const own = tokens(wording);
  if (!own.length) return 'a wording needs a word or a number: punctuation alone would accept every claim of the fact';
  const ids = fact.kind === 'event' ? fact.entities : [fact.entity];
  const names = ids.flatMap((id) => {
    const e = entities.get(id);
    return e ? [e.name, ...e.aliases, ...e.variants.flatMap((v) => [v.name, ...v.aliases])] : [];
  });
  const value =
    fact.kind === 'quantity'
      ? [
          String(fact.value.amount),
          fact.value.unit,
          ...(fact.value.sparse !== undefined ? [String(fact.value.sparse)] : []),
        ]
      : fact.kind === 'category'
        ? [
            fact.value,
            ...(entities.get(fact.value) ? [entities.get(fact.value)!.name, ...entities.get(fact.value)!.aliases] : []),
          ]
        : fact.kind === 'event'
          ? [fact.date, fact.summary]
          : [fact.status.replace(/_/g, ' '), fact.summary];
  const known = new Set(tokens([...names, ...value].join(' ')));
  if (!own.some((t) => known.has(t)))
    return `the wording has no word or number of the fact (its entity, value or unit): it would not hold a claim of "${fact.id}"`;
  if (fact.kind === 'quantity' && !/\p{N}/u.test(wording))
    return 'a wording of a quantity needs its number (a unit alone would accept every claim of the fact)';
  return undefined;
}

/** Whether two definitions of a source say the same (a pack may repeat a bundled source, not change it). */
const sameSource = (a: Source, b: Source) =>
  a.url === b.url &&
  a.title === b.title &&
  a.publisher === b.publisher &&
  a.date === b.date &&
  a.accessed === b.accessed &&
  a.syndicatedFrom === b.syndicatedFrom &&
  a.copyOf === b.copyOf &&
  (a.dateNote ?? '') === (b.dateNote ?? '');

/**
 * Merges parsed files into one record and checks what zod cannot see across files:
 * duplicate ids, references to unknown entities, sources and facts.
 * `base` is the bundled record when compiling workspace packs over it.
 */
export function compileRecord(
  files: ParsedFile[],
  options: { version: string; base?: CompiledRecord },
): { record: CompiledRecord; errors: RecordError[] } {
  const errors: RecordError[] = files.flatMap((f) => f.errors);
  const base = options.base;
  const publishers = new Map<string, OriginPublisher>((base?.publishers ?? []).map((p) => [p.id, p]));
  const sources = new Map<string, OriginSource>((base?.sources ?? []).map((s) => [s.id, s]));
  const entities = new Map<string, OriginEntity>((base?.entities ?? []).map((e) => [e.id, e]));
  const facts = new Map<string, OriginFact>((base?.facts ?? []).map((f) => [f.id, f]));
  const reviewedDates = files
    .map((f) => f.data?.reviewed)
    .filter((d): d is string => !!d)
    .sort();
  const reviewed = base?.reviewed ?? reviewedDates[reviewedDates.length - 1];
  /** The fact's own date, else the newest date of its cited sources (their access date when undated). */
  const confirmedOf = (f: Fact): string => {
    if (f.confirmed) return f.confirmed;
    if (f.asOf) return f.asOf;
    const dates = f.citations
      .map((c) => sources.get(c.source))
      .filter((s): s is OriginSource => !!s)
      .map((s) => s.date ?? s.accessed)
      .sort();
    return dates[dates.length - 1] ?? '';
  };
  const overridden = [...(base?.overridden ?? [])];
  const accepted = [...(base?.accepted ?? [])];
  const cues = [...(base?.cues ?? [])];
  const statusCues = [...(base?.statusCues ?? [])];
  const eventCues = [...(base?.eventCues ?? [])];
  const eventTypeCues = [...(base?.eventTypeCues ?? [])];
  const changes = [...(base?.changes ?? [])];
  const fail = (file: ParsedFile, path: (string | number)[], message: string) =>
    errors.push({ file: file.name, ...file.lineOf(path), field: fieldName(path), message });

  /*
   * The bundled quantity or category fact a pack's new fact would stand beside (same entity, attribute and variant,
   * dates that overlap): round ten's probe, a pack fact of 96 GB for the H200's memory turned "96 GB" into a pass
   * with no word, the override rules bypassed by writing facts: for overrides:.
   */
  type Held = {
    id: string;
    entity: string;
    attribute: string;
    variant?: string;
    valid?: { from?: string; to?: string };
  };
  const bundledHolder = (f: Omit<Held, 'id'>): (Held & { origin: Origin }) | undefined =>
    base?.facts.find(
      (b): b is typeof b & Held =>
        (b.kind === 'quantity' || b.kind === 'category') &&
        b.entity === f.entity &&
        b.attribute === f.attribute &&
        // A fact of no variant is the chip's whole: it stands beside every variant's, and they beside it.
        (!b.variant || !f.variant || b.variant === f.variant) &&
        (b.valid?.from ?? '0000') <= (f.valid?.to ?? '9999') &&
        (f.valid?.from ?? '0000') <= (b.valid?.to ?? '9999'),
    );
  const good = files.filter((f) => f.data);
  /** Facts these files override, and where: a second override of one fact is an error. */
  const overriddenHere = new Map<string, Origin>();
  // Definitions first, so references may point forward and across files.
  // The publisher list first: every source's tier is resolved from it.
  const hostOwner = new Map<string, OriginPublisher>();
  for (const p of publishers.values()) for (const h of p.hosts) hostOwner.set(h, p);
  for (const file of good) {
    file.data!.publishers.forEach((p, i) => {
      const prior = publishers.get(p.id);
      if (prior) {
        const same = JSON.stringify({ ...prior, origin: undefined }) === JSON.stringify({ ...p, origin: undefined });
        if (!same)
          fail(
            file,
            ['publishers', i, 'id'],
            `duplicate publisher id "${p.id}" (first defined in ${prior.origin.file}:${prior.origin.line})`,
          );
        return;
      }
      const entry = { ...p, origin: { file: file.name, line: file.lineOf(['publishers', i]).line } };
      let ok = true;
      p.hosts.forEach((h, j) => {
        const owner = hostOwner.get(h);
        if (owner && owner.id !== p.id) {
          ok = false;
          fail(
            file,
            ['publishers', i, 'hosts', j],
            `host "${h}" is already listed for publisher "${owner.id}" (${owner.origin.file}:${owner.origin.line})`,
          );
        }
      });
      if (!ok) return;
      for (const h of p.hosts) hostOwner.set(h, entry);
      publishers.set(p.id, entry);
    });
  }
  for (const file of good) {
    const data = file.data!;
    data.sources.forEach((s, i) => {
      const prior = sources.get(s.id);
      // The same source written twice, word for word, is harmless; any difference would be dropped silently, so it is an error.
      if (prior && prior.url !== s.url)
        fail(
          file,
          ['sources', i, 'id'],
          `duplicate source id "${s.id}" (first defined in ${prior.origin.file}:${prior.origin.line})`,
        );
      else if (prior && !sameSource(prior, s))
        fail(
          file,
          ['sources', i, 'id'],
          `source id "${s.id}" is already defined in ${prior.origin.file}:${prior.origin.line} with another title, publisher, date, syndication or copy; use a new id, or cite "${s.id}" without defining it again`,
        );
      else if (!prior) {
        const tier = resolveTier(s, publishers);
        if (!tier.ok) fail(file, ['sources', i, tier.field], tier.message);
        sources.set(s.id, {
          ...s,
          tier: tier.ok ? tier.tier : 'weak',
          publisherId: tier.ok ? tier.publisher.id : '',
          origin: { file: file.name, line: file.lineOf(['sources', i]).line },
        });
      }
    });
    // A pack's name that is an ordinary word the reader reads ("memory", "has", "the") would take every sentence
    // using it for the pack's entity, and the bundled claims there would go unjudged (names match in any case).
    if (base)
      data.entities.forEach((e, i) => {
        const names: [string, (string | number)[]][] = [
          [e.name, ['entities', i, 'name']],
          ...e.aliases.map((a, j): [string, (string | number)[]] => [a, ['entities', i, 'aliases', j]]),
          ...e.variants.flatMap((v, k) => [
            [v.name, ['entities', i, 'variants', k, 'name']] as [string, (string | number)[]],
            ...v.aliases.map((a, j): [string, (string | number)[]] => [
              a,
              ['entities', i, 'variants', k, 'aliases', j],
            ]),
          ]),
        ];
        for (const [name, path] of names)
          if (commonWords(base).has(name.trim().toLowerCase()))
            fail(
              file,
              path,
              `"${name}" is an ordinary word the checker reads in every draft: as a name it would take each sentence using it for "${e.id}" (names are matched in any case); give the name as drafts write it (for example with its maker or model number)`,
            );
      });
    data.entities.forEach((e, i) => {
      const prior = entities.get(e.id);
      if (prior)
        fail(
          file,
          ['entities', i, 'id'],
          `duplicate entity id "${e.id}" (first defined in ${prior.origin.file}:${prior.origin.line})`,
        );
      else entities.set(e.id, { ...e, origin: { file: file.name, line: file.lineOf(['entities', i]).line } });
    });
    data.facts.forEach((f, i) => {
      const prior = facts.get(f.id);
      const holder = f.kind === 'quantity' || f.kind === 'category' ? bundledHolder(f) : undefined;
      if (prior)
        fail(
          file,
          ['facts', i, 'id'],
          `duplicate fact id "${f.id}" (first defined in ${prior.origin.file}:${prior.origin.line}); to replace a bundled fact, put it under overrides`,
        );
      else if (holder)
        fail(
          file,
          ['facts', i, 'id'],
          `fact "${f.id}" gives ${holder.entity}'s ${holder.attribute}${holder.variant ? ` (${holder.variant})` : ''}, which the bundled fact "${holder.id}" already holds (${holder.origin.file}:${holder.origin.line}) at the same dates: a second value would make a claim of either pass; to replace it, put it under overrides with id "${holder.id}"`,
        );
      else facts.set(f.id, { ...f, confirmed: '', origin: { file: file.name, line: file.lineOf(['facts', i]).line } });
    });
  }
  for (const file of good) {
    file.data!.overrides.forEach((f, i) => {
      const prior = facts.get(f.id);
      const origin = { file: file.name, line: file.lineOf(['overrides', i]).line };
      const earlier = overriddenHere.get(f.id);
      const mismatch = prior && !earlier ? overrideMismatch(prior, f) : undefined;
      if (!prior) fail(file, ['overrides', i, 'id'], `overrides unknown fact "${f.id}"`);
      // Two packs overriding one fact: which one wins would depend on file names. An error names both.
      else if (earlier)
        fail(
          file,
          ['overrides', i, 'id'],
          `fact "${f.id}" is already overridden in ${earlier.file}:${earlier.line}; one fact can be overridden once (remove one of the two)`,
        );
      else if (mismatch) fail(file, ['overrides', i, 'id'], mismatch);
      else {
        overridden.push({ fact: prior, by: origin });
        overriddenHere.set(f.id, origin);
        facts.set(f.id, { ...f, confirmed: '', origin });
      }
    });
    cues.push(...file.data!.cues);
    statusCues.push(...file.data!.statusCues);
    eventCues.push(...file.data!.eventCues);
    eventTypeCues.push(...file.data!.eventTypeCues);
    file.data!.changes.forEach((v, i) => {
      if (base) return fail(file, ['changes', i], 'only the bundled record keeps a changelog of versions');
      const prior = changes.find((c) => c.version === v.version);
      if (prior) return fail(file, ['changes', i, 'version'], `duplicate record version "${v.version}"`);
      const last = changes[changes.length - 1];
      if (last && last.date > v.date)
        return fail(
          file,
          ['changes', i, 'date'],
          `versions are listed oldest first: ${v.date} is before ${last.version} (${last.date})`,
        );
      changes.push(v);
    });
  }
  for (const file of good) {
    file.data!.accepted.forEach((a, i) => {
      const fact = facts.get(a.fact);
      const problem = fact && wordingProblem(a.wording, fact, entities);
      if (!fact) fail(file, ['accepted', i, 'fact'], `accepts a wording for unknown fact "${a.fact}"`);
      else if (problem) fail(file, ['accepted', i, 'wording'], problem);
      else accepted.push({ ...a, origin: { file: file.name, line: file.lineOf(['accepted', i]).line } });
    });
  }
  // Entities with an announcement or launch among all the facts (bundled and these files'): a status with no start
  // applies from the first of them (record-index.ts, statusFrom).
  let appearing: Set<string> | undefined;
  const appearsIn = (entity: string) =>
    (appearing ??= new Set(
      [...facts.values()].flatMap((f) => (f.kind === 'event' && APPEARANCE.has(f.type) ? f.entities : [])),
    )).has(entity);
  // References, checked only for what these files define.
  const ownFacts = good.flatMap((file) =>
    (['facts', 'overrides'] as const).flatMap((list) =>
      file.data![list].map((fact, i) => ({ file, fact, path: [list, i] as (string | number)[] })),
    ),
  );
  for (const { file, fact, path } of ownFacts) {
    const entityIds = fact.kind === 'event' ? fact.entities : [fact.entity];
    entityIds.forEach((id, j) => {
      if (!entities.has(id))
        fail(file, fact.kind === 'event' ? [...path, 'entities', j] : [...path, 'entity'], `unknown entity "${id}"`);
    });
    if ('variant' in fact && fact.variant) {
      const entity = entities.get(fact.entity);
      if (entity && !entity.variants.some((v) => v.id === fact.variant))
        fail(file, [...path, 'variant'], `entity "${fact.entity}" has no variant "${fact.variant}"`);
    }
    if (fact.kind === 'quantity' && !unitsOf(fact.attribute).includes(fact.value.unit)) {
      fail(
        file,
        [...path, 'value', 'unit'],
        `${fact.attribute} is recorded in ${unitsOf(fact.attribute).join(' or ')}, not ${fact.value.unit}`,
      );
    }
    if (fact.kind === 'quantity' && fact.relativeTo && !entities.has(fact.relativeTo) && !facts.has(fact.relativeTo)) {
      fail(file, [...path, 'relativeTo'], `unknown entity or fact "${fact.relativeTo}"`);
    }
    if (fact.kind === 'category' && ENTITY_VALUED_ATTRIBUTES.has(fact.attribute) && !entities.has(fact.value)) {
      fail(file, [...path, 'value'], `unknown entity "${fact.value}"`);
    }
    if (fact.kind === 'category' && fact.at && !entities.has(fact.at))
      fail(file, [...path, 'at'], `unknown entity "${fact.at}"`);
    const citationLists: [(string | number)[], { source: string }[]][] = [
      [[...path, 'citations'], fact.citations],
      ...fact.conflicts.map((c, k): [(string | number)[], { source: string }[]] => [
        [...path, 'conflicts', k, 'citations'],
        c.citations,
      ]),
    ];
    for (const [listPath, list] of citationLists) {
      list.forEach((c, k) => {
        if (!sources.has(c.source)) fail(file, [...listPath, k, 'source'], `unknown source "${c.source}"`);
      });
    }
    if (fact.valid?.from && fact.valid.to && fact.valid.from > fact.valid.to)
      fail(file, [...path, 'valid'], `valid.from ${fact.valid.from} is after valid.to ${fact.valid.to}`);
    if (fact.kind === 'status' && !fact.valid.from && entities.has(fact.entity) && !appearsIn(fact.entity))
      fail(
        file,
        [...path, 'valid'],
        `a status with no valid.from applies from its entity's announcement or launch, and the record has neither for "${fact.entity}": give valid.from (the day it began, or the earliest day a source confirms it)`,
      );
    if (fact.kind === 'status') {
      const china = CHINA_IMPORT.has(fact.status);
      if (china !== (fact.side === 'china-import'))
        fail(
          file,
          [...path, 'status'],
          `status "${fact.status}" belongs to the ${china ? 'china-import' : 'us-export'} side, but the fact's side is ${fact.side}`,
        );
    }
  }
  // Every fact this compile defines gets its confirmation date (sources are all known by now).
  for (const { fact } of ownFacts) {
    const compiled = facts.get(fact.id);
    if (compiled && !compiled.confirmed) compiled.confirmed = confirmedOf(fact);
  }
  return {
    record: {
      version: options.version,
      publishers: [...publishers.values()],
      ...(reviewed ? { reviewed } : {}),
      sources: [...sources.values()],
      entities: [...entities.values()],
      facts: [...facts.values()],
      overridden,
      accepted,
      cues,
      statusCues,
      eventCues,
      eventTypeCues,
      ...(changes.length ? { changes } : {}),
    },
    errors,
  };
}

const CHINA_IMPORT = new Set(['import_blocked', 'purchase_discouraged', 'import_conditional', 'import_allowed']);

/** A short stable hash of the record's content, for its version string and caches. */
export function contentHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
