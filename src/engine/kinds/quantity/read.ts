/**
 * Quantity claims: a chip, an attribute and a number with its unit in one
 * clause ("The H200 carries 141 GB of HBM3e", "H100 SXM: 3.35 TB/s").
 * Units are converted, hedges and the draft's precision respected, and a
 * number is attributed to a chip only when the sentence leaves no doubt.
 */
import type { RawMention } from '../../mentions/matcher';
import { cuedAttributes, QUANTITY_ATTRIBUTE_DEFS } from '../../record/attributes';
import { validAt } from '../comparison';
import { canonical } from './compare';
import type { QuantityAttribute } from '../../record/schema';
import { unitDef, UNIT_NAMES, type Dimension } from '../../record/units';
import { numberFromWords } from '../../nlp/nlp';
import { extractMultiplesOfRecorded } from './multiple-of-record';
import { extractMultiplesOfNamedFigure } from './multiple-of-own';
import { isComparedWith } from '../../reading/normalize';
import {
  clauseOf,
  firstStartingFrom,
  isQuoted,
  negatedBetween,
  spansNear,
  type CategoryClaim,
  type Hedge,
  type QuantityClaim,
  type SentenceContext,
} from '../../claims/types';

export interface UnitInfo {
  dimension: Dimension;
  /** Multiplier to the canonical unit of the dimension. */
  scale: number;
  display: string;
}

/** The units drafts write, from the one unit table (record/units.ts). */
const UNITS: [RegExp, UnitInfo][] = UNIT_NAMES.flatMap((name): [RegExp, UnitInfo][] => {
  const u = unitDef(name);
  return u.words
    ? [
        [
          new RegExp(`^(?:${u.words.join('|')})$`, 'i'),
          { dimension: u.dimension, scale: u.factor, display: u.display ?? name },
        ],
      ]
    : [];
});

const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
/** Rates first: "TB per second" must not stop at "TB". */
const RATES_FIRST = [...UNIT_NAMES].sort(
  (a, b) => +(unitDef(b).dimension === 'bandwidth') - +(unitDef(a).dimension === 'bandwidth'),
);
const UNIT = `(${RATES_FIRST.flatMap((name) => unitDef(name).words ?? []).join('|')})`;
/** A number and its unit. It starts where its digits start: retrying inside a digit run ("9999…") made it quadratic. */
const QUANTITY = new RegExp(
  String.raw`(?<![\d,.])${NUMBER}(?:\s*(?:-|–|to)\s*${NUMBER})?[\s-]*${UNIT}(?![\p{L}\p{N}/])`,
  'giu',
);
/** "between 100 and 120 GB", "between 300 W and 350 W", "400 W to 500 W": a range whose first end may have a unit. */
const BETWEEN = new RegExp(
  String.raw`(?:\bbetween\s+${NUMBER}(?:\s*${UNIT})?\s+and|(?<![\d,.])${NUMBER}\s*${UNIT}\s*(?:-|–|to))\s+${NUMBER}[\s-]*${UNIT}(?![\p{L}\p{N}/])`,
  'giu',
);
/** A number and a multiplication sign right before a figure: "4*8", "6 × 24", "2✕". */
const PRODUCT_BEFORE = /\d[ \u00a0\u202f]?[*×✕⨯][ \u00a0\u202f]?$/u;
/** "rose from 80 to 141 GB", "up from 80-96 GB": a change between two figures, not a range. */
const CHANGE_BEFORE_RANGE = /\b(?:from|and|or|vs\.?|versus)\s*$/i;

const HEDGES: [RegExp, Hedge][] = [
  [
    /(?:about|around|approximately|approx\.?|roughly|some|circa|[~≈≃∼]|&asymp;|an?\s+estimated|in\s+the\s+region\s+of|on\s+the\s+order\s+of|something\s+like)\s*$/i,
    'about',
  ],
  [/(?:nearly|almost|close to|just under|just shy of)\s*$/i, 'nearly'],
  [/(?:up to|as much as|as many as|a maximum of|maximum of|max\.?)\s*$/i, 'upTo'],
  // The signs too: ">96 GB" says more than 96 GB (an arrow "->" or "=>" is no sign).
  [/(?:more than|over|above|in excess of|upwards? of|exceeding|north of|(?<![-=<])>|&gt;)\s*$/i, 'moreThan'],
  [/(?:at least|no less than|a minimum of|≥|⩾|>=|&ge;)\s*$/i, 'atLeast'],
  [/(?:less than|under|below|fewer than|south of|<|&lt;)\s*$/i, 'lessThan'],
  [/(?:at most|no more than|≤|⩽|<=|&le;)\s*$/i, 'atMost'],
];

const CHIP_KINDS = new Set(['chip', 'system']);
/** "37 billion active", "activates 40 billion parameters": the parameters used per token, not the model's size. */
const ACTIVE = /\b(?:active|activated|activates?|activating)\b/i;
const MODEL_KINDS = new Set(['model']);
const MODEL_ATTRIBUTES = new Set<QuantityAttribute>(['parameters', 'active_parameters']);
const MEMORY_WORDS = /\b(?:memory|HBM\w*|GDDR\w*|VRAM|RAM)\b/i;
const NOT_MEMORY =
  /\b(?:storage|SSD|disk|drives?|Ethernet|InfiniBand|network(?:ing)?|ports?|NICs?|(?:of|in)\s+(?:[\w-]+\s+)?data|datasets?|data\s+sets?|cache|L2|files?|DDR\d\w*|servers?|system memory|per node|host)\b/i;
const LINK_VERB = /\b(?:links?|linked|linking|connects?|connected|connecting)\b/i;
const NVLINK_WORDS = /\b(?:NVLink|interconnect|chip-to-chip|inter-chip)\b/i;
const NOT_BANDWIDTH = /\b(?:PCIe|network|Ethernet|InfiniBand|networking|dies?|die-to-die|NV-HBI)\b/i;
const NOT_POWER =
  /\b(?:power supply|supplies|PSU|workstation|servers?|node|cluster|data cent(?:er|re)s?|facility|budget)\b/i;
const POWER_WORDS = /\b(?:TDP|power|draws?|consumes?|consumption|thermal|envelope|rated|tops out)\b/i;
const MEMORY_TYPE = /\b(HBM2e|HBM2|HBM3e|HBM3|HBM4|GDDR6X|GDDR6|GDDR7)\b/i;
const PRECISION: [RegExp, QuantityAttribute][] = [
  [/\b(?:FP16|BF16|half[- ]precision)\b/i, 'fp16_tensor'],
  [/\bFP8\b/i, 'fp8_tensor'],
  [/\bFP64\b|double[- ]precision/i, 'fp64'],
];
const OTHER_PRECISION = /\b(?:FP4|FP6|INT8|INT4|TF32|FP32)\b/i;
/** Words after a number that make it about something other than the chip itself. */
const PREPOSITION_BEFORE =
  /\b(?:of|than|like|from|to|vs\.?|versus|over|unlike|with|against|(?<!\b(?:known|sold|branded|marketed|billed|described|designated)\s)as)\s+(?:the\s+|an?\s+|nvidia['’]s\s+|its\s+)*$/i;
/** How far back COMPARATIVE_BEFORE looks: "compared with the Nvidia H100 " and a little more. */
const COMPARATIVE_REACH = 200;
const RESPECTIVELY = /\brespectively\b/i;

/** Whole-sentence tests asked once per number: answered once per sentence. */
let sentenceTests: { text: string; answers: Map<string, boolean> } | undefined;
function sentenceSays(text: string, key: string, re: RegExp): boolean {
  if (sentenceTests?.text !== text) sentenceTests = { text, answers: new Map() };
  let answer = sentenceTests.answers.get(key);
  if (answer === undefined) sentenceTests.answers.set(key, (answer = re.test(text)));
  return answer;
}

/**
 * "50 GB/s per link", "24 GB per stack", "eighteen links at 50 GB/s": the value of a part of the chip, not the chip's.
 * A rack, node or server is bigger than a chip: its figure is a system's own, never a chip's.
 */
const PER_PART_AFTER =
  /^\s*(?:of\s+[\w-]+\s+)?(?:per|a|each|for\s+each|\/)\s*(?:link|lane|port|pin|stack|die|core|channel|direction|SM|switch)\b/i;
const PARTS_BEFORE =
  /\b(?:\d+|two|four|six|eight|twelve|sixteen|eighteen)\s+(?:NVLink\s+)?(?:links|lanes|ports|stacks|dies|channels)\s+(?:at|of|running\s+at|each\s+at)\s*$/i;
/** "per GPU", "for each chip", "a card": a figure of one chip ("per module" may be a superchip's own). */
const PER_CHIP_AFTER =
  /^\s*(?:each\b|(?:of\s+)?(?:[\w-]+\s+){0,3}?(?:per|each|for\s+each|a|\/)\s*(?:GPUs?|chips?|cards?|accelerators?|B200|Blackwell)\b)/i;
// "per DGX system", "in an eight-GPU HGX board", "across the rack": a system's figure.
const PER_SYSTEM_AFTER =
  /^\s*(?:of\s+[\w-]+\s+)?(?:(?:per|a|each|\/)\s*|(?:in|across|for)\s+(?:an?|the|each|every|one)\s+)(?:[\w-]+\s+){0,2}?(?:rack|node|server|tray|pod|cluster|system|board|blade|chassis)s?\b/i;
/** "A DGX H100 carries …", "an H100 server draws …": the chip's name inside a system's. */
const SYSTEM_BRAND_BEFORE = /\b(?:DGX|HGX|EGX|MGX|SuperPOD|SuperPod)[\s-]*$/;
const SYSTEM_NOUN_AFTER =
  /^\s*(?:servers?|systems?|nodes?|clusters?|racks?|boxes|box|pods?|boards?|trays?|supercomputers?|installations?)\b/i;

/** "16 GB more memory than": a difference, not an amount. */
/** "saves 200 W", "cut by 100 GB/s": a change, not a level. */
const DIFFERENCE_BEFORE =
  /\b(?:saves?|saving|shaves?|trims?|by|extra|additional)\s+(?:about\s+|some\s+|roughly\s+|around\s+|another\s+)?$/i;
const DIFFERENCE_AFTER = /^\s*(?:more|less|fewer|extra|additional|higher|lower|larger|smaller|faster|slower)\b/i;
const COMPARATIVE_BEFORE = /(?:than|versus|vs\.?|compared (?:with|to)|against|from)\s+(?:the\s+)?(?:\w+\s+){0,2}$/i;

function decimalsOf(num: string): number {
  const dot = num.indexOf('.');
  return dot < 0 ? 0 : num.length - dot - 1;
}

/**
 * Half a unit of the last digit written, in the draft's unit. Trailing zeros of
 * a whole number may be rounding ("4,000 TFLOPS" for 3,958), but never by more than 2%.
 */
export function roundingTolerance(num: string): number {
  const decimals = decimalsOf(num);
  if (decimals) return 0.5 * 10 ** -decimals;
  const digits = num.replace(/,/g, '');
  let zeros = 0;
  while (zeros < digits.length && digits.charCodeAt(digits.length - 1 - zeros) === 48) zeros++;
  return Math.max(0.5, Math.min(0.5 * 10 ** zeros, 0.02 * Number(digits)));
}

function unitInfo(raw: string): UnitInfo | undefined {
  const norm = raw.replace(/\s+/g, ' ');
  return UNITS.find(([re]) => re.test(norm))?.[1];
}

/**
 * "384 Ascend 910C chips", "8 H100s": a number right before a chip counts it (a determiner between means it does
 * not). Not the digits of a name ("the H100, and H20's"), nor a number its comma closes.
 */
const COUNTED_BEFORE =
  /(?:(?<![\w,.])\d(?:[\d,]*\d)?|\b(?:two|three|four|five|six|eight|sixteen|thirty-two|seventy-two|hundred|thousand|dozens?|hundreds|thousands)(?:[\s-]+(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)*)\s+(?!(?:the|a|an|its|their|this|that)\s)(?:[\w-]+\s+)?$/i;
/** How far before a chip COUNTED_BEFORE looks: "three hundred and eighty-four Ascend ". */
const COUNTED_REACH = 40;
/** A product code the record does not know ("B100", "MI355X"): a number after it may be that product's. */
const PRODUCT_CODE = /\b(?!(?:FP|BF|TF|INT|HBM|DDR|GDDR|PCI|NVL|SXM|TSMC|CPU|GPU|N)\d)[A-Z]{1,3}\d{2,4}[A-Z]?\b/g;
/** "… and carries", ", and draws": the start of a second predicate after an object. */
const COORDINATED_PREDICATE = /^(?:['’]s)?(?:\s*,)?\s+and\s+(?:also\s+|still\s+|now\s+)?[a-z]+s\b/;
/** ", featuring …", ", with …": a phrase after the predicate's object that describes the sentence's subject. */
const SUBJECT_PARTICIPLE =
  /^[^,;]*,\s+(?:featuring|with|offering|boasting|packing|carrying|sporting|having|keeping|retaining)\b/i;
/** "According to the spec sheet, the H20 …": the subject after a fronted phrase. */
const AFTER_FRONTED_PHRASE = /^[^,;]{0,80},\s*(?:(?:the|Nvidia['’]s|Huawei['’]s|AMD['’]s)\s+)*$/i;
const SENTENCE_SUBJECT = /^[\s"“'‘(*_]*(?:(?:the|Nvidia['’]s|Huawei['’]s|AMD['’]s|its)\s+)*$/i;
/** The sentence's subject after one describing compound: "The Ampere-based", "Nvidia's Hopper-era". */
const MODIFIED_SUBJECT =
  /^[\s"“'‘(*_]*(?:(?:[Tt]he|Nvidia['’]s|Huawei['’]s|AMD['’]s)\s+)*\p{Lu}[\p{L}\d]*-(?:based|era|generation)\s+$/u;
const FRONTED_TOPIC = /^[\s"“'‘(*_]*(?:For|On|With|In)\s+(?:(?:the|Nvidia['’]s|Huawei['’]s|AMD['’]s)\s+)*$/i;
const HEDGE_AT_END =
  /\b(?:(?:a\s+little\s+|slightly\s+|far\s+|much\s+|no\s+)?(?:less|more|fewer|lower|higher)\s+than|as\s+(?:much|many|high|little|few)\s+as)\s*$/i;
/** A comparison: what follows may be the other side's ("draws twice as much as the PCIe card (350 W)"). */
const COMPARISON_BETWEEN =
  /\b(?:as\s+(?:much|many|fast|big|high|large|little|long)\s+as|than|compared\s+(?:with|to)|versus|unlike)\b/i;

/** The chip a number belongs to, or undefined when the sentence leaves doubt. */
export function ownerOf(
  ctx: SentenceContext,
  start: number,
  end: number,
  kinds: ReadonlySet<string> = CHIP_KINDS,
): RawMention | undefined {
  const clause = clauseOf(ctx.text, start);
  const carried = subjectCarriedPastBut(ctx, clause, start, kinds);
  if (carried !== null) return carried;
  const isChip = (m: RawMention) =>
    kinds.has(m.kind) &&
    m.start >= clause.start &&
    m.end <= clause.end &&
    // "links 384 Ascend 910C chips": a counted chip is a component, not the subject.
    // A year before the chip ("In March 2023 the H100 had …") dates the sentence; it counts nothing.
    !(
      COUNTED_BEFORE.test(ctx.text.slice(Math.max(0, m.start - COUNTED_REACH), m.start)) &&
      !spansNear(ctx.dates, m.start - 16, m.start).some((d) => d.end <= m.start && d.end >= m.start - 16)
    );
  // Only the two nearest chips before the number and the nearest after it are needed: walk out from the number
  // (mentions are in order and do not overlap) instead of filtering the whole sentence once per number.
  const ms = ctx.mentions;
  const before: RawMention[] = [];
  for (let i = firstStartingFrom(ms, start) - 1; i >= 0 && before.length < 2 && ms[i]!.start >= clause.start; i--) {
    if (ms[i]!.end <= start && isChip(ms[i]!)) before.unshift(ms[i]!);
  }
  const after: RawMention[] = [];
  for (let i = firstStartingFrom(ms, end); i < ms.length && ms[i]!.end <= clause.end; i++) {
    if (isChip(ms[i]!)) {
      after.push(ms[i]!);
      break;
    }
  }
  if (!before.length && !after.length) return undefined;
  // "3.35 TB/s on the H100": a chip right after, joined by a preposition, owns it.
  const next = after[0];
  if (
    next &&
    /^\s*(?:\S+\s+){0,3}?(?:on|for|in|of)\s+(?:the\s+|nvidia['’]s\s+|its\s+)*$/i.test(
      ctx.text.slice(end, next.start),
    ) &&
    !/[,;]/.test(ctx.text.slice(end, next.start))
  ) {
    return next;
  }
  if (before.length) {
    const owner = before[before.length - 1]!;
    const between = ctx.text.slice(owner.end, start);
    // The chip before the nearest one, when two stand before the number.
    const prior = before[before.length - 2];
    // "less than its rival's 700 W", "the H100's successor keeps 80 GB": another product's figure, nobody's here.
    if (OTHER_PRODUCT_OF.test(between) || OTHER_PRODUCT_OWNS.test(between)) return undefined;
    // A yardstick owns only the figure right after its possessive ("twice the H20's 96 GB"); a later figure ("…, and
    // 8 TB/s of bandwidth", "beats the H20 with 192 GB") is the sentence's subject's, or no one's.
    // (A relative clause on the yardstick is its own: "than the H100, which has between 60 and 70 GB".)
    if (
      isComparedWith(owner, ctx.text) &&
      !/^['’]s\s+(?:(?!(?:and|or|with|plus|but|while)\s)[\p{L}-]+\s+){0,2}$/u.test(between) &&
      !/^\s*(?:,\s*)?(?:which|that|whose)\s/i.test(between)
    ) {
      return prior && SENTENCE_SUBJECT.test(ctx.text.slice(0, prior.start)) ? prior : undefined;
    }
    // Two chips before the number with nothing numeric between ("the H100 and H200 have 80 GB"): ambiguous.
    // But ", and its TDP is" opens a clause of its own ("The H20 is slower than the H100, and its TDP is 700 W").
    const ownClause = /^\s*,\s*and\s*$/i.test(ctx.text.slice(prior?.end ?? 0, owner.start)) && /^['’]s\s/.test(between);
    if (
      prior &&
      prior.entityId !== owner.entityId &&
      !ownClause &&
      !/\d/.test(ctx.text.slice(prior.end, owner.start)) &&
      /^\s*(?:[,&/]|and|or)\s*(?:the\s+)?$/i.test(ctx.text.slice(prior.end, owner.start))
    )
      return undefined;
    // A comparison in between means the number may be the other side's.
    if (after.length && COMPARATIVE_BEFORE.test(ctx.text.slice(Math.max(0, start - COMPARATIVE_REACH), start)))
      return undefined;
    if (sentenceSays(ctx.text, 'respectively', RESPECTIVELY)) return undefined;
    // Keep the distance short enough to be one statement about the chip; the sentence's own subject reaches further
    // ("The chip features … 53 billion transistors and utilizes HBM2e memory with around 3.2 TB/s").
    // A describing word on the subject keeps it the subject: "The Ampere-based A100 80GB …, offering … and …".
    const headsSentence =
      SENTENCE_SUBJECT.test(ctx.text.slice(0, owner.start)) || MODIFIED_SUBJECT.test(ctx.text.slice(0, owner.start));
    if (between.length > (headsSentence ? 170 : 90)) return undefined;
    // A hedge right before the number ("less than 64 GB", "as much as 120 GB") compares nothing.
    if (COMPARISON_BETWEEN.test(between.replace(HEDGE_AT_END, '')) || unknownProductBetween(ctx, owner.end, start))
      return undefined;
    // "a cut-down version of the H100, with 96GB": a prepositional object is not the subject.
    // "For the H100, Nvidia claimed 3 TB/s": a fronted topic is the subject all the same.
    const frontedTopic = FRONTED_TOPIC.test(ctx.text.slice(0, owner.start)) && /^(?:['’]s)?\s*,/.test(between);
    // Not clipped at the clause: "unlike" both breaks the clause and makes the next name the other side.
    if (
      !frontedTopic &&
      PREPOSITION_BEFORE.test(ctx.text.slice(Math.max(0, owner.start - 30), owner.start)) &&
      !/^['’]s\b/.test(between)
    ) {
      // "The H20 is a scaled-down version of the H100 GPU, featuring 96 GB": the participle phrase is the subject's.
      const subjectBefore = prior ? ctx.text.slice(0, prior.start) : '';
      const isSubject = SENTENCE_SUBJECT.test(subjectBefore) || AFTER_FRONTED_PHRASE.test(subjectBefore);
      return prior && isSubject && SUBJECT_PARTICIPLE.test(between) ? prior : undefined;
    }
    // "The H200 outsells the A100 and carries 141 GB": a second predicate is the subject's, not the object's.
    if (COORDINATED_PREDICATE.test(between) && !SENTENCE_SUBJECT.test(ctx.text.slice(0, owner.start))) {
      return prior && SENTENCE_SUBJECT.test(ctx.text.slice(0, prior.start)) ? prior : undefined;
    }
    // "The Ascend 910B inside each 910C package draws …": a chip naming the subject's container is no owner.
    // ("In the GB200 NVL72 rack, … sharing 13.8 TB" with no chip before it is a fronted topic, and owns the figure.)
    if (
      prior &&
      CONTAINER_BEFORE.test(ctx.text.slice(Math.max(0, owner.start - 20), owner.start)) &&
      (CONTAINER_AFTER.test(between) || CONTAINER_NAMED.test(owner.text))
    ) {
      return SENTENCE_SUBJECT.test(ctx.text.slice(0, prior.start)) &&
        !ctx.mentions.some((x) => x.start > prior.end && x.end <= owner.start)
        ? prior
        : undefined;
    }
    // "The H100's successor keeps 80 GB": the possessive names another product, whose figure it is.
    if (OTHER_PRODUCT_OF.test(between)) return undefined;
    // "The H200 NVL draws half of its SXM sibling's 700 W": a possessive of another product the owner is kin to.
    if (OTHER_PRODUCT_OWNS.test(between)) return undefined;
    // "… the H100 on memory, yet its TDP is 700 W": the number is its owner's, whoever "its" is (the normalized view says).
    // Unless the owner heads the sentence and nothing else is named before the number: then "its" can only be the
    // owner's ("The H800 kept its NVLink at 400 GB/s", with an appositive set aside).
    if (/\b(?:its|their)\b/i.test(between)) {
      const alone =
        SENTENCE_SUBJECT.test(ctx.text.slice(0, owner.start)) &&
        !ctx.mentions.some((x) => x !== owner && x.end <= start && x.kind !== 'company');
      return alone ? owner : undefined;
    }
    return owner;
  }
  // "With 141 GB of memory, the H200 ...": an introductory phrase, then the chip.
  if (next && next.start - end < 60 && /^[^,;]*,\s*(?:the\s+|nvidia['’]s\s+)*$/i.test(ctx.text.slice(end, next.start)))
    return next;
  return undefined;
}

/** "inside each 910C package", "in every HGX board": a chip that names where the subject sits. */
const CONTAINER_BEFORE = /\b(?:inside|in|within|on|aboard)\s+(?:each|every|the|a|an|one)\s+$/i;
const CONTAINER_AFTER = /^\s+(?:package|server|module|board|rack|system|node|tray|card|chassis|superchip|platform)\b/i;
/** A name that says it is a container itself ("GB200 superchip"). */
const CONTAINER_NAMED = /\b(?:superchip|rack|server|system|board|module|node|platform|pod)$/i;
/** "the H100's successor", "the H20's rival": a possessive whose noun is another product. */
const OTHER_PRODUCT_OF =
  /^['’]s?\s+(?:[\w-]+\s+)?(?:successors?|predecessors?|rivals?|replacements?|siblings?|cousins?|counterparts?|competitors?|alternatives?|challengers?|answers?|clones?)\b/i;
/** Whether a claim and a mention are of one product: one entity and one variant ("H100 PCIe" is not "H100 SXM"). */
function sameProduct(c: { entityId: string; variantId?: string }, m: RawMention): boolean {
  return c.entityId === m.entityId && (c.variantId ?? '') === (m.variantId ?? '');
}

/** "its SXM sibling's", "the chip's successor's": another product's possessive before the number. */
const OTHER_PRODUCT_OWNS =
  /\b(?:its|their|the\s+chip['’]s)\s+(?:[\w-]+\s+)?(?:successors?|predecessors?|rivals?|replacements?|siblings?|cousins?|counterparts?|competitors?|alternatives?|challengers?)['’]s?\s+(?:[\w-]+\s+)?$/i;
/** "… but draws only 350 W": a clause of "but" and a verb of the subject's, with no subject of its own. */
const BUT_PREDICATE =
  /^\s*(?:(?:only|still|also|just|now|barely)\s+)?(?:has|had|keeps|kept|offers|offered|carries|carried|packs|draws|drew|consumes|delivers|runs|moves|manages|uses|needs|retains|retained|gets|tops\s+out\s+at|is\s+rated\s+at|comes\s+with|ships\s+with)\b/i;

/**
 * The subject of the sentence when the number's clause is a second predicate after "but" ("The H20 keeps 96 GB but
 * draws only 350 W"): the one chip heading the sentence, or undefined when that is not clear. Null when the clause is
 * no such predicate (the owner is then found as usual).
 */
function subjectCarriedPastBut(
  ctx: SentenceContext,
  clause: { start: number; end: number },
  start: number,
  kinds: ReadonlySet<string>,
): RawMention | undefined | null {
  if (
    !/\bbut$/i.test(ctx.text.slice(Math.max(0, clause.start - 3), clause.start)) ||
    !BUT_PREDICATE.test(ctx.text.slice(clause.start, start))
  )
    return null;
  if (ctx.mentions.some((m) => m.start >= clause.start && m.end <= start)) return null;
  const first = ctx.mentions.find((m) => m.end <= clause.start);
  if (!first || !kinds.has(first.kind) || !SENTENCE_SUBJECT.test(ctx.text.slice(0, first.start))) return undefined;
  // Only one clause before, that of the subject: "…; the H100 …, but draws" leaves doubt.
  return clauseOf(ctx.text, first.start).end === clause.start - 3 &&
    !/^['’]s\b/.test(ctx.text.slice(first.end, first.end + 3))
    ? first
    : undefined;
}

/** A figure as the adjective of plural products: "700W-class chips", "80 GB cards from rivals". */
const OTHERS_DESCRIBED =
  /^(?:-class)?\s+(?:[\w-]+\s+)?(?:chips|GPUs|parts|accelerators|cards|processors|rivals|competitors)\b/i;

function insideName(ctx: SentenceContext, start: number, end: number): boolean {
  for (let i = firstStartingFrom(ctx.mentions, start + 1) - 1; i >= 0; i--) {
    const m = ctx.mentions[i]!;
    if (m.start <= start && m.end >= end) return true;
    if (m.end <= start - 40) break;
  }
  return false;
}

/** The sentence with every name blanked out (same length, so offsets hold), made once per sentence in one pass. */
const unnamedTexts = new WeakMap<SentenceContext, string>();
function withoutNames(ctx: SentenceContext): string {
  let out = unnamedTexts.get(ctx);
  if (out === undefined) {
    const parts: string[] = [];
    let at = 0;
    for (const m of ctx.mentions) {
      if (m.start < at) continue;
      parts.push(ctx.text.slice(at, m.start), ' '.repeat(m.end - m.start));
      at = m.end;
    }
    parts.push(ctx.text.slice(at));
    unnamedTexts.set(ctx, (out = parts.join('')));
  }
  return out;
}

function unknownProductBetween(ctx: SentenceContext, from: number, to: number): boolean {
  PRODUCT_CODE.lastIndex = 0;
  const stretch = ctx.text.slice(from, to);
  for (let m = PRODUCT_CODE.exec(stretch); m; m = PRODUCT_CODE.exec(stretch)) {
    const at = from + m.index;
    if (!ctx.mentions.some((x) => x.start <= at && x.end > at)) return true;
  }
  return false;
}

const COMPARED_AFTER =
  /\b(?:(?:is|are|was|were)\s+(?:\w+\s+){0,2}?(?:times|twice|double|half|than|more|less|higher|lower|faster|slower)|than|compared|versus|vs\.?)\b|,\s*(?:(?:about|roughly|around|nearly|almost|some|just|only|exactly|more\s+than|less\s+than)\s+)?(?:twice|double|triple|half|(?:\d+(?:\.\d+)?|two|three|four|five|six|ten)\s+times|(?:a|one)[\s-](?:third|quarter|fifth|tenth)\s+of|two[\s-]thirds\s+of|three[\s-]quarters\s+of|\d+(?:\.\d+)?\s*%\s+of)\s+(?:its|the|that|Nvidia['’]s)\b/i;

/**
 * The words that describe a number: within its clause, and not past the
 * neighbouring numbers ("130 TB/s of NVLink bandwidth and 576 TB/s of memory bandwidth").
 */
function describingWords(
  ctx: SentenceContext,
  numbers: NumberWithUnit[],
  index: number,
): { after: string; near: string; wide: string; nearFrom: number; wideFrom: number; to: number } {
  const n = numbers[index]!;
  const clause = clauseOf(ctx.text, n.start);
  // Numbers are in order and do not overlap: the neighbours are the ones either side.
  const prev = numbers[index - 1];
  const next = numbers[index + 1];
  const wideFrom = Math.max(clause.start, n.start - 45, prev?.end ?? 0);
  const to = Math.min(clause.end, n.end + 45, next?.start ?? Infinity);
  let from = wideFrom;
  if (prev) {
    // After an earlier amount, what precedes this one up to "and", "or" or a comma described that one.
    const lead = ctx.text.slice(from, n.start);
    from += Math.max(0, ...[...lead.matchAll(/,|;|\band\b|\bor\b/gi)].map((m) => m.index! + m[0].length));
  }
  let until = to;
  // A comparison after the number describes what it is measured against ("296 teraflops is three times its FP16
  // rate", "… than the H100's memory"): its words are not this number's.
  const compared = COMPARED_AFTER.exec(ctx.text.slice(n.end, to));
  if (compared) until = n.end + compared.index;
  if (next && next.start <= until) {
    // Before a later amount, what follows this one from its last "and", "or", "with" or comma describes that one
    // ("2,039 GB/s of memory bandwidth and NVLink of 900 GB/s").
    const tail = ctx.text.slice(n.end, until);
    const cuts = [...tail.matchAll(/,|;|\band\b|\bor\b|\bwith\b/gi)].map((m) => m.index!);
    if (cuts.length) until = n.end + cuts[cuts.length - 1]!;
  }
  return {
    after: ctx.text.slice(n.end, until),
    near: ctx.text.slice(from, until),
    wide: ctx.text.slice(wideFrom, to),
    nearFrom: from,
    wideFrom,
    to: until,
  };
}

/** Inside "( … vs … )" or a parenthesis holding two amounts: a comparison, not a claim. */
function inComparisonParenthesis(text: string, start: number, mentions?: RawMention[]): boolean {
  if (parentheses?.text !== text) {
    const opens: number[] = [];
    const closes: number[] = [];
    for (let i = text.indexOf('('); i >= 0; i = text.indexOf('(', i + 1)) opens.push(i);
    for (let i = text.indexOf(')'); i >= 0; i = text.indexOf(')', i + 1)) closes.push(i);
    parentheses = { text, opens, closes, verdicts: new Map() };
  }
  const { opens, closes, verdicts } = parentheses;
  const open = lastAtOrBefore(opens, start);
  if (open < 0 || lastAtOrBefore(closes, start) > open) return false;
  // The answer depends on the parenthesis only: read each once, however many numbers it holds.
  let verdict = verdicts.get(open);
  if (verdict === undefined) {
    const close = closes[firstAtOrAfter(closes, start)] ?? -1;
    const inside = text.slice(open, close < 0 ? text.length : close);
    // "the H200 (141 GB of HBM3e, 4.8 TB/s)": a spec list right after one chip's name is that chip's.
    const specsOfNamed =
      !!mentions &&
      mentions.some((m) => CHIP_KINDS.has(m.kind) && /^\s*$/.test(text.slice(m.end, open))) &&
      !mentions.some((m) => m.start > open && (close < 0 || m.end <= close) && CHIP_KINDS.has(m.kind));
    verdict =
      /\b(?:vs\.?|versus|compared)\b/i.test(inside) || (numbersWithUnits(inside.slice(1)).length > 1 && !specsOfNamed);
    verdicts.set(open, verdict);
  }
  return verdict;
}
let parentheses: { text: string; opens: number[]; closes: number[]; verdicts: Map<number, boolean> } | undefined;

/** In an ascending list: the index of the first value at or after `at`. */
function firstAtOrAfter(sorted: number[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
/** In an ascending list: the last value at or before `at`, or -1. */
function lastAtOrBefore(sorted: number[], at: number): number {
  const i = firstAtOrAfter(sorted, at + 1) - 1;
  return i >= 0 ? sorted[i]! : -1;
}

export interface NumberWithUnit {
  start: number;
  end: number;
  unit: UnitInfo;
  amountInUnit: number;
  /** Rounding tolerance in the draft's unit. */
  tolerance: number;
  hedge: Hedge;
  /** A range the draft wrote: the amount is its middle, the tolerance reaches both ends. */
  range?: boolean;
}

/** Every single number with a unit in the text (ranges and fragments of names left out). */
export function numbersWithUnits(text: string): NumberWithUnit[] {
  const out: NumberWithUnit[] = [];
  const ranges = rangesWithUnits(text);
  QUANTITY.lastIndex = 0;
  for (let m = QUANTITY.exec(text); m; m = QUANTITY.exec(text)) {
    const [whole, first, second, rawUnit] = m;
    const start = m.index;
    const unit = unitInfo(rawUnit!);
    // A fragment of a name ("MI308", "$5.5") is not a claim.
    if (!unit) continue;
    // "6.5Gbps": gigabits (a pin speed), not gigabytes.
    if (/^[GT]b(?:ps|\/s)$/.test(rawUnit!)) continue;
    if (/[\p{L}$£€.,/-]/u.test(text.slice(Math.max(0, start - 1), start))) continue;
    // "4*8 GB", "6 × 24 GB": one factor of a product (the amount is the product), not a figure of its own.
    if (PRODUCT_BEFORE.test(text.slice(Math.max(0, start - 8), start))) continue;
    // "96 Gb": gigabits (lowercase b), not the gigabytes the record keeps.
    if (/^[KMGTP]b$/.test(rawUnit!)) continue;
    // A group of a number written with a locale's thousands separator, not a figure of its own: "1 000 W"
    // (a narrow or no-break space, a thin space, an apostrophe before "000"), "1.000 W" (German: a thousand).
    if (/^0\d/.test(first!) || /^\d{1,3}\.000$/.test(first!)) continue;
    if (/(?<![\p{L}\p{N}.,])\d{1,3}[\u00a0\u202f\u2009\u2007'’]$/u.test(text.slice(Math.max(0, start - 5), start)))
      continue;
    // Inside "between 100 and 120 GB": the range is read whole, below.
    if (ranges.some((r) => r.start <= start && r.end >= start + whole.length)) continue;
    // "a 700W-class chip": a class of figure is an approximate one.
    const hedge =
      HEDGES.find(([re]) => re.test(text.slice(Math.max(0, start - 20), start)))?.[1] ??
      (/^-?class\b/i.test(text.slice(start + whole.length, start + whole.length + 6)) ? 'about' : 'exact');
    if (second !== undefined) {
      // "80-96 GB", "300 to 350 watts": a range; "from 80 to 141 GB" is a change, "2022-2024" no figure at all.
      if (CHANGE_BEFORE_RANGE.test(text.slice(Math.max(0, start - 12), start))) continue;
      const range = rangeOf(first!, second, unit, start, start + whole.length, hedge);
      if (range) out.push(range);
      continue;
    }
    out.push({
      start,
      end: start + whole.length,
      unit,
      amountInUnit: Number(first!.replace(/,/g, '')),
      tolerance: roundingTolerance(first!),
      hedge,
    });
  }
  out.push(...ranges);
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A range as one figure: its middle, with a tolerance reaching both ends and their own precision ("100 to 120 GB"
 * covers 99.5–120.5 GB). Undefined when the ends are not in order or too far apart to be one figure's range.
 */
function rangeOf(
  low: string,
  high: string,
  unit: UnitInfo,
  start: number,
  end: number,
  hedge: Hedge,
): NumberWithUnit | undefined {
  const lo = Number(low.replace(/,/g, ''));
  const hi = Number(high.replace(/,/g, ''));
  if (!(lo < hi) || hi > 3 * lo) return undefined;
  const from = lo - roundingTolerance(low);
  const to = hi + roundingTolerance(high);
  return { start, end, unit, amountInUnit: (from + to) / 2, tolerance: (to - from) / 2, hedge, range: true };
}

/** "between 100 and 120 GB" (from "between" on), "400 W to 500 W": the ranges whose first end may have a unit. */
function rangesWithUnits(text: string): NumberWithUnit[] {
  const out: NumberWithUnit[] = [];
  BETWEEN.lastIndex = 0;
  for (let m = BETWEEN.exec(text); m; m = BETWEEN.exec(text)) {
    const [whole, betweenLow, betweenUnit, unitLow, unitOfLow, high, highUnit] = m;
    const low = betweenLow ?? unitLow;
    const lowUnit = betweenUnit ?? unitOfLow;
    const unit = unitInfo(highUnit!);
    // "from 400 W to 500 W" is a change, not a range.
    if (!unit || (!betweenLow && CHANGE_BEFORE_RANGE.test(text.slice(Math.max(0, m.index - 12), m.index)))) continue;
    const first = lowUnit ? unitInfo(lowUnit) : unit;
    if (first?.dimension !== unit.dimension || first.scale !== unit.scale) continue;
    const hedge = HEDGES.find(([re]) => re.test(text.slice(Math.max(0, m!.index - 20), m!.index)))?.[1] ?? 'exact';
    const range = rangeOf(low!, high!, unit, m.index, m.index + whole.length, hedge);
    if (range) out.push(range);
  }
  return out;
}

export function basisIn(near: string): QuantityClaim['basis'] {
  return /\b(?:with sparsity|sparse)\b/i.test(near)
    ? 'sparse'
    : /\b(?:dense|without sparsity)\b/i.test(near)
      ? 'dense'
      : undefined;
}

export function quantityClaim(
  n: NumberWithUnit,
  attribute: QuantityAttribute,
  owner: Pick<RawMention, 'entityId' | 'variantId'>,
  basis: QuantityClaim['basis'],
  quoted: boolean,
): QuantityClaim {
  return {
    kind: 'quantity',
    attribute,
    amount: n.amountInUnit * n.unit.scale,
    tolerance: n.tolerance * n.unit.scale,
    hedge: n.hedge,
    ...(basis ? { basis } : {}),
    // A model's size keeps its own noun in a fix ("284 billion parameters", never "… billion transistors").
    draftUnit: MODEL_ATTRIBUTES.has(attribute)
      ? `${n.unit.display.split(' ')[0]} ${attribute === 'active_parameters' ? 'active ' : ''}parameters`
      : n.unit.display,
    toDraftUnit: 1 / n.unit.scale,
    ...(n.range ? { range: true } : {}),
    span: { start: n.start, end: n.end },
    valueSpan: { start: n.start, end: n.end },
    entityId: owner.entityId,
    ...(owner.variantId ? { variantId: owner.variantId } : {}),
    quoted,
  };
}

export function extractQuantities(ctx: SentenceContext): (QuantityClaim | CategoryClaim)[] {
  const claims: (QuantityClaim | CategoryClaim)[] = [];
  const numbers = numbersWithUnits(ctx.text);
  // What the test "a chip right before or after the number" amounted to: slice(a, b) is '' when a >= b, so any
  // chip anywhere in the sentence passed it. Kept as it was (the eval baseline rests on it), computed once.
  const touching = ctx.mentions.some((mm) => CHIP_KINDS.has(mm.kind));
  for (const [index, n] of numbers.entries()) {
    const { start, end } = n;
    // "the A100 40GB": a number inside a name is part of the name; "competes with 700W-class chips": others' figure.
    if (insideName(ctx, start, end) || OTHERS_DESCRIBED.test(ctx.text.slice(end, end + 30))) continue;
    if (
      DIFFERENCE_AFTER.test(ctx.text.slice(end, end + 12)) ||
      DIFFERENCE_BEFORE.test(ctx.text.slice(Math.max(0, start - 24), start)) ||
      inComparisonParenthesis(ctx.text, start, ctx.mentions)
    )
      continue;
    const { after, near, wide, nearFrom, wideFrom, to } = describingWords(ctx, numbers, index);
    // Names are not describing words: "the H100 PCIe has 2 TB/s" is no PCIe bus bandwidth.
    const unnamedText = withoutNames(ctx);
    const unnamed = { near: unnamedText.slice(nearFrom, to), wide: unnamedText.slice(wideFrom, to) };
    // The words after a number describe it best ("576 TB/s of memory bandwidth"); then those before it.
    if (vetoed(n.unit, unnamed.near)) continue;
    // "a trillion parameters, thirty-two billion of them active": a size whose own words say parameters is the total.
    const ownWords = n.unit.dimension === 'billions' ? ctx.text.slice(start, end) : '';
    const attribute =
      (/\bparam/i.test(ownWords) &&
      !ACTIVE.test(ownWords) &&
      !ACTIVE.test(ctx.text.slice(Math.max(0, start - 24), start))
        ? 'parameters'
        : undefined) ??
      attributeIn(n.unit, after, false) ??
      attributeIn(n.unit, near, touching) ??
      (vetoed(n.unit, unnamed.wide) ? undefined : attributeIn(n.unit, wide, touching));
    if (!attribute) continue;
    if (
      PER_PART_AFTER.test(ctx.text.slice(end, end + 30)) ||
      PARTS_BEFORE.test(ctx.text.slice(Math.max(0, start - 40), start))
    )
      continue;
    // Parameters are a model's, everything else a chip's or a system's.
    const owner = ownerOf(ctx, start, end, MODEL_ATTRIBUTES.has(attribute) ? MODEL_KINDS : CHIP_KINDS);
    if (!owner) continue;
    if (owner.kind === 'chip' && PER_SYSTEM_AFTER.test(ctx.text.slice(end, end + 40))) continue;
    if (
      owner.kind === 'chip' &&
      (SYSTEM_BRAND_BEFORE.test(ctx.text.slice(Math.max(0, owner.start - 12), owner.start)) ||
        SYSTEM_NOUN_AFTER.test(ctx.text.slice(owner.end, owner.end + 20)))
    )
      continue;
    // "The GB200 NVL72 offers 1.8 TB/s of NVLink per GPU": a chip's figure, never the system's.
    if (owner.kind === 'system' && PER_CHIP_AFTER.test(ctx.text.slice(end, end + 50))) continue;
    // "The H200 does not have 96 GB": a negated number is not claimed at all.
    if (negatedBetween(ctx, Math.min(owner.end, start), Math.max(owner.start, end))) continue;
    const quoted = isQuoted(ctx, start, end);
    claims.push(quantityClaim(n, attribute, owner, basisIn(after) ?? basisIn(near), quoted));
    // "141 GB of HBM3e": the memory type rides along with the capacity.
    if (attribute === 'memory_capacity') {
      const after = ctx.text.slice(end, end + 30);
      const type = /^\s*(?:of\s+)?(?:\w+\s+)?/.exec(after);
      const typeMatch = MEMORY_TYPE.exec(after);
      if (type && typeMatch && typeMatch.index <= type[0].length + 1) {
        const tStart = end + typeMatch.index;
        claims.push({
          kind: 'category',
          attribute: 'memory_type',
          value: typeMatch[1]!,
          span: { start: tStart, end: tStart + typeMatch[0].length },
          valueSpan: { start: tStart, end: tStart + typeMatch[0].length },
          entityId: owner.entityId,
          ...(owner.variantId ? { variantId: owner.variantId } : {}),
          quoted,
        });
      }
    }
  }
  claims.push(
    ...extractMultiples(ctx, claims),
    ...extractMultiplesOfNamedFigure(ctx, claims),
    ...extractSharesOfAnother(ctx, claims),
    ...extractElidedUnits(ctx, claims),
    ...extractSharesOfBareFigure(ctx, claims),
    ...extractElidedNouns(ctx, claims),
  );
  claims.push(
    ...extractRelative(ctx),
    ...extractMemoryType(ctx, claims),
    ...extractCounts(ctx),
    ...extractDies(ctx),
    ...extractMultiplesOfRecorded(ctx),
  );
  return claims;
}

/**
 * A multiple or a share of another chip's figure, right after a value: "its bandwidth, 4.8 TB/s, is three times the
 * H100 SXM's", "148 TFLOPS, about 15% of the H100 SXM's". Group 1 a hedge, group 2 the multiple, group 3 a percentage.
 */
const MULTIPLE_BEFORE =
  /(?:\b(about|around|roughly|some|approximately|nearly|almost|close\s+to|more\s+than|over|less\s+than|under|just\s+under|just\s+over)\s+)?\b(twice|double|triple|half|(?:\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten)(?:\s+and\s+a\s+half)?\s+times|(\d+(?:\.\d+)?)\s*%\s+of|(?:a|one)[\s-](?:third|quarter|fifth|tenth)\s+of|two[\s-]thirds\s+of|three[\s-]quarters\s+of)\s+(?:that\s+of\s+)?(?:the\s+|Nvidia['’]s\s+|AMD['’]s\s+|Huawei['’]s\s+)*$/i;
/** After the other chip: its possessive with no figure of its own ("the H100 SXM's." — not "the H100's eighty"). */
const POSSESSIVE_ALONE =
  /^['’]s?(?=[.,;:)]|$|\s(?:\s*[.,;:)]|\s*$|\s*(?:and|but|while|which|or|figure|rate|level|mark|own)\b))/i;
/** Between the value and its multiple: a few describing words, a comma, a copula. */
const VALUE_TO_MULTIPLE =
  /^(?:\s(?:of\s)?(?:[A-Z][\w-]*|a\ssecond|per\ssecond)){0,3},?(?:\s(?:is|are|which\sis|or|making\sit|that\sis|itself))?\s?$/i;
const FRACTION_WORDS: Record<string, number> = { third: 1 / 3, quarter: 0.25, fifth: 0.2, tenth: 0.1 };

function multipleFactor(words: string, percent: string | undefined): number | undefined {
  const w = words.toLowerCase().replace(/\s+/g, ' ');
  if (percent) return Number(percent) / 100;
  if (w.startsWith('two-thirds') || w.startsWith('two thirds')) return 2 / 3;
  if (w.startsWith('three-quarters') || w.startsWith('three quarters')) return 0.75;
  const fraction = /^(?:a|one)[\s-](third|quarter|fifth|tenth)/.exec(w);
  if (fraction) return FRACTION_WORDS[fraction[1]!];
  if (w === 'half') return 0.5;
  const times = /^(.+?)( and a half)? times$/.exec(w);
  const base = numberFromWords(times ? times[1]! : w);
  return base === undefined ? undefined : base + (times?.[2] ? 0.5 : 0);
}

/**
 * A claim on another chip (or the subject) read from a value the sentence writes: the same attribute, basis and
 * draft unit as `value`, its own amount, tolerance and hedge, over `span`. `impliedBy`: the multiple's words when
 * the amount is not written (no fix can then be offered).
 */
export function claimFromValue(
  ctx: SentenceContext,
  value: QuantityClaim,
  owner: Pick<RawMention, 'entityId' | 'variantId'>,
  span: { start: number; end: number },
  figure: { amount: number; tolerance: number; hedge: Hedge },
  impliedBy?: string,
): QuantityClaim {
  return {
    kind: 'quantity',
    attribute: value.attribute,
    ...figure,
    ...(value.basis ? { basis: value.basis } : {}),
    draftUnit: value.draftUnit,
    toDraftUnit: value.toDraftUnit,
    span,
    valueSpan: span,
    entityId: owner.entityId,
    ...(owner.variantId ? { variantId: owner.variantId } : {}),
    ...(impliedBy !== undefined ? { impliedBy, sharedValue: true } : {}),
    quoted: isQuoted(ctx, span.start, span.end),
  };
}

/** "three times the", "half of the", "15% of the" right before a chip: the multiple, its factor and where it starts. */
function multipleBefore(
  ctx: SentenceContext,
  other: RawMention,
): { m: RegExpExecArray; factor: number; start: number } | undefined {
  const head = ctx.text.slice(Math.max(0, other.start - 90), other.start);
  const m = MULTIPLE_BEFORE.exec(head);
  if (!m) return undefined;
  const factor = multipleFactor(m[2]!.replace(/ of$/i, ''), m[3]);
  if (!factor || factor === 1) return undefined;
  return { m, factor, start: other.start - head.length + m.index };
}

/** The other chip's figure a multiple implies: "4.8 TB/s, three times the H100 SXM's" → the H100 SXM at about 1.6 TB/s. */
function extractMultiples(ctx: SentenceContext, found: (QuantityClaim | CategoryClaim)[]): QuantityClaim[] {
  const out: QuantityClaim[] = [];
  const values = found.filter((c): c is QuantityClaim => c.kind === 'quantity' && !c.impliedBy);
  if (!values.length) return out;
  for (const other of ctx.mentions) {
    if (!CHIP_KINDS.has(other.kind)) continue;
    const possessive = POSSESSIVE_ALONE.exec(ctx.text.slice(other.end, other.end + 40));
    if (!possessive) continue;
    const multiple = multipleBefore(ctx, other);
    if (!multiple) continue;
    const { m, factor, start } = multiple;
    const value = values.filter((c) => c.valueSpan.end <= start && !sameProduct(c, other)).pop();
    if (!value || !VALUE_TO_MULTIPLE.test(ctx.text.slice(value.valueSpan.end, start))) continue;
    if (negatedBetween(ctx, value.valueSpan.end, start)) continue;
    const implied = value.amount / factor;
    const hedgeWord = m[1]?.toLowerCase().replace(/\s+/g, ' ') ?? '';
    // "nearly three times": the other's figure is a third or a little more; "more than twice": under a half.
    const hedge: Hedge = /nearly|almost|close to|just under/.test(hedgeWord)
      ? 'atLeast'
      : /more than|over/.test(hedgeWord)
        ? 'atMost'
        : /less than|under/.test(hedgeWord)
          ? 'atLeast'
          : 'about';
    // A multiple in prose is a round figure: a fifth either way is still "three times".
    const tolerance =
      hedge === 'about' ? 0.2 * implied + value.tolerance / factor : 0.02 * implied + value.tolerance / factor;
    const end = other.end + possessive[0].length;
    out.push(
      claimFromValue(
        ctx,
        value,
        other,
        { start, end },
        { amount: implied, tolerance, hedge },
        ctx.text
          .slice(start + (m[1] ? m[0].indexOf(m[2]!, m[1].length) : m[0].indexOf(m[2]!)), start + m[0].trimEnd().length)
          .replace(/ (?:the|that of|of)$/i, ''),
      ),
    );
  }
  return out;
}

/** Between the other chip and its value: its possessive, and at most one word ("the A100's NVLink of 600 GB/s" is not it). */
const POSSESSIVE_BEFORE_VALUE = /^['’]s?\s+(?:[\w-]+\s+)?$/;
/** The words that may stand between the subject and the share: a verb of having or keeping and adverbs ("kept only"). */
const SHARE_LEAD_WORDS = new Set(
  'still only just roughly about around some now then also barely nearly almost under over less more than which that has had have keeps keep kept retains retain retained offers offer offered gets get got delivers deliver delivered runs run ran at is was are were held capped limited cut to draws draw drew carries carried packs pack packed comes came'.split(
    ' ',
  ),
);
/** After the subject's possessive, the figure it names ("the A800's NVLink is half …"). */
const SHARE_LEAD_NOUNS =
  /^(?:memory|bandwidth|NVLink|interconnect|link|TDP|power|compute|throughput|FP16|FP8|FP64|BF16|performance|rate|capacity|speed|figure|transistors|tensor)$/i;

/**
 * A lead that names the figure after its verb: "cut NVLink to", "caps its memory bandwidth at", "went further,
 * cutting NVLink to" (a short clause, then a participle). Group 1 the noun.
 */
const VERB_NOUN_LEAD =
  /^\s+(?:(?:\w+\s+){0,2}\w+,\s+)?(?:(?:still|only|just|also|now|then)\s+)?(?:cut|cuts|cutting|caps|capped|capping|limits|limited|limiting|holds|held|holding|keeps|kept|keeping|trims|trimmed|trimming|reduces|reduced|reducing|lowers|lowered|lowering|throttles|throttled|throttling|sets|set|setting|has|had|gets|got|offers|offered|brings|brought)\s+(?:(?:its|their)\s+)?(NVLink(?:\s+bandwidth)?|interconnect(?:\s+bandwidth)?|chip-to-chip\s+(?:link|bandwidth)|memory\s+bandwidth|bandwidth|memory(?:\s+capacity)?|TDP|power(?:\s+draw)?)\s+(?:(?:to|at|down\s+to)\s+)?(?:(?:only|just|about|roughly|around|some)\s+)?$/i;

/** The attribute a lead's noun names, or undefined (compute leaves dense or sparse open). */
function leadNounAttribute(noun: string): QuantityAttribute | undefined {
  const n = noun.toLowerCase();
  if (/nvlink|interconnect|chip-to-chip/.test(n)) return 'nvlink_bandwidth';
  if (/bandwidth/.test(n)) return 'memory_bandwidth';
  if (/memory/.test(n)) return 'memory_capacity';
  if (/tdp|power/.test(n)) return 'tdp';
  return undefined;
}

/** Whether the words between a subject and a share leave the share the subject's: "kept only", "'s NVLink is". */
function leadsToShare(lead: string, attribute?: QuantityAttribute): boolean {
  const named = VERB_NOUN_LEAD.exec(lead);
  if (named) return !attribute || leadNounAttribute(named[1]!) === attribute;
  let words = lead
    .replace(/^[\s,]+/, '')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  if (words[0] === "'s" || words[0] === '’s' || /^['’]s$/.test(words[0] ?? '')) {
    const nouns = words.slice(1).findIndex((w) => !SHARE_LEAD_NOUNS.test(w));
    if (nouns <= 0) return false;
    words = words.slice(1 + nouns);
  }
  // "The H200 NVL card, at three-quarters of …": the subject's form noun, then an aside's comma.
  if (FORM_NOUN.test(words[0] ?? '')) words = words.slice(1);
  return words.length <= 5 && words.every((w) => SHARE_LEAD_WORDS.has(w.toLowerCase()));
}
/** A chip's form after its name, perhaps closing an aside: "card", "module,", "version". */
const FORM_NOUN = /^(?:card|module|version|board|part),?$/i;

/**
 * The subject's own value said as a share or multiple of another chip's written figure: "the A800 kept only half of
 * the A100's 600 GB/s" says the A800 has about 300 GB/s; "the H200 offers 1.4 times the H100's 3.35 TB/s". The other
 * chip's figure is read as written (its own claim); the subject's is implied (no fix: the draft did not write it).
 */
function extractSharesOfAnother(ctx: SentenceContext, found: (QuantityClaim | CategoryClaim)[]): QuantityClaim[] {
  const out: QuantityClaim[] = [];
  for (const value of found) {
    if (value.kind !== 'quantity' || value.impliedBy || value.attribute === 'relative_performance') continue;
    // The chip whose figure it is, right before it with its possessive.
    const other = [...ctx.mentions]
      .reverse()
      .find((m) => m.entityId === value.entityId && m.end <= value.valueSpan.start);
    if (
      !other ||
      !CHIP_KINDS.has(other.kind) ||
      !POSSESSIVE_BEFORE_VALUE.test(ctx.text.slice(other.end, value.valueSpan.start))
    )
      continue;
    const multiple = multipleBefore(ctx, other);
    if (!multiple) continue;
    const { m, factor, start } = multiple;
    // The subject: the nearest chip before the share, heading the sentence (or after a fronted phrase or an
    // appositive's comma: "Its China version, the A800, kept …"); the words between are tested below.
    const subject = [...ctx.mentions].reverse().find((x) => x.end <= start && !sameProduct(x, other));
    if (!subject || !CHIP_KINDS.has(subject.kind)) continue;
    const before = ctx.text.slice(0, subject.start);
    if (!SENTENCE_SUBJECT.test(before) && !AFTER_FRONTED_PHRASE.test(before)) continue;
    // Only a verb of having and adverbs between ("the A800 kept only half of"); a hedge of the share is its own.
    const lead = ctx.text.slice(subject.end, start);
    if (!leadsToShare(lead, value.attribute)) continue;
    if (negatedBetween(ctx, subject.end, value.valueSpan.end)) continue;
    const implied = value.amount * factor;
    const hedgeWord = `${lead} ${m[1] ?? ''}`.toLowerCase();
    const hedge: Hedge = /nearly|almost|just under/.test(hedgeWord)
      ? 'atMost'
      : /more than|over/.test(hedgeWord)
        ? 'moreThan'
        : /less than|under|barely/.test(hedgeWord)
          ? 'lessThan'
          : 'about';
    // A share in prose is a round figure: a fifth either way is still "half".
    const tolerance = 0.2 * implied + value.tolerance * factor;
    const end = value.valueSpan.end;
    out.push(
      claimFromValue(
        ctx,
        value,
        subject,
        { start, end },
        { amount: implied, tolerance, hedge },
        ctx.text.slice(start + (m[1] ? m[0].indexOf(m[2]!, m[1].length) : m[0].indexOf(m[2]!)), end),
      ),
    );
  }
  return out;
}

/**
 * A share of another chip's figure written without its unit, the figure's noun said before the share: "The A800 went
 * further, cutting NVLink to a third of the A100's six hundred" says the A100's NVLink is 600 (in the unit of the
 * record's figure for it, GB/s) and the A800's about 200. The unit is the one of the attribute's units that puts the
 * number within a factor of three of the record's figure for that chip (exactly one, or nothing is claimed); both
 * figures are then judged as in "a third of the A100's 600 GB/s".
 */
function extractSharesOfBareFigure(ctx: SentenceContext, found: (QuantityClaim | CategoryClaim)[]): QuantityClaim[] {
  const out: QuantityClaim[] = [];
  for (const other of ctx.mentions) {
    if (!CHIP_KINDS.has(other.kind)) continue;
    const bare = POSSESSIVE_BARE_NUMBER.exec(ctx.text.slice(other.end, other.end + 40));
    if (!bare) continue;
    const numStart = other.end + bare[0].length - bare[1]!.length;
    const numEnd = other.end + bare[0].length;
    // Not a number another reading gave a unit ("141 GB, nearly twice the H100's 80").
    if (found.some((c) => c.span.start <= numStart && c.span.end >= numEnd)) continue;
    // Only at the end of its clause: "the A100's 600 engineers" is something else.
    if (!/^\s*(?:[.,;:)]|$)/.test(ctx.text.slice(numEnd))) continue;
    const multiple = multipleBefore(ctx, other);
    if (!multiple) continue;
    const { m, factor, start } = multiple;
    // The subject heads the sentence; a later mention of it before the share is its possessive ("cut its NVLink"
    // as the paragraph's view writes it: "cut A800's NVLink").
    const prior = ctx.mentions.filter((x) => x.end <= start && CHIP_KINDS.has(x.kind));
    const subject = prior[0];
    if (!subject || sameProduct(subject, other) || prior.some((x) => !sameProduct(x, subject))) continue;
    const before = ctx.text.slice(0, subject.start);
    if (!SENTENCE_SUBJECT.test(before) && !AFTER_FRONTED_PHRASE.test(before)) continue;
    let lead = ctx.text.slice(subject.end, start);
    for (const again of prior.slice(1).reverse())
      lead = `${lead.slice(0, again.start - subject.end)}its${lead.slice(again.end - subject.end).replace(/^['’]s/, '')}`;
    const named =
      VERB_NOUN_LEAD.exec(lead) ??
      /^['’]s\s+([\w-]+(?:\s+bandwidth)?)\s+(?:is|was|runs\s+at|stands\s+at)\s+$/i.exec(lead);
    const attribute = named
      ? leadNounAttribute(named[1]!)
      : /^\s+(?:(?:only|just|still)\s+)?(?:draws|drew|consumes|consumed)\s+(?:(?:only|just|about|roughly|around)\s+)?$/i.test(
            lead,
          )
        ? 'tdp'
        : undefined;
    if (!attribute || negatedBetween(ctx, subject.end, numEnd)) continue;
    const amountInUnit = Number(bare[1]!.replace(/,/g, ''));
    const recorded = ctx.index
      .quantityFacts(other.entityId, attribute)
      .filter((f) => validAt(f, ctx.asOf) && (!other.variantId || !f.variant || f.variant === other.variantId))
      .map((f) => canonical(f.value).amount);
    if (!recorded.length) continue;
    const units = QUANTITY_ATTRIBUTE_DEFS[attribute].units.filter((u) =>
      recorded.every((r) => {
        const ratio = (amountInUnit * unitDef(u).factor) / r;
        return ratio >= 1 / 3 && ratio <= 3;
      }),
    );
    if (units.length !== 1) continue;
    const unit = unitDef(units[0]!);
    const written: QuantityClaim = {
      kind: 'quantity',
      attribute,
      amount: amountInUnit * unit.factor,
      tolerance: roundingTolerance(bare[1]!) * unit.factor,
      hedge: 'exact',
      draftUnit: unit.display ?? units[0]!,
      toDraftUnit: 1 / unit.factor,
      span: { start: numStart, end: numEnd },
      valueSpan: { start: numStart, end: numEnd },
      entityId: other.entityId,
      ...(other.variantId ? { variantId: other.variantId } : {}),
      quoted: isQuoted(ctx, numStart, numEnd),
    };
    const implied = written.amount * factor;
    out.push(
      written,
      claimFromValue(
        ctx,
        written,
        subject,
        { start, end: numEnd },
        { amount: implied, tolerance: 0.2 * implied + written.tolerance * factor, hedge: 'about' },
        ctx.text.slice(start + (m[1] ? m[0].indexOf(m[2]!, m[1].length) : m[0].indexOf(m[2]!)), numEnd),
      ),
    );
  }
  return out;
}

/** A bare number straight after a chip's possessive: "the H100's 80", "the H100 SXM's 700" (group 1 the number). */
const POSSESSIVE_BARE_NUMBER = /^['’]s?\s+(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d,]|\.\d|\s*[%a-z])/i;
/** How far after a value its compared figure may stand: "141 GB, nearly twice the H100's 80". */
const ELIDED_REACH = 90;

/**
 * A figure whose unit is left out because the value before it says it: "The H200 holds 141 GB, nearly twice the
 * H100's 80" says the H100 has 80 GB; "The H20 is rated at 350 W, exactly half the H100 SXM's 700". The other chip's
 * figure is read in the value's unit and attribute, as written (its own words, so a fix may replace them).
 */
function extractElidedUnits(ctx: SentenceContext, found: (QuantityClaim | CategoryClaim)[]): QuantityClaim[] {
  const out: QuantityClaim[] = [];
  const values = found.filter(
    (c): c is QuantityClaim => c.kind === 'quantity' && !c.impliedBy && c.attribute !== 'relative_performance',
  );
  for (const other of ctx.mentions) {
    if (!CHIP_KINDS.has(other.kind)) continue;
    const m = POSSESSIVE_BARE_NUMBER.exec(ctx.text.slice(other.end, other.end + 40));
    if (!m) continue;
    const start = other.end + m[0].length - m[1]!.length;
    const end = other.end + m[0].length;
    // The value it is compared with: the nearest before it in the sentence, of another chip, with only a comparison
    // between ("nearly twice the", "exactly half the", "against", "than the").
    const value = values
      .filter(
        (c) =>
          c.valueSpan.end <= other.start && other.start - c.valueSpan.end <= ELIDED_REACH && !sameProduct(c, other),
      )
      .pop();
    if (!value) continue;
    const between = ctx.text.slice(value.valueSpan.end, other.start);
    // Only comparison words, in the value's own clause: "…, and its price is less than the H100's 25,000" compares
    // something else.
    if (
      !COMPARISON_WORDS.test(between) ||
      /[;.]|,\s*(?:and|but|while|whereas)\b|\b(?:price|cost|units|sales|revenue|shares?|valuation)\b/i.test(between)
    )
      continue;
    if (values.some((c) => c.valueSpan.start > value.valueSpan.end && c.valueSpan.end <= other.start)) continue;
    const amountInUnit = Number(m[1]!.replace(/,/g, ''));
    // A figure of the same thing is of the same order: not a tenth of it, nor ten times it.
    const ratio = amountInUnit / value.toDraftUnit / value.amount;
    if (!(ratio >= 0.1 && ratio <= 10)) continue;
    out.push(
      claimFromValue(
        ctx,
        value,
        other,
        { start, end },
        {
          amount: amountInUnit / value.toDraftUnit,
          tolerance: roundingTolerance(m[1]!) / value.toDraftUnit,
          hedge: 'exact',
        },
      ),
    );
  }
  return out;
}
/** "about 100 billion." — a bare count of billions at the end of its clause, its noun left to an earlier figure. */
const BARE_BILLIONS = /(?<![\d.,])(\d+(?:\.\d+)?)\s+(?:billion|bn)(?=\s*(?:[.;,)]|$))/gi;

/**
 * "The B200 packs 208 billion transistors; the H200 packs about 100 billion": a later figure whose noun is left out
 * takes the attribute of the sentence's earlier one, for the chip that owns it (a model's parameters likewise).
 */
function extractElidedNouns(ctx: SentenceContext, found: (QuantityClaim | CategoryClaim)[]): QuantityClaim[] {
  const out: QuantityClaim[] = [];
  const sized = found.filter(
    (c): c is QuantityClaim =>
      c.kind === 'quantity' && !c.impliedBy && (c.attribute === 'transistors' || MODEL_ATTRIBUTES.has(c.attribute)),
  );
  if (!sized.length) return out;
  BARE_BILLIONS.lastIndex = 0;
  for (let m = BARE_BILLIONS.exec(ctx.text); m; m = BARE_BILLIONS.exec(ctx.text)) {
    const start = m.index;
    const end = start + m[0].length;
    const earlier = sized.filter((c) => c.valueSpan.end <= start).pop();
    if (!earlier || found.some((c) => c.valueSpan.start <= start && c.valueSpan.end >= end)) continue;
    const owner = ownerOf(ctx, start, end, MODEL_ATTRIBUTES.has(earlier.attribute) ? MODEL_KINDS : CHIP_KINDS);
    // Another subject's figure, not a restatement of the earlier one ("…, more than twice the H100's 80 billion").
    if (!owner || owner.entityId === earlier.entityId || owner.end <= earlier.valueSpan.end) continue;
    if (negatedBetween(ctx, owner.end, end) || inLaterComparison(ctx.text.slice(owner.end, start))) continue;
    const hedge = HEDGES.find(([re]) => re.test(ctx.text.slice(Math.max(0, start - 20), start)))?.[1] ?? 'exact';
    out.push({
      ...earlier,
      amount: Number(m[1]),
      tolerance: roundingTolerance(m[1]!),
      hedge,
      span: { start, end },
      valueSpan: { start, end },
      entityId: owner.entityId,
      quoted: isQuoted(ctx, start, end),
      ...(owner.variantId ? { variantId: owner.variantId } : {}),
    });
  }
  return out;
}
const inLaterComparison = (between: string) => /\b(?:than|twice|times|half|versus|vs\.?|compared)\b/i.test(between);

/** Words that compare a value with another chip's figure. */
const COMPARISON_WORDS =
  /\b(?:twice|double|triple|half|times|than|against|versus|vs\.?|compared\s+(?:with|to)|up\s+from|down\s+from|from|like|matching|trails?|beats?|exceeds?|tops?)\b/i;

/** "does not use", "doesn't have", "lacks": the words that deny a memory type (group 1 is the phrase a message quotes). */
const NEGATED_MEMORY_LEAD =
  /^\s+((?:does not|doesn['’]t|did not|didn['’]t|do not|don['’]t)\s+(?:use|have|carry|feature|come with|ship with)|lacks)\s+(?:\w+\s+)?$/i;

/**
 * The chip whose spec list in parentheses holds the stretch `start`–`end` as one item: "The H100 PCIe (350 W, HBM3)",
 * "the H20 (HBM3, 96 GB)". Every item must be a figure with its unit or a memory type (so "(HBM3 on the SXM)", "(vs
 * HBM3e)" and "(like the H100, HBM3)" are none), and the parenthesis must follow the chip's name with nothing between.
 */
const MEMORY_TYPE_ALONE = /^(?:HBM2e|HBM2|HBM3e|HBM3|HBM4|GDDR6X|GDDR6|GDDR7)$/i;

function specListOwner(ctx: SentenceContext, start: number, end: number): RawMention | undefined {
  const open = ctx.text.lastIndexOf('(', start);
  const close = ctx.text.indexOf(')', end);
  if (open < 0 || close < 0 || ctx.text.slice(open + 1, start).includes(')')) return undefined;
  const inside = ctx.text.slice(open + 1, close);
  if (inside.includes('(')) return undefined;
  const items = inside.split(/[,;]/).map((item) => item.trim());
  const isSpec = (item: string) => {
    if (MEMORY_TYPE_ALONE.test(item)) return true;
    const [n, ...more] = numbersWithUnits(item);
    return !!n && !more.length && n.start === 0 && n.end === item.length;
  };
  if (!items.length || !items.every(isSpec)) return undefined;
  const chip = [...ctx.mentions].reverse().find((x) => x.end <= open);
  if (!chip || !CHIP_KINDS.has(chip.kind) || !/^\s*$/.test(ctx.text.slice(chip.end, open))) return undefined;
  return chip;
}

/** "The H20 uses HBM3 memory": a memory type stated without a capacity. */
/** A parenthesised spec list after a product, up to a bare memory type: " (350 W, " — figures only before it. */
const SPEC_LIST_LEAD = /^\s?\((?:~?\d[\d,.]*\s?[A-Za-z/%]{0,8}(?:\s+(?:per|a)\s+\w+)?,\s*)*$/;
/** …and after it the end of the list or more figures: "HBM3)", "HBM3, 2 TB/s)". */
const SPEC_LIST_TAIL = /^(?:,\s*~?\d[\d,.]*\s?[A-Za-z/%]{0,8}(?:\s+(?:per|a)\s+\w+)?)*\)/;
function extractMemoryType(ctx: SentenceContext, already: (QuantityClaim | CategoryClaim)[]): CategoryClaim[] {
  const out: CategoryClaim[] = [];
  const re = new RegExp(MEMORY_TYPE.source, 'gi');
  for (let m = re.exec(ctx.text); m; m = re.exec(ctx.text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (already.some((c) => c.span.start <= start && c.span.end >= end)) continue;
    // "The H100 PCIe (350 W, HBM3) tops out …": an item of a spec list in parentheses right after one chip's name.
    const listed = specListOwner(ctx, start, end);
    if (listed) {
      out.push({
        kind: 'category',
        attribute: 'memory_type',
        value: m[1]!,
        span: { start, end },
        valueSpan: { start, end },
        entityId: listed.entityId,
        ...(listed.variantId ? { variantId: listed.variantId } : {}),
        quoted: isQuoted(ctx, start, end),
      });
      continue;
    }
    const owner = ownerOf(ctx, start, end);
    if (!owner) continue;
    const lead = ctx.text.slice(owner.end, start);
    // "The H100 PCIe (350 W, HBM3)": a bare type among the figures of a spec list in parentheses after the product.
    const specList = SPEC_LIST_LEAD.test(lead) && SPEC_LIST_TAIL.test(ctx.text.slice(end, end + 60));
    if (!specList && !/^\s*(?:memory|stacks?|DRAM)\b/i.test(ctx.text.slice(end, end + 12))) continue;
    // "The H200 does not use HBM3e memory": the type denied, compared as such.
    const denied = NEGATED_MEMORY_LEAD.exec(lead);
    if (
      !denied &&
      !specList &&
      !/^(?:['’]s)?\s+(?:(?:uses|has|carries|comes with|features|ships with|pairs?\s+\w+\s+with|is equipped with|relies on)\s+)?(?:\w+\s+)?$/i.test(
        lead,
      )
    )
      continue;
    const valueStart = denied ? owner.end + denied.index + denied[0].indexOf(denied[1]!) : start;
    out.push({
      kind: 'category',
      attribute: 'memory_type',
      value: m[1]!,
      ...(denied ? { negated: true } : {}),
      span: { start: Math.min(valueStart, start), end },
      valueSpan: { start: valueStart, end },
      entityId: owner.entityId,
      ...(owner.variantId ? { variantId: owner.variantId } : {}),
      quoted: isQuoted(ctx, start, end),
    });
  }
  return out;
}

const DIES =
  /\b(?:(single|one|dual|two|twin|three|four)-die\b|(one|two|three|four|\d)\s+(?:compute\s+|GPU\s+)?dies\b)/gi;
const DIE_WORDS: Record<string, number> = { single: 1, one: 1, dual: 2, two: 2, twin: 2, three: 3, four: 4 };
/** How a fix says a die count in the draft's form: "a single-die design", "across two dies". */
const DIE_ADJECTIVES: Record<number, string> = { 1: 'single', 2: 'dual', 3: 'three', 4: 'four' };
const DIE_CARDINALS: Record<number, string> = { 1: 'one', 2: 'two', 3: 'three', 4: 'four' };

/** "a single-die chip", "a dual-die design", "across two dies". */
function extractDies(ctx: SentenceContext): QuantityClaim[] {
  const out: QuantityClaim[] = [];
  DIES.lastIndex = 0;
  for (let m = DIES.exec(ctx.text); m; m = DIES.exec(ctx.text)) {
    const start = m.index;
    const end = start + m[0].length;
    const word = (m[1] ?? m[2])!.toLowerCase();
    const amount = DIE_WORDS[word] ?? Number(word);
    const owner = ownerOf(ctx, start, end);
    if (
      !owner ||
      !Number.isFinite(amount) ||
      negatedBetween(ctx, Math.min(owner.end, start), Math.max(owner.start, end))
    )
      continue;
    out.push({
      kind: 'quantity',
      attribute: 'dies',
      amount,
      tolerance: 0,
      hedge: 'exact',
      draftUnit: '',
      toDraftUnit: 1,
      span: { start, end },
      valueSpan: { start, end: start + word.length },
      ...(m[1] ? { numberWords: DIE_ADJECTIVES } : /^\p{L}/u.test(word) ? { numberWords: DIE_CARDINALS } : {}),
      entityId: owner.entityId,
      quoted: isQuoted(ctx, start, end),
    });
  }
  return out;
}

/** "72 GPUs", "384 Ascend 910C processors", "320 of its 910C chips" (group 1 the number, group 2 the noun). */
const COUNT =
  /(?<![\d,])(\d{1,3}(?:,\d{3})+|\d+|one|a\s+single|two|three|four|five|six|seven|eight|nine|ten|twelve|sixteen)\s+(?:of\s+(?:its|their|the|[A-Z][\w-]*['’]s)\s+)?(?:(?:[A-Z0-9][\w-]*|Nvidia['’]s)\s+){0,2}(GPUs?|CPUs?|chips?|accelerators?|processors?|NPUs?|[A-Z]{1,3}\d{2,4}[A-Z]?s)\b/g;
/** What may name a system after its name and before its verb: "A GB200 NVL72 rack holds …". */
const SYSTEM_NOUN = String.raw`(?:['’]s)?(?:\s+(?:rack|system|server|superchip|board|node|pod|module|cluster|platform|supernode))?`;
const SYSTEM_VERB = new RegExp(
  // "The GB200 NVL72, a liquid-cooled rack of 72 GPUs", "The GB200 superchip (one Grace CPU, two B200 GPUs)";
  // a spec line, "GB200 NVL72: 72 GPUs, 36 Grace CPUs".
  String.raw`^${SYSTEM_NOUN}(?: ?\( ?| ?, (?:an?\s+|the\s+|Nvidia['’]s\s+)?(?:[\w-]+\s+){0,2}(?:rack|system|superchip|cluster|pod|board|module|node|server)\s+(?:of|with)\s+)$|^${SYSTEM_NOUN}(?:,?\s(?:which|that))?\s+(?:has|have|links|connects|combines|contains|packs|houses|holds|integrates|pairs|joins|couples|gathers|carries|features|uses|ties|ties\s+together|strings\s+together|brings\s+together|puts\s+together|comprises|consists\s+of|is\s+(?:made\s+up|composed|built)\s+of|is\s+built\s+(?:from|around|with)|bundles|hosts|employs|scales\s+to|with|of)\s+(?:up\s+to\s+|a\s+total\s+of\s+)?$|^${SYSTEM_NOUN}\s*:\s*$`,
  'i',
);
const TRAINED_ON = /^\s+(?:(?:was|were|is)\s*)?trained\s+(?:on|using|with)\s+(?:a cluster of\s+|only\s+|just\s+)*$/i;
/** "trained V3 on 2,048 H800s": the model named between the verb and the count. */
const TRAINED_BEFORE = /\btrained\s+(?:(?:the|its|DeepSeek['’]s)\s+)?$/i;

/** "The GB200 NVL72 links 72 GPUs", "DeepSeek-V3 was trained on 2,048 H800 GPUs", "pairs one Grace CPU with two B200s". */
function extractCounts(ctx: SentenceContext): QuantityClaim[] {
  const out: QuantityClaim[] = [];
  COUNT.lastIndex = 0;
  let previous: { end: number; subject: RawMention } | undefined;
  for (let m = COUNT.exec(ctx.text); m; m = COUNT.exec(ctx.text)) {
    const start = m.index;
    const numberEnd = start + m[1]!.length;
    const clause = clauseOf(ctx.text, start);
    let subject: RawMention | undefined;
    for (
      let i = firstStartingFrom(ctx.mentions, start) - 1;
      i >= 0 && !subject && ctx.mentions[i]!.start >= clause.start;
      i--
    ) {
      const x = ctx.mentions[i]!;
      if (x.end <= start && (x.kind === 'system' || x.kind === 'model')) subject = x;
    }
    if (!subject) continue;
    const hedge = HEDGES.find(([re]) => re.test(ctx.text.slice(Math.max(0, start - 20), start)))?.[1] ?? 'exact';
    const lead = ctx.text
      .slice(subject.end, start)
      .replace(
        /(?:about|around|approximately|roughly|some|nearly|almost|more than|over|up to|fewer than|less than)\s*$/i,
        '',
      );
    const verbOk =
      subject.kind === 'system'
        ? SYSTEM_VERB.test(lead)
        : TRAINED_ON.test(lead) ||
          (TRAINED_BEFORE.test(ctx.text.slice(Math.max(0, subject.start - 30), subject.start)) &&
            /^\s+(?:on|using|with)\s+$/i.test(lead));
    // "links 72 GPUs and 36 Grace CPUs", "pairs one Grace CPU with two B200s": a count listed after another shares its subject.
    // "ties 72 GPUs to 36 Grace CPUs": "to" after a verb of joining lists the second part.
    const listed = previous && /^\s*(?:,|and|,\s*and|with|to)\s*$/.test(ctx.text.slice(previous.end, start));
    if (listed) subject = previous!.subject;
    else if (!verbOk) continue;
    previous = { end: start + m[0].length, subject };
    const attribute = /CPU/i.test(m[2]!) ? 'cpu_count' : 'gpu_count';
    out.push({
      kind: 'quantity',
      attribute,
      amount: /single/i.test(m[1]!) ? 1 : (numberFromWords(m[1]!.replace(/,/g, '')) ?? Number.NaN),
      tolerance: 0,
      hedge,
      draftUnit: '',
      toDraftUnit: 1,
      span: { start, end: start + m[0].length },
      valueSpan: { start, end: numberEnd },
      entityId: subject.entityId,
      quoted: isQuoted(ctx, start, start + m[0].length),
    });
  }
  return out;
}

/** Which attribute a number is about, from its unit and the words near it; `touching`: the number abuts a chip name ("H20 96GB"). */
export function attributeFor(unit: UnitInfo, near: string, touching: boolean): QuantityAttribute | undefined {
  return vetoed(unit, near) ? undefined : attributeIn(unit, near, touching);
}

/** Words that make a number about something other than the chip's own spec. */
function vetoed(unit: UnitInfo, near: string): boolean {
  switch (unit.dimension) {
    case 'bytes':
      return NOT_MEMORY.test(near);
    case 'bandwidth':
      return NOT_BANDWIDTH.test(near);
    case 'flops':
      return /\bFP64\b/i.test(near) && /\bTensor\b/i.test(near) && !/\b(?:FP8|FP16|BF16)\b/i.test(near);
    case 'power':
      return NOT_POWER.test(near);
    default:
      return false;
  }
}

function attributeIn(unit: UnitInfo, near: string, touching: boolean): QuantityAttribute | undefined {
  switch (unit.dimension) {
    case 'bytes':
      return MEMORY_WORDS.test(near) || touching ? 'memory_capacity' : undefined;
    case 'bandwidth':
      // Terabytes a second default to memory bandwidth, but only once the words before the number had their say
      // ("NVLink, at 1.8 TB/s"): the words after it alone (touching false) name an attribute or nothing.
      if (NVLINK_WORDS.test(near)) return 'nvlink_bandwidth';
      if (/\b(?:memory|bandwidth|HBM\w*|GDDR\w*)\b/i.test(near)) return 'memory_bandwidth';
      // "links them at 130 TB/s": a verb of linking names the interconnect when nothing names memory.
      if (LINK_VERB.test(near)) return 'nvlink_bandwidth';
      return unit.scale === 1000 && touching ? 'memory_bandwidth' : undefined;
    case 'flops': {
      if (OTHER_PRECISION.test(near) && !PRECISION.some(([re]) => re.test(near))) return undefined;
      const found = PRECISION.filter(([re]) => re.test(near));
      return found.length === 1 ? found[0]![1] : undefined;
    }
    case 'power':
      // Watts beside a chip are its power unless the words say otherwise (NOT_POWER vetoes a supply, a server, a budget).
      return POWER_WORDS.test(near) || touching ? 'tdp' : undefined;
    case 'billions':
      // A model's parameters ("37 billion active"), a chip's transistors, or nothing the words do not name.
      if (/\bparam|\b(?:billion|bn)\s+active\b/i.test(near))
        return ACTIVE.test(near) ? 'active_parameters' : 'parameters';
      return /\btransistors\b/i.test(near) ? 'transistors' : undefined;
    default:
      // A dimension with no rule here: the attribute table's cues (record/attributes.ts) name the attribute.
      return cuedAttributes(unit.dimension).find((a) => a.near.test(near))?.name;
  }
}

const RELATIVE =
  /\b(?:(nearly|almost|about|around|roughly|approximately|more than|over|up to)\s+)?((?:\d+(?:\.\d+)?|[a-z]+)[\s-]*(?:times|x|fold)|twice|double|triple)\s+(?:faster|quicker|more (?:powerful|capable)|the (?:performance|computing power|compute|speed)|as (?:fast|powerful|capable|quick|strong))\s+(?:than|of|as)\s+(?:the\s+|nvidia['’]s\s+)*$/i;

/** "The H200 is nearly six times faster than the H20." */
function extractRelative(ctx: SentenceContext): QuantityClaim[] {
  const claims: QuantityClaim[] = [];
  for (const other of ctx.mentions) {
    if (!CHIP_KINDS.has(other.kind)) continue;
    const head = ctx.text.slice(Math.max(0, other.start - 80), other.start);
    const m = RELATIVE.exec(head);
    if (!m) continue;
    const factorWords = m[2]!.replace(/[ -]?(?:times|x|fold)$/i, '');
    const factor = numberFromWords(factorWords);
    if (factor === undefined || factor <= 1) continue;
    const phraseStart = other.start - head.length + m.index;
    const subject = [...ctx.mentions]
      .reverse()
      .find((s) => CHIP_KINDS.has(s.kind) && s.end <= phraseStart && s.entityId !== other.entityId);
    if (!subject) continue;
    const clause = clauseOf(ctx.text, phraseStart);
    if (subject.start < clause.start) continue;
    const hedgeWord = m[1]?.toLowerCase();
    const hedge: Hedge = !hedgeWord
      ? 'about'
      : /nearly|almost/.test(hedgeWord)
        ? 'nearly'
        : /more than|over/.test(hedgeWord)
          ? 'moreThan'
          : hedgeWord === 'up to'
            ? 'upTo'
            : 'about';
    const numberStart = phraseStart + (m[1] ? m[0].indexOf(factorWords, m[1].length) : m[0].indexOf(factorWords));
    claims.push({
      kind: 'quantity',
      attribute: 'relative_performance',
      amount: factor,
      tolerance: 0.5,
      hedge,
      draftUnit: 'times',
      toDraftUnit: 1,
      relativeTo: other.entityId,
      span: { start: phraseStart, end: other.end },
      valueSpan: { start: numberStart, end: numberStart + factorWords.length },
      entityId: subject.entityId,
      quoted: isQuoted(ctx, phraseStart, other.end),
    });
  }
  return claims;
}
