/**
 * Discourse constructions (issue 17, round ten): asides that carry a value, said of the noun before them.
 *
 *   value aside   "The H20's FP16 throughput — 296 TFLOPS, by the spec sheets dealers circulate — is a fraction …"
 *                 "The memory bandwidth of the H200 (4.8 TB/s, per Nvidia) sets it apart"
 *                 "The H800 has an NVLink speed – about 400 GB/s – that …"
 *                       → "The H20's FP16 throughput is 296 TFLOPS" / "H200's memory bandwidth is 4.8 TB/s" /
 *                         "The H800 has an NVLink speed of about 400 GB/s"
 *
 * The aside must follow an attribute noun that a product owns ("the H20's FP16 throughput", "the NVLink of the
 * H800"), open with the value (a hedge such as "about" allowed), and hold after the value only a remark set off by a
 * comma (a source, "by some counts"). A value followed by more words of its own ("296 TFLOPS of FP8", "at FP8"), an
 * aside after the product's own name ("The H20 — 96 GB of HBM3 — …"), or a remark that doubts or conditions it
 * ("if the leaks are right", "not 296 TFLOPS") builds no view.
 */
import { allMatches } from '../all-matches';
import type { RawMention } from '../mentions/matcher';
import { buildView, glue, kept, replaced, type Piece, type SentenceView } from './view';

const PRODUCT_KINDS = new Set(['chip', 'system', 'model']);

/** A paired dash aside or a parenthesis: group 1 the body. */
const ASIDE = /\s?(?:[—–]\s?([^—–()]{1,160}?)\s?[—–](?=\s)|\(([^()]{1,160})\))/g;
/** The body: an optional hedge, a figure and its unit (group 1 the value), then the end or a comma and a remark. */
const VALUE_BODY =
  /^((?:(?:about|around|roughly|some|nearly|almost|approximately|up\s+to|just\s+(?:over|under)|more\s+than|over|under)\s+)?~?\d[\d,]*(?:\.\d+)?\s?(?:[A-Za-z]{1,8}(?:\/s)?|%)(?:\s+(?:a|per)\s+(?:second|GPU|chip|card|die|module))?)(?:$|\s?,\s*(\S.*)$)/;
/** A remark that doubts, conditions or denies the value: the aside is not the writer's claim. */
const DOUBTING_REMARK =
  /\b(?:if|unless|whether|not|never|no|wrong|false|incorrect|denied|disputed|debunked|mistaken|erroneous(?:ly)?|supposedly|allegedly|rumou?red)\b|n['’]t\b/i;
/** The noun phrase before the aside: a product's possessive and up to four words ("The H20's FP16 throughput"). */
const OWNED_NOUN = /^['’]s\s+((?:[\w-]+\s+){0,3}[\w-]+)\s*$/;
/** …or "the NVLink bandwidth of the H800". */
const NOUN_OF = /\bthe\s+((?:[\w-]+\s+){0,3}[\w-]+)\s+of\s+(?:the\s+|Nvidia['’]s\s+)?$/i;
/** Words that end a noun phrase as a verb or a clause word would: no noun there. */
const NOT_NOUN =
  /^(?:is|are|was|were|has|have|had|and|or|but|which|that|who|to|in|on|at|for|with|by|from|than|as|also|still|now|new|latest|own)$/i;

/** "has an NVLink speed", "offers a memory bandwidth": the owner's verb and an attribute noun with its article. */
const HAS_NOUN =
  /^\s+(?:has|offers|carries|boasts|packs|keeps|gets|comes\s+with|delivers)\s+(?:an?|the|its)\s+((?:[\w-]+\s+){0,3}[\w-]+)\s*$/i;

const nounWords = (words: string) => !words.split(/\s+/).some((w) => NOT_NOUN.test(w));

/**
 * The head the value is said of, as view pieces ending where the value's joining word goes, and that word; none when
 * the aside does not follow a product's attribute noun.
 */
function ownedHead(text: string, start: number, mentions: RawMention[]): { pieces: Piece[]; join: string } | undefined {
  const before = text.slice(0, start);
  const owner = [...mentions].reverse().find((m) => m.end <= start && PRODUCT_KINDS.has(m.kind));
  if (!owner) return undefined;
  // No other mention between the owner and the aside ("the H20's rival, the 910C …").
  if (mentions.some((m) => m.start >= owner.end && m.end <= start)) return undefined;
  const rest = before.slice(owner.end);
  const possessed = OWNED_NOUN.exec(rest);
  if (possessed) return nounWords(possessed[1]!) ? { pieces: [kept(text, 0, start)], join: ' is ' } : undefined;
  const has = HAS_NOUN.exec(rest);
  if (has) return nounWords(has[1]!) ? { pieces: [kept(text, 0, start)], join: ' of ' } : undefined;
  // "the memory bandwidth of the H200 (141 GB) …" → "H200's memory bandwidth is …".
  if (owner.end !== before.trimEnd().length) return undefined;
  const of = NOUN_OF.exec(before.slice(0, owner.start));
  if (!of || !nounWords(of[1]!)) return undefined;
  const nounStart = of.index + of[0].indexOf(of[1]!);
  return {
    pieces: [
      kept(text, owner.start, owner.end),
      glue('’s ', owner.end),
      kept(text, nounStart, nounStart + of[1]!.length),
    ],
    join: ' is ',
  };
}

/** "The H20's FP16 throughput — 296 TFLOPS, by the spec sheets dealers circulate — is …" → "… throughput is 296 TFLOPS". */
export function valueAsideViews(text: string, mentions: RawMention[]): SentenceView[] {
  const views: SentenceView[] = [];
  for (const m of allMatches(ASIDE, text)) {
    const body = (m[1] ?? m[2])!;
    const bodyStart = m.index + m[0].indexOf(body);
    const value = VALUE_BODY.exec(body.trim());
    if (!value || (value[2] && DOUBTING_REMARK.test(value[2]))) continue;
    // A product inside the aside ("like the A100's") makes it a comparison; a company may be its source ("per Nvidia").
    if (mentions.some((x) => PRODUCT_KINDS.has(x.kind) && x.start >= bodyStart && x.start < bodyStart + body.length))
      continue;
    const head = ownedHead(text, m.index, mentions);
    if (!head) continue;
    const valueStart = bodyStart + body.indexOf(value[1]!);
    views.push(
      buildView('appositive', [
        ...head.pieces,
        glue(head.join, m.index),
        kept(text, valueStart, valueStart + value[1]!.length),
        glue('.', valueStart + value[1]!.length),
      ]),
    );
  }
  return views;
}

/**
 * "could, in principle, be licensed", "can in principle be sold": a modal hedged by "in principle" states what the
 * rules allow now, so it is read as the plain present modal ("can be licensed"). "would", "might" and "in theory"
 * (said mostly to be denied in practice) are left alone; a condition or a hope before the chip still claims nothing,
 * and "could" with a condition after it ("could, in principle, be licensed if its buyer passed the checks") is a
 * conditional sentence.
 */
const IN_PRINCIPLE = /\b(could|can|may)(\s*,\s*|\s+)in\s+principle(?:\s*,)?(?=\s+(?:be|sell|ship|export|go|apply)\b)/gi;

const TRAILING_CONDITION = /\b(?:if|unless|provided|as\s+long\s+as|so\s+long\s+as|were|should)\b/i;

export function inPrincipleViews(text: string): SentenceView[] {
  const views: SentenceView[] = [];
  for (const m of allMatches(IN_PRINCIPLE, text)) {
    // "could, in principle, be licensed … if its buyer passed the checks": a conditional sentence, not a state.
    if (/^could$/i.test(m[1]!) && TRAILING_CONDITION.test(text.slice(m.index))) continue;
    const modal = m[1]!.toLowerCase() === 'may' ? 'may' : 'can';
    views.push(
      buildView('modal-status', [
        kept(text, 0, m.index),
        replaced(modal, m.index, m.index + m[0].length),
        kept(text, m.index + m[0].length, text.length),
      ]),
    );
  }
  return views;
}

/**
 * "The A800, sold without a licence for most of 2023, needs one now": "one" after a verb of need is the licence the
 * sentence named before it ("needs a licence now"). Not "needs one more", "requires one of", nor with no licence
 * named earlier in the sentence.
 */
const NEEDS_ONE = /\b(?:needs?|needed|requires?|required)\s+(one)\b(?!\s+(?:of|more|another|other)\b|[-’'])/gi;
const LICENCE_WORD = /\blicen[cs](?:e|es|ed|ing)\b/i;

export function licenceOneViews(text: string): SentenceView[] {
  const views: SentenceView[] = [];
  for (const m of allMatches(NEEDS_ONE, text)) {
    if (!LICENCE_WORD.test(text.slice(0, m.index))) continue;
    const at = m.index + m[0].length - m[1]!.length;
    views.push(
      buildView('ellipsis', [kept(text, 0, at), replaced('a licence', at, at + 3), kept(text, at + 3, text.length)]),
    );
  }
  return views;
}
