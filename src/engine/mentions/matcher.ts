/**
 * Finds every entity name and alias of the record in prose with ONE
 * precompiled regular expression: case-insensitive, tolerant of hyphens and
 * spaces between name parts ("H-100", "H100", "Ascend910B"), plural-tolerant.
 */
import type { EntityKind } from '../record/schema';
import type { RecordIndex } from '../record/record-index';

export interface RawMention {
  start: number;
  end: number;
  entityId: string;
  variantId?: string;
  kind: EntityKind;
  text: string;
}

interface Target {
  entityId: string;
  variantId?: string;
  kind: EntityKind;
  /** Short all-caps aliases (BIS, AMD, FT) must match in case. */
  exact?: string;
}

/** Lowercase with separators removed: the key both aliases and matches reduce to. */
export function nameKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s_‐‑–-]+/g, '')
    .replace(/’/g, "'");
}

/** Characters that may stand between two parts of a name ("H-100", "H 100", "Ascend 910B"). */
function isSeparator(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x2010 ||
    c === 0x2011 ||
    c === 0x2013 ||
    c === 45 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const LETTER = /\p{L}/u;
const NUMBER = /\p{N}/u;
const enum Part {
  Letter,
  Digit,
  Separator,
  Other,
}
/** The class of the code point at `i` (ASCII decided without a RegExp). */
function partAt(text: string, i: number): Part {
  const c = text.charCodeAt(i);
  if (c < 128) {
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return Part.Letter;
    if (c >= 48 && c <= 57) return Part.Digit;
    return isSeparator(c) ? Part.Separator : Part.Other;
  }
  if (isSeparator(c)) return Part.Separator;
  const ch = String.fromCodePoint(text.codePointAt(i)!);
  return LETTER.test(ch) ? Part.Letter : NUMBER.test(ch) ? Part.Digit : Part.Other;
}

/** UTF-16 units of the code point at `i`. */
const widthAt = (text: string, i: number) =>
  (text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;

/** Where the run of `part` that starts at `i` ends (a single character for separators and others). */
function runEndAt(text: string, i: number, part: Part): number {
  let end = i + widthAt(text, i);
  if (part === Part.Letter || part === Part.Digit)
    while (end < text.length && partAt(text, end) === part) end += widthAt(text, end);
  return end;
}

const isWordPart = (p: Part) => p === Part.Letter || p === Part.Digit;

/** The length of a plural ending ("s" or "es") that stands alone at `at` ("H100s"), or 0. */
function pluralAt(text: string, at: number, endsWord: (at: number) => boolean): number {
  const c = text.charCodeAt(at) | 32;
  if (c === 115 && endsWord(at + 1)) return 1; // s
  if (c === 101 && (text.charCodeAt(at + 1) | 32) === 115 && endsWord(at + 2)) return 2; // es
  return 0;
}

const lower = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

/** A hash of text[start, end) lowercased (ASCII), as a small integer. */
function runHash(text: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + lower(text.charCodeAt(i))) | 0;
  return h;
}

/**
 * Matches names by their key, not by one regular expression: the text is read
 * as runs of letters, runs of digits and single other characters; from each
 * run that starts a word, runs are joined (at most one separator between two)
 * while the joined key is still the start of some name's key. The longest
 * name that ends at a word boundary wins; a plural "s"/"es" may follow it.
 * (A single RegExp alternating every alias cost ~2 ms per KB of prose and
 * more after each full GC, when V8 recompiles it.)
 */
/** How many texts' mentions a matcher keeps (find's memo); past it the memo starts again. */
const FOUND_KEPT = 4096;

export class MentionMatcher {
  private readonly targets = new Map<string, Target>();
  /** Every prefix of every key: where joining runs may still lead to a name. */
  private readonly prefixes = new Set<string>();
  /** The first two characters of every key, as one number: most words are turned away by them alone, without a string. */
  private readonly starts = new Set<number>();
  /** The first character of every key: a lone letter, digit or mark ("a", "3", "|") that starts none begins no name. */
  private readonly firsts = new Set<number>();
  /**
   * A hash (runHash) of every prefix of every key, and of every key with a plural ending: a run of ASCII letters or
   * digits whose hash is not here begins no name, so it is turned away without a string. (The two-letter filter
   * let two words in three through: "th", "co", "in"; a collision only lets a word through to the exact test.)
   */
  private readonly runHashes = new Set<number>();

  constructor(index: RecordIndex) {
    const add = (alias: string, target: Target) => {
      const key = nameKey(alias);
      if (!key || this.targets.has(key)) return;
      const exact = alias.length <= 3 && alias === alias.toUpperCase() ? alias : undefined;
      this.targets.set(key, exact ? { ...target, exact } : target);
      for (let i = 1; i <= key.length; i++) this.prefixes.add(key.slice(0, i));
      if (key.length >= 2) this.starts.add(key.charCodeAt(0) * 65536 + key.charCodeAt(1));
      this.firsts.add(key.charCodeAt(0));
      for (let i = 1; i <= key.length; i++) this.runHashes.add(runHash(key, 0, i));
      for (const plural of [key + 's', key + 'es']) this.runHashes.add(runHash(plural, 0, plural.length));
    };
    for (const e of index.entities.values()) {
      // Variant names first: "H100 SXM" must win over "H100".
      for (const v of e.variants)
        for (const name of [v.name, ...v.aliases]) add(name, { entityId: e.id, variantId: v.id, kind: e.kind });
      for (const name of [e.name, ...e.aliases]) add(name, { entityId: e.id, kind: e.kind });
    }
    // "DeepSeek released V4": a model named by its maker's name and a short code is named by the code alone where the
    // text names the maker. Only codes with a digit ("V4", "R1"), matched in case, so "Pro" or "Max" never are.
    for (const e of index.entities.values()) {
      if (e.kind !== 'model') continue;
      const maker = index.categoryFacts(e.id, 'maker')[0]?.value;
      const makerEntity = maker ? index.entities.get(maker) : undefined;
      if (!makerEntity) continue;
      const makerKeys = [makerEntity.name, ...makerEntity.aliases].map(nameKey).filter((k) => k.length >= 3);
      const named = [
        ...[e.name, ...e.aliases].map((n) => ({ n, variantId: undefined as string | undefined })),
        ...e.variants.flatMap((v) => [v.name, ...v.aliases].map((n) => ({ n, variantId: v.id as string | undefined }))),
      ];
      for (const { n, variantId } of named) {
        const cut = n.search(/[\s-]/);
        const short =
          cut > 0 && makerKeys.some((k) => nameKey(n).startsWith(k)) ? n.slice(cut).replace(/^[\s-]+/, '') : undefined;
        if (!short || !/\d/.test(short) || short.length > 10 || this.targets.has(nameKey(short))) continue;
        const list = this.scoped.get(maker!) ?? [];
        if (!list.some((x) => x.short === short))
          list.push({ short, target: { entityId: e.id, ...(variantId ? { variantId } : {}), kind: e.kind } });
        this.scoped.set(maker!, list);
      }
    }
    for (const list of this.scoped.values()) list.sort((a, b) => b.short.length - a.short.length);
  }

  /** By maker: the short codes its models go by where the maker is named ("V4" for DeepSeek-V4), longest first. */
  private readonly scoped = new Map<string, { short: string; target: Target }[]>();

  /** Whether the text names any entity at all (a cheap test before parsing). */
  mentionsAny(text: string): boolean {
    return this.scan(text, 0, true).length > 0;
  }

  /**
   * What find() said of each recent text at offset 0: a sentence is looked at again for every view the reader
   * builds of it and every window of it, and a heading or a table's row context for every cell. The mentions
   * depend only on the text and the record; the arrays are read, never changed, by every caller.
   */
  private readonly found = new Map<string, RawMention[]>();

  find(text: string, offset = 0): RawMention[] {
    if (offset !== 0) return this.findUncached(text, offset);
    const known = this.found.get(text);
    if (known) return known;
    const found = this.findUncached(text, 0);
    if (this.found.size >= FOUND_KEPT) this.found.clear();
    this.found.set(text, found);
    return found;
  }

  private findUncached(text: string, offset: number): RawMention[] {
    const found = this.scan(text, offset, false);
    if (!this.scoped.size || !found.some((m) => this.scoped.has(m.entityId))) return found;
    return this.withShortCodes(text, offset, found);
  }

  /** The found mentions and the short codes of the models of the makers among them, in order. */
  private withShortCodes(text: string, offset: number, found: RawMention[]): RawMention[] {
    const extra: RawMention[] = [];
    for (const maker of new Set(found.map((m) => m.entityId))) {
      for (const { short, target } of this.scoped.get(maker) ?? []) {
        for (let at = text.indexOf(short); at >= 0; at = text.indexOf(short, at + 1)) {
          const start = offset + at;
          const end = start + short.length;
          const before = at > 0 ? partAt(text, at - 1) : Part.Separator;
          const after = at + short.length < text.length ? partAt(text, at + short.length) : Part.Separator;
          // A whole word, not inside a name already found ("DeepSeek-V4" holds "V4") or another code.
          if (
            isWordPart(before) ||
            isWordPart(after) ||
            text.charCodeAt(at + short.length) === 45 ||
            (at > 0 && text.charCodeAt(at - 1) === 45)
          )
            continue;
          if ([...found, ...extra].some((m) => m.start < end && start < m.end)) continue;
          extra.push({
            start,
            end,
            entityId: target.entityId,
            ...(target.variantId ? { variantId: target.variantId } : {}),
            kind: target.kind,
            text: short,
          });
        }
      }
    }
    return extra.length ? [...found, ...extra].sort((a, b) => a.start - b.start) : found;
  }

  private scan(text: string, offset: number, firstOnly: boolean): RawMention[] {
    const found: RawMention[] = [];
    const n = text.length;
    /** Whether no letter or digit follows `at` (the end of a name). */
    const endsWord = (at: number) => at >= n || !isWordPart(partAt(text, at));
    let previous = Part.Separator;
    for (let i = 0; i < n;) {
      const part = partAt(text, i);
      const runEnd = runEndAt(text, i, part);
      if (part !== Part.Separator && !isWordPart(previous) && this.mayStartAt(text, i, runEnd)) {
        const match = this.matchAt(text, i, endsWord);
        if (match) {
          const target = this.targets.get(match.key)!;
          const core = text.slice(i, match.end);
          if (!target.exact || core.replace(/[\s-]/g, '') === target.exact.replace(/[\s-]/g, '')) {
            found.push({
              start: offset + i,
              end: offset + match.end,
              entityId: target.entityId,
              ...(target.variantId ? { variantId: target.variantId } : {}),
              kind: target.kind,
              text: core,
            });
            if (firstOnly) return found;
            previous = Part.Letter;
            i = match.consumed;
            continue;
          }
        }
      }
      previous = part;
      i = runEnd;
    }
    return found;
  }

  /** False when the run [start, runEnd) of ASCII letters or digits cannot begin any key. */
  private mayStartAt(text: string, start: number, runEnd: number): boolean {
    const a = text.charCodeAt(start);
    if (runEnd - start < 2) return a >= 128 || this.firsts.has(lower(a));
    const b = text.charCodeAt(start + 1);
    if (a >= 128 || b >= 128) return true;
    if (!this.starts.has(lower(a) * 65536 + lower(b))) return false;
    for (let i = start + 2; i < runEnd; i++) if (text.charCodeAt(i) >= 128) return true;
    return this.runHashes.has(runHash(text, start, runEnd));
  }

  /** The longest name starting at `start`: its key, where it ends, and where its plural ending (if any) ends. */
  private matchAt(
    text: string,
    start: number,
    endsWord: (at: number) => boolean,
  ): { key: string; end: number; consumed: number } | undefined {
    const n = text.length;
    let best: { key: string; end: number; consumed: number } | undefined;
    let key = '';
    /** runHash of the key so far, while it is all ASCII (then a run that leads to no name ends the search without a string). */
    let hash: number | undefined = 0;
    for (let pos = start; pos < n;) {
      const part = partAt(text, pos);
      if (part === Part.Separator) return best;
      const runEnd = runEndAt(text, pos, part);
      if (hash !== undefined) {
        let h: number | undefined = hash;
        for (let i = pos; i < runEnd; i++) {
          const c = text.charCodeAt(i);
          if (c >= 128) {
            h = undefined;
            break;
          }
          h = (Math.imul(h, 31) + lower(c)) | 0;
        }
        if (h !== undefined && !this.runHashes.has(h)) return best;
        hash = h;
      }
      const run = text.slice(pos, runEnd).toLowerCase();
      key += run === '’' ? "'" : run;
      if (this.targets.has(key)) {
        if (endsWord(runEnd)) best = { key, end: runEnd, consumed: runEnd };
        else {
          const plural = pluralAt(text, runEnd, endsWord);
          if (plural) best = { key, end: runEnd, consumed: runEnd + plural };
        }
      } else if (part === Part.Letter && endsWord(runEnd)) {
        // A plural inside the run: "Blackwells", "H100 SXMs".
        for (const suffix of ['es', 's']) {
          const stem = key.slice(0, -suffix.length);
          if (key.endsWith(suffix) && runEnd - suffix.length > pos && this.targets.has(stem)) {
            best = { key: stem, end: runEnd - suffix.length, consumed: runEnd };
            break;
          }
        }
      }
      if (!this.prefixes.has(key)) return best;
      // At most one separator between two parts of a name.
      pos = runEnd;
      if (pos < n && partAt(text, pos) === Part.Separator) pos += 1;
    }
    return best;
  }
}
