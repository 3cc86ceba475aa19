/**
 * Claims in tables: a row about a chip and a column about an attribute (or the
 * transpose). The cell holds the value; the headers say what it is.
 */
import type { MentionMatcher, RawMention } from '../mentions/matcher';
import { DEAL_PARTIES, DEAL_WORDS, NOT_DEAL, revenueShareClaim } from './event-date/read';
import { attributeFor, basisIn, numbersWithUnits, quantityClaim, type NumberWithUnit } from './quantity/read';
import { unitAfterNumber } from '../record/units';
import type { CategoryClaim, EventClaim, EventFamily, QuantityClaim } from '../claims/types';
import { findDates } from '../dates/dates';

const CHIP_KINDS = new Set(['chip', 'system']);

/** `context` is "row header \u0001 column header \u0001 corner \u0001 all headers (\u0002 between)" from the engine. */
export function extractTableClaims(
  cell: string,
  context: string,
  matcher: MentionMatcher,
  quoted: boolean,
  asOf?: string,
): (QuantityClaim | CategoryClaim | EventClaim)[] {
  const [rowHead = '', colHead = '', , headers = ''] = context.split('\u0001');
  // Header cells describe; only body cells claim.
  if (cell.trim() === rowHead || cell.trim() === colHead) return [];
  const event = asOf === undefined ? undefined : eventDateCell(cell, rowHead, colHead, headers, matcher, quoted, asOf);
  if (event) return [event];
  const rowChips = matcher.find(rowHead).filter((m) => CHIP_KINDS.has(m.kind));
  const colChips = matcher.find(colHead).filter((m) => CHIP_KINDS.has(m.kind));
  const chipsInCell = matcher.find(cell).filter((m) => CHIP_KINDS.has(m.kind));
  let owner;
  let attributeWords;
  if (rowChips.length === 1 && !colChips.length) [owner, attributeWords] = [rowChips[0]!, colHead];
  else if (colChips.length === 1 && !rowChips.length) [owner, attributeWords] = [colChips[0]!, rowHead];
  else return [];
  if (chipsInCell.some((m) => m.entityId !== owner.entityId)) return [];
  const category = categoryCell(cell, attributeWords, owner, matcher, quoted);
  if (category) return [category];
  const share = revenueShareCell(cell, attributeWords, owner, quoted);
  if (share) return [share];
  const claims: (QuantityClaim | CategoryClaim)[] = [];
  const numbers = numbersWithUnits(cell);
  if (!numbers.length) numbers.push(...numberUnderHeaderUnit(cell, attributeWords));
  // "| Transistor count | 208 billion |": the header's noun is the count's unit.
  const counted = !numbers.length && scaledCountUnderHeaderNoun(cell, attributeWords);
  if (counted) numbers.push(...counted);
  // One value per cell: "80 GB / 94 GB" lists variants, which the headers do not name.
  if (numbers.length !== 1) return [];
  for (const n of numbers) {
    const near = `${attributeWords} ${cell}${counted && counted.length ? ' transistors' : ''}`;
    const attribute = attributeFor(n.unit, near, false);
    if (!attribute) continue;
    claims.push(quantityClaim(n, attribute, owner, basisIn(near), quoted));
    // "| Memory | 192 GB HBM3e |": the capacity's cell names the memory type too.
    if (attribute === 'memory_capacity') {
      const type = memoryTypeAfterCapacity(cell, n.end, attributeWords, owner, quoted);
      if (type) claims.push(type);
    }
  }
  return claims;
}

/**
 * "| Transistors | 208 billion |": a count said with its scale word only, under a header naming what is counted (the
 * header's noun is the unit's: "billion transistors"). Only the nouns the unit table reads after a scale word.
 */
const HEADER_COUNTED_NOUN = /^\s*(?:total\s+)?transistors?(?:\s+count)?\s*$/i;
const SCALED_COUNT = /^(\s*(?:~|about\s+|approx\.?\s+|over\s+|up\s+to\s+)?)\d{1,3}(?:\.\d+)?\s*(?:billion|bn)\s*$/i;

function scaledCountUnderHeaderNoun(cell: string, header: string): NumberWithUnit[] {
  if (!HEADER_COUNTED_NOUN.test(header)) return [];
  const m = SCALED_COUNT.exec(cell);
  if (!m) return [];
  const end = cell.trimEnd().length;
  const [n] = numbersWithUnits(`${cell.slice(0, end)} transistors`);
  return n && n.start === m[1]!.length ? [{ ...n, end }] : [];
}

/** A header about memory capacity: "Memory", "GPU memory", "Memory (GB)", "HBM", never "Memory bandwidth". */
const MEMORY_HEADER = /^\s*(?:GPU\s+)?(?:memory|HBM|VRAM)(?:\s+(?:capacity|size))?(?:\s*\([^()]*\))?\s*$/i;
/** The memory types a cell may name, as a capturing group. */
const MEMORY_TYPES = '(HBM2e|HBM2|HBM3e|HBM3|HBM4|GDDR6X|GDDR6|GDDR7)';
/** After the capacity in its cell: the memory type and nothing else ("192 GB HBM3e", "141GB of HBM3e", "80 GB (HBM3)"). */
const TYPE_AFTER_CAPACITY = new RegExp(String.raw`^(\s+(?:of\s+)?\(?)${MEMORY_TYPES}\)?\s*$`, 'i');

/** A memory-type claim on the cell's words from `start` (the type's own letters). */
function memoryTypeClaim(type: string, start: number, owner: RawMention, quoted: boolean): CategoryClaim {
  const span = { start, end: start + type.length };
  return {
    kind: 'category',
    attribute: 'memory_type',
    value: type,
    span,
    valueSpan: { ...span },
    entityId: owner.entityId,
    ...(owner.variantId ? { variantId: owner.variantId } : {}),
    quoted,
  };
}

function memoryTypeAfterCapacity(
  cell: string,
  capacityEnd: number,
  header: string,
  owner: RawMention,
  quoted: boolean,
): CategoryClaim | undefined {
  if (!MEMORY_HEADER.test(header)) return undefined;
  const m = TYPE_AFTER_CAPACITY.exec(cell.slice(capacityEnd));
  if (!m) return undefined;
  return memoryTypeClaim(m[2]!, capacityEnd + m[1]!.length, owner, quoted);
}

/** A header's unit in brackets or after a comma: "Memory (GB)", "Bandwidth [TB/s]", "TDP, W". */
const HEADER_UNIT = /(?:\(([^()]{1,14})\)|\[([^[\]]{1,14})\]|,\s*([a-z/]{1,8}))\s*$/i;
/** A cell holding a bare number (a hedge before it allowed): "80", "3.35", "~700", "up to 1,000". */
const BARE_NUMBER = /^(\s*(?:~|about\s+|up\s+to\s+)?)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*$/i;

/**
 * "| H200 | 96 |" under "Memory (GB)": a bare number takes the unit its column's header gives. The number is read
 * with the unit written after it (the cell's own span stays the number's), so hedges and rounding work as in prose.
 */
function numberUnderHeaderUnit(cell: string, header: string): NumberWithUnit[] {
  const unit = HEADER_UNIT.exec(header);
  const number = BARE_NUMBER.exec(cell);
  const written = unit && (unit[1] ?? unit[2] ?? unit[3])!.trim();
  if (!written || !number || !unitAfterNumber(written)) return [];
  const end = number[1]!.length + number[2]!.length;
  const [n] = numbersWithUnits(`${cell.slice(0, end)} ${written}`);
  return n ? [{ ...n, end }] : [];
}

const CELL_MEMORY_TYPE = new RegExp(String.raw`^(\s*)${MEMORY_TYPES}\s*$`, 'i');

/** A cell that is only a name under an "Architecture" or "Memory type" header: "| Architecture | Hopper |". */
function categoryCell(
  cell: string,
  header: string,
  owner: RawMention,
  matcher: MentionMatcher,
  quoted: boolean,
): CategoryClaim | undefined {
  const subject = { entityId: owner.entityId, ...(owner.variantId ? { variantId: owner.variantId } : {}), quoted };
  if (/^\s*(?:GPU\s+)?architecture\s*$/i.test(header)) {
    const [arch, ...more] = matcher.find(cell);
    if (!arch || more.length || arch.kind !== 'architecture' || cell.trim() !== arch.text) return undefined;
    return {
      kind: 'category',
      attribute: 'architecture',
      value: arch.entityId,
      span: { start: arch.start, end: arch.end },
      valueSpan: { start: arch.start, end: arch.end },
      ...subject,
    };
  }
  if (/^\s*(?:GPU\s+)?memory\s+type\s*$/i.test(header)) {
    const m = CELL_MEMORY_TYPE.exec(cell);
    return m ? memoryTypeClaim(m[2]!, m[1]!.length, owner, quoted) : undefined;
  }
  return undefined;
}

/** A lone percentage under a header about the US government's cut: "| H200 | 15% |" under "Share of China sales paid to the US". */
function revenueShareCell(cell: string, header: string, owner: RawMention, quoted: boolean): QuantityClaim | undefined {
  const m = /^(\s*)(\d+(?:\.\d+)?)\s*%\s*$/.exec(cell);
  if (!m || !DEAL_PARTIES.has(owner.entityId) || !DEAL_WORDS.test(header) || NOT_DEAL.test(header)) return undefined;
  return revenueShareClaim(m[2]!, { start: m[1]!.length, end: cell.trimEnd().length }, owner.entityId, quoted);
}

/**
 * What a column header says its dates are, and of what: "Released", "Release date", "Launched" (a product's launch),
 * "Announced", "Unveiled" (its announcement), "Issued", "Published", "Signed" (a rule's issue), "Effective", "Took
 * effect", "In force" (a rule's effect). A header that says more ("Expected release", "Last updated") is none.
 */
interface CellEvent {
  family: EventFamily;
  onlyTypes?: string[];
}
/** The event a header names, by what the row is about: a product (chip, system, model), a chip only, or a rule. */
const EVENT_HEADERS: { re: RegExp; product?: CellEvent; chip?: CellEvent; rule?: CellEvent }[] = [
  {
    re: /^\s*(?:released|release(?:\s+date)?|launched|launch(?:\s+date)?|date\s+(?:released|launched)|debut(?:ed)?)\s*$/i,
    product: { family: 'announce', onlyTypes: ['model_released', 'launched', 'production', 'announced'] },
    rule: { family: 'issue' },
  },
  {
    re: /^\s*(?:announced|unveiled|announcement(?:\s+date)?|date\s+(?:announced|unveiled))\s*$/i,
    product: { family: 'announce', onlyTypes: ['announced', 'model_released'] },
    rule: { family: 'issue' },
  },
  // A chip's export restriction (the US side, as in prose): "Restricted", "Licence required", "Banned".
  {
    re: /^\s*(?:restricted|banned|licen[cs]e\s+required|(?:US\s+)?export\s+(?:licen[cs]e\s+required|restrictions?|curbs?)|restrictions?\s+(?:imposed|began))\s*$/i,
    chip: { family: 'restrict', onlyTypes: ['export_licence_required', 'rule_released', 'rule_effective'] },
  },
  // As in prose (event-date/read.ts): a rule issued or published is any of its issue events, one signed its issue.
  { re: /^\s*(?:issued|published|date\s+(?:issued|published))\s*$/i, rule: { family: 'issue' } },
  { re: /^\s*(?:signed|date\s+signed)\s*$/i, rule: { family: 'issue', onlyTypes: ['rule_released'] } },
  {
    re: /^\s*(?:effective(?:\s+date)?|took\s+effect|in\s+force(?:\s+from)?|date\s+effective)\s*$/i,
    rule: { family: 'issue', onlyTypes: ['rule_effective'] },
  },
];
const PRODUCT_KINDS = new Set(['chip', 'system', 'model']);
/** A column about something a row's date could be the date of, other than the product itself. */
const OTHER_EVENT_COLUMN =
  /\b(?:share|revenue|fee|paid|pay|deal|agreement|tariff|licen[cs]\w*|rules?|ban\w*|restrict\w*|status|export\w*|approv\w*|price\w*|sales|orders?|shipments?|event|what|news|notes?|change\w*|action)\b/i;

/**
 * "| DeepSeek-V4 | DeepSeek | March 2026 |" under "Released", "| H200 rule | 20 January 2026 |" under "Issued": a
 * cell that is only a date, under a header that names an event, in a row led by one product or rule, dates that
 * event, unless another column is about a deal, a rule, a sale or a change (then the date may be that one's). A cell with more than its date ("March 2026 (preview)"), a relative date, or a row naming several is none.
 */
function eventDateCell(
  cell: string,
  rowHead: string,
  colHead: string,
  headers: string,
  matcher: MentionMatcher,
  quoted: boolean,
  asOf: string,
): EventClaim | undefined {
  const header = EVENT_HEADERS.find((h) => h.re.test(colHead));
  if (!header) return undefined;
  // "| H20 | 15% | August 2025 |" under "Share of China sales paid to the US | Announced": what was announced is the
  // row's deal, not the chip. Another column about a deal, a rule, a status or a sale leaves the date unclaimed.
  if (
    headers
      .split('\u0002')
      .slice(1)
      .some((h) => h !== colHead && OTHER_EVENT_COLUMN.test(h))
  )
    return undefined;
  const [date, ...more] = findDates(cell, asOf);
  if (!date || more.length || date.relative || cell.trim() !== date.text) return undefined;
  const owners = matcher.find(rowHead);
  if (owners.length !== 1 || rowHead.trim() !== owners[0]!.text) return undefined;
  const owner = owners[0]!;
  const event = PRODUCT_KINDS.has(owner.kind)
    ? (header.product ?? (CHIP_KINDS.has(owner.kind) ? header.chip : undefined))
    : owner.kind === 'rule'
      ? header.rule
      : undefined;
  if (!event) return undefined;
  return {
    kind: 'event-date',
    family: event.family,
    date,
    ...(event.onlyTypes ? { onlyTypes: event.onlyTypes } : {}),
    alongside: [],
    span: { start: date.start, end: date.end },
    valueSpan: { start: date.start, end: date.end },
    entityId: owner.entityId,
    quoted,
  };
}
