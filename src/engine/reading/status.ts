/**
 * Status statements: whether a chip may go to China, judged at the draft's
 * as-of date. The words that carry a polarity are the record's status cues
 * (data/record/cues.yaml); this file is the grammar around them.
 *
 *   chip as subject   "The H20 can be sold to China", "the H100 remains off-limits to Chinese buyers",
 *                     "H100s have been barred from China since 2022", "the H20 no longer needs a licence"
 *   agent and object  "Nvidia can no longer sell the H100 in China", "Washington bars the H100 from China",
 *                     "Nvidia needs a licence to ship the H20 to China", "Nvidia is barred from selling the A100 there"
 *   a ban as a noun   "the ban on H100 sales to China has since been lifted", "… remains in place"
 *
 * Only the present (and present perfect) is read: "was banned", "would be allowed", "will ship" claim nothing
 * about now. Questions, conditions, hopes and plans ("if", "whether", "hopes", "plans to") claim nothing. The
 * destination must be China (or Chinese buyers), or the paragraph must be about China with no other place named.
 */
import { clauseOf, isQuoted, type SentenceContext, type StatusClaim, type StatusPolarity } from '../claims/types';
import type { RecordIndex } from '../record/record-index';
import type { StatusSide } from '../record/schema';

/** Words that date a status to the time of writing: "is now banned", "currently", "at present". */
const NOW = /\b(?:now|currently|at\s+present|these\s+days|today)\b/i;
const NOW_AFTER = /^\s*(?:now|currently|at\s+present|these\s+days|today)\b/i;
const NOW_BEFORE = /^\W*(?:(?:but|and|yet)\s+)?(?:now|currently|at\s+present|these\s+days|today)\b/i;

const words = (list: string[]) =>
  [...list]
    .sort((a, b) => b.length - a.length)
    // A cue's apostrophe stands for both ("China's access" / "China’s access").
    .map((w) =>
      w
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\s+/g, '\\s+')
        .replace(/'/g, "['’]"),
    )
    .join('|');

/** Auxiliaries, modals, negation and adverbs that may stand between a subject and its predicate. */
const AUX =
  "is|are|was|were|has|have|had|been|be|being|remains?|remained|stays?|stayed|continues?\\s+to\\s+be|does|do|did|can|could|may|might|must|will|would|shall|should|cannot|can['’]t|won['’]t|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|hasn['’]t|haven['’]t|doesn['’]t|don['’]t|not|no\\s+longer|never|still|now|currently|effectively|virtually|largely|officially|legally|lawfully|technically|formally|again|once\\s+again|already|also|only|freely|today|essentially|practically|completely|entirely|totally|strictly|fully|all\\s+but|in\\s+effect|all|both|each|too|mustn['’]t|yet\\s+to";
const AUX_CHAIN = `(?:\\s+(?:${AUX}))*`;
/** "was never", "has never been": a denial over the whole past. */
const NEVER_PAST =
  /\b(?:was|were|has|have|had)\s+(?:been\s+)?never\b|\bnever\s+(?:was|were|been|has\s+been|had\s+been)\b|\b(?:has|have)\s+never\s+been\b/i;
/** "won't be", "will not be", "will no longer be": permission refused from now on. */
const REFUSED = /^(?:\s+(?:still|now|also|simply))?\s+(?:won['’]t|will\s+(?:not|never|no\s+longer))\s+be$/i;
/** A past, future or conditional auxiliary: the sentence is not about the status now. */
const NOT_NOW = /\b(?:was|were|had|did|could|would|will|might|should|shall|won['’]t|wasn['’]t|weren['’]t)\b/i;
const NEGATORS = /\b(?:not|never|no\s+longer|yet\s+to)\b|n['’]t\b|\bcannot\b/gi;
const MODAL_ABLE = /\b(?:can|may|cannot|can['’]t|must|mustn['’]t)\b/i;
/** "must not be exported", "mustn't sell": a prohibition, not a licence requirement denied. */
const MUST_NOT = /\bmust\s+(?:not|never)\b|\bmustn['’]t\b/i;
/** "must be allowed", "should remain off-limits", "that the H100 be cleared": a demand, not a state. */
const DEMANDED = /^\s+(?:must|should|ought\s+to)\b|^\s+be$/i;

const TRADE_PASSIVE = 'sold|exported|shipped|delivered|supplied|re-exported|imported|licensed';
const TRADE_ACTIVE = 'sell|export|ship|deliver|supply|go|head|reach|re-export';
const TRADE_ING = 'selling|exporting|shipping|delivering|supplying';
const LICENCE = String.raw`(?:a\s+|an\s+|any\s+)?(?:(?:US|U\.S\.|American|export|special|government|federal|official|Washington['’]s|Commerce(?:\s+Department)?|BIS)\s+)*(?:licen[cs]es?|(?:approval|permission|authori[sz]ation|permits?)(?!\s+from\s+(?:(?:its|their|the|[\w-]+['’]s)\s+)?(?:board|shareholders|investors|management|parent)\b))`;

const CHINA = String.raw`(?:mainland\s+)?(?:China|(?:(?:approved|vetted|licensed|selected|select|certain)\s+)?(?:buyers|customers|clients|firms|companies|users)\s+in\s+(?:mainland\s+)?China|(?:(?:approved|vetted|licensed|selected|select|certain|major)\s+)?Chinese\s+(?:buyers|customers|firms|companies|clients|users|entities|labs|AI\s+labs|developers|groups|start-?ups|cloud\s+providers|tech\s+(?:firms|companies|groups|giants)|data\s+cent(?:er|re)s|market))`;
/** The destination, right after the predicate (a few filler words allowed): "to China", "for sale in China". */
const DESTINATION = new RegExp(
  String.raw`^(?:\s+(?:again|legally|once\s+more|directly|freely|now|anymore|any\s+more|for\s+(?:sale|export|shipment)|to\s+(?:be\s+)?(?:${TRADE_PASSIVE}|${TRADE_ACTIVE})|it|them))*(?:\s*,)?\s+(?:to|in|into|for|from|within|across)\s+${CHINA}\b`,
  'i',
);
/** Another place right after the predicate: another claim ("can be exported to Malaysia"). */
const OTHER_PLACE =
  /^(?:\s*,)?\s+(?:to|in|into|from|within|across|outside|for)\s+(?!(?:mainland\s+)?Chin)(?:the\s+)?[A-Z]/;
/** A place fronted in the clause: "In China, the H100 is banned." */
const FRONTED_CHINA = new RegExp(String.raw`\b(?:in|to|for|into)\s+${CHINA}\s*,`, 'i');

/** Words in the clause before the subject that make the sentence claim nothing about now. */
const HYPOTHETICAL =
  /\b(?:not\s+(?:true|the\s+case)\s+that|untrue\s+that|(?:reports?|rumou?rs?|claims?|allegations?|suggestions?)\s+that|demand(?:s|ed)?\s+that|insist(?:s|ed)?\s+that|calls?\s+for|called\s+for|urg(?:e|es|ed|ing)|false\s+that|den(?:y|ies|ied)\s+that|if|whether|unless|hopes?|hoped|hoping|wants?|wanted|asks?|asked|asking|lobb\w+|seek\w*|sought|would\s+like|plans?\s+to|planned|aims?\s+to|expects?|expected|proposed|proposal|could\s+soon|may\s+soon|might|questions?|doubts?|thinks?|thought|believes?|believed|means?|meant|impl(?:y|ies|ied)|suspects?|assumes?|assumed|predicts?|predicted|speculat\w*|debate\w*|considering|weighs?|weighing)\b/i;
/**
 * "Once the H20 can be sold…", "until the H100 is allowed…": a time that governs the chip's clause. Closed by a comma
 * ("Six weeks after licences began, the H20 can be sold…") it is only a time, and the clause after it claims.
 */
const TEMPORAL_CONDITION = /\b(?:when|once|after|before|until|till)\b[^,]*$/i;
/** "After the licences of August 2025 it …": a past time named by a noun and its year, with no verb of its own. */
const PAST_TIME_ONLY =
  /\b(?:after|before)\s+(?:the\s+|its\s+)?[\w\s'’-]{0,60}?\b(?:19|20)\d{2}(?:\s+(?:the|its|Nvidia['’]s))?\s*$/i;
const CLAUSE_VERB =
  /\b(?:is|are|was|were|be|been|takes?|took|comes?|came|goes|went|gets?|got|has|have|had|will|would|can|could|begins?|began|ends?|ended|lifts?|lifted)\b/i;
const pastTimeOnly = (before: string, asOf: string) => {
  const m = PAST_TIME_ONLY.exec(before);
  // Past: its year no later than the draft's ("After the review of 2027 the H200 can …" is still a condition).
  const year = m && /\b(?:19|20)\d{2}\b/.exec(m[0].slice(-12));
  // "Before the rules of October 2022 the A100 needs no licence": said of the time before, not of now.
  return !!m && !!year && year[0] <= asOf.slice(0, 4) && !CLAUSE_VERB.test(m[0]) && !/^before\b/i.test(m[0]);
};
/** A comparison: "less restricted than", "more available than". */
const COMPARED = /^\s*(?:less|more|far\s+less|far\s+more)\s*$/i;

/** Side: the Chinese authorities' import rules, or the US export rules (the default). */
const CHINA_SIDE =
  /\bChina\s+(?:(?:now|still|also|has|have|effectively)\s+)*(?:bars|bans|blocks|barred|banned|blocked|forbids|prohibits|stops|prevents|allows|lets|permits)\b|\b(?:Beijing|Chinese\s+(?:authorities|customs|regulators|government|officials)|China['’]s\s+(?:customs|regulators|government|authorities|cyberspace\s+regulator)|customs|imports?|imported|importing|Chinese\s+order\s+books)\b/i;

interface Grammar {
  /** After the chip: head noun, auxiliaries, a state word (the cue) — group 1 the aux chain, group 2 the cue. */
  state: RegExp;
  stateStatus: Map<string, StatusPolarity>;
  /** After the chip: a modal and a trade verb ("can be sold", "may ship") — group 1 the aux chain. */
  trade: RegExp;
  /** After the chip: "needs a licence" — group 1 the aux chain. */
  licence: RegExp;
  /** Before the chip (anchored at its end): an agent's modality and a trade verb, or an assertive verb. */
  agentTrade: RegExp;
  agentVerb: RegExp;
  verbStatus: Map<string, StatusPolarity>;
  banOn: RegExp;
  banAfter: RegExp;
}

/** What may follow the chip's name and still be the chip: "H100s", "the H20's sales", "the H20 chips", "H20 exports". */
const HEAD_NOUN = String.raw`(?:s|['’]s(?=\s+(?:sales|exports|shipments)))?(?:\s+(?:chips?|GPUs?|accelerators?|processors?|cards?|series|parts?|modules?))?(?:\s+(?:sales|exports|shipments|deliveries))?`;
/** …and, as a subject, its destination: "Exports of the H200 to China require a licence". */
const HEAD = String.raw`${HEAD_NOUN}(?:\s+to\s+${CHINA})?`;

/** Who buys on China's side: "Chinese firms", "state-owned companies", "ByteDance" (alternatives, for PARTY). */
const BUYERS = String.raw`(?:(?:Chinese|state(?:-owned|-run|-funded|-backed)?|private|domestic|local|big|major|large|its|the\s+country['’]s)\s+)*(?:(?:tech|internet|cloud|AI)\s+)?(?:companies|firms|buyers|customers|groups|giants|labs|platforms|operators|enterprises|data\s+cent(?:er|re)s|cloud\s+providers|agencies)|ByteDance|Alibaba|Tencent|Baidu`;
/** Who is let (or kept from) selling: "allows Nvidia to ship", "bars the company from selling". */
const PARTY = String.raw`(?:Nvidia|AMD|Huawei|Intel|the\s+company|the\s+firm|the\s+chipmaker|it|them|(?:US\s+)?(?:companies|firms|chipmakers|vendors)|${BUYERS})`;
/** What a buyer does: "buy", "stop using", "from importing". */
const BUY = 'buy|purchase|obtain|get|acquire|import|order';
const BUYING = 'buying|purchasing|obtaining|acquiring|importing|ordering|using|deploying';

/**
 * China's authorities as the agent: "Beijing has told firms to stop buying the H20", "Chinese customs are blocking the
 * RTX Pro 6000D", "regulators discourage purchases of the L20", "customs won't let the H200 across the border".
 */
const CHINA_AGENT = String.raw`(?:Beijing|China(?:['’]s)?|Chinese\s+(?:customs(?:\s+(?:officials|officers|agents))?|authorities|regulators|officials|government|internet\s+regulators?)|(?<!\b(?:US|U\.S\.|American|federal|Malaysian|Singapore|Singaporean|Taiwanese|Japanese|Korean|Dutch|EU|European|Indian|Vietnamese|Thai)\s)(?:customs(?:\s+(?:officials|officers|agents))?|regulators)|(?:the\s+)?Cyberspace\s+Administration(?:\s+of\s+China)?|the\s+CAC)`;
/** Adverbs between China's agent and its verb. */
const CHINA_ADV = String.raw`(?:\s+(?:now|still|also|already|effectively|reportedly|quietly|since|again|no\s+longer|not|never|yet\s+to|hasn['’]t|haven['’]t|will\s+not|won['’]t|does\s+not|do\s+not|doesn['’]t|don['’]t|refuses?\s+to|(?:is|are)\s+refusing\s+to))*`;
const CHINA_OBJECT = String.raw`(?:\s+(?:imports?|shipments?|entry|purchases?|orders?|deliveries|sales|use|cargoes|batches)\s+of)?\s+(?:(?:the|any|all|more|new|Nvidia['’]s|AMD['’]s)\s+)*$`;
/** One buyer or any: "a single company", "any Chinese firm", "one customer". */
const ONE_BUYER = String.raw`(?:a\s+single|any|a|one|each)\s+(?:(?:Chinese|private|domestic|local|big|major|large)\s+)*(?:(?:tech|internet|cloud|AI)\s+)?(?:company|firm|buyer|customer|group|lab|platform|operator|enterprise)`;
/** China lets a buyer import the chip: "Beijing now lets Chinese firms buy the H20"; group 1 the buyer. */
const CHINA_LETS_BUYER = new RegExp(
  String.raw`\b${CHINA_AGENT}${CHINA_ADV}\s+(?:(?:has|have|hasn['’]t|haven['’]t)${CHINA_ADV}\s+)?(?:lets?|allows?|permits?|(?:has|have|hasn['’]t|haven['’]t)${CHINA_ADV}\s+(?:let|allowed|permitted))\s+(${ONE_BUYER}|${BUYERS})\s+(?:to\s+)?(?:${BUY})\s+(?:(?:the|any|more|new|Nvidia['’]s|AMD['’]s)\s+)*$`,
  'i',
);
const CHINA_VERBS: [RegExp, StatusPolarity][] = [
  // A directive to buyers: restricted (it may be guidance or a ban; both are China's restrictions).
  [
    new RegExp(
      String.raw`\b${CHINA_AGENT}${CHINA_ADV}\s+(?:(?:has|have|hasn['’]t|haven['’]t)${CHINA_ADV}\s+)?(?:told|tells?|ordered|orders?|instructed|instructs?|directed|directs?|asked|asks?|urged|urges?|advised|advises?|pressed|presses|guided|guides|warned|warns?)\s+${PARTY}\s+(?:to\s+(?:stop|halt|cease|suspend|pause|avoid|end)\s+(?:${BUYING})|(?:not\s+to|to\s+not)\s+(?:${BUY})|to\s+(?:avoid|shun|cancel|drop)|against\s+(?:${BUYING}))(?:\s+(?:orders?|purchases?)\s+(?:of|for))?\s+(?:(?:the|any|all|more|new|Nvidia['’]s)\s+)*$`,
      'i',
    ),
    'restricted',
  ],
  [
    new RegExp(
      String.raw`\b${CHINA_AGENT}${CHINA_ADV}\s+(?:(?:is|are)${CHINA_ADV}\s+discouraging|(?:(?:has|have|hasn['’]t|haven['’]t)${CHINA_ADV}\s+)?discouraged|discourages?)\s+(?:Chinese\s+)?(?:purchases|orders|use|buying|imports|adoption)\s+of\s+(?:(?:the|Nvidia['’]s)\s+)*$`,
      'i',
    ),
    'restricted',
  ],
  [
    new RegExp(
      String.raw`\b${CHINA_AGENT}${CHINA_ADV}\s+(?:(?:is|are)${CHINA_ADV}\s+(?:blocking|barring|banning|halting|stopping|holding\s+up|turning\s+away|seizing)|blocks?|bars?|bans?|halts?|stops?|prohibits?|forbids?|(?:has|have|hasn['’]t|haven['’]t)${CHINA_ADV}\s+(?:blocked|barred|banned|halted|stopped|prohibited|forbidden))${CHINA_OBJECT}`,
      'i',
    ),
    'banned',
  ],
  [CHINA_LETS_BUYER, 'allowed'],
  [
    new RegExp(
      String.raw`\b${CHINA_AGENT}${CHINA_ADV}\s+(?:lets?|allows?|admits?|clears?|accepts?|(?:is|are)${CHINA_ADV}\s+(?:letting|allowing|admitting|clearing)|(?:has|have|hasn['’]t|haven['’]t)${CHINA_ADV}\s+(?:let|allowed|admitted|cleared))${CHINA_OBJECT}`,
      'i',
    ),
    'allowed',
  ],
];
/** Some buyers only ("state firms", "state-funded data centres", "government agencies"): a scoped measure. */
const SCOPED_BUYERS = /\b(?:state(?:-owned|-run|-funded|-backed)?|government|public|military|some|certain)\s/i;
/** After the chip, a ban's scope: "from state-funded data centres", "in government projects". */
const SCOPE_AFTER =
  /^\s+(?:from|in|at|for)\s+(?!(?:mainland\s+)?China\b)(?:the\s+|all\s+|any\s+)?(?:state|government|public|military|some|certain|critical|sensitive|data|projects?|(?:its\s+)?own)\b/i;
/** After the chip, for "let"/"allow" with no buyer: where it is let ("in", "into China", "across the border"). */
const LET_IN =
  /^\s+(?:(?:back\s+)?in(?:to\s+(?:the\s+)?(?:country|China|Chinese\s+market))?|across\s+the\s+border|through(?:\s+customs)?|pass|enter(?:\s+China)?)\b/i;
/** "…, which Beijing has blocked since": no, the agent's verb must be present or present perfect; "until" ends it. */
const CHINA_UNTIL = /^[^,;]{0,40}?\buntil\b/i;
/** A refusal counts as a denial ("refuses to let"); denied directives and guidance say nothing of the status. */
const CHINA_DENIED = /\b(?:not|never|no\s+longer|yet\s+to|refus(?:es|e|ing)\s+to)\b|n['’]t\b/gi;

/**
 * "covered by US export controls", "isn't subject to any US restriction", "caught by the restrictions": the chip
 * under the restrictions in general, a licence requirement. A named rule ("covered by the October 2023 rules") is an
 * event, not the status now, so only the generic nouns count.
 */
const COVERED = String.raw`(?:(?:covered|caught|affected|hit|targeted)\s+by|subject\s+to)\s+(?:(?:any|the|US|U\.S\.|American|Washington['’]s|federal|current|existing|export)\s+)*(?:restrictions?|export\s+controls|controls|curbs|licen[cs]e\s+requirements?|licensing\s+requirements?)(?![\w-])(?:\s+on\s+(?:(?:exports|sales|shipments)\s+to\s+)?${CHINA}\b)?`;
/** "remains under the flat ban", "is still under a US embargo on China": banned, as a state. */
const UNDER_BAN = String.raw`under\s+(?:(?:a|an|the|any|US|U\.S\.|American|Washington['’]s|federal|flat|total|full|blanket|outright|complete|export)\s+)*(?:ban|embargo|prohibition)(?![\w-])(?:\s+on\s+(?:(?:exports|sales|shipments)\s+to\s+)?${CHINA}\b)?`;
/**
 * "has dropped out of the licence system", "is exempt from US export controls", "is free of any licence requirement":
 * no licence needed, as a state.
 */
const OUT_OF_LICENSING = String.raw`(?:(?:dropped|fallen|come|taken|moved|gone|slipped)\s+out\s+of|outside|exempt(?:ed)?\s+from|free\s+of|freed\s+from|released\s+from|removed\s+from)\s+(?:(?:the|any|all|US|U\.S\.|American|Washington['’]s|federal|export)\s+)*(?:licen[cs](?:e|ing)\s+(?:system|regime|requirements?|rules)|export\s+controls|export\s+restrictions)(?![\w-])`;
const UNDER_BAN_START = /^under\s/i;
const OUT_OF_LICENSING_START = new RegExp(`^${OUT_OF_LICENSING}`, 'i');
/** "has dropped out of", "has been freed from": a change, so said only after "has"; a change says how things are now. */
const LEFT_LICENSING = /^(?:dropped|fallen|come|taken|moved|gone|slipped|freed|released|removed)\b/i;
/** A state word's polarity: a status cue, or else a ban, no licence, or a restriction (COVERED) said generally. */
const stateOf = (g: Grammar, word: string): StatusPolarity =>
  g.stateStatus.get(word.toLowerCase().replace(/\s+/g, ' ')) ??
  (UNDER_BAN_START.test(word) ? 'banned' : OUT_OF_LICENSING_START.test(word) ? 'unrestricted' : 'restricted');

const grammars = new WeakMap<RecordIndex, Grammar>();

function grammarOf(index: RecordIndex): Grammar {
  let g = grammars.get(index);
  if (g) return g;
  const stateStatus = new Map<string, StatusPolarity>();
  const verbStatus = new Map<string, StatusPolarity>();
  const key = (w: string) => w.toLowerCase().replace(/\s+/g, ' ');
  for (const cue of index.statusCues) {
    for (const w of cue.states) stateStatus.set(key(w), cue.status);
    for (const w of [...cue.verbs, ...cue.participles]) verbStatus.set(key(w), cue.status);
  }
  const states = words([...stateStatus.keys()]) || '(?!)';
  const verbs = words(index.statusCues.flatMap((c) => c.verbs)) || '(?!)';
  const participles = words(index.statusCues.flatMap((c) => c.participles)) || '(?!)';
  // "continues to bar": the cue verbs without their -s ("bars" → "bar"), looked up again with it.
  const bases = words(index.statusCues.flatMap((c) => c.verbs).map((v) => v.replace(/s$/i, ''))) || '(?!)';
  const DET = String.raw`(?:(?:the|its|their|any|more|new|Nvidia['’]s|AMD['’]s|Huawei['’]s|sales\s+of|exports\s+of|shipments\s+of|the\s+sale\s+of|the\s+export\s+of)\s+)*`;
  g = {
    state: new RegExp(
      String.raw`^${HEAD}(${AUX_CHAIN})\s+(${states}|${COVERED}|${UNDER_BAN}|${OUT_OF_LICENSING})\b(?:\s+to\s+(?:be\s+)?(?:${TRADE_PASSIVE}|${TRADE_ACTIVE}))?`,
      'i',
    ),
    stateStatus,
    trade: new RegExp(
      String.raw`^${HEAD}(${AUX_CHAIN})\s+(?:be\s+)?(?:(?:legally|lawfully|now|freely)\s+)?(?:${TRADE_PASSIVE}|${TRADE_ACTIVE})(?![\w-])`,
      'i',
    ),
    licence: new RegExp(String.raw`^${HEAD}(${AUX_CHAIN})\s+(?:needs?|requires?)\s+(no\s+)?${LICENCE}(?![\w-])`, 'i'),
    agentTrade: new RegExp(
      String.raw`\b((?:can|may|cannot|can['’]t)(?:\s+(?:not|no\s+longer|now|again|still|once\s+again|legally|lawfully|officially))*\s+apply(?:\s+for\s+${LICENCE})?\s+to|(?:can|may|cannot|can['’]t|must)(?:\s+(?:not|no\s+longer|now|again|still|once\s+again|legally|lawfully|officially))*|(?:is|are)(?:\s+(?:not|no\s+longer|now|again|still|once\s+again|legally|officially))*\s+(?:allowed|permitted|free|cleared|able|licensed|approved)\s+to|(?:has|have)\s+been\s+(?:allowed|permitted|cleared|licensed|approved)\s+to|(?:is|are|has\s+been|have\s+been)(?:\s+(?:now|still|effectively|officially))*\s+(?:barred|banned|prohibited|blocked|forbidden)\s+from|(?:needs?|requires?)\s+${LICENCE}\s+to|must\s+(?:first\s+)?(?:obtain|get|secure|apply\s+for|seek)\s+${LICENCE}\s+(?:to|before)|(?:has|have)\s+to\s+(?:obtain|get|secure)\s+${LICENCE}\s+to|(?:allows?|permits?|clears?)\s+${PARTY}\s+to|lets?\s+${PARTY}(?:\s+to)?|(?:bars?|bans?|blocks?|stops?|prevents?|forbids?|prohibits?|(?:has|have)\s+(?:barred|banned|blocked|stopped|prevented|forbidden|prohibited))\s+${PARTY}\s+from)\s+(?:${TRADE_ACTIVE}|${TRADE_ING}|${BUY}|${BUYING})\s+${DET}$`,
      'i',
    ),
    agentVerb: new RegExp(
      String.raw`\b((?:${verbs})|(?:has|have)(?:\s+(?:now|since|already|effectively|officially))*\s+(?:${participles})|continues?\s+to\s+(?:${bases}))\s+${DET}$`,
      'i',
    ),
    verbStatus,
    banOn:
      /\b(?:ban|bar|prohibition|embargo|restrictions?)\s+on\s+(?:(?:the|sales\s+of|exports?\s+of|shipments\s+of|Nvidia['’]s)\s+)*$/i,
    banAfter:
      /^\s+(?:chips?\s+|GPUs?\s+)?(?:(?:sales|exports|shipments)\s+)?(?:(?:to|in|into)\s+(?:mainland\s+)?China\s+)?(?:(?:has|have|is|got)\s+)?(?:(?:since|now|already|finally|quietly|been|effectively)\s+)*(lifted|ended|scrapped|revoked|rescinded|reversed|remains?\s+in\s+(?:place|force)|stays?\s+in\s+(?:place|force)|is\s+still\s+in\s+(?:place|force))\b/i,
  };
  grammars.set(index, g);
  return g;
}

/** "No licence is needed to ship the H20 …", "Nvidia needs no licence to sell the H20": no licence at all. */
const NO_LICENCE = new RegExp(
  String.raw`\b(?:no\s+${LICENCE}\s+(?:is|are)\s+(?:now\s+|still\s+|any\s+longer\s+)?(?:needed|required|necessary)\s+(?:to\s+(?:${TRADE_ACTIVE}|${BUY})|for)|needs?\s+no\s+${LICENCE}\s+to\s+(?:${TRADE_ACTIVE}|${BUY}))\s+(?:(?:the|any|Nvidia['’]s|AMD['’]s|sales\s+of|exports\s+of|shipments\s+of)\s+)*$`,
  'i',
);
/** "needs a licence for every H20", "still requires an export licence for each A100": group 1 the aux before. */
const NEED_FOR = new RegExp(
  String.raw`\b((?:(?:does|do|did|will|would|no\s+longer|not|still|now|also)\s+)*)(?:needs?|requires?)\s+${LICENCE}\s+for\s+(?:(?:every|each|all|any|its|their|the|Nvidia['’]s)\s+)*$`,
  'i',
);
/** "neither the H800 nor the A800 can …": the pair's words before each name. */
const NEITHER_BEFORE = /\bneither\s+(?:the\s+|Nvidia['’]s\s+)?$/i;
const NOR_BEFORE = /\snor\s+(?:the\s+|Nvidia['’]s\s+)?$/i;
/** Sales said to have resumed, by an agent or of the chip's sales as subject. */
const RESUMED_BEFORE =
  /\b(?:has|have)\s+(?:(?:now|since|quietly|already|finally)\s+)?resumed\s+(?:(?:sales|shipments|exports|deliveries)\s+of\s+)?(?:(?:the|its|Nvidia['’]s)\s+)?$/i;
const RESUMED_AFTER = new RegExp(
  String.raw`^(?:s|['’]s)?(?:\s+chips?)?\s+(?:sales|exports|shipments|deliveries)(?:\s+to\s+${CHINA})?\s+(?:have|has)\s+(?:(?:now|since|quietly|already|finally)\s+)?resumed\b`,
  'i',
);
/** An agent that has ended a ban on the chip: "has since lifted its ban on", "has scrapped the licence requirement for". */
const LIFTED =
  /\b(?:has|have)\s+(?:(?:since|now|quietly|finally|already|formally)\s+)?(?:lifted|ended|scrapped|dropped|rescinded|revoked|removed)\s+(?:the|its|their|a)\s+(?:(?:US|U\.S\.|export|import|customs)\s+)?(?:ban|block|bar|embargo|prohibition|restrictions?|curbs?|controls?|licen[cs]e\s+requirement)\s+(?:on|for)\s+(?:(?:the|sales\s+of|exports\s+of|imports\s+of|shipments\s+of|Nvidia['’]s)\s+)*$/i;
const NO_DETERMINER = /\bno\s+(?:(?:single|one|more|further|new|Nvidia)\s+)?$/i;
/** Who acts outside the law: "Smugglers can still get the H100 into China" says nothing of its legal status. */
const ILLICIT =
  /\b(?:smuggl\w*|traffick\w*|contraband|(?:grey|gray|black)[- ]market|illegal(?:ly)?|illicit(?:ly)?|covert(?:ly)?|clandestine(?:ly)?)\b/i;
/** "None of the H100, A100 and H800 can …": the list's words before its first name, and between its names. */
const NONE_OF = /\bnone\s+of\s+(?:the\s+|these\s+|those\s+|Nvidia['’]s\s+)?$/i;
const LIST_JOINT = /^(?:,\s*|\s+)(?:(?:and|or)\s+)?(?:the\s+|Nvidia['’]s\s+)?$/i;
/** A denial right before an agent's verb: "does not", "doesn't", "no longer", "never". */
const NEGATED_AGENT =
  /(?:\b(?:does|do|did|will|would|could|can|has|have|is|are)\s+)?(?:\b(?:not|never|no\s+longer|yet\s+to)|n['’]t)\s+$/i;
const flips = (aux: string) => (aux.match(NEGATORS)?.length ?? 0) % 2 === 1;
const FLIPPED: Record<StatusPolarity, StatusPolarity> = {
  banned: 'allowed',
  restricted: 'unrestricted',
  allowed: 'banned',
  unrestricted: 'restricted',
};
const flip = (p: StatusPolarity): StatusPolarity => FLIPPED[p];
/** After "needs a licence": "that Commerce reviews case by case", ", reviewed case by case", "case by case". */
const REVIEWED_CASE_BY_CASE =
  /^(?:\s+(?:that|which)\s+(?:[\w.'’-]+\s+){1,4}?(?:reviews?|weighs?|considers?|grants?|decides?|examines?)|,?\s+(?:reviewed|weighed|considered|granted|decided|examined))?,?\s+case\s+by\s+case\b/i;
/** "under US licences", "only with a licence", "case by case": sold through a licence. */
const UNDER_LICENCE =
  /^(?:\s*,)?\s+(?:only\s+)?(?:(?:under|with)\s+(?:a\s+|an\s+)?(?:(?:US|U\.S\.|export|special|government)\s+)?licen[cs]es?\b|case\s+by\s+case\b)/i;
/**
 * "can be exported without a licence": no licence needed at all, not merely allowed ("without one": the licence
 * named before, as "can't leave for China without one" says).
 */
const WITHOUT_LICENCE =
  /^\s+(?:freely|without\s+(?:a\s+|an\s+|any\s+)?(?:(?:US|U\.S\.|export|special|government|official|[\w-]+['’]s)\s+)?(?:licen[cs]e|approval|permission|authori[sz]ation|a\s+permit)|without\s+(?:any\s+)?(?:restrictions?|conditions|limits|curbs)|without\s+one\b(?!\s+of\b|-))/i;

/** After a claim: China's side named as who acts or where ("… by Chinese customs", "… at the Chinese border"). */
const BY_CHINA = new RegExp(
  String.raw`^\s+(?:by\s+${CHINA_AGENT}|(?:[\w'’-]+\s+){0,4}?(?:after|since|because|as|following|once)\s+${CHINA_AGENT}\s+(?:[\w'’-]+\s+){0,2}?(?:told|tells|ordered|orders|urged|urges|instructed|banned|bans|barred|bars|blocked|blocks|halted|stopped|stops|restricted|discouraged|directed|summoned)\b|at\s+(?:the\s+)?(?:Chinese\s+border|border\s+with\s+China|Chinese\s+customs)|in(?=\s+(?:without|with|only|freely|again|now)\b|\s*[,.;]|\s*$))`,
  'i',
);
const CHINA_AGENT_ANYWHERE = new RegExp(String.raw`\b${CHINA_AGENT}`, 'i');

export function extractModalStatus(ctx: SentenceContext): StatusClaim[] {
  // Beijing acts only on what enters China: naming it names the destination.
  const inSentence = /\bChin(?:a|ese)\b|\bBeijing\b/i.test(ctx.text);
  if (!inSentence && !ctx.topicChina) return [];
  const g = grammarOf(ctx.index);
  const out: StatusClaim[] = [];
  const chips = ctx.mentions.filter((m) => m.kind === 'chip' || m.kind === 'system');
  for (const chip of chips) {
    const clause = clauseOf(ctx.text, chip.start);
    const before = ctx.text.slice(clause.start, chip.start);
    const after = ctx.text.slice(chip.end, clause.end);
    if (/\?\s*$/.test(ctx.text) || ILLICIT.test(ctx.text.slice(clause.start, clause.end))) continue;
    // 0. China's authorities act on the chip: judged against China's import rules.
    const china = chinaSide(before, after);
    if (
      china &&
      !HYPOTHETICAL.test(before.slice(0, china.at)) &&
      !(TEMPORAL_CONDITION.test(before.slice(0, china.at)) && !pastTimeOnly(before.slice(0, china.at), ctx.asOf))
    ) {
      const start = clause.start + china.at;
      out.push(statusClaim(ctx, chip, china.polarity, start, chip.end + china.end, 'china-import', start));
      continue;
    }
    if (HYPOTHETICAL.test(before) || (TEMPORAL_CONDITION.test(before) && !pastTimeOnly(before, ctx.asOf))) continue;
    if (startsLater(ctx, clause) || saidOfPastDay(ctx, clause, chip.end)) continue;
    const nextChip = chips.find((m) => m.start > chip.end);
    const reach = nextChip && nextChip.start < clause.end ? nextChip.start - chip.end : after.length;
    /** The destination after `at` (chars after the chip): China, or none named in a paragraph about China. */
    const destined = (at: number) => {
      const rest = after.slice(at, reach);
      const m = DESTINATION.exec(rest);
      if (m) return at + m[0].length;
      if (OTHER_PLACE.test(rest)) return undefined;
      return ctx.topicChina ||
        FRONTED_CHINA.test(before) ||
        (inSentence && !/\bChin(?:a|ese)\b/i.test(ctx.text.slice(chip.end + at)))
        ? at
        : undefined;
    };
    const claim = (polarity: StatusPolarity, valueStart: number, end: number, spanStart = chip.start) => {
      const byChina = BY_CHINA.test(ctx.text.slice(end, clause.end));
      const c = statusClaim(
        ctx,
        chip,
        polarity,
        valueStart,
        end,
        byChina ? 'china-import' : buyerSide(ctx, chip.entityId, ctx.text.slice(clause.start, end)),
        spanStart,
      );
      const words = ctx.text.slice(c.span.start, c.span.end);
      // "now" may close the predicate ("… freely now, resellers say").
      const now =
        NOW.test(words) ||
        NOW_AFTER.test(ctx.text.slice(c.span.end, c.span.end + 16)) ||
        NOW_BEFORE.test(ctx.text.slice(clause.start, c.span.start));
      const claimWords = ctx.text.slice(clause.start, Math.min(clause.end, c.span.end + 24));
      const placeOnly =
        !c.side &&
        polarity === 'banned' &&
        PLACE_ONLY.test(claimWords) &&
        !SIDE_WORD.test(ctx.text.slice(clause.start, clause.end));
      const read = placeOnly ? { ...c, eitherSide: true } : c;
      out.push(/\bno\s+longer\b/i.test(words) ? { ...read, noLonger: true } : now ? { ...read, now: true } : read);
    };
    // "Neither the H800 nor the A800 can be exported without a licence": the subject is denied, and the first
    // of the pair shares the predicate (shown on its own name, no fix: the words are the second's).
    const nor = NOR_BEFORE.exec(before);
    const partner = nor
      ? chips.filter((m) => m.end <= chip.start - nor[0].length && m.start >= clause.start).pop()
      : undefined;
    const pairedWithNeither =
      partner &&
      NEITHER_BEFORE.test(ctx.text.slice(clause.start, partner.start)) &&
      /^\s*$/.test(ctx.text.slice(partner.end, chip.start - nor![0].length));
    // "None of the H100, A100 and H800 can be sold to China": the last name reads the predicate, denied, for all.
    const list = [chip];
    for (
      let k = chips.indexOf(chip) - 1;
      k >= 0 && chips[k]!.start >= clause.start && LIST_JOINT.test(ctx.text.slice(chips[k]!.end, list[0]!.start));
      k--
    )
      list.unshift(chips[k]!);
    const noneOf = NONE_OF.test(ctx.text.slice(clause.start, list[0]!.start));
    if (noneOf && nextChip && nextChip.start < clause.end && LIST_JOINT.test(ctx.text.slice(chip.end, nextChip.start)))
      continue;
    const partners = noneOf ? list.slice(0, -1) : pairedWithNeither ? [partner!] : [];
    const subjectClaimOn = (polarity: StatusPolarity, valueStart: number, end: number) => {
      subjectClaim(polarity, valueStart, end);
      for (const c of out.slice(-1 - partners.length)) c.side = 'china-import';
    };
    // "No H200 can be sold to China without a licence": the determiner denies the predicate.
    const noDet = NO_DETERMINER.test(before);
    const subjectClaim = (polarity: StatusPolarity, valueStart: number, end: number) => {
      const said = pairedWithNeither || noneOf || noDet ? flip(polarity) : polarity;
      claim(said, valueStart, end);
      const c = out[out.length - 1]!;
      for (const p of partners)
        out.push({
          ...c,
          entityId: p.entityId,
          span: { start: p.start, end: p.end },
          valueSpan: { start: p.start, end: p.end },
          sharedValue: true,
        });
    };
    if (nor && !pairedWithNeither) continue;

    // 1. The chip is the subject.
    const state = g.state.exec(after);
    // "it was never banned", "the H20 has never needed a licence": a claim about every date up to the draft's.
    if (state && NEVER_PAST.test(state[1]!) && (state[1]!.match(NEGATORS)?.length ?? 0) === 1) {
      const end = destined(state[0].length) ?? (ctx.topicChina || inSentence ? state[0].length : undefined);
      if (end !== undefined) {
        const polarity = stateOf(g, state[2]!);
        const c = statusClaim(
          ctx,
          chip,
          polarity,
          chip.end + firstWord(after),
          chip.end + end,
          side(ctx.text.slice(clause.start, chip.end + end)),
        );
        out.push({ ...c, never: true });
        continue;
      }
    }
    // "None of the H200 chips approved for China have shipped": a participle that modifies, no predicate to deny.
    const modifierOnly = state && (noneOf || noDet) && !state[1]!.trim();
    // "The H20 dropped out of the licence system in 2024": without "has" the change is past.
    const leftLicensing = !!state && LEFT_LICENSING.test(state[2]!);
    if (state && leftLicensing && !/\b(?:has|have|been)\b/i.test(state[1]!)) continue;
    // "won't be allowed into China": a refusal of permission, said of now and after (a positive "will be allowed" is a plan).
    const refusal = !!state && REFUSED.test(state[1]!) && stateOf(g, state[2]!) === 'allowed';
    if (
      state &&
      !modifierOnly &&
      (!NOT_NOW.test(state[1]!) || refusal) &&
      !DEMANDED.test(state[1]!) &&
      !COMPARED.test(after.slice(0, state.index + state[0].length - state[2]!.length).slice(-12))
    ) {
      const end = destined(state[0].length);
      // A bare "available" or "allowed" needs China named: "available in Malaysia" says nothing of China.
      if (end !== undefined && (end > state[0].length || stateOf(g, state[2]!) !== 'allowed' || ctx.topicChina)) {
        // "unrestricted" says no licence is needed, so "not unrestricted" says one is (not that the chip is banned).
        let polarity: StatusPolarity = /^unrestricted$/i.test(state[2]!) ? 'unrestricted' : stateOf(g, state[2]!);
        // "available to Chinese buyers without a licence": allowed with no licence at all, as for a trade verb.
        const bareIn = /^\s+in(?=\s+without\b)/i.exec(after.slice(end));
        const without =
          polarity === 'allowed' ? WITHOUT_LICENCE.exec(after.slice(end + (bareIn?.[0].length ?? 0))) : null;
        if (without) polarity = 'unrestricted';
        // "is allowed in (without conditions)": let into the country, China's side.
        const letIn = bareIn || /^\s+in\s*(?:[,.;]|$)/i.test(after.slice(end));
        (letIn ? subjectClaimOn : subjectClaim)(
          flips(state[1]!) ? flip(polarity) : polarity,
          chip.end + firstWord(after),
          chip.end + end + (without ? (bareIn?.[0].length ?? 0) + without[0].length : 0),
        );
        // Left the licence system: like "no longer needs a licence", a state before the licence does not excuse it.
        if (leftLicensing && !flips(state[1]!)) for (const c of out.slice(-1 - partners.length)) c.noLonger = true;
        continue;
      }
    }
    const trade = g.trade.exec(after);
    if (trade && MODAL_ABLE.test(trade[1]!) && !NOT_NOW.test(trade[1]!)) {
      // "without a licence" right after the verb, or after the destination ("exported to China without a licence").
      let without = WITHOUT_LICENCE.exec(after.slice(trade[0].length));
      let end = destined(trade[0].length + (without?.[0].length ?? 0));
      if (end !== undefined && !without && (without = WITHOUT_LICENCE.exec(after.slice(end)))) end += without[0].length;
      if (end !== undefined) {
        // "can be licensed", "… case by case": a licence route, so a licence is needed. "can be sold under US
        // licences": sold, with licences (never without one).
        const under = without ? null : UNDER_LICENCE.exec(after.slice(end));
        // "only with a licence" says a licence is needed (as "can be licensed" does), not that licences are granted.
        const licensed = /licensed$/i.test(trade[0]) || /case\s+by\s+case|^\W*only\b/i.test(under?.[0] ?? '');
        const base: StatusPolarity = without
          ? 'unrestricted'
          : /\bmust\b/i.test(trade[1]!) || licensed
            ? 'restricted'
            : 'allowed';
        // "cannot be licensed": no licence route at all.
        const said =
          (MUST_NOT.test(trade[1]!) && !without) || (licensed && flips(trade[1]!))
            ? 'banned'
            : flips(trade[1]!)
              ? flip(base)
              : base;
        subjectClaim(said, chip.end + firstWord(after), chip.end + end);
        if (under || licensed)
          for (const c of out.slice(-1 - partners.length)) if (c.polarity === base) c.licensable = true;
        // A denied licence route is a total ban, as "under any licence" is: against a licence requirement with none
        // granted it is contradicted, not outdated (that requirement was still a route).
        if (licensed && flips(trade[1]!))
          for (const c of out.slice(-1 - partners.length))
            if (c.polarity === 'banned') Object.assign(c, { outright: true, licenceDenied: true });
        continue;
      }
    }
    const licence = g.licence.exec(after);
    if (licence && !NOT_NOW.test(licence[1]!)) {
      const end = destined(licence[0].length);
      if (end !== undefined) {
        // "The H20 needs no licence for China": "no" denies the licence, as "not" denies the need.
        const denied = flips(licence[1]!) !== !!licence[2];
        subjectClaim(denied ? 'unrestricted' : 'restricted', chip.end + firstWord(after), chip.end + end);
        // "needs a licence that Commerce reviews case by case": a licence route, never a status without one.
        const reviewed =
          REVIEWED_CASE_BY_CASE.test(after.slice(licence[0].length)) || REVIEWED_CASE_BY_CASE.test(after.slice(end));
        if (reviewed && !denied)
          for (const c of out.slice(-1 - partners.length)) if (c.polarity === 'restricted') c.licensable = true;
        continue;
      }
    }
    // "a paid-for H20 can't get past Chinese customs", "the H200 may now enter China": China's side.
    const entry = ENTRY.exec(after);
    const entryAux = entry?.[1] ?? entry?.[2] ?? '';
    if (entry && MODAL_ABLE.test(entryAux) && !NOT_NOW.test(entryAux)) {
      subjectClaimOn(flips(entryAux) ? 'banned' : 'allowed', chip.end + firstWord(after), chip.end + entry[0].length);
      continue;
    }
    // 2. An agent does something to the chip: "Nvidia cannot sell the H100 in China", "the rule bars the H20 from China".
    const tail = HEAD_ONLY.exec(after)![0].length;
    const agent = g.agentTrade.exec(before);
    if (agent && !NOT_NOW.test(agent[1]!)) {
      const end = destined(tail);
      if (end !== undefined) {
        const m = agent[1]!;
        // "Nvidia may apply to sell the H200 …": a licence route; "cannot apply to sell" denies any route.
        const applies = /^(?:can|may|cannot|can['’]t)\b[\w\s]*?\sapply\s/i.test(m);
        const polarity: StatusPolarity = applies
          ? flips(m)
            ? 'banned'
            : 'restricted'
          : /\bfrom$/i.test(m)
            ? flips(m)
              ? 'allowed'
              : 'banned'
            : MUST_NOT.test(m)
              ? 'banned'
              : /\b(?:needs?|requires?|obtain|get|secure|apply\s+for|seek|must)\b/i.test(m)
                ? flips(m)
                  ? 'unrestricted'
                  : 'restricted'
                : flips(m)
                  ? 'banned'
                  : 'allowed';
        // "Washington does not allow Nvidia to sell …", "no longer lets it ship …": the agent's verb denied.
        const denial = NEGATED_AGENT.exec(before.slice(0, agent.index));
        const start = clause.start + (denial ? denial.index : agent.index);
        const said = denial ? flip(polarity) : polarity;
        // "Chinese buyers can import the H100 without any restriction": allowed with nothing in the way.
        // "Chinese buyers can't import the H200 without Beijing's approval": a denied permission with a licence route.
        const deniedLeave = said === 'banned' && !/\bfrom$/i.test(m) && !MUST_NOT.test(m);
        const without = said === 'allowed' || deniedLeave ? WITHOUT_LICENCE.exec(after.slice(end)) : null;
        // "China bars state firms from buying the H100": a ban on some buyers restricts, it does not ban.
        // So does a denied permission for some buyers ("Beijing has yet to allow state-funded data centres to buy …").
        const scoped = said === 'banned' && (/\bfrom$/i.test(m) || !!denial) && SCOPED_BUYERS.test(m);
        const withoutSaid: StatusPolarity = said === 'allowed' ? 'unrestricted' : 'restricted';
        claim(
          without ? withoutSaid : scoped ? 'restricted' : said,
          start,
          chip.end + end + (without?.[0].length ?? 0),
          start,
        );
        if (applies && !without && !scoped) {
          const c = out[out.length - 1]!;
          if (c.polarity === 'restricted') c.licensable = true;
          else if (c.polarity === 'banned') c.outright = true;
        }
        continue;
      }
    }
    // "Nvidia needs a US licence for every H20 it ships to China": the licence is for the chip.
    const needFor = NEED_FOR.exec(before);
    if (needFor && !NOT_NOW.test(needFor[1] ?? '')) {
      const end = destined(tail);
      if (end !== undefined) {
        const start = clause.start + needFor.index;
        claim(flips(needFor[0]) ? 'unrestricted' : 'restricted', start, chip.end + end, start);
        continue;
      }
    }
    const noLicence = NO_LICENCE.exec(before);
    if (noLicence) {
      const end = destined(tail);
      if (end !== undefined) {
        const start = clause.start + noLicence.index;
        claim('unrestricted', start, chip.end + end, start);
        continue;
      }
    }
    const verb = g.agentVerb.exec(before);
    if (verb && !/\b(?:not|never|no\s+longer)\s*$|n['’]t\s*$/i.test(before.slice(0, verb.index))) {
      const end = destined(tail);
      const cue = verb[1]!
        .replace(/^(?:has|have)(?:\s+(?:now|since|already|effectively|officially))*\s+|^continues?\s+to\s+/i, '')
        .toLowerCase()
        .replace(/\s+/g, ' ')
        .replace(/’/g, "'");
      const polarity = g.verbStatus.get(cue) ?? g.verbStatus.get(`${cue}s`);
      // The destination must be named for a verb: "bars the H100 from China", not "approves the H20"; a cue may
      // name it itself ("limits China's access to the H20").
      if (end !== undefined && (end > tail || /\bchin(?:a|ese)\b/.test(cue)) && polarity) {
        const start = clause.start + verb.index;
        claim(polarity, start, chip.end + end, start);
        continue;
      }
    }
    // "Nvidia has resumed sales of the H20 to China", "H20 shipments to China have resumed": allowed again.
    const resumedBy = RESUMED_BEFORE.exec(before);
    const resumed = resumedBy ? null : RESUMED_AFTER.exec(after);
    if (resumedBy || resumed) {
      const end = resumedBy ? destined(tail) : resumed![0].length;
      if (end !== undefined && (resumedBy || /\bChin/i.test(resumed![0]) || ctx.topicChina)) {
        const start = resumedBy ? clause.start + resumedBy.index : chip.start;
        claim('allowed', resumedBy ? start : chip.end + firstWord(after), chip.end + end, start);
        continue;
      }
    }
    // "Washington has since lifted its ban on the H20", "Beijing has lifted the block on the RTX Pro 6000D".
    const lifted = LIFTED.exec(before);
    if (lifted && !/\b(?:not|never)\s+$|n['’]t\s+$/i.test(before.slice(0, lifted.index))) {
      const end = destined(tail);
      if (end !== undefined) {
        const start = clause.start + lifted.index;
        claim(
          /\b(?:restrictions?|curbs?|controls?|requirement)\b/i.test(lifted[0]) ? 'unrestricted' : 'allowed',
          start,
          chip.end + end,
          start,
        );
        continue;
      }
    }
    // 3. A ban as a noun: "the ban on H100 sales to China has been lifted".
    const ban = g.banOn.exec(before);
    const after3 = g.banAfter.exec(after);
    if (ban && after3) {
      const lifted = /^(?:lifted|ended|scrapped|revoked|rescinded|reversed)$/i.test(after3[1]!);
      const start = clause.start + ban.index;
      claim(lifted ? 'allowed' : 'banned', start, chip.end + after3[0].length, start);
    }
  }
  return out.filter((c) => !deniedTotalBan(ctx.text, c));
}

/**
 * "The H20 is not banned outright", "isn't completely barred": a total ban denied says only that some route is left
 * (a licence, or none needed), so neither "allowed" nor "unrestricted" is claimed.
 */
function deniedTotalBan(text: string, c: StatusClaim): boolean {
  if (c.polarity !== 'allowed' && c.polarity !== 'unrestricted') return false;
  const words = text.slice(c.span.start, clauseOf(text, c.valueSpan.start).end);
  return OUTRIGHT.test(words) && (words.match(NEGATORS)?.length ?? 0) > 0;
}

const HEAD_ONLY = new RegExp(`^${HEAD_NOUN}`, 'i');
/** The chip entering China past its customs: group 1 the aux chain. */
const ENTRY = new RegExp(
  String.raw`^${HEAD_NOUN}(${AUX_CHAIN})\s+(?:get\s+(?:past|through)|clear|pass(?:\s+through)?)\s+(?:Chinese\s+|China['’]s\s+)?customs\b|^${HEAD_NOUN}(${AUX_CHAIN})\s+(?:legally\s+)?enter\s+(?:mainland\s+)?China\b`,
  'i',
);

/** "from next year", "starting in 2027", "From March 2027 the H20 can …": a status that begins after the draft's date. */
const FROM_WORD = /\b(?:from|starting|beginning|as\s+(?:of|from)|effective|with\s+effect\s+from)\s+(?:in\s+|on\s+)?$/i;
const FROM_NEXT =
  /\b(?:from|starting|beginning|as\s+of|effective)\s+(?:(?:in|on)\s+)?(?:next|the\s+(?:start|end|beginning)\s+of\s+next|the\s+coming)\b/i;
/**
 * "On Jan. 14, 2026, the H200 may not enter China" (or a timeline line read as "… in Jan. 14, 2026"): the status
 * as it stood that day, not at the draft's date.
 */
function saidOfPastDay(ctx: SentenceContext, clause: { start: number; end: number }, chipEnd: number): boolean {
  // A day in a later clause ("…, and each application is weighed under the rule that took effect on 13 January")
  // dates that clause, not this one.
  const next = /,\s+(?:and|but|while|whereas)\s/i.exec(ctx.text.slice(chipEnd, clause.end));
  const end = next ? chipEnd + next.index : clause.end;
  return ctx.dates.some(
    (d) =>
      d.precision === 'day' &&
      d.to < ctx.asOf &&
      d.start < end &&
      /\b(?:on|in)\s+$/i.test(ctx.text.slice(Math.max(0, d.start - 4), d.start)),
  );
}
function startsLater(ctx: SentenceContext, clause: { start: number; end: number }): boolean {
  if (FROM_NEXT.test(ctx.text.slice(clause.start, clause.end))) return true;
  return ctx.dates.some(
    (d) =>
      d.start >= clause.start &&
      d.end <= clause.end &&
      d.from > ctx.asOf &&
      FROM_WORD.test(ctx.text.slice(Math.max(clause.start, d.start - 30), d.start)),
  );
}

/** China's act on the chip: its polarity, where the agent starts (in `before`) and the claim's end (in `after`). */
function chinaSide(before: string, after: string): { polarity: StatusPolarity; at: number; end: number } | undefined {
  if (!CHINA_AGENT_ANYWHERE.test(before)) return undefined;
  for (const [re, polarity] of CHINA_VERBS) {
    const m = re.exec(before);
    if (!m) continue;
    // "Beijing lets state-funded data centres buy the H20": some buyers only, no status of the chip.
    if (re === CHINA_LETS_BUYER && SCOPED_BUYERS.test(`${m[1]!} `)) return undefined;
    const tail = HEAD_ONLY.exec(after)![0].length;
    if (CHINA_UNTIL.test(after.slice(tail))) return undefined;
    // "lets the H20 in", "won't let the H200 across the border": a bare "let" needs where; with a buyer it has one.
    const bare =
      /\b(?:let|lets|letting|allow|allows|allowing|admit|admits|clear|clears|accept|accepts)\s+(?:(?:imports?|shipments?|entry|the|any|all|more|new|Nvidia['’]s|AMD['’]s|of)\s+)*$/i.test(
        m[0],
      );
    const letIn = bare ? LET_IN.exec(after.slice(tail)) : null;
    if (bare && !letIn && !/\b(?:imports?|shipments?|entry|cargoes|batches)\s+of\s/i.test(m[0])) return undefined;
    const denials = m[0].match(CHINA_DENIED)?.length ?? 0;
    if (denials && polarity === 'restricted') return undefined;
    const said = denials % 2 ? flip(polarity) : polarity;
    // "China bars the H100 from state-funded data centres": a ban for some buyers or uses is a restriction.
    const scope = said === 'banned' ? SCOPE_AFTER.exec(after.slice(tail)) : null;
    if (scope) return { polarity: 'restricted', at: m.index, end: tail + scope[0].length };
    return { polarity: said, at: m.index, end: tail + (letIn?.[0].length ?? 0) };
  }
  return undefined;
}
const firstWord = (after: string) => {
  const m = /\s\S/.exec(after);
  return m ? m.index + 1 : 0;
};

/** A coordinated clause of its own (", and the B30A can be sold"): China's side named before it is not its side. */
const NEW_CLAUSE = /[,;]\s+(?:and|but|while|whereas)\s+(?=(?:the\s+|Nvidia['’]s\s+|AMD['’]s\s+)?\p{Lu})/gu;

function side(clause: string): StatusSide | undefined {
  let from = 0;
  for (const m of clause.matchAll(NEW_CLAUSE)) from = m.index + m[0].length;
  return CHINA_SIDE.test(clause.slice(from)) ? 'china-import' : undefined;
}

const BUYER_VERB = new RegExp(String.raw`\b(?:${BUY}|${BUYING}|buys|purchases|imports|orders|uses)\b`, 'i');
/**
 * "Chinese firms can buy the RTX Pro 6000D": a buyer's act is judged on the US side; when the record has nothing on
 * that side for the chip but holds China's rules, those say whether the buyer can.
 */
function buyerSide(ctx: SentenceContext, entity: string, words: string): StatusSide | undefined {
  const own = side(words);
  if (own || !BUYER_VERB.test(words)) return own;
  const sides = new Set(ctx.index.statusTimeline(entity).map((s) => s.side));
  return !sides.has('us-export') && sides.has('china-import') ? 'china-import' : undefined;
}

/** A ban said of the place ("banned in China") … */
const PLACE_ONLY = /\b(?:banned|barred|blocked)\s+in\s+(?:mainland\s+)?China\b/i;
/** … with no word that names one side: export, sale, shipping, licences, imports, a destination. */
const SIDE_WORD =
  /\b(?:export\w*|ship\w*|sell\w*|sold|sales?|licen[cs]\w*|import\w*|customs|Washington|Beijing|US|U\.S\.|Commerce|BIS|to\s+China|into\s+China|from\s+China)\b/i;

/** Words that make a ban total: no licence route at all. */
const OUTRIGHT =
  /\b(?:(?:flat|blanket|total|complete)\s+(?:ban|embargo|prohibition)|outright|entirely|completely|altogether|totally|flatly|under\s+any\s+(?:licen[cs]e|circumstances)|with\s+or\s+without\s+a\s+licen[cs]e|even\s+with\s+a\s+licen[cs]e)\b/i;

function statusClaim(
  ctx: SentenceContext,
  chip: { start: number; end: number; entityId: string },
  polarity: StatusPolarity,
  valueStart: number,
  end: number,
  claimSide: StatusSide | undefined,
  spanStart = chip.start,
): StatusClaim {
  const start = Math.min(spanStart, chip.start);
  const clause = clauseOf(ctx.text, valueStart);
  const outright = polarity === 'banned' && OUTRIGHT.test(ctx.text.slice(start, clause.end));
  return {
    kind: 'status',
    polarity,
    ...(outright ? { outright } : {}),
    superlative: false,
    span: { start, end },
    valueSpan: { start: valueStart, end },
    entityId: chip.entityId,
    ...(claimSide ? { side: claimSide } : {}),
    quoted: isQuoted(ctx, start, end),
  };
}
