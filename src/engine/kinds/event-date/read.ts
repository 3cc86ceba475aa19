/**
 * Dated events ("the April 2023 restrictions on the sale of Nvidia's H100",
 * "the diffusion rule was eliminated earlier this year"), deal terms ("a 15%
 * revenue share ... in August") and present-tense export status ("the H200 is
 * banned in China", "the most powerful chip legally available in China is the H20").
 * Each needs its parts close together in one clause; anything looser is no claim.
 */
import { COUNT_PATTERN, type DateExpr } from '../../dates/dates';
import type { RawMention } from '../../mentions/matcher';
import {
  clauseOf,
  isQuoted,
  negatedBetween,
  spansNear,
  type EventClaim,
  type EventFamily,
  type QuantityClaim,
  type SentenceContext,
  type StatusClaim,
} from '../../claims/types';
import { reportsEarlierEvent } from '../../reading/constructions';
import { isComparedWith } from '../../reading/normalize';
import type { RecordIndex } from '../../record/record-index';
import { eventCuesOf, narrowedTypes } from './cues';

// The words that name an event of each family are the record's event cues (`eventCues:` in data/record/cues.yaml,
// compiled in ./cues.ts); a pack may add its own. What stays here is the grammar around them: the date within reach
// of a cue, its subject, negation and modals, the clause it belongs to, and which family a word means in its clause
// (resolveFamily and the word tests below). The event types a matched word narrows its family to are data too
// (`eventTypeCues:` in cues.yaml, narrowedTypes in ./cues.ts).
/** A licence requirement said as a state ("needed a licence", "off-limits"), not as the act of imposing it. */
const STATIVE_LICENCE = /^(?:(?:requir(?:e|es|ed|ing)|need(?:s|ed)?|must)\s|off-limits)/i;
const STARTS_BEFORE = /\b(?:since|from|starting|beginning|effective)\s+(?:early\s+|late\s+|mid-)?$/i;
const ONSET =
  /\b(?:first|initially|began|begun|started|starting|told|informed|notified|learn(?:ed|t)|announced|imposed|introduced|now|newly|effective)\b/i;
/** A chip tied to a restriction it was designed around, not one placed on it. */
const NOT_ABOUT_CHIP =
  /\b(?:compl(?:y|ies|ied|iant|iance)|designed|response|circumvent\w*|get(?:ting)? around|evad\w*|skirt\w*|avoid\w*|dodg\w*|bypass\w*|sidestep\w*|workaround|under|before|prior to|until)\b/i;
const SUBJECT_KINDS: Record<EventFamily, Set<string>> = {
  restrict: new Set(['chip', 'system']),
  announce: new Set(['chip', 'system', 'rule', 'model']),
  approve: new Set(['chip', 'system']),
  rescind: new Set(['rule']),
  issue: new Set(['rule']),
  report: new Set(['report', 'organization']),
  charge: new Set(['report', 'organization', 'company', 'person']),
  results: new Set(['company']),
  listing: new Set(['company']),
  review: new Set(['chip', 'system']),
  testimony: new Set(['person']),
};

interface Hit {
  start: number;
  end: number;
  family: EventFamily;
  /** From a cue that is only ever Beijing's restriction ("told firms to stop ordering"). */
  chinaOnly: boolean;
}

/**
 * An event word that is grammar rather than vocabulary, so it stays in code: a maker that "followed with" its
 * product ("DeepSeek followed with V4 in April"; "followed in April with V4" is the announce cue's "followed in").
 * Read only as followedWith says.
 */
const FOLLOWED_WITH_CUE: { re: RegExp; family: EventFamily; chinaOnly: boolean } = {
  re: /\bfollowed(?=,?\s+(?:(?:in|on)\s+[\w. ]{3,20},\s+)?(?:[a-z]+ly\s+)?with\s)/gi,
  family: 'announce',
  chinaOnly: false,
};

function keywordHits(index: RecordIndex, text: string): Hit[] {
  const hits: Hit[] = [];
  for (const { re, family, chinaOnly } of [...eventCuesOf(index), FOLLOWED_WITH_CUE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // A pack's cue that matches nothing at all (every word optional) names no event, and must not stall the scan.
      if (!m[0].length) re.lastIndex++;
      else hits.push({ start: m.index, end: m.index + m[0].length, family, chinaOnly });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** How far from its keyword a date may sit. */
const KEYWORD_REACH = 40;
/** …and a date that opens the sentence, followed by a comma. */
const OPENING_DATE_REACH = 90;

/**
 * 1 for a keyword after the comma that closes a relative clause holding the date ("Proclamation 11002, which Trump
 * signed on Jan. 15, imposes …", "The H200, unveiled in October 2023, began …"), or an attribution after a comma
 ("… last year, according to …"): the date is the keyword's before it. Else 0.
 */
const crossesComma = (text: string, keyword: { start: number; end: number }, date: { start: number; end: number }) =>
  keyword.start >= date.end &&
  text.slice(date.end, keyword.start).includes(',') &&
  (/,\s*(?:which|who|that|\w+ed)\s[^,]*$/i.test(text.slice(Math.max(0, date.start - 120), date.start)) ||
    /^according/i.test(text.slice(keyword.start, keyword.end)))
    ? 1
    : 0;
const gap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0;
/**
 * The gap as read: a run of spaces counts as one, so markup blanked out of the segment (a link's
 * brackets and URL: "[October 2022](https://…) restrictions", as "Replace and cite" writes it) is no distance.
 */
const readGap = (text: string, a: { start: number; end: number }, b: { start: number; end: number }) => {
  const from = a.end <= b.start ? a.end : b.end;
  const to = a.end <= b.start ? b.start : a.start;
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== 32 || text.charCodeAt(i - 1) !== 32 || i === from) n++;
  return n;
};
/** How much further a keyword may be, in characters, when names between it and the date count as one word each. */
const NAMES_MARGIN = 30;
/** The characters names take between two spans beyond one each (the mentions wholly between them). */
const namesBetween = (
  mentions: readonly RawMention[],
  a: { start: number; end: number },
  b: { start: number; end: number },
) => {
  const from = Math.min(a.end, b.end);
  const to = Math.max(a.start, b.start);
  let n = 0;
  for (const m of spansNear(mentions, from, to)) if (m.start >= from && m.end <= to) n += m.end - m.start - 1;
  return n;
};
/** The offset `reach` read characters (readGap's count) before (-1) or after (+1) `at`. */
const reachFrom = (text: string, at: number, reach: number, step: -1 | 1) => {
  let i = at;
  for (let n = 0; n < reach && i > 0 && i < text.length;) {
    i += step;
    if (text.charCodeAt(i) !== 32 || text.charCodeAt(i - step) !== 32) n++;
  }
  return i;
};

/** A wire dateline: a place in capitals (and its state or country), the date, an optional agency, a dash. */
const DATELINE_BEFORE = /^\s*\p{Lu}[\p{Lu} .'’-]{1,40}(?:,\s*\p{Lu}[\p{L}.]{1,20})?,\s*$/u;
const DATELINE_AFTER = /^\s*(?:\([\p{L} ]{2,20}\)\s*)?[-–—]/u;

export function extractEvents(ctx: SentenceContext): EventClaim[] {
  if (!ctx.dates.length) return [];
  const hits = keywordHits(ctx.index, ctx.text);
  const out: EventClaim[] = [];
  for (const date of ctx.dates) {
    // "SANTA CLARA, Calif., March 10 - Nvidia has begun shipping …": a dateline dates the story, not an event in it.
    if (DATELINE_BEFORE.test(ctx.text.slice(0, date.start)) && DATELINE_AFTER.test(ctx.text.slice(date.end))) continue;
    const clause = clauseOf(ctx.text, date.start);
    const inClause = (s: { start: number; end: number }) => s.start >= clause.start && s.end <= clause.end;
    // A keyword before a ", and …" that opens a clause of its own (its own subject and verb, the date in it) is not this date's.
    // Only keywords within 40 characters can be the date's, so only those are tested (which keeps this linear in the sentence).
    // A date that opens the sentence ("On Jan. 28, 2026, Chinese customs told agents …") dates its whole first clause.
    // So does the date of a timeline line, read after the line's text (reading/constructions.ts): it dates the line.
    const reach =
      opensSentence(ctx.text, date) || ctx.construction === 'list-or-timeline' ? OPENING_DATE_REACH : KEYWORD_REACH;
    const subordinateEnd = frontedSubordinateEnd(ctx.text, date);
    // A name between the keyword and the date counts as one word ("published the H200 rule in the Federal Register
    // on 20 January 2026"): how far apart they are is a matter of words, not of how long the names are.
    const distance = (h: { start: number; end: number }) =>
      readGap(ctx.text, h, date) - namesBetween(ctx.mentions, h, date);
    const keywords = spansNear(
      hits,
      reachFrom(ctx.text, date.start, reach + NAMES_MARGIN, -1),
      reachFrom(ctx.text, date.end, reach + NAMES_MARGIN, 1),
    )
      .filter(
        (h) =>
          distance(h) <= reach &&
          inClause(h) &&
          !inLaterClause(ctx.text, h, date, clause.end) &&
          !inLaterClause(ctx.text, date, { start: h.end, end: h.end }, clause.end) &&
          // "A day after BIS issued the H200 rule on Jan. 13, Trump signed …": a fronted "after …" clause keeps its date.
          date.end <= subordinateEnd === h.end <= subordinateEnd &&
          // "Dec. 8, 2025. The H200, unveiled at SC23, is cleared …": an aside between commas is background, not
          // what the line's opening date dates.
          !(reach === OPENING_DATE_REACH && inAsideAfter(ctx.text, h, date)),
      )
      .sort((a, b) => crossesComma(ctx.text, a, date) - crossesComma(ctx.text, b, date) || distance(a) - distance(b));
    if (!keywords.length) continue;
    // "until April", "before 2023": a bound, not the date of the event.
    if (BOUND_BEFORE.test(ctx.text.slice(Math.max(0, date.start - 16), date.start)) || BOUND_WORD.test(date.text))
      continue;
    // The nearest keyword whose event has a subject here: "The H20 licence requirement, imposed in April" — a rule
    // is imposed, but nothing here is a rule; the requirement on the H20 is the event.
    for (const keyword of keywords.slice(0, 3)) {
      const read = readEventAt(ctx, date, keyword, clause, inClause);
      if (read === 'veto') break;
      if (read.length) {
        out.push(...read);
        break;
      }
    }
  }
  return out;
}

/** The claims a date and one keyword make; 'veto' when the date is no event's at all (then no other keyword is tried). */
function readEventAt(
  ctx: SentenceContext,
  date: DateExpr,
  keyword: Hit,
  clause: { start: number; end: number },
  inClause: (s: { start: number; end: number }) => boolean,
): EventClaim[] | 'veto' {
  const out: EventClaim[] = [];
  // The date must be the keyword's: no other date sits nearer to it.
  // A date that closes an earlier clause ("… on 13 January, and Trump signed X two days later") is that clause's.
  const rival = (d: DateExpr) =>
    d !== date && inClause(d) && readGap(ctx.text, d, keyword) < readGap(ctx.text, date, keyword);
  const earlierClause = (d: DateExpr) =>
    d.end <= keyword.start && inLaterClause(ctx.text, d, { start: keyword.end, end: keyword.end }, clause.end);
  const near = spansNear(
    ctx.dates,
    reachFrom(ctx.text, keyword.start, KEYWORD_REACH, -1),
    reachFrom(ctx.text, keyword.end, KEYWORD_REACH, 1),
  );
  // … and one that opens a later clause ("… was not permitted to enter, and on Jan. 28 imports began") is that one's.
  const laterClause = (d: DateExpr) => d.start >= keyword.end && inLaterClause(ctx.text, keyword, d, clause.end);
  if (near.some((d) => rival(d) && !earlierClause(d) && !laterClause(d))) return out;
  // Only up to where a later clause of its own begins: "…, and it was not until later that imports began" says nothing
  // of what the restriction was about.
  const ownEnd = ownClauseEnd(ctx.text, Math.max(keyword.end, date.end), clause.end);
  // Not when the restriction names the chip as its object ("bypass US export restrictions on H20 chips imposed in
  // April": the restrictions are on the H20, whoever gets around them).
  // Nor when the keyword is Beijing's word to its firms ("urged firms to avoid the H20"): its "avoid" is the restriction.
  if (
    keyword.family === 'restrict' &&
    !restrictionOnChip(ctx, keyword) &&
    !keyword.chinaOnly &&
    perClause(ctx, { start: clause.start, end: ownEnd }, 'not-about-chip', () =>
      NOT_ABOUT_CHIP.test(ctx.text.slice(clause.start, ownEnd)),
    )
  )
    return 'veto';
  // "In 2024 the H100 needed a licence" states how things stood then; only a start ("since", "from", "first",
  // "was told … needed") makes the date the requirement's.
  // "It took effect on November 17, and caught the A800": a catch binds only a date after it (or a timeline's).
  if (
    /^(?:catch|caught)/i.test(ctx.text.slice(keyword.start, keyword.end)) &&
    date.start < keyword.start &&
    ctx.construction !== 'list-or-timeline'
  )
    return 'veto';
  // A line of a timeline ("- August 2022: the US requires licences …") is an event by its form.
  if (
    ctx.construction !== 'list-or-timeline' &&
    STATIVE_LICENCE.test(ctx.text.slice(keyword.start, keyword.end)) &&
    !STARTS_BEFORE.test(ctx.text.slice(Math.max(0, date.start - 16), date.start)) &&
    !perClause(ctx, clause, 'onset', () => ONSET.test(ctx.text.slice(clause.start, clause.end)))
  )
    return 'veto';
  // "The H20 was launched in China, the company said on Thursday": the date is the saying's, not the event's (a
  // decision said then is read through the attribution view, reading/constructions.ts).
  if (
    keyword.end <= date.start &&
    SAYING_BEFORE.test(ctx.text.slice(Math.max(keyword.end, date.start - 40), date.start)) &&
    ctx.text.slice(keyword.end, date.start).includes(',')
  )
    return 'veto';
  // "In May reports said the US had cleared ten firms to buy the H200": a fronted date is the saying's, and the
  // pluperfect puts the event before it, so the date is no claim about when the event happened.
  if (date.end <= keyword.end && reportsEarlierEvent(ctx.text, date.end, keyword.end, ctx.mentions, true))
    return 'veto';
  // "did not announce", "never imposed", "may require", "plans to issue": the event is denied or not yet happened.
  const before = ctx.text.slice(Math.max(clause.start, keyword.start - 40), keyword.start);
  const hypothetical = HYPOTHETICAL_BEFORE.exec(before) ?? MODAL_VERB_BEFORE.exec(before);
  // "told the company it would need a licence": reported speech, the event all the same.
  const reported =
    hypothetical &&
    /^would/i.test(hypothetical[0]) &&
    REPORTED_SPEECH.test(ctx.text.slice(clause.start, keyword.start));
  if (NOT_BEFORE.test(before) || (hypothetical && !reported)) return 'veto';
  const family = resolveFamily(ctx, keyword, clause);
  const word = ctx.text.slice(keyword.start, keyword.end);
  // "agreed to pay 25% of H20 sales in August": the deal term judges its date with its share (extractDealTerms).
  if (DEAL_AGREED.test(word) && PERCENT_IN_CLAUSE.test(ctx.text.slice(clause.start, clause.end))) return 'veto';
  const chinaSide =
    perClause(ctx, clause, 'china-side', () => CHINA_SIDE.test(ctx.text.slice(clause.start, clause.end))) ||
    CHINA_AGENT_BEFORE.test(ctx.text.slice(Math.max(clause.start, keyword.start - 40), keyword.start));
  // A summons is Beijing's act on a chip only where the clause says it is Beijing's ("Regulators summoned the H20
  // team" or "Huang was summoned to testify" is no restriction at all).
  if ((/^summon/i.test(word) || keyword.chinaOnly) && !chinaSide) return 'veto';
  // "Beijing approved the first H200 purchases on 28 January": China's import approval, a status the record holds
  // (reading/status.ts), not Washington's export approval.
  if (family === 'approve' && chinaSide) return 'veto';
  // "cancelled the AI Diffusion Rule", "the rule was rolled back": the rule is what is cancelled, right after the
  // verb or before it in the passive — not "cancelled a briefing on the rule".
  const objectOnly = family === 'rescind' && /^(?:cancel|roll)/i.test(word);
  const inClauseIds = perClause(ctx, clause, 'ids', () => ctx.mentions.filter(inClause).map((m) => m.entityId));
  let denials = 0;
  for (const subject of subjects(ctx, family, keyword, date, clause)) {
    // "DeepSeek followed in April with V4": the maker followed, and what it followed with came out then.
    const followed = followedWith(ctx, subject, keyword, date);
    if (family === 'announce' && !followed && !directlyAnnounced(ctx.text, subject, keyword, date)) continue;
    // "Questions about the H200 followed": only the product as the subject follows, not one a noun is about.
    if (
      !followed &&
      /^followed/i.test(ctx.text.slice(keyword.start, keyword.end)) &&
      PREPOSITION_BEFORE.test(ctx.text.slice(Math.max(0, subject.start - 30), subject.start))
    )
      continue;
    if (objectOnly && !directObject(ctx.text, subject, keyword, date)) continue;
    const start = Math.min(date.start, keyword.start, subject.start);
    const end = Math.max(date.end, keyword.end, subject.end);
    // A keyword may carry its own "not" ("may not enter"): only the words around it can deny the event.
    const denied = /\bnot\b/i.test(ctx.text.slice(keyword.start, keyword.end))
      ? negatedBetween(ctx, start, keyword.start) || negatedBetween(ctx, keyword.end, end)
      : negatedBetween(ctx, start, end);
    if (denied) {
      denials++;
      continue;
    }
    out.push({
      kind: 'event-date',
      family,
      date,
      ...narrowedTypes(ctx.index, family, word, chinaSide),
      ...(FIRST_BEFORE.test(ctx.text.slice(Math.max(clause.start, keyword.start - 24), keyword.start))
        ? { first: true }
        : {}),
      alongside: [...new Set(inClauseIds.filter((id) => id !== subject.entityId))],
      span: { start: date.start, end: date.end },
      valueSpan: { start: date.start, end: date.end },
      entityId: subject.entityId,
      quoted: isQuoted(ctx, start, end),
    });
  }
  // A denied event ("was not banned in 2023") is not looked for under another keyword.
  return !out.length && denials ? 'veto' : out;
}

/** A denial right before the event's verb: "did not announce", "has never imposed", "didn't issue", "not yet". */
const NOT_BEFORE =
  /(?:\bnot|\bnever|n['’]t)\s+(?:(?:yet|formally|officially|actually|even)\s+)?(?:(?:been|be|have|had)\s+)?$/i;
/** A modal or a plan before the verb: "may require", "could impose", "plans to issue", "is expected to announce". */
const HYPOTHETICAL_BEFORE =
  /\b(?:may|might|could|would|should|plans?\s+to|planned\s+to|planning\s+to|expect(?:s|ed)?\s+(?:(?:the\s+)?[\w'’-]+\s+)?to|(?:is|are|was|were)\s+(?:expected|due|set|likely|poised)\s+to|hop(?:e|es|ed)\s+to|threaten(?:s|ed)?\s+to|propos(?:e|es|ed)\s+to|consider(?:s|ed|ing)?)\s+(?:(?:soon|also|still|now|eventually|formally)\s+)?(?:(?:be|have)\s+)?$/i;

/** …or the modal's verb and its article first: "could impose a licence requirement" (lower case: not "May"). */
const MODAL_VERB_BEFORE = /\b(?:may|might|could|would|should)\s+(?:not\s+)?(?:[a-z]+\s+){1,2}$/;
const DEAL_AGREED = /^(?:agre|struck|strik|reach|cut)/i;
const PERCENT_IN_CLAUSE = /\d\s*(?:%|per\s*cent)/i;
/** An attribution's verb right before its date: "said on Thursday", "told reporters on Monday". */
const SAYING_BEFORE =
  /\b(?:said|says|told\s+(?:reporters|investors|analysts|[A-Z][\w.]*)|confirmed|wrote|stated|added)\s+(?:on\s+|in\s+|last\s+|this\s+)?$/;
const REPORTED_SPEECH = /\b(?:told|informed|notified|said|says|warned|wrote|announced)\b/i;

/** "restrictions on H20 chips", "the ban on the H100", "curbs on Nvidia's H20": a restriction noun with its chip. */
function restrictionOnChip(ctx: SentenceContext, keyword: Hit): boolean {
  if (!/(?:ions?|bans?|curbs?|controls?|requirements?)$/i.test(ctx.text.slice(keyword.start, keyword.end)))
    return false;
  const on = /^\s+(?:on|for)\s+(?:(?:the|its|Nvidia['’]s|exports\s+of|sales\s+of)\s+)*/i.exec(
    ctx.text.slice(keyword.end, keyword.end + 40),
  );
  if (!on) return false;
  const at = keyword.end + on[0].length;
  return ctx.mentions.some((m) => m.start === at && (m.kind === 'chip' || m.kind === 'system'));
}

/** "first restricted", "initially banned", "originally announced": the earliest such event is meant. */
const FIRST_BEFORE = /\b(?:first|initially|originally)\s+(?:(?:been|was|were|had)\s+)?$/i;

/** A comma and a coordinating conjunction: where a second clause may start ("…was rescinded, and in August, Nvidia agreed…"). */
const COORDINATION = /,\s*(?:and|but|or|so|yet|then|while)\s+/gi;
/** What is left of a clause once a fronted date is taken out: "Nvidia agreed", "the Commerce Department issued", "it said". */
const OWN_SUBJECT_AND_VERB =
  /^(?:(?:the|a|an|its|their|his|her|this|that|these|those)\s+)?(?:(?!(?:and|or|but|to|of|in|on|at|by|for|with|from)\b)[\w’'.&/-]+\s+){1,4}?(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|shall|should|did|does|do|said|says|agrees|pays|takes|gives|plans|expects|wants|began|begun|took|gave|made|got|went|sold|told|\w{2,}ed)\b/i;
/** How much of a later clause is read for its subject and verb. */
const CLAUSE_HEAD = 200;
const LEADING_FILLER =
  /^(?:\s|,|\b(?:in|on|at|by|during|from|since|early|late|mid-?|then|later|also|again|around|about|earlier)\b)*/i;

/**
 * Whether `later` sits in a later clause than `earlier`: after a comma and a
 * conjunction that start a clause with its own subject and verb ("The AI
 * Diffusion Rule was rescinded, and in August, Nvidia agreed to …": August is
 * the deal's, not the rescission's). A clause with no subject of its own
 * ("…was announced, and then launched in 2023") or a listed noun ("the A100,
 * and the H100 in 2022") does not count.
 */
function inLaterClause(
  text: string,
  earlier: { start: number; end: number },
  later: { start: number; end: number },
  clauseEnd: number,
): boolean {
  if (earlier.end > later.start) return false;
  // Only the stretch between the two is searched: callers keep it short, so each call costs that stretch, not the sentence.
  const between = text.slice(earlier.end, later.start);
  COORDINATION.lastIndex = 0;
  for (let m = COORDINATION.exec(between); m; m = COORDINATION.exec(between)) {
    const from = earlier.end + m.index + m[0].length;
    // The later clause without `later` itself: "in August, Nvidia agreed to give …" → "Nvidia agreed to give …".
    // A subject and verb are a few words: the first CLAUSE_HEAD characters after the date are enough to find them.
    const rest =
      text.slice(from, later.start) +
      ' ' +
      text.slice(later.end, Math.max(later.end, Math.min(clauseEnd, later.end + CLAUSE_HEAD)));
    if (OWN_SUBJECT_AND_VERB.test(rest.replace(LEADING_FILLER, '').replace(/\s+/g, ' ').trimStart())) return true;
  }
  return false;
}

/** Where the clause holding `from` ends: at a ", and …" that opens a later clause of its own, else at `clauseEnd`. */
function ownClauseEnd(text: string, from: number, clauseEnd: number): number {
  const stretch = text.slice(from, clauseEnd);
  COORDINATION.lastIndex = 0;
  for (let m = COORDINATION.exec(stretch); m; m = COORDINATION.exec(stretch)) {
    const at = from + m.index;
    const rest = text.slice(at + m[0].length, Math.min(clauseEnd, at + m[0].length + CLAUSE_HEAD));
    if (OWN_SUBJECT_AND_VERB.test(rest.replace(LEADING_FILLER, '').replace(/\s+/g, ' ').trimStart())) return at;
  }
  return clauseEnd;
}

/**
 * A subordinate clause that opens the sentence and closes on its first comma: "After BIS issued the rule on Jan. 13,
 * …", "A day after …,", "Thirteen days before …,", "When Washington imposed … in April," (its end, the comma's
 * offset; -1 when the sentence opens otherwise). Its date and its verb are its own, never the main clause's.
 */
const FRONTED_SUBORDINATE = new RegExp(
  String.raw`^([\s"“'‘(*_]*(?:(?:just|shortly|soon|only|hours|days|weeks|months|years|${COUNT_PATTERN}\s+(?:hours?|days?|weeks?|months?|years?))\s+)?(?:after|before|when|once|while|until|as\s+soon\s+as)\s)[^,;:]{3,160}(?=,)`,
  'i',
);
/**
 * Where the fronted subordinate clause ends, for a date inside it after its conjunction; -1 for none, or when the
 * clause is the date itself ("A week after the order pause, customs told …": dates/context.ts reads it).
 */
const frontedSubordinateEnd = (text: string, date: DateExpr) => {
  const m = FRONTED_SUBORDINATE.exec(text);
  return m && date.start >= m[1]!.length ? m[0].length : -1;
};

/** A participle set off by a comma: ", unveiled at SC23,", ", first announced by Nvidia,". */
const ASIDE_BEFORE = /,\s*(?:(?:first|originally|initially|formally|officially|quietly)\s+)?$/i;
/** How far an aside may run to its closing comma. */
const ASIDE_REACH = 60;

/**
 * Whether the keyword opens an aside between commas after the date ("The H200, unveiled at SC23, is cleared"): the
 * aside has no date of its own, and closes on a comma before the clause ends.
 */
function inAsideAfter(text: string, keyword: { start: number; end: number }, date: DateExpr): boolean {
  if (date.end > keyword.start || !/^[a-z]+ed$/i.test(text.slice(keyword.start, keyword.end))) return false;
  if (!ASIDE_BEFORE.test(text.slice(Math.max(date.end, keyword.start - 24), keyword.start))) return false;
  const after = text.slice(keyword.end, keyword.end + ASIDE_REACH);
  return /^[^,;.!?]*,/.test(after);
}

/** A date that opens the sentence ("In August, …") sets the time of all its clauses. */
// "On Wednesday 9 April the US government told …": a weekday before the date is part of it.
const opensSentence = (text: string, date: DateExpr) =>
  date.start <= 200 &&
  /^[\s"“'‘(*_]*(?:(?:in|on|by|during|since|from|early|late|mid-?|later|then|back)\s+)*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?$/i.test(
    text.slice(0, date.start),
  );

const BOUND_BEFORE = /\b(?:until|till|before|after|by|through|prior to|ahead of|as of)\s+(?:early\s+|late\s+|mid-)?$/i;
const BOUND_WORD = /^(?:until|till|before|after|by|through)\b/i;
/** A word that describes a product without being another thing: "the 4nm H100", "its latest H20", "the Hopper-based H800". */
const PRODUCT_MODIFIER = String.raw`(?:[a-z]*\d[a-z\d]*|latest|newest|next-generation|long-awaited|much-anticipated|cut-down|China-specific|[a-z]+-based)`;
const ARTICLES = String.raw`\s*(?:(?:its|the|a|an|new|nvidia['’]s|nvidia|flagship|first)\b\s*)*(?:${PRODUCT_MODIFIER}\s+)?`;
/** "The A800, which Nvidia confirmed in …": the product is the object of the relative clause's verb. */
const OBJECT_RELATIVE =
  /^(?:e?s)?,\s+(?:which|that)\s+(?:Nvidia|AMD|Huawei|Alibaba|ByteDance|DeepSeek|the\s+company|the\s+firm|it)\s+(?:(?:first|quietly|formally|officially|publicly)\s+)?$/i;

/**
 * "Nvidia announced the H200", "the H200, launched in 2023", "the H20 was
 * introduced": the chip is what was announced. "Nvidia announced in August
 * that it would resume H20 sales" is not the H20's announcement.
 */
function directlyAnnounced(text: string, chip: RawMention, keyword: Hit, date: DateExpr): boolean {
  // The date itself may sit in between: "announced on November 13, 2023 the H200".
  const cut = (from: number, to: number) =>
    date.start >= from && date.end <= to
      ? text.slice(from, date.start).replace(/\b(?:on|in)\s*$/i, '') + text.slice(date.end, to)
      : text.slice(from, to);
  if (keyword.end <= chip.start) {
    const between = cut(keyword.end, chip.start);
    // "released a preview of V4", "launched a version of the H20": the product all the same.
    return (
      new RegExp(`^${ARTICLES}$`, 'i').test(between) ||
      /^\s*(?:(?:a|an|the)\s+)?(?:(?:preview|beta|test|trial|full|cut-down|China-only)\s+)?(?:version\s+)?(?:of|for)\s+(?:the\s+|nvidia['’]s\s+)*$/i.test(
        between,
      )
    );
  }
  const between = text.slice(chip.end, keyword.start);
  // "The H800 (on sale from March 2023)": a parenthesis right after the product is about it.
  return (
    /^(?:e?s)?(?:\s+(?:chips?|GPUs?|accelerators?|processors?))?(?:[\s,]|\s(?:was|were|is|had been|has been|first)\b)*\(?(?:first\s+)?$/i.test(
      between,
    ) || OBJECT_RELATIVE.test(between)
  );
}

let followedWithRe: RegExp | undefined;
/** The words between "followed" and the product, the date left out, spaces made one: " in with ", ", with its ". */
const FOLLOWED_WITH = () =>
  (followedWithRe ??= new RegExp(String.raw`^(?:[ ,]*(?:on|in|during))?[ ,]+(?:[a-z]+ly )?with\b${ARTICLES}$`, 'i'));
/** What may stand between a company and "followed": "DeepSeek quickly followed", "Alibaba then followed", "…, which followed". */
const BEFORE_FOLLOWED =
  /^(?:['’]s)?\s*(?:,\s*(?:which|who)\s+)?(?:(?:then|soon|quickly|swiftly|later|itself|too|also)\s+)?$/i;

/**
 * "DeepSeek followed in April with V4", "Alibaba followed with Qwen3.5 on 16 February", "Moonshot quickly followed,
 * in January, with Kimi K2.5": a company right before "followed" and the product right after "with" (the date may
 * sit on either side of "with"). The product must be the company's (its maker or vendor in the record is not asked:
 * the mention of a model by its short code already needs its maker named). Not "Protests followed in March with the
 * V4 release" (no company), nor "DeepSeek followed in March with a statement on V4" (the product is not what follows).
 */
function followedWith(ctx: SentenceContext, product: RawMention, keyword: Hit, date: DateExpr): boolean {
  if (!/^followed/i.test(ctx.text.slice(keyword.start, keyword.end)) || product.start < keyword.end) return false;
  if (product.kind !== 'model' && product.kind !== 'chip' && product.kind !== 'system') return false;
  const maker = ctx.mentions.find(
    (m) =>
      (m.kind === 'company' || m.kind === 'organization') &&
      m.end <= keyword.start &&
      BEFORE_FOLLOWED.test(ctx.text.slice(m.end, keyword.start)),
  );
  if (!maker) return false;
  const between =
    date.start >= keyword.end && date.end <= product.start
      ? ctx.text.slice(keyword.end, date.start) + ' ' + ctx.text.slice(date.end, product.start)
      : ctx.text.slice(keyword.end, product.start);
  return FOLLOWED_WITH().test(between.replace(/\s+/g, ' '));
}

/** The rule right after the verb ("cancelled the rule"), or before it in the passive ("the rule was rolled back"). */
function directObject(text: string, rule: RawMention, keyword: Hit, date: DateExpr): boolean {
  const without = (from: number, to: number) =>
    date.start >= from && date.end <= to
      ? text.slice(from, date.start) + text.slice(date.end, to)
      : text.slice(from, to);
  if (keyword.end <= rule.start)
    return /^\s+(?:(?:the|its|their|Biden['’]s|Washington['’]s)\s+)?$/i.test(
      without(keyword.end, rule.start).replace(/\b(?:in|on)\s*$/i, ''),
    );
  return /^(?:['’]s)?\s+(?:(?:was|were|has\s+been|had\s+been|is|been)\s+)?(?:(?:quietly|formally|officially|finally)\s+)?$/i.test(
    without(rule.end, keyword.start),
  );
}

const PREPOSITION_BEFORE =
  /\b(?:about|of|for|on|over|with|against|to|from|into|around|behind|like|than|by|at|in)\s+(?:(?:the|its|their|a|an|[A-Z][\w-]*['’]s)\s+)?$/;
/** Beijing's side of a restriction: its customs, regulators or government (else the US export side). */
/** "China banned the H20 in October": China as the subject right before the event's own verb. */
const CHINA_AGENT_BEFORE =
  /(?<!\b(?:to|from|in|into|for|of|with|against|on|by|at|and|or)\s)\bChina\s+(?:(?:now|still|also|has|have|had|effectively|quietly|reportedly|then)\s+)*$/;
const CHINA_SIDE =
  /\b(?:Beijing|Chinese\s+(?:authorities|customs|regulators?|government|officials)|China['’]s\s+(?:[\w-]+\s+)?(?:customs|regulators?|government|authorities|watchdog)|customs|Cyberspace\s+Administration|CAC|SAMR)\b/i;

/** "introduced" means an announcement for a chip but the issuing of a rule. */
function resolveFamily(ctx: SentenceContext, keyword: Hit, clause: { start: number; end: number }): EventFamily {
  const ruleNear = perClause(ctx, clause, 'rule', () =>
    ctx.mentions.some((m) => m.kind === 'rule' && m.start >= clause.start && m.end <= clause.end),
  );
  // "DeepSeek released V4 on …": a model is released as a chip is launched (a rule is released as it is issued).
  if (
    !ruleNear &&
    keyword.family === 'issue' &&
    /^(?:releas|unveil|publish)/i.test(ctx.text.slice(keyword.start, keyword.end))
  ) {
    const modelNear = perClause(ctx, clause, 'model', () =>
      ctx.mentions.some((m) => m.kind === 'model' && m.start >= clause.start && m.end <= clause.end),
    );
    if (modelNear) return 'announce';
    const chipNear = perClause(ctx, clause, 'chip', () =>
      ctx.mentions.some(
        (m) => (m.kind === 'chip' || m.kind === 'system') && m.start >= clause.start && m.end <= clause.end,
      ),
    );
    if (chipNear && /^releas/i.test(ctx.text.slice(keyword.start, keyword.end))) return 'announce';
  }
  if (ruleNear && (keyword.family === 'announce' || keyword.family === 'issue' || keyword.family === 'restrict'))
    return 'issue';
  // "The committee approved the Chip Security Act": with no chip in the clause, a rule approved is a bill's progress.
  if (ruleNear && keyword.family === 'approve' && /^approv/i.test(ctx.text.slice(keyword.start, keyword.end))) {
    const chipNear = perClause(ctx, clause, 'chip', () =>
      ctx.mentions.some(
        (m) => (m.kind === 'chip' || m.kind === 'system') && m.start >= clause.start && m.end <= clause.end,
      ),
    );
    if (!chipNear) return 'issue';
  }
  return keyword.family;
}

/** How far from its keyword an event's subject may sit. */
const SUBJECT_REACH = 50;

/**
 * Answers that depend on a clause only (which mentions it holds, whether it has a given word), asked once per
 * date or percentage: computed once per clause, so a sentence of thousands of dates costs its length, not its square.
 */
const clauseAnswers = new WeakMap<SentenceContext, Map<string, unknown>>();
function perClause<T>(ctx: SentenceContext, clause: { start: number; end: number }, what: string, compute: () => T): T {
  let answers = clauseAnswers.get(ctx);
  if (!answers) clauseAnswers.set(ctx, (answers = new Map()));
  const key = `${what}:${clause.start}:${clause.end}`;
  if (!answers.has(key)) answers.set(key, compute());
  return answers.get(key) as T;
}

function subjects(
  ctx: SentenceContext,
  family: EventFamily,
  keyword: Hit,
  date: DateExpr,
  clause: { start: number; end: number },
): RawMention[] {
  const kinds = SUBJECT_KINDS[family];
  const found = spansNear(ctx.mentions, keyword.start - SUBJECT_REACH, keyword.end + SUBJECT_REACH).filter(
    (m) =>
      kinds.has(m.kind) &&
      m.start >= clause.start &&
      m.end <= clause.end &&
      gap(m, keyword) <= SUBJECT_REACH &&
      // A subject after a ", and …" that opens a clause of its own is that clause's ("… on the 13th, and Trump signed X").
      !(
        m.start >= Math.max(keyword.end, date.end) &&
        inLaterClause(
          ctx.text,
          { start: Math.min(keyword.start, date.start), end: Math.max(keyword.end, date.end) },
          { start: m.start, end: m.start },
          clause.end,
        )
      ) &&
      // Another date between the subject and its keyword belongs to the subject instead.
      !spansNear(ctx.dates, Math.min(m.end, keyword.end), Math.max(m.start, keyword.start)).some(
        (d) => d !== date && d.start > Math.min(m.end, keyword.end) && d.end < Math.max(m.start, keyword.start),
      ) &&
      !possessesAnother(ctx.index, ctx.text, m, keyword),
  );
  if (!found.length) return [];
  // The subject is the mention nearest the keyword, plus any listed with it ("the H100 and H200").
  found.sort((a, b) => gap(a, keyword) - gap(b, keyword));
  const nearest = found[0]!;
  const listed = found.filter((m) => m === nearest || coordinated(ctx.text, nearest, m));
  return dedupe(listed);
}

/** The possessive and the few words of the noun phrase it heads: "the rule's replacement", "the H20's export licence". */
const POSSESSED =
  /^['’]s?\s+((?:[\w-]+\s+){0,2}?[\w-]+)(?=\s*,|\s+(?:is|are|was|were|has|have|had|will|would|remains?)\b)/;

/**
 * "the AI Diffusion Rule's replacement, promised …", "the H200's successor, unveiled in …": a name that owns the subject
 * of a clause of its own (a comma or a verb follows the thing owned) is not the event's subject, unless what it owns
 * is the event ("the H20's export licence requirement, imposed …", "the rule's suspension, …").
 */
function possessesAnother(index: RecordIndex, text: string, m: RawMention, keyword: Hit): boolean {
  const owned = POSSESSED.exec(text.slice(m.end, m.end + 48));
  if (!owned) return false;
  const ownedEnd = m.end + owned[0].length;
  if (keyword.start >= m.end && keyword.start < ownedEnd) return false;
  return !keywordHits(index, owned[1]!).length;
}

/** Two mentions joined only by commas, "and", "or" or slashes. */
function coordinated(text: string, a: RawMention, b: RawMention): boolean {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  return /^(?:e?s)?\s*(?:(?:[,/&]|and|or)\s*(?:the\s+)?)+$/i.test(text.slice(first.end, second.start));
}

function dedupe(ms: RawMention[]): RawMention[] {
  const seen = new Set<string>();
  return ms.filter((m) => (seen.has(m.entityId) ? false : (seen.add(m.entityId), true)));
}

/** A percentage; it starts where its digits start (no retry inside a digit run). */
const PERCENT = /(?<!\d)(\d+(?:\.\d+)?)\s*(?:%|per\s*cent)/gi;

/** Whether a sorted list holds a value strictly between `low` and `high` other than `except` (binary search). */
function anyStrictlyBetween(sorted: number[], low: number, high: number, except: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= low) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < sorted.length && sorted[i]! < high; i++) if (sorted[i] !== except) return true;
  return false;
}
/** Words of a payment or of what it is a share of ("hands Washington 20% of what it earns on the H20"). */
export const DEAL_WORDS =
  /\b(?:revenues?|cut|share|fee|payments?|pays?|paid|remits?|takes?|took|sales|proceeds|hands?|handed|handing|what\s+(?:it|they|Nvidia|AMD)\s+(?:earns?|earned|makes?|made))\b/i;
export const NOT_DEAL =
  /\b(?:off|tariffs?|stake|stock|shares|market share|increase[sd]?|growth|year-over-year|capacity|margin|discount|tax|fell|rose|dropped|declined|grew|jumped|slid|plunged|surged|rise|fall|drop)\b/i;
/** Words that make a percentage a rise or fall: "up 62%", "62% from a year earlier", "62% year on year". */
const CHANGE_BEFORE =
  /\b(?:up|down|rising|falling|rose|fell|grew|jumped|climbed|gained|slipped|dropped)\s+(?:(?:about|nearly|almost|some|roughly|more\s+than|over)\s+)?$/i;
const CHANGE_AFTER =
  /^\s*(?:from\s+(?:a\s+year\s+(?:earlier|ago|before)|the\s+(?:previous|prior|same)\s+(?:quarter|year|period))|(?:on\s+)?(?:a\s+)?year[- ](?:on|over)[- ]year|sequentially|on\s+the\s+(?:quarter|year))/i;
/** Words that make a percentage of chip sales a payment to the US: a recipient, the deal, or the act of paying. */
const DEAL_RECIPIENT =
  /\b(?:US|U\.S\.|United\s+States|Washington|governments?|Treasury|administration|Trump|White\s+House|federal|deal|agreement|arrangement|levy|fee|cut|remit\w*|pay(?:s|ing|ments?)?|paid|hand(?:s|ed|ing)?\s+over|give|gives|gave|giving|revenue[- ]shar\w*|tax|toll|kickback|surcharge|licen[cs]\w*)\b/i;
export const DEAL_PARTIES = new Set(['nvidia-h20', 'nvidia-h200', 'amd-mi308', 'nvidia', 'amd', 'donald-trump']);

/** "a 15% US revenue share": the percentage of China sales paid to the US government. */
export function extractDealTerms(ctx: SentenceContext): QuantityClaim[] {
  const out: QuantityClaim[] = [];
  const percents = [...ctx.text.matchAll(PERCENT)];
  const percentStarts = percents.map((x) => x.index);
  for (const [index, m] of percents.entries()) {
    const start = m.index;
    const end = start + m[0].length;
    const clause = clauseOf(ctx.text, start);
    const around = ctx.text.slice(Math.max(clause.start, start - 40), Math.min(clause.end, end + 40));
    if (!DEAL_WORDS.test(around) || NOT_DEAL.test(around)) continue;
    // "revenue of $51.2 billion, up 62% from a year earlier": a change, not a share of sales.
    if (CHANGE_BEFORE.test(ctx.text.slice(Math.max(0, start - 20), start)) || CHANGE_AFTER.test(ctx.text.slice(end)))
      continue;
    // "20% more than expected": a comparison, not a share.
    if (/^\s*(?:more|less|higher|lower|fewer|above|below)\b/i.test(ctx.text.slice(end))) continue;
    if (
      /[-–]\s*$|to\s*$/.test(ctx.text.slice(Math.max(0, start - 4), start)) ||
      /^\s*(?:to|-|–)\s*\d/.test(ctx.text.slice(end, end + 6))
    )
      continue;
    const isParty = (x: RawMention) => DEAL_PARTIES.has(x.entityId) && x.start >= clause.start && x.end <= clause.end;
    if (!perClause(ctx, clause, 'party', () => ctx.mentions.some(isParty))) continue;
    // A share owed to the US names who is paid or the deal ("the government", "a 15% cut", "agreed to pay"); a
    // chip's share of revenue or of a market ("The H200 was 1% of revenue", "took 10% of the market") is not one.
    if (
      !DEAL_RECIPIENT.test(ctx.text.slice(clause.start, clause.end)) &&
      !/^\s+(?:revenue\s+)?share\s+of\b/i.test(ctx.text.slice(end))
    )
      continue;
    // The chip and the date a percentage belongs to are the nearest ones, with no other percentage between.
    const near = <T extends { start: number; end: number }>(x: T) =>
      !anyStrictlyBetween(percentStarts, Math.min(x.end, start), Math.max(x.start, end), start);
    // So only the mentions between the percentages either side can be its chip.
    const from = Math.max(clause.start, percentStarts[index - 1] ?? 0);
    const to = Math.min(clause.end, percentStarts[index + 1] ?? Infinity);
    // "a quarter of sales, twice the H20's": the chip measured against is not the one whose share it is.
    // Nor a chip that opens a later clause of its own ("… is 15%, and the H200's is 25%").
    const ownChip = (x: RawMention) => x.start < end || !inLaterClause(ctx.text, { start, end }, x, clause.end);
    const chip = spansNear(ctx.mentions, from, to)
      .filter((x) => isParty(x) && x.kind === 'chip' && near(x) && ownChip(x) && !isComparedWith(x, ctx.text))
      .sort((a, b) => gap(a, { start, end }) - gap(b, { start, end }))[0];
    // Nor a date that dates an earlier clause ("…was rescinded in March 2025, and Nvidia agreed to pay 15%…"), unless it opens the sentence.
    const ownClause = (d: DateExpr) =>
      opensSentence(ctx.text, d) || !inLaterClause(ctx.text, d, { start, end }, clause.end);
    const date = spansNear(ctx.dates, start - 60, end + 60)
      .filter(
        (d) =>
          gap(d, { start, end }) <= 60 && d.start >= clause.start && d.end <= clause.end && near(d) && ownClause(d),
      )
      .sort((a, b) => gap(a, { start, end }) - gap(b, { start, end }))[0];
    out.push(revenueShareClaim(m[1]!, { start, end }, chip?.entityId ?? 'deal', isQuoted(ctx, start, end), date));
  }
  return out;
}

/** "15%" (the number `amount`, the claim `span`) as the US government's share of a chip's (or the deal's) China sales. */
export function revenueShareClaim(
  amount: string,
  span: { start: number; end: number },
  entityId: string,
  quoted: boolean,
  date?: DateExpr,
): QuantityClaim {
  return {
    kind: 'quantity',
    attribute: 'revenue_share',
    amount: Number(amount),
    tolerance: 0,
    hedge: 'exact',
    draftUnit: '%',
    toDraftUnit: 1,
    span,
    valueSpan: { start: span.start, end: span.start + amount.length },
    entityId,
    ...(date ? { date } : {}),
    quoted,
  };
}

const SUPERLATIVE =
  /\bmost (?:powerful|advanced|capable) (?:[\w-]+ ){0,3}?(?:chips?|GPUs?|processors?|accelerators?)\s+(?:that (?:can|could) be (?:legally )?sold|(?:legally |still |currently )*(?:available|allowed|permitted|sold|on sale))\s+(?:in|to)\s+(?:mainland\s+)?China\s+(?:is|remains|was)\s+(?:the\s+|nvidia['’]s\s+)*$/i;
/**
 * The same said the other way round: "the H20 is the most powerful Nvidia chip Chinese labs can buy", "the H20
 * remains the most advanced GPU available in China".
 */
const SUPERLATIVE_AFTER =
  /^\s+(?:is|was|remains|remained)\s+(?:still\s+)?the\s+most\s+(?:powerful|advanced|capable)\s+(?:[\w-]+\s+){0,3}?(?:chips?|GPUs?|processors?|accelerators?)\s+(?:(?:that|which)\s+)?(?:(?:legally\s+|still\s+|currently\s+)*(?:available|allowed|permitted|on\s+sale)\s+(?:in|to)\s+(?:mainland\s+)?China|(?:Chinese\s+[\w-]+|they|China|Beijing)\s+(?:can|could|may)\s+(?:still\s+|legally\s+)*(?:buy|get|import|purchase|obtain)|(?:that\s+)?(?:can|could|may)\s+(?:legally\s+|still\s+)*be\s+(?:sold|exported|shipped)\s+to\s+China)\b/i;
/** "The most powerful chip legally available in China is the H20" (other status statements: reading/status.ts). */
export function extractStatus(ctx: SentenceContext): StatusClaim[] {
  if (!/\bChin(?:a|ese)\b/i.test(ctx.text)) return [];
  const out: StatusClaim[] = [];
  for (const chip of ctx.mentions) {
    if (chip.kind !== 'chip') continue;
    const sup = SUPERLATIVE.exec(ctx.text.slice(Math.max(0, chip.start - 160), chip.start));
    if (sup) {
      const start = chip.start - (Math.min(160, chip.start) - sup.index);
      out.push({
        kind: 'status',
        polarity: 'allowed',
        superlative: true,
        span: { start, end: chip.end },
        valueSpan: { start: chip.start, end: chip.end },
        entityId: chip.entityId,
        quoted: isQuoted(ctx, start, chip.end),
      });
      continue;
    }
    const after = SUPERLATIVE_AFTER.exec(ctx.text.slice(chip.end, chip.end + 200));
    if (after && !negatedBetween(ctx, chip.end, chip.end + after[0].length)) {
      const end = chip.end + after[0].length;
      out.push({
        kind: 'status',
        polarity: 'allowed',
        superlative: true,
        span: { start: chip.start, end },
        valueSpan: { start: chip.start, end: chip.end },
        entityId: chip.entityId,
        quoted: isQuoted(ctx, chip.start, end),
      });
    }
  }
  return out;
}
