/**
 * Clause constructions: general ways a reporter puts a subject and what is said
 * of it apart, each rewritten as a view the claim readers can read plainly.
 *
 *   set aside      "The A100, the chip behind the first chatbots, belongs to …" → "The A100 belongs to …"
 *                  (also parentheses and paired dashes)
 *   fronted        "Designed around Ampere, the H800 was cut down …"             → "H800 Designed around Ampere"
 *   coordination   "The H100 and H200 are Ampere chips"                            → "H100 are Ampere chips" / "H200 are …"
 *   ellipsis       "The H20 can be exported, and so can the H800"                 → "H800 can be exported"
 *   copula+noun    "The H200 is one of Nvidia's Ampere GPUs" / "Doubao is Alibaba's chatbot"
 *                                                                                 → "Nvidia's H200", "Ampere H200" / "Alibaba's Doubao"
 *   timeline       "13 February 2026: BIS issues the rule"                         → "BIS issues the rule on 13 February 2026"
 *   role           "Jensen Huang, Nvidia's chief financial officer, said"          → "Jensen Huang, chief financial officer at Nvidia"
 *
 * Every construction is cautious: when the sentence leaves doubt (a list rather
 * than an appositive, "respectively", a negated copula) it builds no view.
 */
import { allMatches } from '../all-matches';
import type { DateExpr } from '../dates/dates';
import type { RawMention } from '../mentions/matcher';
import { inPrincipleViews, licenceOneViews, valueAsideViews } from './discourse';
import { buildView, glue, kept, replaced, type SentenceView } from './view';

const PRODUCT_KINDS = new Set(['chip', 'system', 'model']);
const CHIP_KINDS = new Set(['chip', 'system']);
const SUBJECT_KINDS = new Set(['chip', 'system', 'model', 'company', 'rule', 'person', 'organization']);

/** Words that open an appositive or a relative clause rather than the next item of a list. */
const APPOSITIVE_OPENER =
  /^(?:the|a|an|its|their|his|her|which|who|whose|one|now|then|once|long|still|first|also|itself|formerly|previously|later|known|launched|released|unveiled|introduced|designed|built|made|developed|announced|based|named|listed|covered|included|mentioned|cited|targeted|caught|trimmed|cut|priced|marketed|aimed|tailored|intended|widely|unlike|like|alongside|despite|according\s+to|compared\s+(?:with|to)|as\s+with|(?:on|with|from|using|sharing)\s+the\s+same|on\s+paper|at\s+launch|in\s+practice|by\s+contrast|in\s+contrast|Nvidia['’]s|\p{Lu}[\p{L}\d-]*['’]s)\b/iu;
/** After an appositive the predicate resumes; these words mean the commas made a list or a new clause. */
const NOT_PREDICATE = /^(?:and|or|but|nor|while|whereas|as|so|respectively|than|plus|not|then)\b/i;

/** A mention that starts at `at` (after optional spaces). */
const mentionAt = (mentions: RawMention[], at: number, text: string) =>
  mentions.find((m) => m.start >= at && /^\s*(?:the\s+)?$/i.test(text.slice(at, m.start)));

/**
 * Stretches a reader should step over: parentheses, paired dashes, and a
 * comma-delimited appositive or relative clause right after a mention.
 */
export function asides(text: string, mentions: RawMention[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(/ ?\([^()]{1,160}\)/g)) out.push({ start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(/ [—–][^—–]{1,160}[—–](?=\s)/g))
    out.push({ start: m.index, end: m.index + m[0].length });
  // "The H200—a Hopper chip—has …": em dashes set close, as US style writes them (not an en dash: "2023–2024").
  for (const m of text.matchAll(/(?<=[\p{L}\d)])—[^—–\n]{1,160}—(?=\p{L})/gu))
    out.push({ start: m.index, end: m.index + m[0].length });
  for (const subject of mentions) {
    if (!SUBJECT_KINDS.has(subject.kind)) continue;
    const rest = text.slice(subject.end);
    const open = /^,\s+/.exec(rest);
    if (!open) continue;
    const bodyStart = subject.end + open[0].length;
    const close = text.indexOf(',', bodyStart);
    if (close < 0 || close - bodyStart > 140) continue;
    const body = text.slice(bodyStart, close);
    if (!APPOSITIVE_OPENER.test(body) || /[;:]/.test(body)) continue;
    // "The H100, the H200, and the B200": a list of the subject's kind, not an appositive.
    const first = mentionAt(mentions, bodyStart, text);
    if (first && first.kind === subject.kind && first.start < close && !/^['’]s/.test(text.slice(first.end))) continue;
    const after = text.slice(close + 1).trimStart();
    if (!after || NOT_PREDICATE.test(after) || mentionAt(mentions, close + 1, text)?.kind === subject.kind) continue;
    out.push({ start: subject.end, end: close + 1 });
  }
  return out.sort((a, b) => a.start - b.start);
}

function setAsideView(text: string, mentions: RawMention[]): SentenceView[] {
  const spans = asides(text, mentions);
  if (!spans.length) return [];
  const pieces = [];
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue;
    pieces.push(kept(text, at, s.start), glue(' ', s.start));
    at = s.end;
  }
  pieces.push(kept(text, at, text.length));
  return [buildView('appositive', pieces)];
}

/** A participle or "With …" phrase before the main clause's subject. */
const FRONTED =
  /^\s*(?:[-*+]\s+)?((?:(?:Designed|Built|Based|Equipped|Fitted|Armed|Powered|Launched|Released|Unveiled|Introduced|Announced|Developed|Made|Rated|Trained|Manufactured|Produced|Created|Positioned|Marketed|Sold|Shipped|Aimed|Tailored|Named|Known|Launching|Running|Packing|Carrying|Using|Featuring|Offering|Delivering)\b|With\b)[^,;]{2,140}),\s+(?:the\s+|Nvidia['’]s\s+|its\s+)?/u;

function frontedView(text: string, mentions: RawMention[]): SentenceView[] {
  const m = FRONTED.exec(text);
  if (!m) return [];
  const phraseStart = m.index + m[0].indexOf(m[1]!);
  const phraseEnd = phraseStart + m[1]!.length;
  const subject = mentions.find((x) => x.start === m.index + m[0].length);
  if (!subject || !SUBJECT_KINDS.has(subject.kind)) return [];
  // "With the H20 banned, Nvidia …": a phrase naming another of the subject's kind is about that one.
  if (mentions.some((x) => x.start >= phraseStart && x.end <= phraseEnd && x.kind === subject.kind)) return [];
  return [
    buildView('fronted-modifier', [
      kept(text, subject.start, subject.end),
      glue(' ', subject.end),
      kept(text, phraseStart, phraseEnd),
      glue('.', phraseEnd),
    ]),
  ];
}

/** "Unlike the H100, …", "In contrast to AMD's MI308, …": a fronted contrast, not what the sentence says. */
const CONTRAST_FRONT = /^\s*(?:unlike|in\s+contrast\s+to|contrary\s+to)\s+[^,;]{1,80},\s+/i;

/**
 * "Unlike the H100, the H200 has 141 GB" → "the H200 has 141 GB": the contrasted product is set aside, so the
 * subject after the comma is read as in a plain sentence (a contrast is no measure: "compared with" stays).
 */
function contrastFrontView(text: string, mentions: RawMention[]): SentenceView[] {
  const m = CONTRAST_FRONT.exec(text);
  if (!m) return [];
  const subject = mentionAt(mentions, m[0].length, text);
  if (!subject || !SUBJECT_KINDS.has(subject.kind)) return [];
  if (!mentions.some((x) => x.end <= m[0].length)) return [];
  return [buildView('fronted-modifier', [kept(text, m[0].length, text.length)])];
}

/** What may stand between two coordinated names: ", ", " and ", ", and the ", " & ", "/". */
const JOINT = /^(?:, ?| )(?:and |& |as well as )?(?:the |Nvidia['’]s )?$|^ ?\/ ?$/i;

/** The predicate of a coordinated subject must say one thing of each. */
const DENIED_LIST =
  /\b(?:none\s+of|neither(?:\s+of)?|not\s+(?:all|both|every|one)\s+of|not\s+(?:all|both|every|one))\s+(?:the\s+|these\s+|those\s+|Nvidia['’]s\s+)?$/i;
const NOT_DISTRIBUTIVE =
  /\b(?:respectively|combined|together|jointly|total|in all|between them|each other|one another|than|compared|versus|vs\.?|differ\w*|rivals?|compete\w*|replac\w*|succe\w*)\b/i;
const VERB_START =
  /^\s+(?:both\s+|each\s+|all\s+|also\s+|too\s+)?(?:is|are|was|were|have|has|had|use|uses|used|carry|carries|carried|pack|packs|feature|features|remain|remains|stay|stays|can|could|may|might|cannot|belong|belongs|run|runs|ship|ships|shipped|sit|sits|rely|relies|come|comes|draw|draws|offer|offers)\b/i;

/** A chip and a system ("the B200 and GB200") are said of together; a chip and a model are not. */
const HARDWARE = new Set(['chip', 'system']);
const sameKind = (a: string, b: string) => a === b || (HARDWARE.has(a) && HARDWARE.has(b));

function coordinationViews(text: string, mentions: RawMention[]): SentenceView[] {
  const views: SentenceView[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const group = [mentions[i]!];
    let j = i + 1;
    while (
      j < mentions.length &&
      sameKind(mentions[j]!.kind, group[0]!.kind) &&
      JOINT.test(text.slice(mentions[j - 1]!.end, mentions[j]!.start))
    ) {
      group.push(mentions[j]!);
      j++;
    }
    // A group starting later in this run is a tail of this one, with the same last joint and predicate: it fails
    // where this one fails, so the next group starts after the run (walking each tail again was quadratic).
    i = j - 1;
    if (group.length < 2 || !PRODUCT_KINDS.has(group[0]!.kind)) continue;
    // "None of the H100, A100 and H800 can …": the predicate is denied for each; the status reader reads the list.
    if (DENIED_LIST.test(text.slice(Math.max(0, group[0]!.start - 24), group[0]!.start))) continue;
    // The last joint must be "and" / "&" / "as well as": "the H100, H200" alone is no coordination.
    if (
      !/(?:and|&|as well as)\s+(?:the\s+|Nvidia['’]s\s+)?$/i.test(
        text.slice(group[group.length - 2]!.end, group[group.length - 1]!.start),
      )
    )
      continue;
    // "Customs blocked the H200, and the B30A can be sold": a comma before "and" between two names joins clauses;
    // a list of three or more ("the H100, H200, and H20") may take the serial comma.
    if (group.length === 2 && /^,\s*(?:and|&)\b/i.test(text.slice(group[0]!.end, group[1]!.start))) continue;
    const last = group[group.length - 1]!;
    const clauseEnd = clauseEndAfter(text, last.end);
    const predicate = text.slice(last.end, clauseEnd);
    if (!VERB_START.test(predicate) || NOT_DISTRIBUTIVE.test(predicate)) continue;
    // "The H100 and H200 have 80 GB" may be a total or a slip; a number is distributed only when the draft says so.
    if (/\d/.test(predicate) && !/^\s+(?:both|each|all)\b|\b(?:each|apiece|both)\b/i.test(predicate)) continue;
    if (mentions.some((x) => x.start >= last.end && x.end <= clauseEnd && x.kind === last.kind)) continue;
    for (const g of group)
      views.push(buildView('coordination', [kept(text, g.start, g.end), kept(text, last.end, clauseEnd)]));
  }
  return views;
}

function clauseEndAfter(text: string, at: number): number {
  const m = /[;:]|,\s+(?:and|but|while|whereas|although|though)\b|\s[—–]\s|[.!?](?=\s|$)/.exec(text.slice(at));
  return m ? at + m.index : text.length;
}

/** "…, and so can the H800", "…, as is the H800", "…, and the H800 too". */
const ELLIPSIS =
  /,?\s(?:and\sso|as)\s(?:can|could|is|are|was|were|does|did|has|have|will|would|may|might|must)\s(?:the\s|Nvidia['’]s\s)?$/i;

/** "…, and neither is the H800", "…, nor can the B200": the same denial of another subject. */
const NEGATIVE_ELLIPSIS =
  /,? (?:and )?(?:neither|nor) (?:can|could|is|are|was|were|does|did|has|have|will|would|may|might|must) (?:the |Nvidia['’]s )?$/i;
const NEGATED_PREDICATE = /\b(?:not|never|no\s+longer|cannot)\b|n['’]t\b/i;

/** "…, and the H800 too", "…; the H800 as well": the second subject alone, closing its sentence. */
const TOO_BEFORE = /(?:[,;]\s*(?:and\s+)?|\sand\s+)(?:so\s+)?(?:the\s+|Nvidia['’]s\s+)?$/i;
/** …closing its sentence, or before a source named after a comma ("…; the B30A too, according to one reseller"). */
const TOO_AFTER =
  /^,?\s+(?:(?:is|are|can|does|do|has|have|may|must)\s+)?(?:too|as\s+well|also)\s*(?:,\s+(?:according\s+to|as\s+(?:\w+\s+)?(?:says?|said|reports?|reported))\b[^,;.!?]*)?(?:[.!]\s*)?$/i;

function ellipsisViews(text: string, mentions: RawMention[]): SentenceView[] {
  const views: SentenceView[] = [];
  for (let k = 1; k < mentions.length; k++) {
    const second = mentions[k]!;
    const first = mentions[k - 1]!;
    // A chip and a system ("the B200 …, and so does the GB200") may share a predicate; a chip and a model may not.
    if (!sameKind(first.kind, second.kind) || !PRODUCT_KINDS.has(first.kind)) continue;
    const between = text.slice(first.end, second.start);
    const too = TOO_AFTER.test(text.slice(second.end)) ? TOO_BEFORE.exec(between) : null;
    if (too && too.index >= 4 && !/\b(?:neither|nor|not\s+only|unlike|than)\b/i.test(between)) {
      views.push(
        buildView('ellipsis', [kept(text, second.start, second.end), kept(text, first.end, first.end + too.index)]),
      );
      continue;
    }
    // "The H100 needs a licence, and so does the A100; the B30A too": the mention before is itself elliptical, so
    // the predicate is the one it repeats (said after the subject before it).
    const antecedent = too && too.index < 4 && k >= 2 ? mentions[k - 2]! : undefined;
    const chained =
      antecedent && sameKind(antecedent.kind, first.kind)
        ? ELLIPSIS.exec(text.slice(antecedent.end, first.start))
        : null;
    if (
      antecedent &&
      chained &&
      chained.index >= 4 &&
      !/\b(?:neither|nor|not\s+only|unlike|than)\b/i.test(text.slice(antecedent.end, second.start))
    ) {
      if (/[:;]/.test(text.slice(antecedent.end, antecedent.end + chained.index))) continue;
      views.push(
        buildView('ellipsis', [
          kept(text, second.start, second.end),
          kept(text, antecedent.end, antecedent.end + chained.index),
        ]),
      );
      continue;
    }
    const tail = ELLIPSIS.exec(between) ?? NEGATIVE_ELLIPSIS.exec(between);
    if (!tail) continue;
    const predicateEnd = first.end + tail.index;
    // "The A100 is no longer off-limits: it may be exported with a licence, and so may the A800": whose predicate
    // "so may" repeats is not the first subject's.
    if (/[:;]/.test(text.slice(first.end, predicateEnd))) continue;
    // "…, and neither is the H800" repeats a denial: the predicate must deny, and "so" must not.
    const denies = NEGATED_PREDICATE.test(text.slice(first.end, predicateEnd));
    const negative = /\b(?:neither|nor)\b/i.test(tail[0]);
    if (negative ? !denies : /\b(?:neither|nor)\b/i.test(between)) continue;
    if (predicateEnd - first.end < 4) continue;
    views.push(buildView('ellipsis', [kept(text, second.start, second.end), kept(text, first.end, predicateEnd)]));
  }
  return views;
}

/**
 * An auxiliary heading a predicate, with its negation: "can", "cannot", "can't", "may not", "isn't", "won't", "is no
 * longer" (group 1 the auxiliary's words, group 2 set when they deny).
 */
const AUX_HEAD =
  /^\s+((?:can|could|may|might|must|will|would|is|are|has|have)(?:\s+(?:not|never|no\s+longer)|n['’]t|not)?|can['’]t|won['’]t)(?:\s+(?:still|now|also|already|currently|yet))*(?=\s+\p{L})/iu;
const DENYING_AUX = /(?:not|never|no\s+longer)$|n['’]t$|^cannot$/i;

/**
 * Two neighbouring names of different chips of one kind, with the words between them: the pairs a contrast or a
 * denied object can join ("…; the B200 cannot", "… but not the B200"). A question joins none.
 */
function* contrastedChips(text: string, mentions: RawMention[]) {
  if (/\?\s*$/.test(text)) return;
  for (let k = 1; k < mentions.length; k++) {
    const [first, second] = [mentions[k - 1]!, mentions[k]!];
    if (sameKind(first.kind, second.kind) && CHIP_KINDS.has(first.kind) && first.entityId !== second.entityId)
      yield { first, second, between: text.slice(first.end, second.start) };
  }
}

/**
 * "The H200 can be licensed for China; the B200 cannot": the second auxiliary takes the first predicate with its own
 * polarity. `predicate` is what follows the first subject ("can be licensed for China"), `aux` the second subject's
 * auxiliary ("cannot"). The predicate rebuilt for the second subject ("cannot be licensed for China"), or undefined
 * when the first predicate does not open on an auxiliary, or the two say the same polarity (that is "so can").
 */
export function contrastPredicate(predicate: string, aux: string): string | undefined {
  const head = AUX_HEAD.exec(predicate);
  if (!head) return undefined;
  const firstDenies = DENYING_AUX.test(head[1]!.trim());
  if (firstDenies === DENYING_AUX.test(aux.trim())) return undefined;
  const rest = predicate.slice(head[0].length);
  // "can be sold to China at a profit than …": one plain predicate only, no comparison or condition inside.
  if (!rest.trim() || /\b(?:than|if|unless|whether|either|too)\b|\?/i.test(rest)) return undefined;
  return `${aux.trim()}${rest}`;
}

/** The second subject's closing auxiliary: "the B200 cannot.", "the B30A may not", "but the H20 can, …". */
export const CLOSING_AUX =
  /^\s+((?:can|could|may|might|must|will|would|is|are|has|have|does|do)(?:\s+not)?|cannot|can['’]t|won['’]t|(?:could|must|would|is|are|has|have|does|do)n['’]t)(?=\s*(?:[.!;]|,\s+(?:according\s+to|as\s+\w+\s+(?:says?|said)|\w+\s+(?:says?|said))\b|$))/i;
/** What joins the contrasted clauses: "; the …", ", but the …", " while the …", ", whereas …". */
const CONTRAST_JOINT = /(?:;|,?\s(?:but|while|whereas|though|although|yet))\s(?:the\s|Nvidia['’]s\s)?$/i;
const NOT_A_STATEMENT = /\b(?:if|unless|whether|hopes?|plans?\s+to|wants?\s+to|expects?|asks?|questions?)\b/i;

/**
 * "The H200 can be licensed for China; the B200 cannot", "The B30A can't be sold to China, but the H200 can": the
 * second subject and its auxiliary stand for the first predicate with the second auxiliary's polarity. The view
 * replaces the second subject's words by that whole clause ("B200 cannot be licensed for China"). A question, a
 * condition, an auxiliary that is followed by words of its own ("but the B200 can't match it") read nothing.
 */
function contrastViews(text: string, mentions: RawMention[]): SentenceView[] {
  const views: SentenceView[] = [];
  for (const { first, second, between } of contrastedChips(text, mentions)) {
    const joint = CONTRAST_JOINT.exec(between);
    const closing = joint && CLOSING_AUX.exec(text.slice(second.end));
    if (!joint || !closing || NOT_A_STATEMENT.test(text.slice(0, first.start))) continue;
    const predicate = contrastPredicate(between.slice(0, joint.index), closing[1]!);
    if (!predicate) continue;
    const end = second.end + closing[0].length;
    views.push(
      buildView('ellipsis', [
        kept(text, second.start, second.end),
        replaced(` ${predicate}`, second.end, end),
        glue('.', end),
      ]),
    );
  }
  return views;
}

/** "…, but not the B200", "… though not the B30A": the second name takes the clause before, denied. */
const BUT_NOT = /(?:,\s?|\s)(?:but|though|although|yet)\snot\s(?:the\s|Nvidia['’]s\s)?$/i;
/** "Nvidia cannot sell the H20 in China, nor the H200": the second name takes the denied clause as it is. */
const NOR_OBJECT = /,\s?nor\s(?:the\s|Nvidia['’]s\s)?$/i;
/** An auxiliary that may take "not" in the clause before a chip: "Nvidia can ship the H200 …". */
const AUX_BEFORE =
  /\b(can|may|might|could|will|is|are)\s+(?!not\b|no\b|never\b)(?:\w+\s+){1,3}?(?:the\s+|Nvidia['’]s\s+|its\s+)?$/i;

/**
 * "Nvidia can ship the H200 to China but not the B200" → "Nvidia can not ship the B200 to China"; "The H200 can be
 * sold to China, but not the B200" → "B200 can not be sold to China". The first clause must say a plain status with
 * an auxiliary that is not denied; the second name must close its clause.
 */
function butNotViews(text: string, mentions: RawMention[]): SentenceView[] {
  const views: SentenceView[] = [];
  for (const { first, second, between } of contrastedChips(text, mentions)) {
    const nor = NOR_OBJECT.exec(between);
    const joint = nor ?? BUT_NOT.exec(between);
    if (!joint || !/^\s*(?:[.!;]|$)/.test(text.slice(second.end))) continue;
    const rest = between.slice(0, joint.index);
    const clauseStart = Math.max(0, text.lastIndexOf(';', first.start) + 1);
    const head = text.slice(clauseStart, first.start);
    // "but not" denies a clause that does not; "nor" repeats one that does.
    if (NOT_A_STATEMENT.test(head) || /\b(?:not|never|no\s+longer|cannot)\b|n['’]t\b/i.test(head + rest) !== !!nor)
      continue;
    if (/\b(?:than|if|unless|whether)\b/i.test(rest)) continue;
    const name = text.slice(second.start, second.end);
    const aux = AUX_BEFORE.exec(head);
    let clause: string | undefined;
    if (nor) {
      clause = mentions.some((m) => m.start >= clauseStart && m.end <= first.start)
        ? `${head}${name}${rest}`
        : undefined;
    } else if (aux && mentions.some((m) => m.start >= clauseStart && m.end <= first.start)) {
      const at = aux.index + aux[1]!.length;
      clause = `${head.slice(0, at)} not${head.slice(at)}${name}${rest}`;
    } else if (!aux && !/\S/.test(head.replace(/^\s*(?:the|Nvidia['’]s)\s*$/i, ''))) {
      const predicate = contrastPredicate(rest, 'not');
      const own = AUX_HEAD.exec(rest);
      clause = predicate && own ? `${name} ${own[1]} not${rest.slice(own[0].length)}` : undefined;
    }
    if (!clause) continue;
    const notStart = first.end + joint.index + /^[,\s]*/.exec(joint[0])![0].length;
    views.push(buildView('ellipsis', [replaced(clause.trim(), notStart, second.end), glue('.', second.end)]));
  }
  return views;
}

/** "Not only the H100 but also the A100 can be sold …": the predicate after the second name is said of both. */
const NOT_ONLY = /\bnot\s+only\s+(?:the\s+|Nvidia['’]s\s+)?$/i;
const BUT_ALSO = /^,?\s+but\s+(?:also\s+)?(?:the\s+|Nvidia['’]s\s+)?$/i;

function notOnlyViews(text: string, mentions: RawMention[]): SentenceView[] {
  const views: SentenceView[] = [];
  for (let k = 1; k < mentions.length; k++) {
    const [first, second] = [mentions[k - 1]!, mentions[k]!];
    if (first.kind !== second.kind || !PRODUCT_KINDS.has(first.kind)) continue;
    if (
      !NOT_ONLY.test(text.slice(Math.max(0, first.start - 20), first.start)) ||
      !BUT_ALSO.test(text.slice(first.end, second.start))
    )
      continue;
    const clauseEnd = clauseEndAfter(text, second.end);
    const predicate = text.slice(second.end, clauseEnd);
    if (!VERB_START.test(predicate) || NOT_DISTRIBUTIVE.test(predicate) || /\d/.test(predicate)) continue;
    views.push(buildView('coordination', [kept(text, first.start, first.end), kept(text, second.end, clauseEnd)]));
  }
  return views;
}

/** Nouns that name what a product is: "one of Nvidia's Ampere GPUs", "Alibaba's chatbot". */
const CATEGORY_NOUN =
  /^(?:chips?|GPUs?|processors?|accelerators?|parts?|cards?|products?|models?|chatbots?|apps?|assistants?|LLMs?|systems?|designs?|family|line(?:-?up)?|generation|series|platforms?|silicon|offerings?|flagships?|releases?)\b/i;
/** Words inside the noun phrase that make it about something else. */
const NOT_CATEGORY =
  /\b(?:not|never|no|hardly|to|of|than|for|like|as|rival\w*|answer|alternatives?|versions?|successors?|predecessors?|competitors?|equivalents?|counterparts?|response|challengers?|copies|clones?|replacements?|substitutes?|customers?|buyers?|biggest|largest|former|old|older|previous)\b/i;
const PREPOSITION_INSIDE = /(?:^|\s)(?:on|in|with|from|by|at|into|onto|using|via|against|over|under|behind|through)\s/i;
/** After a category noun, the one who made it: "from Alibaba", "developed by Zhipu". */
const FROM_MAKER = /^\S+\s+(?:(?:made|built|developed|designed|released|launched|created)\s+by|from|by)\s+(?:the\s+)?/i;
const COPULA =
  /^(?:\s+(?:is|was|are|were|remains?|became|become|stays?)\s+(?:also\s+|still\s+|now\s+)?|,\s+)(?:an?\s+|the\s+|one\s+of\s+(?:the\s+)?|among\s+(?:the\s+)?|part\s+of\s+(?:the\s+)?)?/i;

const NEITHER_NOR_BEFORE = /\b(?:neither|nor)\s+(?:the\s+|Nvidia['’]s\s+)?$/i;

function copulaViews(text: string, mentions: RawMention[]): SentenceView[] {
  const views: SentenceView[] = [];
  for (const subject of mentions) {
    if (!PRODUCT_KINDS.has(subject.kind)) continue;
    // "Neither the A800 nor the H800 was a Blackwell part": the pair is denied the category.
    if (NEITHER_NOR_BEFORE.test(text.slice(Math.max(0, subject.start - 30), subject.start))) continue;
    const cop = COPULA.exec(text.slice(subject.end));
    if (!cop) continue;
    const npStart = subject.end + cop[0].length;
    // The noun phrase: mentions and up to six words, ending on a category noun.
    let nounAt = -1;
    for (let at = npStart, steps = 0; steps < 7 && at < text.length; steps++) {
      const rest = text.slice(at);
      if (CATEGORY_NOUN.test(rest)) {
        nounAt = at;
        break;
      }
      const word = /^[\p{L}\d][\p{L}\d.'’-]*\s+/u.exec(rest);
      if (!word) break;
      at += word[0].length;
    }
    if (nounAt < 0) continue;
    const phrase = text.slice(npStart, nounAt);
    // "GLM-5 was trained on Huawei's chips": a verb's prepositional phrase, not a noun phrase saying what it is.
    if (NOT_CATEGORY.test(phrase) || PREPOSITION_INSIDE.test(phrase)) continue;
    // The maker named after the noun: "Doubao is a chatbot from Alibaba", "Kimi K2, an open model by Zhipu, …".
    const byMaker = FROM_MAKER.exec(text.slice(nounAt));
    const maker = byMaker && mentions.find((z) => z.start === nounAt + byMaker[0].length && z.kind === 'company');
    const afterNoun = maker ? text.slice(maker.end) : text.slice(nounAt).replace(/^[\p{L}\d-]+/u, '');
    // An appositive says what the subject is as a copula does, when it closes right after its noun (or its maker):
    // "The H100 SXM, Nvidia's 700-watt Hopper flagship, carries …".
    if (cop[0].startsWith(',') && !/^\s*,/.test(afterNoun)) continue;
    // "a chatbot from Alibaba's rival ByteDance", "a chip by Nvidia and AMD": the maker is not the one named.
    if (
      maker &&
      !/^\s*(?:[,.;:)]|$|(?:and|but|that|which|with|in|on|at|for|has|is|was|released|launched)\b)/.test(afterNoun)
    )
      continue;
    if (maker && !/^\s*and\b/.test(afterNoun))
      views.push(
        buildView('copula-category', [
          kept(text, maker.start, maker.end),
          glue('’s ', maker.end),
          kept(text, subject.start, subject.end),
        ]),
      );
    for (const z of mentions) {
      if (z.start < npStart || z.end > nounAt) continue;
      // "Alibaba's chatbot", or the company as a noun's modifier: "a Huawei design", "an Nvidia data-centre chip".
      if (
        z.kind === 'company' &&
        (/^['’]s\b/.test(text.slice(z.end)) || /^\s+(?:[\p{L}-]+\s+){0,2}$/u.test(text.slice(z.end, nounAt)))
      ) {
        views.push(
          buildView('copula-category', [
            kept(text, z.start, z.end),
            glue('’s ', z.end),
            kept(text, subject.start, subject.end),
          ]),
        );
      } else if (z.kind === 'architecture' && CHIP_KINDS.has(subject.kind)) {
        views.push(
          buildView('copula-category', [
            kept(text, z.start, z.end),
            glue(' ', z.end),
            kept(text, subject.start, subject.end),
          ]),
        );
      }
    }
  }
  return views;
}

/** A status said as a line's label and its state: "- B200: still banned from China", "**H200:** barred from sale …". */
const LABEL_HEAD = /^\s*(?:[-*+]\s+|\d+[.)]\s+)?(?:\*\*|__)?(?:the\s+|Nvidia['’]s\s+|AMD['’]s\s+|Nvidia\s+|AMD\s+)?$/i;
const LABEL_SEP = /^(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s+|^(?:\*\*|__)?\s+[—–-]\s+/;
export const LABEL_STATE =
  /^(?:(?:still|now|currently|effectively|also|again|no\s+longer|not)\s+)*(?:banned|barred|blocked|prohibited|forbidden|embargoed|restricted|controlled|allowed|permitted|cleared|approved|licensed|unrestricted|exportable|licen[cs]able|off[\s-]limits|subject\s+to|exempt\s+from|free\s+of)\b/i;

/**
 * "- B200: still banned from China", "B30A — barred from China", "**H20:** cleared for export to China": a line led
 * by one chip's name and a status said as a state reads as "B200 is still banned from China". Only a state the
 * status words know opens the rest (not "H20: 96 GB", "H200: launched in 2023"); two chips on the line read nothing.
 */
function labelStatusView(text: string, mentions: RawMention[]): SentenceView[] {
  const chips = mentions.filter((m) => CHIP_KINDS.has(m.kind));
  const chip = chips[0];
  if (chips.length !== 1 || !chip || mentions[0] !== chip || !LABEL_HEAD.test(text.slice(0, chip.start))) return [];
  const sep = LABEL_SEP.exec(text.slice(chip.end));
  if (!sep) return [];
  const restStart = chip.end + sep[0].length;
  const trimmedEnd = text.trimEnd().length;
  const restEnd = /[.!]/.test(text[trimmedEnd - 1] ?? '') ? trimmedEnd - 1 : trimmedEnd;
  if (!LABEL_STATE.test(text.slice(restStart, restEnd)) || text.includes('?')) return [];
  return [
    buildView('list-or-timeline', [
      kept(text, chip.start, chip.end),
      glue(' is ', chip.end),
      kept(text, restStart, restEnd),
      glue('.', restEnd),
    ]),
  ];
}

/** A verb of saying, then an event in the pluperfect: "Reuters reported that Washington had approved". */
const SAYING_THEN_PLUPERFECT =
  /\b(?:said|says|reported|told|wrote|stated|revealed|disclosed|confirmed)\b[^.;]{1,160}?\bhad\s+(?:(?:already|quietly|formally|previously|earlier|also|been)\s+)*[a-z]+(?:ed|en|t)\b/gi;

/**
 * Whether text[from, to) reports an earlier event: a third party's saying ("reports said", "Reuters reported",
 * "officials told lawmakers") then the event in the pluperfect ("had cleared"). A date before it is the saying's.
 * A named party's own statement ("Nvidia said Washington had assured it …") is not: the record dates such an event
 * by the statement. With `eventEndsAtTo`, the pluperfect verb must be the one ending at `to`.
 */
export function reportsEarlierEvent(
  text: string,
  from: number,
  to: number,
  mentions: RawMention[],
  eventEndsAtTo = false,
): boolean {
  // Only the span is searched (a search from `from` would run on to the end of a long text for every call).
  const span = text.slice(from, to);
  for (const m of allMatches(SAYING_THEN_PLUPERFECT, span)) {
    if (eventEndsAtTo && m.index + m[0].length !== span.length) continue;
    // The sayer's last word ends where the spaces before the verb start.
    let sayerEnd = from + m.index;
    while (sayerEnd > from && /\s/.test(text[sayerEnd - 1]!)) sayerEnd--;
    if (!mentions.some((x) => x.end === sayerEnd)) return true;
  }
  return false;
}

/** Where a timeline line's first clause ends: a semicolon, or a dash set off by spaces. */
const TIMELINE_CLAUSE_BREAK = /;|\s[—–]\s/;

/** "13 February 2026: BIS issues …", "Oct. 7, 2022 — the US restricts …" at the head of a line. */
function timelineView(text: string, mentions: RawMention[], dates: DateExpr[]): SentenceView[] {
  const lead = /^\s*(?:[-*+]\s+|\d+\.\s+)?/.exec(text)![0].length;
  const date = dates.find(
    (d) => d.start === lead || (d.start > lead && /^(?:on|in)\s+$/i.test(text.slice(lead, d.start))),
  );
  // A relative date claims nothing here ("- Last week — …"), except a month a heading's year dates ("- April: …").
  if (!date || (date.relative && !(date.style === 'anchored' && date.precision === 'month'))) return [];
  // A table row's pipe is a separator too (segment.ts keeps it for a row led by a date).
  const sep = /^\s*[:—–,|-]\s+/.exec(text.slice(date.end));
  if (!sep) return [];
  const restStart = date.end + sep[0].length;
  const lineEnd = /[.!?]\s*$/.exec(text)?.index ?? text.length;
  // The date is the first clause's: "- Dec. 10, 2025 — Trump approves H200 exports; the H200 has 141 GB" reads
  // "Trump approves H200 exports in Dec. 10, 2025", not the date in the clause after the semicolon.
  const firstBreak = TIMELINE_CLAUSE_BREAK.exec(text.slice(restStart, lineEnd));
  const restEnd = firstBreak && firstBreak.index >= 8 ? restStart + firstBreak.index : lineEnd;
  if (restEnd - restStart < 8) return [];
  // "On 2 March, Reuters reported that Washington had approved …": the date is the saying's, and the pluperfect
  // puts the event before it (event-date/read.ts vetoes the same in the sentence itself).
  if (reportsEarlierEvent(text, restStart, restEnd, mentions)) return [];
  return [
    buildView('list-or-timeline', [
      kept(text, restStart, restEnd),
      glue(' in ', restEnd),
      kept(text, date.start, date.end),
      glue('.', restEnd),
    ]),
  ];
}

/**
 * "The US will allow H200 exports to China, Trump said on Monday." → "on Monday, The US will allow H200 exports to
 * China": a dated attribution at the end of a sentence dates what it reports when that is said as a decision or a
 * plan ("will", "is to", "plans to"), for then the saying is the announcement. A reported past event or a state
 * ("The H20 was launched in China", "Beijing is blocking the H200", then ", Nvidia said on Tuesday") may be older
 * than the saying: no view (and event-date/read.ts takes such a date for the saying's).
 */
const ATTRIBUTION =
  /,\s+(?:(?:the|a|an|one|its|US|U\.S\.)\s+)?(?:[\w.’'&-]+\s+){0,4}?(?:said|says|announced|confirmed|told\s+(?:reporters|investors|analysts))\s+$/i;
const DECISION = /\b(?:will|would|plans?\s+to|intends?\s+to|(?:is|are)\s+(?:set\s+|going\s+)?to)\s/i;

function attributionView(text: string, dates: DateExpr[]): SentenceView[] {
  const date = dates[dates.length - 1];
  if (!date || dates.length > 1 || !/^[\s.]*$/.test(text.slice(date.end))) return [];
  if (
    !/^on\s/i.test(date.text) &&
    date.style !== 'weekday' &&
    !/^\s*on\s+$/i.test(text.slice(Math.max(0, date.start - 4), date.start))
  )
    return [];
  const head = text.slice(0, date.start);
  const said = ATTRIBUTION.exec(head);
  if (!said) return [];
  const reported = text.slice(0, said.index);
  if (reported.length < 12 || !DECISION.test(reported) || /["“”]/.test(reported)) return [];
  return [
    buildView('relative-date', [
      kept(text, date.start, date.end),
      glue(', ', date.end),
      kept(text, 0, said.index),
      glue('.', said.index),
    ]),
  ];
}

/** "Jensen Huang, Nvidia's chief financial officer, …" → "Jensen Huang, chief financial officer at Nvidia". */
function roleViews(text: string, mentions: RawMention[]): SentenceView[] {
  const views: SentenceView[] = [];
  for (let k = 0; k + 1 < mentions.length; k++) {
    const person = mentions[k]!;
    const org = mentions[k + 1]!;
    if (person.kind !== 'person' || (org.kind !== 'company' && org.kind !== 'organization')) continue;
    if (!/^\s*,\s+$/.test(text.slice(person.end, org.start))) continue;
    const title =
      /^['’]s\s+((?:\p{Ll}[\p{L}-]*|CEO|CFO|CTO|COO)(?:\s+(?:\p{Ll}[\p{L}-]*|CEO|CFO|CTO|COO)){0,5})(?=\s*(?:,|\.|$|\s(?:said|says|told|has|had|is|was|who)\b))/u.exec(
        text.slice(org.end),
      );
    if (!title) continue;
    const titleStart = org.end + title[0].indexOf(title[1]!);
    const titleEnd = titleStart + title[1]!.length;
    views.push(
      buildView('role', [
        kept(text, person.start, person.end),
        glue(', ', person.end),
        kept(text, titleStart, titleEnd),
        glue(' at ', titleEnd),
        kept(text, org.start, org.end),
      ]),
    );
  }
  return views;
}

/** "—like …", "(such as …", ", including …": examples of the subject, set off before its predicate. */
const EXAMPLES_OPEN = /([—–(,])\s?(?:like|such\s+as|including|notably|especially)\s+/gi;
const EXAMPLES_CLOSE: Record<string, RegExp> = { '—': /[—–]/, '–': /[—–]/, '(': /\)/, ',': /,/ };

/**
 * "The fastest ones—like Nvidia's H100, H200 and the newer Blackwell series—are now unobtainable in China": what is
 * said of the subject is said of each chip given as its example. Only a list of names (no verb inside), closed as
 * it opened, before a predicate that says one thing of each (no total, comparison or figure).
 */
function examplesViews(text: string, mentions: RawMention[]): SentenceView[] {
  const views: SentenceView[] = [];
  for (const open of allMatches(EXAMPLES_OPEN, text)) {
    const listStart = open.index + open[0].length;
    const closer = EXAMPLES_CLOSE[open[1]!]!.exec(text.slice(listStart, listStart + 160));
    if (!closer) continue;
    const listEnd = listStart + closer.index;
    const chips = mentions.filter((m) => CHIP_KINDS.has(m.kind) && m.start >= listStart && m.end <= listEnd);
    if (
      !chips.length ||
      VERB_START.test(` ${text.slice(listStart, listEnd)}`) ||
      /\b(?:is|are|was|were|has|have)\b/i.test(text.slice(listStart, listEnd))
    )
      continue;
    const predicateStart = listEnd + closer[0].length;
    const clauseEnd = clauseEndAfter(text, predicateStart);
    const predicate = text.slice(predicateStart, clauseEnd);
    if (!VERB_START.test(` ${predicate.trimStart()}`) || NOT_DISTRIBUTIVE.test(predicate) || /\d/.test(predicate))
      continue;
    for (const chip of chips)
      views.push(
        buildView('coordination', [
          kept(text, chip.start, chip.end),
          glue(' ', chip.end),
          kept(text, predicateStart, clauseEnd),
        ]),
      );
  }
  return views;
}

/** Every view the constructions find in a sentence (the plain sentence is read as well, by the caller). */
export function constructionViews(text: string, mentions: RawMention[], dates: DateExpr[]): SentenceView[] {
  return [
    ...setAsideView(text, mentions),
    ...valueAsideViews(text, mentions),
    ...inPrincipleViews(text),
    ...licenceOneViews(text),
    ...frontedView(text, mentions),
    ...contrastFrontView(text, mentions),
    ...coordinationViews(text, mentions),
    ...examplesViews(text, mentions),
    ...ellipsisViews(text, mentions),
    ...contrastViews(text, mentions),
    ...butNotViews(text, mentions),
    ...notOnlyViews(text, mentions),
    ...copulaViews(text, mentions),
    ...timelineView(text, mentions, dates),
    ...labelStatusView(text, mentions),
    ...attributionView(text, dates),
    ...roleViews(text, mentions),
  ];
}
