/**
 * The sentence as a reader of the whole paragraph understands it: numbers
 * written in words become digits ("ninety-six gigabytes" → "96 gigabytes",
 * "a quarter of its sales" → "25% of its sales"), and references to an entity
 * named earlier become its name ("The accelerator is rated …" → "H100 is rated
 * …", "its Qwen app" → "ByteDance’s Qwen app"). Each replacement stands for
 * the draft's own words, so a fix replaces exactly those.
 *
 * A reference resolves only when one entity of a compatible kind is in view;
 * otherwise it stays as it is and nothing is claimed through it.
 */
import type { RawMention } from '../mentions/matcher';
import { quoteSpans } from '../segment/quotes';
import type { Span } from '../types';
import { spelledUnitNames, unitWordsPattern, wordsForSymbol } from '../record/units';
import { allMatches } from '../all-matches';
import { buildView, glue, kept, replaced, type Piece, type SentenceView } from './view';

const SMALL: Record<string, number> = {
  zero: 0,
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
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALE: Record<string, number> = { hundred: 100, thousand: 1000 };
const NUMBER_WORD = String.raw`(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)`;
/**
 * A run of number words ("two hundred", "ninety-six", "one thousand two hundred"), then a unit-like
 * word: a unit as the unit table writes it (record/units.ts), a scale, or a counted chip.
 */
// "three hundred and twenty of its 910C chips": a count of a system's own parts.
const UNIT_AHEAD = String.raw`(?=[\s-]+(?:${unitWordsPattern()}|trillion|billion|million|GPUs|CPUs|chips|accelerators|processors|[A-Z]{1,3}\d{2,4}[A-Z]?s|(?:Ascend|Grace|Blackwell|Hopper)\s|of\s+(?:its|their)\s+(?:[\w-]+\s+)?(?:GPUs|CPUs|chips|accelerators|processors))\b)`;
// Not the tail of a decimal in words: "one point eight" is read whole by DECIMAL_WORDS.
// "three-hundred-and-fifty-watt": an adjective's hyphens may join the "and" too.
const SPELLED = new RegExp(
  String.raw`(?<!\bpoint\s)\b(?:a\s+)?${NUMBER_WORD}(?:(?:[\s-]+and[\s-]+|[\s-]+)${NUMBER_WORD}){0,5}${UNIT_AHEAD}`,
  'gi',
);
/** "one point eight terabytes": a decimal in words (one digit word after the point, or two). */
const DIGIT_WORD = String.raw`(?:zero|one|two|three|four|five|six|seven|eight|nine)`;
const DECIMAL_WORDS = new RegExp(
  String.raw`\b(${NUMBER_WORD}(?:[\s-]+${NUMBER_WORD}){0,2})\s+point\s+(${DIGIT_WORD}(?:\s+${DIGIT_WORD})?)${UNIT_AHEAD}`,
  'gi',
);
/** "four and a half billion", "two and a half terabytes": a whole number in words and a half. */
const AND_A_HALF = new RegExp(
  String.raw`\b(${NUMBER_WORD}(?:[\s-]+${NUMBER_WORD}){0,2})\s+and\s+a\s+half${UNIT_AHEAD}`,
  'gi',
);
/** "a quarter of", "half of", "three-quarters of", "a third of": a share. */
// Not a part of a year ("the second half of 2025", "the first quarter of 2026": dates/dates.ts).
const FRACTION =
  /\b(?:(a|one)[\s-](quarter|third|fifth|tenth)|(half)|(three)[\s-](quarters)|(two)[\s-](thirds))(?=\s+of\s)(?!\s+of\s+(?:fiscal\s+)?(?:19|20)\d{2}\b)/gi;
const FRACTION_PERCENT: Record<string, string> = {
  quarter: '25%',
  third: '33%',
  fifth: '20%',
  tenth: '10%',
  half: '50%',
  quarters: '75%',
  thirds: '67%',
};
/** "half a petaflop", "half a terabyte a second": a half of one unit (its name spelled out, by the unit table). */
const HALF_A_UNIT = new RegExp(String.raw`\bhalf\s+an?\s+(?=(?:${spelledUnitNames().join('|')})\b)`, 'gi');
/**
 * "draws a kilowatt", "a terabyte a second", "more than a petaflop": one of a large unit (its name spelled out). Not
 * after "per", "each", "every" ("a dollar per gigabyte") or "half" (HALF_A_UNIT).
 */
const ONE_UNIT = new RegExp(
  String.raw`(?<!\b(?:half|per|each|every)\s)\ban?\s+(?=(?:${spelledUnitNames()
    .filter((u) => /^(?:kilo|tera|peta|giga)/.test(u))
    .join('|')})\b)`,
  'gi',
);
/** "a trillion parameters", "half a trillion parameters": one (or half) of a model-size scale. */
const A_SCALE_OF_PARAMETERS = /\b(half\s+)?an?\s+(?=(?:trillion|billion)[\s-]+(?:total\s+|active\s+)?param)/gi;
/** "the H100's eighty": a number in words straight after a possessive, its unit left to the value it is compared with. */
const AFTER_POSSESSIVE = new RegExp(
  String.raw`(?<=['’]s\s)${NUMBER_WORD}(?:(?:\s+and\s+|[\s-]+)${NUMBER_WORD}){0,5}(?=\s*(?:[.,;:)]|$))`,
  'gi',
);
/** "1.2 thousand teraflops", "12 hundred watts": digits times a scale word. */
const DIGITS_TIMES_SCALE = new RegExp(String.raw`(?<![\d,.])(\d+(?:\.\d+)?)\s+(hundred|thousand)${UNIT_AHEAD}`, 'gi');
/**
 * "one in four dollars of", "three in every ten", "one dollar in five": a share said as a count (only before "of" or
 * "dollars", where it is a share of something; "one in four analysts" is not).
 */
const ONE_IN_N =
  /\b(?:(one|two|three|four)\s+(?:in|out\s+of)\s+(?:every\s+)?(two|three|four|five|ten)(?=\s+(?:dollars?\s+)?of\b|\s+dollars?\b)|(one)\s+dollar\s+(?:in|out\s+of)\s+(?:every\s+)?(two|three|four|five|ten)\b)/gi;
/** "15 percent", "15 per cent": the percent sign the readers know (the unit table's words for it). */
const PERCENT_WORD = new RegExp(String.raw`(?<=\d)\s*(?:${wordsForSymbol('%').join('|')})\b`, 'gi');

/** The value of a run of number words, or undefined when it is not one number ("one two"). */
export function parseNumberWords(words: string): number | undefined {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const w of words.toLowerCase().split(/[\s-]+/)) {
    if (w === 'and') continue;
    if (w === 'a') {
      current = current || 1;
      continue;
    }
    if (w in SMALL) {
      const v = SMALL[w]!;
      // Below a hundred a group is tens then units: "ninety six", "one hundred and forty-eight"; "six ninety" is not one.
      const part = current % 100;
      if (v >= 20 ? part !== 0 : part !== 0 && !(part >= 20 && part % 10 === 0 && v < 10)) return undefined;
      current += v;
      seen = true;
    } else if (w in SCALE) {
      const s = SCALE[w]!;
      if (s === 100) {
        if (current >= 100) return undefined;
        current = (current || 1) * 100;
      } else {
        total += (current || 1) * s;
        current = 0;
      }
      seen = true;
    } else return undefined;
  }
  return seen ? total + current : undefined;
}

/** Replacements for numbers in words, as [start, end, text] in the sentence. */
type Replacement = [start: number, end: number, text: string, construction: string];

/** Whether a sentence may hold a number in words or a percent word at all: most hold none, and skip the rest. */
const MAY_HOLD_NUMBER_WORDS = new RegExp(
  String.raw`\b(?:${NUMBER_WORD}|half|quarter|third|fifth|tenth|an?\s+(?:kilo|tera|peta|giga|trillion|billion))|(?<=\d)\s*(?:${wordsForSymbol('%').join('|')})\b`,
  'i',
);

function numberReplacements(text: string): Replacement[] {
  const out: Replacement[] = [];
  if (!MAY_HOLD_NUMBER_WORDS.test(text)) return out;
  for (const re of [SPELLED, AFTER_POSSESSIVE]) {
    for (const m of allMatches(re, text)) {
      const value = parseNumberWords(m[0]);
      if (value !== undefined) out.push([m.index, m.index + m[0].length, String(value), 'number-words']);
      else {
        // "a four-hundred-watt part": the article is no multiplier before a number that is not a scale word.
        const article = /^an?\s+/i.exec(m[0]);
        const rest = article && parseNumberWords(m[0].slice(article[0].length));
        if (article && rest !== undefined)
          out.push([m.index + article[0].length, m.index + m[0].length, String(rest), 'number-words']);
      }
    }
  }
  for (const m of allMatches(DIGITS_TIMES_SCALE, text)) {
    const value = Number(m[1]) * (SCALE[m[2]!.toLowerCase()] ?? Number.NaN);
    if (Number.isFinite(value))
      out.push([m.index, m.index + m[0].length, String(Number(value.toPrecision(12))), 'number-words']);
  }
  for (const m of allMatches(ONE_IN_N, text)) {
    const part = SMALL[(m[1] ?? m[3])!.toLowerCase()]!;
    const whole = SMALL[(m[2] ?? m[4])!.toLowerCase()]!;
    if (part < whole)
      out.push([m.index, m.index + m[0].length, `${Math.round((100 * part) / whole)}%`, 'number-words']);
  }
  for (const m of allMatches(DECIMAL_WORDS, text)) {
    const whole = parseNumberWords(m[1]!);
    const fraction = m[2]!
      .toLowerCase()
      .split(/\s+/)
      .map((w) => SMALL[w])
      .join('');
    if (whole !== undefined) out.push([m.index, m.index + m[0].length, `${whole}.${fraction}`, 'number-words']);
  }
  for (const m of allMatches(AND_A_HALF, text)) {
    const whole = parseNumberWords(m[1]!);
    if (whole !== undefined) out.push([m.index, m.index + m[0].length, `${whole}.5`, 'number-words']);
  }
  for (const m of allMatches(FRACTION, text)) {
    const part = (m[2] ?? m[3] ?? m[5] ?? m[7])!.toLowerCase();
    out.push([m.index, m.index + m[0].length, FRACTION_PERCENT[part]!, 'number-words']);
  }
  for (const m of allMatches(HALF_A_UNIT, text)) out.push([m.index, m.index + m[0].length, '0.5 ', 'number-words']);
  for (const m of allMatches(A_SCALE_OF_PARAMETERS, text))
    out.push([m.index, m.index + m[0].length, m[1] ? '0.5 ' : '1 ', 'number-words']);
  // "a kilowatt" is one to the tenth, not 0.5–1.5 kW: a 700 W chip does not draw "a kilowatt".
  for (const m of allMatches(ONE_UNIT, text)) out.push([m.index, m.index + m[0].length, '1.0 ', 'number-words']);
  for (const m of allMatches(PERCENT_WORD, text)) out.push([m.index, m.index + m[0].length, '%', 'plain']);
  return out;
}

/** What an entity kind is referred to by, once named. */
const REFERENCE_NOUNS: [RegExp, Set<string>][] = [
  [
    /\b(?:the|this|that)\s+(?:(?:new|latest|powerful|flagship|cut-down|downgraded|older|newer|same|China-specific|China-only)\s+)?(?:chip|accelerator|GPU|card|part|processor|device|product)\b(?!-|['’](?!s\b)|\s+(?:maker|makers|industry|market|sector|war|designer|firm|giant)\b)/gi,
    new Set(['chip', 'system']),
  ],
  [
    /\bthe\s+(?:company|firm|group|chipmaker|chip\s+designer|chip\s+giant|tech\s+giant|start-?up|giant)\b(?!-|['’](?!s\b))/gi,
    new Set(['company']),
  ],
  [/\bthe\s+(?:model|chatbot|app|assistant|LLM|AI\s+model)\b(?!-|['’](?!s\b))/gi, new Set(['model'])],
  [
    /\bthe\s+(?:rule|ban|regulation|restriction|measure|policy|order|tariff|levy|proclamation|directive|law|bill|act(?!\s+of\b)|(?:new\s+|export\s+)?(?:restrictions|curbs|controls|rules|regulations)|(?:new\s+)?licen[cs](?:e|ing)\s+requirements?)\b(?!-|['’](?!s\b)|\s+on\s+(?!(?:the\s+)?[HABL]\d))/gi,
    new Set(['rule']),
  ],
];
/**
 * "the Santa Clara company", "the Shenzhen-based firm", "the Chinese chipmaker": a company noun after a place or
 * a nationality (group 1). A nationality must agree with the record's description of the company it points to.
 */
const PLACED_COMPANY =
  // eslint-disable-next-line regexp/no-unused-capturing-group -- group 1 (the nationality) is read through allMatches
  /\b[Tt]he\s+((?:\p{Lu}[\p{Ll}.]+|U\.S\.|US|UK)(?:\s+\p{Lu}[\p{Ll}.]+)?(?:-based)?)\s+(?:company|firm|group|chipmaker|chip\s+designer|chip\s+giant|tech\s+giant|start-?up|giant|conglomerate)\b(?!-|['’](?!s\b))/gu;
/**
 * Whether a place or nationality before a company noun agrees with the record's description of the company: the
 * description names the place ("Beijing AI company"), or the nationality by one of its words ("US designer …").
 */
function agreesWith(modifier: string, description: string): boolean {
  const nationality = NATIONALITY.find(([word]) => word.test(modifier));
  if (nationality) return nationality[1].test(description);
  const place = modifier.replace(/-based$/, '');
  return new RegExp(String.raw`(?:^|[\s(,])${place.replace(/\./g, String.raw`\.`)}(?=[\s,;.)]|$)`).test(description);
}
/** Nationalities and the words a company's description says them by (any other is said by its own word). */
const NATIONALITY: [RegExp, RegExp][] = [
  [/^(?:Chinese|China-based)$/, /\bChin(?:a|ese)\b/],
  [/^(?:US|U\.S\.|American|US-based)$/, /\b(?:US|U\.S\.|American)\b/],
];
/** The verbs a reference may be the subject of ("it has", "the latter carries"), an adverb allowed before them. */
const SUBJECT_VERB = String.raw`(?:\s+(?:still|no\s+longer|now|also|already|never|only))?\s+(?:is|was|has|had|carries|carried|uses|used|packs|offers|features|draws|runs|remains|can|could|may|cannot|comes|came|ships|shipped|belongs|sits|delivers|delivered|tops|peaks|needs|needed|requires|required|must)\b`;
const IT = new RegExp(String.raw`\b[Ii]t(?=${SUBJECT_VERB})`, 'g');
/** "He is", "She was": the one person named before (the record keeps no gender: one person in view, or nothing). */
const HE_SHE = new RegExp(
  String.raw`\b(?:[Hh]e|[Ss]he)(?=${SUBJECT_VERB}|\s+(?:became|served|joined|left|founded|runs|ran|leads|led|heads|headed)\b)`,
  'g',
);
/** "They are", "they both carry": the pair named just before, as a subject (the coordination view distributes it). */
const THEY =
  /\b[Tt]hey(?=(?:\s+(?:both|each|still|now|also|already|all))?\s+(?:are|were|have|had|use|used|carry|carried|share|remain|can|could|cannot|need|needed|require|required|belong|draw|come|came|ship|shipped|run|rely|relied)\b)/g;
/**
 * "Both of them have", "Both chips carry", "The two parts are", "Each of them needs": the pair named just before, as
 * a subject (group 1 "each" when said of each), read as "A800 and H800 both …" so the coordination view distributes it.
 */
const BOTH_OF_THEM = new RegExp(
  String.raw`\b(?:[Bb]oth|[Ee](ach)|[Tt]he\s+two)\s+(?:of\s+them|chips|parts|cards|accelerators|GPUs|processors|products|models)(?=${SUBJECT_VERB}|\s+(?:are|were|have|need|require|use|carry|share|remain|draw|ship|offer|pack|run)\b)`,
  'g',
);
/**
 * "Neither chip can", "Neither of them is", "Neither part needs": the pair named just before, denied, read as "Neither
 * the H100 nor the A100 can …" so the status reader's "neither … nor" reads it.
 */
const NEITHER_OF_THEM = new RegExp(
  String.raw`\b[Nn]either\s+(?:of\s+them|of\s+the\s+two|chip|part|card|accelerator|GPU|processor|product|model)(?:\s*,\s*(?:though|however|still|yet)\s*,)?(?=${SUBJECT_VERB})`,
  'g',
);
const STATUS_WORDS = /\b(?:Chin(?:a|ese)|export\w*|licen[cs]\w*|sold|shipped|banned|barred|allowed|permitted)\b/i;
/**
 * "…; both took effect on the 15th", "Both are Hopper chips": a bare "both" opening a clause is the pair named just
 * before it, in its own sentence before a semicolon or ", and", or else in the sentence before.
 */
const BARE_BOTH =
  /\b[Bb]oth(?=\s+(?:took|take|takes|came|come|went|go|were|are|have|had|remain|remained|need|needed|require|required|use|used|carry|carried|share|shared|run|ran|draw|drew|ship|shipped|entered|enter)\b)/g;
/**
 * "the latter carries", "the former's memory": the second or first of two things named just before. Only as a
 * subject or possessor: "the former chief executive", "the latter half" are adjectives.
 */
const LATTER_FORMER = new RegExp(
  String.raw`\b[Tt]he\s+(latter|former)(?=['’]s\b|${SUBJECT_VERB}|\s+(?:makes|made|designs|designed|sells|sold|builds|built|develops|developed|owns|launched|released|unveiled|announced|trained|signed|issued)\b)`,
  'g',
);
const ITS = /\b[Ii]ts(?=\s)/g;
/** "the PCIe card", "the SXM version": a form of the chip in mind (group 1 the form). */
const VARIANT_REFERENCE =
  /\bthe\s+(SXM\d?|PCIe|NVL|\d{2,3}\s?GB)\s+(?:version|card|module|model|variant|form|edition|part|sibling|counterpart)\b(?!['’-])/gi;
/** "the SXM module's": another form of the chip the sentence names, as a possessive (whose figure follows). */
const OTHER_VARIANT_REFERENCE = new RegExp(
  VARIANT_REFERENCE.source.replace(String.raw`(?!['’-])`, String.raw`(?=['’]s\s)`),
  'gi',
);
/** "'s Flash version", "'s PCIe card" after a product's name or "its": the form (group 1) names one of its variants. */
const OWN_VARIANT =
  /^(?:['’]s)?\s+([\p{L}\d]{2,12})\s+(?:version|variant|edition|card|module|model|sibling|counterpart)\b(?!-|['’](?!s\b))/u;
/** What an event's verb may take as its object pronoun: a product or a rule. */
const OBJECT_KINDS = new Set(['chip', 'system', 'model', 'rule']);
const EVENT_OBJECT =
  /\b(?:unveiled|announced|launched|released|introduced|banned|barred|restricted|approved|cleared|rescinded|revoked|lifted|scrapped|withdrew|clarified|amended|updated|issued|published|signed|finalized|finalised|expanded|tightened|loosened|eased)\s+(it|them)\b(?!['’-]|\s+(?:to|that|as|clear|possible|easier|harder)\b)/gi;

/**
 * "Washington won't let Nvidia ship it to China", "Beijing has not let it in", "customs block it": a chip as the
 * object of a verb of trade or permission, before where it goes (or the end of the clause).
 */
const STATUS_OBJECT =
  /\b(?:ship|ships|shipping|sell|sells|selling|export|exports|exporting|send|sends|sending|deliver|delivers|import|imports|importing|buy|buys|buying|let|lets|letting|allow|allows|allowing|permit|permits|bar|bars|barring|block|blocks|blocking|ban|bans|banning|clear|clears)\s+(it)(?=\s+(?:to|in|into|from|across|through|there|anymore|any\s+more)\b|\s*[.;!]|\s*,\s+(?:and|but|even|according|a\s+\w+\s+said)\b)/gi;

/**
 * "started issuing licences for it", "20% of the revenue from it", "exports of it": a chip as the object of a trade
 * noun's preposition.
 */
const TRADE_NOUN_OBJECT =
  /\b(?:licen[cs]es?|sales|exports?|shipments?|revenues?|orders?|purchases?|deliveries)\s+(?:for|of|from|on)\s+(it)\b(?!['’-])/gi;

/** Whether a text holds any of the references above: a paragraph holding one may need the paragraph before it. */
const REFERENCE_PATTERNS = new RegExp(
  [
    ...REFERENCE_NOUNS.map(([re]) => re.source),
    VARIANT_REFERENCE.source,
    IT.source,
    ITS.source,
    LATTER_FORMER.source,
    THEY.source,
    BOTH_OF_THEM.source,
    NEITHER_OF_THEM.source,
    BARE_BOTH.source,
    EVENT_OBJECT.source,
    STATUS_OBJECT.source,
    TRADE_NOUN_OBJECT.source,
    HE_SHE.source,
  ].join('|'),
  'i',
);
function placedCompanyIn(text: string): boolean {
  PLACED_COMPANY.lastIndex = 0;
  const found = PLACED_COMPANY.test(text);
  PLACED_COMPANY.lastIndex = 0;
  return found;
}
export const refersBack = (text: string): boolean =>
  REFERENCE_PATTERNS.test(text) ||
  placedCompanyIn(text) ||
  /\b[Tt]he\s+(?:Chinese|US|U\.S\.|American)\s+(?:chip|accelerator|GPU|card|part|processor)\b/.test(text);

export interface Antecedents {
  /** The heads (see `heads`) of the sentences before in the paragraph, most recent sentence last. */
  sentences: RawMention[][];
  /** The company that sells a product, from the record: "the Huawei accelerator" is the last Huawei chip named. */
  vendorOf?: (entityId: string) => string | undefined;
  /** The architecture a chip is built on, from the record: "the Blackwell part" is the one Blackwell chip in mind. */
  architectureOf?: (entityId: string) => string | undefined;
  /** The name of a chip's variant in a form ("PCIe", "SXM", "NVL", "40GB"): "the PCIe card" is the H100 PCIe. */
  variantIn?: (entityId: string, form: string) => string | undefined;
  /** Per sentence (parallel to `sentences`): the entities named only as yardsticks ("faster than the H20"). */
  yardsticks?: string[][];
  /** The record's description of an entity ("US designer of GPUs …"): "the Chinese company" must agree with it. */
  descriptionOf?: (entityId: string) => string | undefined;
  /**
   * The one product a heading or a lead-in ("The H20 has:") puts in charge of the lines after it: a line that names
   * nothing and states a spec ("Memory: 96 GB", "141 GB of HBM3e") is about it.
   */
  listSubject?: RawMention;
  /** The one chip the draft's title is about, if any. */
  topic?: string;
  /** What a reference means when nothing at all has been named before it: the chip the title names. */
  fallback?: RawMention;
}

/** Words that make the next name a yardstick, not what the sentence is about. "60% of the H100's", "a third of the A100's": a share of another's figure. */
const SHARE_OF =
  /(?:\d\s*%\s+of|\bper\s*cent\s+of|\bhalf(?:\s+of)?|\ba\s+(?:third|quarter|fraction)\s+of)\s+(?:(?:the|Nvidia['’]s|AMD['’]s|Huawei['’]s)\s+)?$/i;
/** "than the A100", "twice the H20's", "matching the H100": measured against another. */
const COMPARED_WITH =
  /\b(?:(?:twice|double|triple|half|(?:two|three|four|five|six|ten|\d+(?:\.\d+)?)\s+times)(?:\s+(?:that\s+of|as\s+\w+\s+as|as\s+(?:much|many)\s+[\w-]+(?:\s+[\w-]+)?\s+as|the\s+[\w-]+(?:\s+[\w-]+)?\s+of))?|than|like|unlike|match(?:es|ed|ing)?|rival(?:s|led|ling|ing)?|compared\s+(?:with|to)|versus|vs\.?|against|equivalent\s+to|comparable\s+to|similar\s+to|on\s+par\s+with|outperform(?:s|ed|ing)?|outpac(?:es|ed|ing)|outclass(?:es|ed|ing)?|dwarf(?:s|ed|ing)?|eclips(?:es|ed|ing)|succeed(?:s|ed|ing)?|beat(?:s|ing)?|surpass(?:es|ed|ing)?|replac(?:es|ed|ing)|successor\s+to|instead\s+of|rather\s+than|as\s+(?:fast|much|many|big|powerful)\s+as)\s+(?:(?:the|a|an|its|Nvidia['’]s|AMD['’]s|Huawei['’]s)\s+)?$/i;

/**
 * Mentions that head their phrase and can be referred back to: "Nvidia's H100" heads on the H100, not on Nvidia;
 * "matching the H100" makes the H100 a yardstick, so a later "the chip" is not it.
 */
export function heads(mentions: RawMention[], text: string): RawMention[] {
  return mentions.filter((m) => !/^['’]s\b/.test(text.slice(m.end, m.end + 3)) && !isYardstick(m, text));
}

/** "than the H100", "twice the H20's", "matching the A100": the name is what something is measured against. */
export function isYardstick(m: { start: number }, text: string): boolean {
  // Far enough for "three times as much memory bandwidth as the ".
  const before = text.slice(Math.max(0, m.start - 60), m.start);
  return SHARE_OF.test(before) || COMPARED_WITH.test(before);
}

/** Measured against, not a share of: "a quarter of sales, twice the H20's" (but "a quarter of its H20 sales" is the H20's). */
export function isComparedWith(m: { start: number }, text: string): boolean {
  return COMPARED_WITH.test(text.slice(Math.max(0, m.start - 40), m.start));
}

/** A conditional clause: from "if", "unless", "whether", "suppose" (or an inverted "Had …", "Were …") to its comma. */
const CONDITIONAL_CLAUSE =
  /\b(?:if|unless|whether|suppose|supposing|imagine)\b[^,;:]*|^\s*(?:Had|Were|Should)\s[^,;:]*/gi;

/**
 * The stretches of a sentence whose names leave the reader's mind as it was: quoted speech (three words or more:
 * “The H100 is our best chip,” Huang said) and a hypothetical ("If Nvidia could sell the H100 there, …").
 */
function asides(text: string): Span[] {
  const speech = quoteSpans(text).filter((q) => text.slice(q.start, q.end).trim().split(/\s+/).length >= 3);
  const conditions = [...allMatches(CONDITIONAL_CLAUSE, text)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  return [...speech, ...conditions];
}

/** The entities heading their phrase in a sentence (see `heads`) and those it names only as yardsticks. */
export function sentenceAntecedents(
  mentions: RawMention[],
  text: string,
): { heads: RawMention[]; yardsticks: string[] } {
  const aside = asides(text);
  if (aside.length) mentions = mentions.filter((m) => !aside.some((a) => m.start >= a.start && m.end <= a.end));
  const headed = heads(mentions, text);
  const yardsticks = mentions.filter((m) => !headed.includes(m) && !/^['’]s\b/.test(text.slice(m.end, m.end + 3)));
  return { heads: headed, yardsticks: [...new Set(yardsticks.map((m) => m.entityId))] };
}

/**
 * The one entity of these kinds in the most recent sentence that has any; undefined when it is not one, or when
 * that sentence measured the draft's own topic against it ("The H100 is 6.68 times faster than the H20. The GPU
 * has …" in a draft about the H20): the sentence's subject and the draft's topic both stand ready, so it is doubtful.
 */
function resolve(kinds: Set<string>, context: Antecedents): RawMention | undefined {
  for (let k = context.sentences.length - 1; k >= 0; k--) {
    const found = context.sentences[k]!.filter((m) => kinds.has(m.kind));
    if (!found.length) continue;
    if (new Set(found.map((m) => m.entityId)).size !== 1) return undefined;
    const topic = context.topic;
    if (topic && found[0]!.entityId !== topic && context.yardsticks?.[k]?.includes(topic)) return undefined;
    return found[0];
  }
  return context.fallback && kinds.has(context.fallback.kind) ? context.fallback : undefined;
}

/** The one entity passing `test` in the most recent sentence that has any; undefined when it is not one. */
function resolveWhere(context: Antecedents, test: (m: RawMention) => boolean): RawMention | undefined {
  for (let k = context.sentences.length - 1; k >= 0; k--) {
    const found = context.sentences[k]!.filter(test);
    if (!found.length) continue;
    return new Set(found.map((m) => m.entityId)).size === 1 ? found[0] : undefined;
  }
  return undefined;
}

/**
 * What "the latter" / "the former" means: the second or first of exactly two things heading their phrases, earlier
 * in this sentence (when it names two there) or else in the most recent sentence that names any. One thing earlier
 * in this sentence, or three anywhere, leaves it doubtful.
 */
function secondOrFirst(latter: boolean, earlierHere: RawMention[], context: Antecedents): RawMention | undefined {
  const distinct = (ms: RawMention[]) => ms.filter((m, i) => ms.findIndex((x) => x.entityId === m.entityId) === i);
  let pair = distinct(earlierHere);
  if (!pair.length) {
    const last = [...context.sentences].reverse().find((s) => s.length);
    pair = last ? distinct(last) : [];
  }
  pair = likePair(pair);
  return pair.length === 2 ? pair[latter ? 1 : 0] : undefined;
}
/**
 * Two distinct things, as named: all that were named when they are two, else the one group of like things that
 * holds more than one ("Nvidia sells the H20 and the H800": the H20 and the H800), when it holds two.
 */
function likePair(named: RawMention[]): RawMention[] {
  const distinct = named.filter((m, i) => named.findIndex((x) => x.entityId === m.entityId) === i);
  if (distinct.length === 2) return distinct;
  const groups = [...new Set(distinct.map(kindGroup))]
    .map((g) => distinct.filter((m) => kindGroup(m) === g))
    .filter((g) => g.length > 1);
  return groups.length === 1 && groups[0]!.length === 2 ? groups[0]! : [];
}
/** Things alike enough to be "the former" and "the latter" of a pair: products, companies, rules, people. */
const kindGroup = (m: RawMention): string =>
  m.kind === 'chip' || m.kind === 'system' || m.kind === 'model' ? 'product' : m.kind;

/**
 * "Nvidia's H20 no longer needs a licence, and the company hands Washington 20%": the one company named earlier in
 * this sentence (a possessor too), none after; null (doubtful) when two were, or when the noun opens a description
 * of another ("…, the company that makes …"); undefined when none was, and the sentences before decide.
 */
function companyHere(start: number, end: number, text: string, mentions: RawMention[]): RawMention | null | undefined {
  const earlier = mentions.filter((x) => x.kind === 'company' && x.end <= start && !isYardstick(x, text));
  if (!earlier.length) return undefined;
  if (/,\s*$/.test(text.slice(0, start)) || /^\s+(?:that|which|who|whose|behind)\b/.test(text.slice(end))) return null;
  if (mentions.some((x) => x.kind === 'company' && x.start >= end)) return null;
  return new Set(earlier.map((x) => x.entityId)).size === 1 ? earlier[0]! : null;
}

const CHIP_OR_MODEL = new Set(['chip', 'system', 'model', 'rule']);
const CHIP_KINDS_HERE = new Set(['chip', 'system']);
const VARIANT_OWNERS = new Set(['chip', 'system', 'model']);
const VENDOR_REFERENCE =
  /\bthe\s+(?:Nvidia|Huawei|AMD|Intel|Cambricon)\s+(?:chip|accelerator|GPU|card|part|processor)\b(?!['’-])/gi;
/** The noun after an architecture that makes "the Blackwell part" a reference to a chip. */
/** "the Chinese part", "the US accelerator" (group 1 the nationality), never "the Chinese chip industry". */
const NATIONAL_CHIP =
  /\b[Tt]he\s+(Chinese|US|U\.S\.|American)\s+(?:chip|accelerator|GPU|card|part|processor)\b(?!['’-]|\s+(?:industry|market|sector|maker|makers|family|line|designers?|firms?|giants?|war|ban|curbs|rules|controls)\b)/g;
const ARCHITECTURE_NOUN =
  /^(?:-based)?\s+(?:chip|accelerator|GPU|card|part|processor)\b(?!['’-]|\s+(?:family|line|generation|series|lineup|range|design|architecture)\b)/;
/**
 * Whether the reference at `at` opens its sentence and every product the sentence names comes after it as the next
 * subject of an ellipsis ("It remains barred, as does the B200"): those names are no rival antecedents.
 */
function namesOnlyElliptical(text: string, mentions: RawMention[], at: number): boolean {
  if (!/^\W*$/.test(text.slice(0, at))) return false;
  return mentions
    .filter((x) => CHIP_OR_MODEL.has(x.kind) && !/^['’]s\b/.test(text.slice(x.end, x.end + 3)))
    .every((x) => x.start > at && ELLIPTICAL_LEAD.test(text.slice(Math.max(0, x.start - 40), x.start)));
}
/** What opens the next subject of an ellipsis: ", as does the", ", and so is the", ", and neither can the". */
const ELLIPTICAL_LEAD =
  /(?:,\s?|;\s?|\s)(?:and\s)?(?:so|as|neither|nor)\s(?:can|could|is|are|does|do|has|have|may|must|will)\s(?:the\s|Nvidia['’]s\s)?$/i;
const COMPANY = new Set(['company']);
const PERSON = new Set(['person']);

function referenceReplacements(text: string, mentions: RawMention[], context: Antecedents): Replacement[] {
  const out: Replacement[] = [];
  // A chip named only as a yardstick ("more than an H100 SXM manages") leaves "the chip" to mean the one before.
  const own = new Set<string>(heads(mentions, text).map((m) => m.kind));
  const previous = context;
  for (const [re, kinds] of REFERENCE_NOUNS) {
    const company = kinds.has('company');
    for (const m of allMatches(re, text)) {
      // "The accelerator remains barred, as does the B200": a name only as an elliptical subject after it is no rival.
      if (!company && [...kinds].some((k) => own.has(k)) && !namesOnlyElliptical(text, mentions, m.index)) continue;
      // "the Chip Security Act": a capitalised noun before another capitalised word is part of a name.
      if (/\s\p{Lu}\p{Ll}+$/u.test(m[0]) && /^\s+\p{Lu}/u.test(text.slice(m.index + m[0].length))) continue;
      // A company noun may mean the one company named before it here; else, with no company of its own, the one before.
      const here = company ? companyHere(m.index, m.index + m[0].length, text, mentions) : undefined;
      if (here === null || (here === undefined && company && own.has('company'))) continue;
      const target = here ?? resolve(kinds, previous);
      if (target) out.push([m.index, m.index + m[0].length, target.text, 'coreference']);
    }
  }
  // "BIS clarified them in April 2025", "Nvidia unveiled it in March 2022": an event's object.
  if (!mentions.some((x) => OBJECT_KINDS.has(x.kind) && !/^['’]s\b/.test(text.slice(x.end, x.end + 3)))) {
    for (const m of allMatches(EVENT_OBJECT, text)) {
      const target = resolve(OBJECT_KINDS, previous);
      // "them" is a plural name ("the October 2023 rules"); "it" a singular one.
      if (!target || (m[1]!.toLowerCase() === 'them') !== /s$/i.test(target.text)) continue;
      const start = m.index + m[0].length - m[1]!.length;
      out.push([start, start + m[1]!.length, target.text, 'coreference']);
    }
  }
  // "Washington won't let Nvidia sell it in China", "licences for it": the one chip in mind, when this sentence names
  // none.
  if (!mentions.some((x) => OBJECT_KINDS.has(x.kind) && !/^['’]s\b/.test(text.slice(x.end, x.end + 3)))) {
    for (const m of [...allMatches(STATUS_OBJECT, text), ...allMatches(TRADE_NOUN_OBJECT, text)]) {
      const target = resolve(CHIP_KINDS_HERE, previous);
      const start = m.index + m[0].length - m[1]!.length;
      if (target && !out.some(([a, b]) => a < start + 2 && b > start))
        out.push([start, start + 2, target.text, 'coreference']);
    }
  }
  if (!own.has('company')) {
    for (const m of allMatches(PLACED_COMPANY, text)) {
      // "the Nvidia firm", "the Chip Security Act": a name the record knows, or a capital after, is no place.
      if (mentions.some((x) => x.start < m.index + m[0].length && x.end > m.index)) continue;
      if (/^\s+\p{Lu}/u.test(text.slice(m.index + m[0].length))) continue;
      const target = resolve(COMPANY, previous);
      if (!target || !agreesWith(m[1]!, context.descriptionOf?.(target.entityId) ?? '')) continue;
      out.push([m.index, m.index + m[0].length, target.text, 'coreference']);
    }
  }
  // "the Huawei accelerator", "the Nvidia part": the most recent product of that vendor, if only one was named.
  if (context.vendorOf && ![...CHIP_OR_MODEL].some((k) => own.has(k))) {
    for (const m of allMatches(VENDOR_REFERENCE, text)) {
      const vendor = mentions.find((x) => x.kind === 'company' && x.start >= m.index && x.end <= m.index + m[0].length);
      if (!vendor) continue;
      const target = resolveWhere(
        context,
        (x) => CHIP_KINDS_HERE.has(x.kind) && context.vendorOf!(x.entityId) === vendor.entityId,
      );
      if (target) out.push([m.index, m.index + m[0].length, target.text, 'coreference']);
    }
  }
  // "the Blackwell part", "the Hopper-based chip": the one chip of that architecture among the chips of the most
  // recent sentence naming any (a chip of another architecture there, or two of this one, leave it doubtful).
  if (context.architectureOf && ![...CHIP_OR_MODEL].some((k) => own.has(k))) {
    for (const arch of mentions) {
      if (arch.kind !== 'architecture') continue;
      const the = /\b[Tt]he\s+$/.exec(text.slice(Math.max(0, arch.start - 4), arch.start));
      const noun = ARCHITECTURE_NOUN.exec(text.slice(arch.end));
      if (!the || !noun) continue;
      const last = [...previous.sentences].reverse().find((ms) => ms.some((x) => CHIP_KINDS_HERE.has(x.kind)));
      const chips = (last ?? []).filter((x) => CHIP_KINDS_HERE.has(x.kind));
      const fitting = chips.filter((x) => context.architectureOf!(x.entityId) === arch.entityId);
      const target =
        chips.length && new Set(fitting.map((x) => x.entityId)).size === 1
          ? fitting[0]
          : !chips.length && previous.fallback && context.architectureOf(previous.fallback.entityId) === arch.entityId
            ? previous.fallback
            : undefined;
      const start = arch.start - the[0].length;
      if (target) out.push([start, arch.end + noun[0].length, target.text, 'coreference']);
    }
  }
  // "the Chinese part", "the American accelerator": the one chip of the most recent sentence naming any whose
  // vendor the record describes by that nationality (none, or two, leave it doubtful).
  if (context.vendorOf && context.descriptionOf && ![...CHIP_OR_MODEL].some((k) => own.has(k))) {
    for (const m of allMatches(NATIONAL_CHIP, text)) {
      const last = [...previous.sentences].reverse().find((ms) => ms.some((x) => CHIP_KINDS_HERE.has(x.kind)));
      const chips = (last ?? []).filter((x) => CHIP_KINDS_HERE.has(x.kind));
      const fitting = chips.filter((x) => {
        const vendor = context.vendorOf!(x.entityId);
        return !!vendor && agreesWith(m[1]!, context.descriptionOf!(vendor) ?? '');
      });
      if (fitting.length && new Set(fitting.map((x) => x.entityId)).size === 1)
        out.push([m.index, m.index + m[0].length, fitting[0]!.text, 'coreference']);
    }
  }
  // "DeepSeek-V4's Flash version", "the H100's PCIe card": that variant of the product named, when it has one so named.
  if (context.variantIn) {
    for (const m of mentions) {
      if (m.variantId || !VARIANT_OWNERS.has(m.kind)) continue;
      const form = /^['’]s/.test(text.slice(m.end)) ? OWN_VARIANT.exec(text.slice(m.end, m.end + 40)) : null;
      const name = form && context.variantIn(m.entityId, form[1]!);
      if (name) out.push([m.start, m.end + form[0].length, name, 'variant']);
    }
  }
  // "the PCIe card", "the SXM version": the variant in that form of the one chip in mind.
  if (context.variantIn && !own.has('chip') && !own.has('system')) {
    for (const m of allMatches(VARIANT_REFERENCE, text)) {
      const chip = resolve(CHIP_KINDS_HERE, previous);
      const name = chip && context.variantIn(chip.entityId, m[1]!);
      if (name) out.push([m.index, m.index + m[0].length, name, 'coreference']);
    }
  } else if (context.variantIn) {
    // "The H100 PCIe card runs at 350 W, half the SXM module's 700": another form of the one chip this sentence
    // names before it (two chips named leave it doubtful).
    for (const m of allMatches(OTHER_VARIANT_REFERENCE, text)) {
      const chips = mentions.filter((x) => CHIP_KINDS_HERE.has(x.kind));
      const before = chips.filter((x) => x.end <= m.index);
      if (!before.length || new Set(chips.map((x) => x.entityId)).size !== 1) continue;
      const name = context.variantIn(before[0]!.entityId, m[1]!);
      if (name) out.push([m.index, m.index + m[0].length, name, 'coreference']);
    }
  }
  for (const m of allMatches(IT, text)) {
    // "The ban on the H20 has been lifted; it was never banned": the one product heading a phrase earlier in
    // this sentence, else (none here) the paragraph's.
    const earlier = heads(
      mentions.filter((x) => x.end <= m.index && CHIP_OR_MODEL.has(x.kind)),
      text,
    );
    // "It remains barred, as does the B200": a product named after "it" only as the next subject of an ellipsis
    // leaves "it" to the paragraph.
    const onlyElliptical = !earlier.length && namesOnlyElliptical(text, mentions, m.index);
    const target =
      ![...CHIP_OR_MODEL].some((k) => own.has(k)) || onlyElliptical
        ? resolve(CHIP_OR_MODEL, previous)
        : earlier.length &&
            new Set(earlier.map((x) => x.entityId)).size === 1 &&
            !mentions.some((x) => x.start > m.index && CHIP_OR_MODEL.has(x.kind))
          ? earlier[0]
          : undefined;
    if (target) out.push([m.index, m.index + m[0].length, target.text, 'coreference']);
  }
  for (const m of allMatches(LATTER_FORMER, text)) {
    const target = secondOrFirst(
      m[1]!.toLowerCase() === 'latter',
      heads(
        mentions.filter((x) => x.end <= m.index),
        text,
      ),
      previous,
    );
    if (target) out.push([m.index, m.index + m[0].length, target.text, 'coreference']);
  }
  if (!own.has('person')) {
    for (const m of allMatches(HE_SHE, text)) {
      const target = resolve(PERSON, previous);
      if (target) out.push([m.index, m.index + m[0].length, target.text, 'coreference']);
    }
  }
  for (const m of allMatches(THEY, text)) {
    // Only with nothing named before it here: "The H100 and the H200 sold out. They are Ampere chips."
    if (mentions.some((x) => x.end <= m.index)) continue;
    const pair = likePair([...previous.sentences].reverse().find((ms) => ms.length) ?? []);
    if (pair.length === 2 && kindGroup(pair[0]!) === kindGroup(pair[1]!))
      out.push([m.index, m.index + m[0].length, `${pair[0]!.text} and ${pair[1]!.text}`, 'coreference']);
  }
  for (const m of allMatches(BOTH_OF_THEM, text)) {
    // As "they": only with nothing named before it here, and a pair of like things in the sentence before.
    if (mentions.some((x) => x.end <= m.index)) continue;
    const pair = likePair([...previous.sentences].reverse().find((ms) => ms.length) ?? []);
    if (pair.length === 2 && kindGroup(pair[0]!) === 'product' && pair[0]!.kind === pair[1]!.kind)
      out.push([
        m.index,
        m.index + m[0].length,
        `${pair[0]!.text} and ${pair[1]!.text} ${m[1] ? 'each' : 'both'}`,
        'coreference',
      ]);
  }
  for (const m of allMatches(NEITHER_OF_THEM, text)) {
    // Only where the status reader reads "neither … nor" (export words after it); other readers miss the denial.
    if (mentions.some((x) => x.end <= m.index) || !STATUS_WORDS.test(text.slice(m.index))) continue;
    const pair = likePair([...previous.sentences].reverse().find((ms) => ms.length) ?? []);
    if (pair.length === 2 && kindGroup(pair[0]!) === 'product' && pair[0]!.kind === pair[1]!.kind)
      out.push([
        m.index,
        m.index + m[0].length,
        `Neither the ${pair[0]!.text} nor the ${pair[1]!.text}`,
        'coreference',
      ]);
  }
  for (const m of allMatches(BARE_BOTH, text)) {
    // Only opening a clause: the sentence's start, or after ";", ":" or ", and".
    if (!/(?:^|[;:]|,\s+and)\s*$/.test(text.slice(0, m.index))) continue;
    // Named earlier in this sentence, the pair must close a clause before it (";", ", and"); else the sentence before.
    const here = mentions.filter((x) => x.end <= m.index && !isYardstick(x, text));
    const pair = here.length
      ? /[;:]\s*$|,\s+and\s+$/.test(text.slice(0, m.index))
        ? likePair(here)
        : []
      : likePair([...previous.sentences].reverse().find((ms) => ms.length) ?? []);
    if (pair.length === 2 && kindGroup(pair[0]!) === kindGroup(pair[1]!) && kindGroup(pair[0]!) !== 'person')
      // "Both are Hopper chips" reads as "H100 and A100 are Hopper chips"; "both took effect" keeps its "both".
      out.push([
        m.index,
        m.index + m[0].length,
        `${pair[0]!.text} and ${pair[1]!.text}${/^\s+(?:are|were)\b/.test(text.slice(m.index + m[0].length)) ? '' : ' both'}`,
        'coreference',
      ]);
  }
  for (const m of allMatches(ITS, text)) {
    const after = m.index + m[0].length;
    const owned = mentions.find((x) => x.start > after && /^\s+(?:[\p{L}-]+\s+)?$/u.test(text.slice(after, x.start)));
    let target: RawMention | undefined;
    if (owned && (owned.kind === 'chip' || owned.kind === 'system' || owned.kind === 'model')) {
      // "its Qwen app": the owner is the one company before it in the sentence, else the paragraph's.
      const before = mentions.filter((x) => x.end <= m.index && x.kind === 'company');
      target =
        new Set(before.map((x) => x.entityId)).size === 1
          ? before[0]
          : before.length
            ? undefined
            : resolve(COMPANY, previous);
    } else if (!owned && !mentions.some((x) => x.end <= m.index && CHIP_OR_MODEL.has(x.kind))) {
      // "Its memory …": the chip or model of the sentence before; but after a company heading a phrase in this
      // sentence ("rules stop Nvidia from selling its best chips") "its" is that company's.
      const company = heads(
        mentions.filter((x) => x.end <= m.index && x.kind === 'company'),
        text,
      );
      target = company.length ? undefined : resolve(new Set(['chip', 'system', 'model']), previous);
    } else if (!owned) {
      // "The H800 keeps the H100's transistors but its NVLink …": the one chip heading a phrase earlier in this sentence.
      const earlier = heads(
        mentions.filter((x) => x.end <= m.index && (x.kind === 'chip' || x.kind === 'system' || x.kind === 'model')),
        text,
      );
      target = earlier.length && new Set(earlier.map((x) => x.entityId)).size === 1 ? earlier[0] : undefined;
    }
    // "Its Flash version": that variant of the product in mind, when it has one so named.
    const form = target && VARIANT_OWNERS.has(target.kind) ? OWN_VARIANT.exec(text.slice(after, after + 40)) : null;
    const variant = form && context.variantIn?.(target!.entityId, form[1]!);
    if (variant) out.push([m.index, after + form[0].length, variant, 'coreference']);
    else if (target) out.push([m.index, after, `${target.text}’s`, 'coreference']);
  }
  return out;
}

/** The verbs that state a figure of a possessive's noun ("the H20's revenue share was …", "the H200's is …"). */
const STATING_VERB = String.raw`(?:is|was|are|were|stands?\s+at|stood\s+at|runs?\s+at|ran\s+at|comes?\s+to|came\s+to)\b`;
/** "the H200's is": a possessive straight before its verb, its noun left out. */
const ELIDED_NOUN = new RegExp(String.raw`^['’]s(?=\s+${STATING_VERB})`);
/** "the H20's revenue share was": a possessive, its noun (one to three words, no figure), and a verb. */
const STATED_NOUN = new RegExp(String.raw`^['’]s\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+${STATING_VERB}`, 'u');
const PARALLEL_KINDS = new Set(['chip', 'system', 'model']);

/**
 * "The H20's revenue share was 15%; the H200's is 20%": the second possessive takes the noun the first one stated,
 * so the second clause reads "the H200's revenue share is 20%". Only between two products in one sentence.
 */
function ellipsisReplacements(text: string, mentions: RawMention[]): Replacement[] {
  const out: Replacement[] = [];
  for (const [i, later] of mentions.entries()) {
    if (!PARALLEL_KINDS.has(later.kind) || !ELIDED_NOUN.test(text.slice(later.end, later.end + 40))) continue;
    const earlier = mentions
      .slice(0, i)
      .reverse()
      .find((m) => PARALLEL_KINDS.has(m.kind) && m.entityId !== later.entityId);
    const stated = earlier && STATED_NOUN.exec(text.slice(earlier.end, earlier.end + 60));
    if (!stated || stated[1]!.split(/\s+/).some((w) => mentions.some((m) => m.text === w))) continue;
    out.push([later.end, later.end + 2, ` ${stated[1]}`, 'ellipsis']);
  }
  return out;
}

/**
 * A line that states a spec with no subject: a short label and a colon ("Memory: 96 GB", "**TDP:** 700 W"), or a value
 * first ("141 GB of HBM3e", "up to 4.8 TB/s of bandwidth"). A bullet glyph or number before it is allowed.
 */
const SPEC_LINE =
  /^\s*(?:[-*•]\s+|\d{1,2}[.)]\s+)?(?:(?:\*\*)?\p{Lu}[\p{L}\d()/&-]*(?:\s+[\p{L}\d()/&-]+){0,4}(?:\*\*)?\s*:(?:\*\*)?\s*(?:about\s+|around\s+|up\s+to\s+|roughly\s+)?[\d$\p{Lu}]|(?:about\s+|around\s+|up\s+to\s+|roughly\s+|an?\s+)?\d)/u;
/** Words in a spec line that make it another thing's: "Rival chip memory: 128 GB", "Cluster memory: 1.1 TB". */
const OTHER_THING =
  /\b(?:rivals?|competitors?|competing|predecessors?|successors?|previous|prior|older|newer|next|last|cluster|servers?|racks?|nodes?|systems?|pods?|boards?|vs\.?|versus|than|compared|Huawei|AMD|Intel)\b/i;
export const isSpecLine = (text: string): boolean => SPEC_LINE.test(text) && !OTHER_THING.test(text);

/** How a description with no verb of its own opens: "A Hopper part …", "An accelerator …", "Nvidia's China-only chip …". */
const FRAGMENT_START = /^\s*(?:an?\s|\p{Lu}[\p{L}\p{N}-]*['’]s\s)/iu;
/** A finite verb or auxiliary: the sentence says something of its own ("A licence was required …"). */
const FINITE_VERB =
  /\b(?:is|are|was|were|be|been|being|has|have|had|will|would|can|could|may|might|must|shall|should|does|did|do|remains?|stays?|says?|said)\b/i;
/** A past-tense or participle word not set off by a comma ("A week later Washington approved …" is a clause). */
function hasBarePast(text: string): boolean {
  const words = text.split(' ');
  for (let i = 1; i < words.length; i++)
    if (/^\p{L}+ed\b/u.test(words[i]!) && !words[i - 1]!.endsWith(',')) return true;
  return false;
}
const PRODUCT_OR_ACTOR = new Set(['chip', 'system', 'model', 'person', 'rule', 'organization']);

/**
 * A description with no verb of its own ("A Hopper part with 80 GB of memory."): under a heading or right after a
 * question about one product ("## The H20", "**What is the H20?**") it answers, and reads as "H20 is a Hopper part
 * …". Not a clause ("A licence was required …", "A week later Washington approved …"), nor one naming another
 * product or an actor, nor a comparison.
 */
export function isDescriptiveFragment(text: string, mentions: RawMention[]): boolean {
  if (text.length > 300 || !FRAGMENT_START.test(text) || /[?!]/.test(text)) return false;
  if (mentions.some((m) => PRODUCT_OR_ACTOR.has(m.kind))) return false;
  // Only the main phrase: "A chip that carries 80 GB" keeps its relative clause's verb.
  const main = text.split(/\b(?:that|which|whose|who)\b/i)[0]!;
  return !FINITE_VERB.test(main) && !hasBarePast(main) && !OTHER_THING.test(main);
}

/**
 * A subject-less spec line's subject, put in front ("H20: Memory: 96 GB"), or a description's ("H20 is a Hopper part
 * …"): glue that stands for no words.
 */
function listSubjectLead(text: string, mentions: RawMention[], context: Antecedents): Piece | undefined {
  const subject = context.listSubject;
  if (!subject) return undefined;
  if (!mentions.length && isSpecLine(text)) return glue(`${subject.text}: `, 0);
  const lead = /^\s*/.exec(text)![0].length;
  if (isDescriptiveFragment(text, mentions)) return glue(`${subject.text} is `, lead);
  return undefined;
}

/**
 * The normalized sentence, or undefined when nothing in it needs rewriting.
 * `context` holds the paragraph's earlier sentences' mentions.
 */
export function normalizeSentence(
  text: string,
  mentions: RawMention[],
  context: Antecedents,
): SentenceView | undefined {
  const replacements = [
    ...numberReplacements(text),
    ...referenceReplacements(text, mentions, context),
    ...ellipsisReplacements(text, mentions),
  ].sort((a, b) => a[0] - b[0]);
  const lead = listSubjectLead(text, mentions, context);
  if (!replacements.length && !lead) return undefined;
  const pieces: Piece[] = lead ? [lead] : [];
  let at = 0;
  const constructions = new Set<string>(lead ? ['list-subject'] : []);
  for (const [start, end, value, construction] of replacements) {
    if (start < at) continue;
    if (construction !== 'plain') constructions.add(construction);
    // A noun the draft left out is inserted after the possessive, standing for no words of the draft: nothing read
    // there maps back to the draft (a value must be the draft's own words).
    if (construction === 'ellipsis') pieces.push(kept(text, at, end), glue(value, end));
    else pieces.push(kept(text, at, start), replaced(value, start, end));
    at = end;
  }
  pieces.push(kept(text, at, text.length));
  return buildView([...constructions].join('+') || 'plain', pieces);
}
