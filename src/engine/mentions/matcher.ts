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
  return text.toLowerCase().replace(/[\s\u00a0_‐‑–-]+/g, '').replace(/’/g, "'");
}

function aliasPattern(alias: string): string {
  // Split into letter runs, digit runs and punctuation; allow an optional separator at each boundary.
  const parts = alias.match(/\p{L}+|\p{N}+|[^\s\p{L}\p{N}]/gu) ?? [];
  return parts.map((p) => p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('[\\s\\u00a0‐‑–-]?');
}

export class MentionMatcher {
  private readonly regex: RegExp;
  private readonly targets = new Map<string, Target>();

  constructor(index: RecordIndex) {
    const aliases: string[] = [];
    const add = (alias: string, target: Target) => {
      const key = nameKey(alias);
      if (!key || this.targets.has(key)) return;
      const exact = alias.length <= 3 && alias === alias.toUpperCase() ? alias : undefined;
      this.targets.set(key, exact ? { ...target, exact } : target);
      aliases.push(alias);
    };
    for (const e of index.entities.values()) {
      // Variant names first: "H100 SXM" must win over "H100".
      for (const v of e.variants) for (const name of [v.name, ...v.aliases]) add(name, { entityId: e.id, variantId: v.id, kind: e.kind });
      for (const name of [e.name, ...e.aliases]) add(name, { entityId: e.id, kind: e.kind });
    }
    aliases.sort((a, b) => nameKey(b).length - nameKey(a).length);
    const body = aliases.map(aliasPattern).join('|') || '(?!)';
    this.regex = new RegExp(`(?<![\\p{L}\\p{N}])(${body})(?:s|es)?(?![\\p{L}\\p{N}])`, 'giu');
  }

  /** Whether the text names any entity at all (a cheap test before parsing). */
  mentionsAny(text: string): boolean {
    this.regex.lastIndex = 0;
    for (let m = this.regex.exec(text); m; m = this.regex.exec(text)) if (this.targets.has(nameKey(m[1]!))) return true;
    return false;
  }

  find(text: string, offset = 0): RawMention[] {
    const found: RawMention[] = [];
    this.regex.lastIndex = 0;
    for (let m = this.regex.exec(text); m; m = this.regex.exec(text)) {
      const core = m[1]!;
      const target = this.targets.get(nameKey(core));
      if (!target) continue;
      if (target.exact && core.replace(/[\s-]/g, '') !== target.exact.replace(/[\s-]/g, '')) continue;
      const start = m.index;
      found.push({
        start: offset + start,
        end: offset + start + core.length,
        entityId: target.entityId,
        ...(target.variantId ? { variantId: target.variantId } : {}),
        kind: target.kind,
        text: core,
      });
    }
    return found;
  }
}
