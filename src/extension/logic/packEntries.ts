/**
 * Pack entries drafted from a finding, as plain data and YAML text:
 *  - "Add to the workspace record…" on an unknown or disputed claim: a new
 *    fact (unknown) or an override of the disputed fact, with the claim's
 *    value and an EMPTY source, so the pack shows an error until it is filled;
 *  - "Accept this wording": an `accepted` entry for the finding's fact.
 * And the edit that appends an entry to the pack's list without reformatting
 * the rest of the file. No `vscode` import: unit-tested.
 */
import type * as YamlModule from 'yaml';
import type { YAMLSeq } from 'yaml';
import {
  CATEGORY_ATTRIBUTES,
  claimKind,
  monthIndex,
  QUANTITY_ATTRIBUTES,
  unitAfterNumber,
  unitNamed,
  unitsOfAttribute,
  type EventType,
  type ExportStatus,
  type Finding,
  type OriginFact,
  type RecordIndex,
  type Unit,
} from '../../engine';

// yaml is loaded when a pack entry is written, not when the extension starts.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const yaml = (): typeof YamlModule => require('yaml');
import { detectEol } from './edits';

export type PackList = 'facts' | 'overrides' | 'accepted' | 'sources' | 'publishers';

export interface DraftEntry {
  list: PackList;
  entry: Record<string, unknown>;
  /** Short description for the log and the notification. */
  summary: string;
}

/** Which findings get which action. */
export const canAddToRecord = (f: Pick<Finding, 'verdict' | 'entityId'>): boolean =>
  (f.verdict === 'unknown' || f.verdict === 'disputed') && !!f.entityId;
export const canAccept = (f: Pick<Finding, 'verdict' | 'factId' | 'claim'>): boolean =>
  !!f.factId &&
  !!f.claim.trim() &&
  (f.verdict === 'contradicted' || f.verdict === 'outdated' || f.verdict === 'disputed');

// ── reading the finding ─────────────────────────────────────────────────────

const FAMILY_TYPE: Record<string, EventType> = {
  restrict: 'export_licence_required',
  announce: 'announced',
  rescind: 'rule_rescinded',
  approve: 'export_approved',
  report: 'report_published',
  issue: 'rule_released',
};

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  sixteen: 16,
  'seventy-two': 72,
};
/** An attribute recorded only as a count (GPUs, CPUs, dies), by the attribute table. */
const countOnly = (attribute: string) => unitsOfAttribute(attribute).join() === 'count';

/** "310 W" → { amount: 310, unit: 'W' }; "$5.5 billion" for a charge → USD billion. Unreadable parts are null. */
export function parseQuantity(
  text: string,
  attribute: string | undefined,
  fallbackUnit?: Unit,
): { amount: number | null; unit: Unit | null; approximate?: boolean } {
  const t = text.replace(/\u00a0/g, ' ').trim();
  const approximate = /^(?:about|around|roughly|approximately|nearly|almost|~)/i.test(t) || undefined;
  // The first number, then what follows it (sliced, not matched: `\s*(.*)$` after it backtracked).
  const m = /\d[\d,]*(?:\.\d+)?/.exec(t);
  let amount: number | null = null;
  let rest = '';
  if (m) {
    amount = Number(m[0].replace(/,/g, ''));
    rest = t.slice(m.index + m[0].length).trim();
  } else {
    const w = /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|sixteen|seventy-two)\b/i.exec(t);
    if (w) {
      amount = NUMBER_WORDS[w[1]!.toLowerCase()]!;
      rest = t.slice(w.index + w[0].length).trim();
    }
  }
  let unit: Unit | null;
  if (attribute && countOnly(attribute)) unit = 'count';
  else if (attribute === 'charge' && /\$|usd|dollar/i.test(t) && /billion|bn/i.test(t)) unit = 'USD billion';
  else {
    // The unit table's words (src/engine/record/units.ts), as the reader reads them after a number ("5120-bit").
    unit = unitAfterNumber(rest.replace(/^[\s-]+/, '')) ?? null;
    if (!unit && attribute === 'transistors') unit = 'billion';
  }
  if (!unit && fallbackUnit) unit = fallbackUnit;
  if (amount !== null && !Number.isFinite(amount)) amount = null;
  return { amount, unit, ...(approximate ? { approximate } : {}) };
}

/** "13 November 2023", "November 13, 2023", "March 2019", "2024", "2023-11-13" → an IsoDate, else null. */
export function parseDate(text: string): string | null {
  const t = text.toLowerCase();
  const iso = /\b\d{4}-\d{2}(?:-\d{2})?\b/.exec(t);
  if (iso) return iso[0];
  const month = (name: string) => monthIndex(name) + 1;
  const pad = (n: number) => String(n).padStart(2, '0');
  const dmy = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,})\.?,?\s+(\d{4})\b/.exec(t);
  if (dmy && month(dmy[2]!) > 0) return `${dmy[3]}-${pad(month(dmy[2]!))}-${pad(Number(dmy[1]))}`;
  const mdy = /\b([a-z]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(t);
  if (mdy && month(mdy[1]!) > 0) return `${mdy[3]}-${pad(month(mdy[1]!))}-${pad(Number(mdy[2]))}`;
  const my = /\b([a-z]{3,})\.?,?\s+(\d{4})\b/.exec(t);
  if (my && month(my[1]!) > 0) return `${my[2]}-${pad(month(my[1]!))}`;
  const y = /\b((?:19|20)\d{2})\b/.exec(t);
  return y ? y[1]! : null;
}

/** The export status a status claim asserts, from its words. */
export function statusOf(claim: string): ExportStatus {
  if (
    /\b(?:banned|ban|prohibit\w*|barred|bar|blocked|not (?:be )?(?:allowed|exportable|permitted|sold))\b/i.test(claim)
  )
    return 'prohibited';
  if (
    /\b(?:approved|allowed|permitted|cleared|licensed|legally available|can (?:now )?(?:be )?(?:sold|shipped|exported))\b/i.test(
      claim,
    )
  )
    return 'licensed';
  return 'licence_required';
}

const ENTITY_VALUED = new Set(['architecture', 'vendor', 'maker', 'parent', 'training_chip']);

/** The id of the entity a name refers to (name, alias or id, case- and hyphen-insensitive). */
export function entityIdByName(index: RecordIndex, name: string): string | undefined {
  const key = (s: string) =>
    s
      .toLowerCase()
      .replace(/[\s-]+/g, ' ')
      .replace(/^the /, '')
      .trim();
  const wanted = key(name);
  for (const e of index.entities.values()) {
    if (e.id === name || [e.name, ...e.aliases].some((n) => key(n) === wanted)) return e.id;
  }
  return undefined;
}

// ── drafting entries ────────────────────────────────────────────────────────

/** A citation for the user to fill: empty source and quote (invalid until filled, on purpose). */
const EMPTY_CITATION = () => [{ source: '', quote: '' }];

function uniqueId(base: string, taken: (id: string) => boolean): string {
  const clean =
    base
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, '-')
      .replace(/^[^a-z0-9]+/, '')
      .replace(/(?<!-)-+$/, '') || 'desk-fact';
  if (!taken(clean)) return clean;
  for (let i = 2; ; i++) if (!taken(`${clean}-${i}`)) return `${clean}-${i}`;
}

export interface DraftOptions {
  /** YYYY-MM-DD: the entry's asOf (today). */
  today: string;
  /** The draft's as-of date (status entries start there). */
  asOf: string;
  /** Ids already used in the pack text (besides the record's). */
  packIds?: ReadonlySet<string>;
  /** Where the claim was read, for the entry's note. */
  draftName?: string;
}

/**
 * The entry "Add to the workspace record…" drafts for an unknown or disputed
 * claim: a new fact about the claim's entity with the claim's value, or (a
 * disputed claim) an override of the disputed fact with the claim's value.
 * Parts the finding does not tell (an unreadable unit, an attribute) are left
 * null, like the source, for the user to fill: the pack says what is missing.
 */
export function draftRecordEntry(finding: Finding, index: RecordIndex, options: DraftOptions): DraftEntry | undefined {
  if (!canAddToRecord(finding)) return undefined;
  // The finding's data, never its message: the words claimed and what they are a value of.
  const valueText = finding.claimed?.words || finding.claim;
  const note = `Drafted by Fact Desk from ${options.draftName ? `${options.draftName}: ` : ''}“${finding.claim}”. Fill in the source (an id under sources:, here or bundled) and the quote.`;
  const common = { citations: EMPTY_CITATION(), asOf: options.today, note };
  const taken = (id: string) => index.facts.has(id) || !!options.packIds?.has(id);
  const existing: OriginFact | undefined =
    finding.verdict === 'disputed' && finding.factId ? index.facts.get(finding.factId) : undefined;

  if (existing) {
    // Override the disputed fact: same subject, the claim's value.
    const {
      origin: _origin,
      conflicts: _conflicts,
      examples: _examples,
      note: _note,
      citations: _citations,
      asOf: _asOf,
      conflictResolution: _resolution,
      ...rest
    } = existing;
    const entry: Record<string, unknown> = { ...rest };
    switch (existing.kind) {
      case 'quantity': {
        const q = parseQuantity(valueText, existing.attribute, existing.value.unit);
        entry['value'] = { amount: q.amount, unit: q.unit, ...(q.approximate ? { approximate: true } : {}) };
        break;
      }
      case 'category':
        entry['value'] = ENTITY_VALUED.has(existing.attribute)
          ? (entityIdByName(index, valueText) ?? valueText)
          : valueText;
        break;
      case 'event':
        entry['date'] = parseDate(valueText) ?? existing.date;
        break;
      case 'status':
        entry['status'] = statusOf(finding.claim);
        break;
    }
    return {
      list: 'overrides',
      entry: { ...orderFact(entry), ...common },
      summary: `an override of ${existing.id} with “${valueText}”`,
    };
  }

  const entity = finding.entityId;
  // The kind of fact the finding's claim kind is checked against (the registry), not the kind's name.
  const factKind = claimKind(finding.kind).factKind;
  if (factKind === 'status') {
    const id = uniqueId(`${entity}.china-status.${options.asOf}`, taken);
    return {
      list: 'facts',
      entry: {
        id,
        kind: 'status',
        entity,
        jurisdiction: 'china',
        status: statusOf(finding.claim),
        valid: { from: options.asOf },
        summary: finding.claim,
        ...common,
      },
      summary: `a China export status for ${index.entityName(entity)}`,
    };
  }
  const claimedAttribute = finding.claimed?.attribute;
  const what: { attribute?: string; eventType?: EventType; relativeTo?: string } =
    factKind === 'event'
      ? { eventType: claimedAttribute ? FAMILY_TYPE[claimedAttribute] : undefined }
      : {
          ...(claimedAttribute ? { attribute: claimedAttribute } : {}),
          ...(finding.claimed?.relativeTo ? { relativeTo: finding.claimed.relativeTo } : {}),
        };
  if (factKind === 'event' || what.eventType) {
    const type = what.eventType ?? 'announced';
    const date = parseDate(valueText);
    const id = uniqueId(`${entity}.${type.replace(/_/g, '-')}${date ? `.${date}` : ''}`, taken);
    return {
      list: 'facts',
      entry: { id, kind: 'event', type, date, entities: [entity], summary: finding.claim, ...common },
      summary: `a ${type} date for ${index.entityName(entity)}`,
    };
  }
  const attribute = what.attribute ?? null;
  if (factKind === 'quantity' || (attribute && (QUANTITY_ATTRIBUTES as readonly string[]).includes(attribute))) {
    // The unit the draft wrote, from the finding's data, when its words do not say it.
    const q = parseQuantity(valueText, attribute ?? undefined, unitNamed(finding.claimed?.unit));
    const relativeTo = what.relativeTo;
    const id = uniqueId(`${entity}.${attribute ?? 'quantity'}`, taken);
    return {
      list: 'facts',
      entry: {
        id,
        kind: 'quantity',
        entity,
        attribute,
        value: { amount: q.amount, unit: q.unit, ...(q.approximate ? { approximate: true } : {}) },
        ...(relativeTo ? { relativeTo } : {}),
        ...common,
      },
      summary: `${index.entityName(entity)}'s ${attribute ?? 'value'}: ${valueText}`,
    };
  }
  const categoryAttribute =
    attribute && (CATEGORY_ATTRIBUTES as readonly string[]).includes(attribute) ? attribute : null;
  const value =
    categoryAttribute && ENTITY_VALUED.has(categoryAttribute)
      ? (entityIdByName(index, valueText) ?? valueText)
      : valueText;
  const id = uniqueId(`${entity}.${categoryAttribute ?? 'category'}`, taken);
  return {
    list: 'facts',
    entry: { id, kind: 'category', entity, attribute: categoryAttribute, value, ...common },
    summary: `${index.entityName(entity)}'s ${categoryAttribute ?? 'category'}: ${valueText}`,
  };
}

/** id, kind, then the rest in the record's usual order. */
function orderFact(entry: Record<string, unknown>): Record<string, unknown> {
  const { id, kind, ...rest } = entry;
  return { id, kind, ...rest };
}

/** "Accept this wording": the desk accepts the claim's words for the finding's fact. */
/**
 * Where an accepted wording applies: this draft only (keyed by its path from the pack root, which the
 * engine is given as `draftPath`) or every draft the desk record covers.
 */
export type AcceptScope = 'draft' | 'all';

/** The code action's title: it says the scope. */
export const acceptTitle = (scope: AcceptScope): string =>
  scope === 'draft' ? 'Accept this wording in this draft…' : 'Accept this wording in all drafts (desk record)…';

export function acceptedEntry(
  finding: Finding,
  options: {
    today: string;
    draftName?: string;
    who?: string;
    scope?: AcceptScope;
    draftPath?: string;
    reason?: string;
  },
): DraftEntry | undefined {
  if (!canAccept(finding)) return undefined;
  if (options.scope === 'draft' && !options.draftPath) return undefined;
  const wording = finding.claim.trim();
  const reason = options.reason?.replace(/\s+/g, ' ').trim();
  const context = `was ${finding.verdict}${options.draftName ? ` in ${options.draftName}` : ''}; the record says ${finding.recorded}`;
  return {
    list: 'accepted',
    entry: {
      fact: finding.factId,
      wording,
      ...(options.scope === 'draft' ? { draft: options.draftPath } : {}),
      ...(options.who ? { by: options.who } : {}),
      date: options.today,
      note: reason ? `${reason} (${context}).` : `${context[0]!.toUpperCase()}${context.slice(1)}.`,
    },
    summary: `“${wording}” for ${finding.factId}${options.scope === 'draft' ? ` in ${options.draftPath}` : ''}`,
  };
}

// ── writing into the pack ───────────────────────────────────────────────────

/**
 * The first lines of a new desk pack: the bundled record version it is written against, so a draft can
 * later say when the bundled record has moved on (`recordVersion`). Nothing without a version.
 */
export function newPackHeader(recordVersion: string | undefined): string {
  return recordVersion
    ? `# The desk's own record (Fact Desk). Written against the bundled record ${recordVersion}.\nrecordVersion: '${recordVersion}'\n`
    : '';
}

export interface PackInsert {
  /** Offset in the old text where `text` goes (nothing is replaced unless `replaceAll`). */
  offset: number;
  text: string;
  /** The pack's whole new text. */
  newText: string;
  /** 0-based line of the inserted entry's first line in the new text. */
  entryLine: number;
  /** 0-based line in the new text the user should fill first (the empty source), else the entry line. */
  focusLine: number;
  /** The file could not be appended to in place: `newText` is a rewrite. */
  replaceAll?: boolean;
}

/** Quantities and validity on one line, as in the bundled record; empty strings quoted, with a hint to fill them. */
function decorate(node: unknown): void {
  yaml().visit(node as YamlModule.Node, {
    Pair(_key, pair) {
      if (!yaml().isScalar(pair.key)) return;
      const key = String(pair.key.value);
      if ((key === 'value' || key === 'valid') && yaml().isMap(pair.value)) pair.value.flow = true;
      if (!yaml().isScalar(pair.value) || pair.value.value !== '') return;
      pair.value.type = 'QUOTE_DOUBLE';
      const hint = FILL_IN[key];
      if (hint) pair.value.comment = ` ${hint}`;
    },
  });
}

const FILL_IN: Record<string, string> = {
  source: 'fill in: a source id (add the source under sources:, or use a bundled one)',
  quote: 'fill in: the sentence on the page that gives the value',
};

/** The entry as YAML list-item lines, indented by `indent` spaces. */
export function entryYaml(entry: Record<string, unknown>, indent: number, eol = '\n'): string {
  const doc = new (yaml().Document)([entry]);
  decorate(doc.contents);
  const body = doc.toString({ indent: 2, lineWidth: 0, nullStr: '', indentSeq: true });
  const pad = ' '.repeat(indent);
  return (
    body
      .replace(/\n$/, '')
      .split('\n')
      .map((l) => (l ? pad + l : l))
      .join(eol) + eol
  );
}

/** Inserts `entry` at the end of the pack's `list` (creating the list or the file's text as needed). */
export function insertEntry(text: string, list: PackList, entry: Record<string, unknown>): PackInsert {
  const eol = text ? detectEol(text) : '\n';
  const lineAt = (s: string, offset: number) => (s.slice(0, offset).match(/\r\n|\r|\n/g) ?? []).length;
  const finish = (offset: number, insert: string, itemOffsetInInsert: number): PackInsert => {
    const newText = text.slice(0, offset) + insert + text.slice(offset);
    const entryLine = lineAt(newText, offset + itemOffsetInInsert);
    const sourceAt = insert.indexOf('source: ""', itemOffsetInInsert);
    const focusLine = sourceAt >= 0 ? lineAt(newText, offset + sourceAt) : entryLine;
    return { offset, text: insert, newText, entryLine, focusLine };
  };
  const doc = yaml().parseDocument(text, { schema: 'core', uniqueKeys: false });
  const contents = doc.contents;
  const blank =
    !text.trim() ||
    contents === null ||
    (yaml().isScalar(contents) && (contents.value === null || contents.value === ''));

  if (blank || (!doc.errors.length && yaml().isMap(contents))) {
    const pair =
      !blank && yaml().isMap(contents)
        ? contents.items.find((p) => yaml().isScalar(p.key) && p.key.value === list)
        : undefined;
    const seq = pair?.value;
    if (pair && yaml().isSeq(seq) && !seq.flow && seq.items.length) {
      // After the list's last item, at the items' indentation.
      const first = seq.items[0] as { range?: [number, number, number] };
      const last = seq.items[seq.items.length - 1] as { range?: [number, number, number] };
      if (first.range && last.range) {
        const lineStart = text.lastIndexOf('\n', first.range[0] - 1) + 1;
        const dash = text.lastIndexOf('-', first.range[0] - 1);
        const indent = Math.max(0, dash - lineStart);
        let end = last.range[1];
        while (end > 0 && /\s/.test(text[end - 1]!)) end--;
        const lineEnd = text.indexOf('\n', end);
        const offset = lineEnd === -1 ? text.length : lineEnd + 1;
        const prefix = lineEnd === -1 ? eol : '';
        return finish(offset, prefix + entryYaml(entry, indent, eol), prefix.length);
      }
    }
    if (!pair) {
      // A new top-level list at the end of the file, after a blank line.
      const prefix = !text ? '' : text.endsWith('\n') ? eol : eol + eol;
      const head = `${prefix}${list}:${eol}`;
      return finish(text.length, head + entryYaml(entry, 2, eol), head.length);
    }
  }
  // Anything else (an empty, null or flow list): add through the YAML document, which keeps comments.
  if (!doc.errors.length && yaml().isMap(contents)) {
    const pair = contents.items.find((p) => yaml().isScalar(p.key) && p.key.value === list);
    const node = doc.createNode(entry);
    decorate(node);
    let added = false;
    if (pair && yaml().isSeq(pair.value)) {
      pair.value.flow = false;
      (pair.value.items as unknown[]).push(node);
      added = true;
    } else if (
      pair &&
      (pair.value === null || (yaml().isScalar(pair.value) && (pair.value.value === null || pair.value.value === '')))
    ) {
      const seq = doc.createNode([]) as YAMLSeq;
      seq.items.push(node);
      (pair as { value: unknown }).value = seq;
      added = true;
    }
    if (added) {
      const newText = doc.toString({ indent: 2, lineWidth: 0, nullStr: '', indentSeq: true });
      const idKey = list === 'accepted' ? `fact: ${String(entry['fact'])}` : `id: ${String(entry['id'])}`;
      const at = newText.lastIndexOf(idKey);
      const entryLine = at >= 0 ? lineAt(newText, at) : lineAt(newText, newText.length);
      const sourceAt = newText.indexOf('source: ""', Math.max(0, at));
      return {
        offset: 0,
        text: newText,
        newText,
        entryLine,
        focusLine: sourceAt >= 0 ? lineAt(newText, sourceAt) : entryLine,
        replaceAll: true,
      };
    }
  }
  // A pack with YAML errors: append at the end; its errors stay visible until fixed.
  const body = text.trimEnd();
  const insert = `${eol}${eol}${list}:${eol}${entryYaml(entry, 2, eol)}`;
  const r = finish(body.length, insert, `${eol}${eol}${list}:${eol}`.length);
  return { ...r, newText: body + insert };
}

/** The ids a pack's text already defines (so a drafted id does not collide). */
export function packIds(text: string): Set<string> {
  const ids = new Set<string>();
  for (const m of text.matchAll(/^[ \t]*(?:-[ \t]*)?id:\s*["']?([a-z0-9][a-z0-9._-]*)/gm)) ids.add(m[1]!);
  return ids;
}
