/**
 * The one schema of the fact record: the bundled record in `data/record/` and
 * users' workspace packs are both validated by it. Types come from `z.infer`;
 * the JSON Schema for pack files is generated from it (`npm run build`).
 */
import { z } from 'zod';
import { CATEGORY_ATTRIBUTES, QUANTITY_ATTRIBUTES } from './attributes';
import { UNIT_NAMES } from './units';
import { phraseProblem } from './phrases';
import { nameHasLookAlike } from '../findings/invisible';

/** `2022`, `2022-10` or `2022-10-07`: the precision of a date is its form. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'a date written YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(
    (s) => !/^\d{4}-(?:0[1-9]|1[0-2])-\d{2}$/.test(s) || new Date(`${s}T00:00:00Z`).getUTCDate() === Number(s.slice(8)),
    'not a day of the calendar (that month is shorter)',
  );
export type IsoDate = z.infer<typeof IsoDate>;

export const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'an id of lowercase letters, digits, dots, underscores and hyphens');

const ForbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * How far a newsroom can lean on a page, from its publisher (never set per source):
 * primary: the vendor, a government or regulator, a court, a company filing, a model maker's own card;
 * major-press: wire services and their syndicated copies on named outlets, national papers, recognised technical press;
 * named-outlet: trade press, law-firm alerts, research institutes, other named outlets;
 * weak: aggregators, AI-written pages, wikis, personal notes, resellers, copies on unrelated domains.
 */
export const Tier = z.enum(['primary', 'major-press', 'named-outlet', 'weak']);
export type Tier = z.infer<typeof Tier>;

/** A host (`tomshardware.com`, matching its subdomains too), optionally with a path prefix (`huggingface.co/Qwen`). */
export const HostPattern = z
  .string()
  .regex(
    /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9-]{2,}(?:\/[^\s?#]*)?$/,
    'a host name in lowercase, optionally with a path, e.g. "tomshardware.com" or "huggingface.co/Qwen"',
  );

/** One entry of the publisher list: the hosts it publishes on and the tier its pages get. */
export const Publisher = z.strictObject({
  id: Id,
  name: z.string().min(1),
  tier: Tier,
  /** Hosts (and subdomains) whose pages are this publisher's; a path prefix narrows a shared host. A wire service may have none. */
  hosts: z.array(HostPattern).default([]),
  /** The host republishes other publishers' text (a mirror or copy site): cite the original when it is in the record. */
  copies: z.boolean().optional(),
  /** Why this tier (e.g. "CDN mirror of Hürriyet Daily News"). */
  note: z.string().optional(),
});
export type Publisher = z.infer<typeof Publisher>;

export const Source = z.strictObject({
  id: Id,
  title: z.string().min(1),
  /** As the page names itself; the tier comes from the publisher list by the URL's host. */
  publisher: z.string().min(1),
  url: z.url({ protocol: /^https?$/ }),
  /** Publication date as printed on the page; null when the page shows none. */
  date: IsoDate.nullable(),
  /** Why the date is missing or uncertain, e.g. "no date on the page; refers to a Thursday FT report". */
  dateNote: z.string().optional(),
  /** When the page was read for this record. */
  accessed: IsoDate,
  /** A syndicated copy on a named outlet: the publisher id (e.g. reuters) whose text it carries, whose tier it gets. */
  syndicatedFrom: Id.optional(),
  /** This page copies the text at that URL: the source is weak, and the original should be cited when it is in the record. */
  copyOf: z.url({ protocol: /^https?$/ }).optional(),
});
export type Source = z.infer<typeof Source>;

/** Where a value was read: the source and the sentence on the page. */
export const Citation = z.strictObject({
  source: Id,
  quote: z.string().min(1),
});
export type Citation = z.infer<typeof Citation>;

export const EntityKind = z.enum([
  'chip',
  'system',
  'architecture',
  'company',
  'model',
  'rule',
  'person',
  'organization',
  'report',
]);
export type EntityKind = z.infer<typeof EntityKind>;

/** A name a draft is matched on: one of only spaces or punctuation would match text that names nothing. */
const MatchedName = z
  .string()
  .regex(/[\p{L}\p{N}]/u, 'a name needs a letter or a digit')
  // A hidden character inside a word ("X\u200d1"), a filler letter that draws nothing (U+3164) or a control: no
  // draft the checker reads can match it, so every fact of the entity would stay silent. Zero-width joiners inside
  // emoji ("👩‍💻") are kept.
  .refine(
    (s) =>
      // eslint-disable-next-line no-misleading-character-class
      !/[\p{L}\p{N}][\p{Cf}\u034f\ufe00-\ufe0f]+[\p{L}\p{N}]|[\p{Cc}\u115f\u1160\u17b4\u17b5\u2800\u3164\uffa0]/u.test(
        s,
      ),
    'a name holds an invisible or control character',
  )
  // "Zu\u0308rich" (u and a combining mark) is not matched by "Zürich", as typed: names are written composed (NFC).
  .refine(
    (s) => s === s.normalize('NFC'),
    'a name holds a decomposed letter (a letter and a combining mark); write it composed (NFC)',
  )
  // "ＨＸ１００" matches only fullwidth text, which drafts write among Chinese or Japanese (elsewhere it gets the
  // look-alike note): as for decomposed letters, names are written in the form drafts are read in (NFKC: "HX100").
  .refine(
    (s) => !/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/u.test(s), // eslint-disable-line regexp/use-ignore-case -- fullwidth letters, not ASCII
    'a name holds fullwidth letters or digits; write them as ASCII (NFKC: "ＨＸ１００" is "HX100")',
  )
  // "Асme X1" (a Cyrillic А and с) or "𝐀𝐜𝐦𝐞": no draft typed in Latin letters matches it; drafts get a note.
  .refine(
    (s) => !nameHasLookAlike(s),
    'a name holds look-alike letters (Cyrillic, Greek or Cherokee among Latin ones, or mathematical letters); write it in Latin letters',
  );

export const Variant = z.strictObject({
  id: Id,
  name: MatchedName,
  aliases: z.array(MatchedName).default([]),
});

export const Entity = z.strictObject({
  id: Id,
  kind: EntityKind,
  name: MatchedName,
  /** Every other way a draft may name it; matched case- and hyphen-insensitively. */
  aliases: z.array(MatchedName).default([]),
  /** Chip form factors (SXM, PCIe) whose values may differ. */
  variants: z.array(Variant).default([]),
  description: z.string().min(1),
});
export type Entity = z.infer<typeof Entity>;

/** The units of src/engine/record/units.ts (the one unit table). */
export const Unit = z.enum(UNIT_NAMES);
export type Unit = z.infer<typeof Unit>;

export const Quantity = z.strictObject({
  amount: z.number().finite(),
  unit: Unit,
  /** Tensor throughput: the recorded amount is dense; `sparse` is the 2:4-sparsity figure NVIDIA tables print. */
  sparse: z.number().finite().optional(),
  /** The source gives the value as approximate ("about", "~"). */
  approximate: z.boolean().optional(),
});
export type Quantity = z.infer<typeof Quantity>;

export const QuantityAttribute = z.enum(QUANTITY_ATTRIBUTES);
export type QuantityAttribute = z.infer<typeof QuantityAttribute>;

export const CategoryAttribute = z.enum(CATEGORY_ATTRIBUTES);
export type CategoryAttribute = z.infer<typeof CategoryAttribute>;

export const EventType = z.enum([
  'announced',
  'launched',
  'production',
  'export_licence_required',
  'rule_released',
  'rule_effective',
  'rule_rescinded',
  'licences_assured',
  'licences_issued',
  'export_approved',
  'deal_announced',
  'china_restriction',
  'report_published',
  'licence_review',
  /** A rule put on hold for a time (it comes back unless extended). */
  'rule_suspended',
  /** Guidance clarifying how an existing rule applies. */
  'guidance_issued',
  /** Criminal charges unsealed or announced. */
  'charges_filed',
  /** A company's quarterly results. */
  'results_reported',
  /** A model released (open weights, preview or app). */
  'model_released',
  /** A bill introduced in Congress (a bill is not law: its entity says which stage it reached). */
  'bill_introduced',
  /** A bill approved by a congressional committee. */
  'bill_passed_committee',
  /** A bill passed by one chamber of Congress. */
  'bill_passed_chamber',
  /** A company's shares first traded on a stock exchange (its listing day). */
  'listed',
]);
export type EventType = z.infer<typeof EventType>;

export const ExportStatus = z.enum([
  /** No US licence requirement for China. */
  'unrestricted',
  /** A US licence is required and none are being granted. */
  'licence_required',
  /** A licence is required and licences are being granted (possibly with conditions). */
  'licensed',
  /** Announced as allowed to approved customers; licences under review. */
  'approved_pending',
  /** Not exportable, excluded from any deal. */
  'prohibited',
  /** A licence is required and applications are reviewed case by case (no presumption of denial); none reported granted. */
  'case_by_case',
  // China's side (side: china-import): what Beijing allows in.
  /** China does not let it in: customs turn it away, or buyers are told not to order it. */
  'import_blocked',
  /** Chinese guidance discourages buying it (not a ban). */
  'purchase_discouraged',
  /** China lets some buyers import it, with conditions. */
  'import_conditional',
  /** China puts no restriction on importing or buying it. */
  'import_allowed',
]);
export type ExportStatus = z.infer<typeof ExportStatus>;

/** Which of the two China questions a status answers: may the US side export it, does China let it in. */
export const StatusSide = z.enum(['us-export', 'china-import']);
export type StatusSide = z.infer<typeof StatusSide>;
export const US_EXPORT_STATUSES: readonly ExportStatus[] = [
  'unrestricted',
  'licence_required',
  'licensed',
  'approved_pending',
  'prohibited',
  'case_by_case',
];
export const CHINA_IMPORT_STATUSES: readonly ExportStatus[] = [
  'import_blocked',
  'purchase_discouraged',
  'import_conditional',
  'import_allowed',
];

export const Validity = z.strictObject({ from: IsoDate.optional(), to: IsoDate.optional() });

/** A value other sources give, kept so that a conflict is shown, never silently resolved. */
export const Conflict = z.strictObject({
  value: z.union([Quantity, z.string().min(1), IsoDate]),
  citations: z.array(Citation).min(1),
  note: z.string().optional(),
});

/** Sentences that must (flags) or must not (passes) be reported, run by `factdesk record test`. */
export const Examples = z.strictObject({
  flags: z.array(z.string().min(1)).default([]),
  passes: z.array(z.string().min(1)).default([]),
});

const factBase = {
  id: Id,
  citations: z.array(Citation).min(1),
  /**
   * The latest date a read source confirms this fact (the newest date among its cited sources).
   * When omitted it is computed from the cited sources' dates (their access dates when undated).
   */
  confirmed: IsoDate.optional(),
  /** Older name of `confirmed`, still read in packs: when the desk last confirmed the fact. */
  asOf: IsoDate.optional(),
  valid: Validity.optional(),
  conflicts: z.array(Conflict).default([]),
  /**
   * preferred: the main value is better sourced (say why in note) and a claim of it is supported;
   * open: sources disagree with no reason to prefer one, so any of the values is "disputed".
   */
  conflictResolution: z.enum(['preferred', 'open']).default('preferred'),
  note: z.string().optional(),
  examples: Examples.optional(),
};

export const QuantityFact = z.strictObject({
  ...factBase,
  kind: z.literal('quantity'),
  entity: Id,
  variant: Id.optional(),
  attribute: QuantityAttribute,
  value: Quantity,
  /** For relative_performance: the entity compared against. For revenue_share and charge: the event. */
  relativeTo: Id.optional(),
});

export const CategoryFact = z.strictObject({
  ...factBase,
  kind: z.literal('category'),
  entity: Id,
  variant: Id.optional(),
  attribute: CategoryAttribute,
  /** An entity id (architecture, company) or a literal such as "HBM3e" or a job title. */
  value: z.string().min(1),
  /** For role: the organization (entity id) the role is at. */
  at: Id.optional(),
});

export const EventFact = z.strictObject({
  ...factBase,
  kind: z.literal('event'),
  type: EventType,
  date: IsoDate,
  /** Chips, companies, rules and models the event is about. */
  entities: z.array(Id).min(1),
  summary: z.string().min(1),
});

export const StatusFact = z.strictObject({
  ...factBase,
  kind: z.literal('status'),
  entity: Id,
  jurisdiction: z.literal('china'),
  /** us-export: may it be exported from the US side to China (the default); china-import: does China let it in. */
  side: StatusSide.default('us-export'),
  status: ExportStatus,
  valid: Validity,
  summary: z.string().min(1),
});

export const Fact = z.discriminatedUnion('kind', [QuantityFact, CategoryFact, EventFact, StatusFact]);
export type Fact = z.infer<typeof Fact>;
export type QuantityFact = z.infer<typeof QuantityFact>;
export type CategoryFact = z.infer<typeof CategoryFact>;
export type EventFact = z.infer<typeof EventFact>;
export type StatusFact = z.infer<typeof StatusFact>;

/**
 * Relation cues: the words that tie a subject to a value of one attribute
 * ("the H200 is based on Hopper", "Alibaba launched Doubao"). The claim reader
 * uses only these, so a new wording is data: a pack can add cues too.
 */
export const RelationCue = z.strictObject({
  attribute: z.enum(['architecture', 'vendor', 'maker', 'parent', 'training_chip']),
  /** subject-first: "<product> <cue> <value>"; value-first: "<value> <cue> <product>". */
  order: z.enum(['subject-first', 'value-first']),
  /** Entity kinds of the subject ("chip", "model") and of the value ("architecture", "company"). */
  subject: z.array(EntityKind).min(1),
  value: z.array(EntityKind).min(1),
  /** Cue phrases, matched as whole words, case-insensitively ("based on", "comes out of"). */
  phrases: z
    .array(
      z
        .string()
        .min(2)
        .max(60)
        .regex(/^[\p{L}' -]+$/u, 'letters, spaces, hyphens and apostrophes only'),
    )
    .min(1),
  /** Words that may follow the value and still mean it ("generation", "architecture", "labs"). */
  valueNouns: z.array(z.string().min(2).max(30)).default([]),
});
export type RelationCue = z.infer<typeof RelationCue>;

const CueWord = z
  .string()
  .min(2)
  .max(40)
  .regex(/^[\p{L}' -]+$/u, 'letters, spaces, hyphens and apostrophes only');
/**
 * Status cues: the words that say a chip may or may not go to China. The status
 * reader supplies the grammar (auxiliaries, modals, negation, the destination);
 * the words that carry a polarity are data, so a pack can add "embargoed".
 */
export const StatusCue = z.strictObject({
  /** What the words assert: banned, restricted (a licence is needed), allowed. */
  status: z.enum(['banned', 'restricted', 'allowed']),
  /** Adjectives and participles after a copula: "is barred", "remains off-limits", "has been cleared". */
  states: z.array(CueWord).default([]),
  /** Verbs whose object is the chip, in the present ("bars the H100 from China")… */
  verbs: z.array(CueWord).default([]),
  /** …and as participles after "has"/"have" ("has barred the H100 from China"). */
  participles: z.array(CueWord).default([]),
});
export type StatusCue = z.infer<typeof StatusCue>;

/**
 * Event cues: the words that name an event of one family ("restricted", "went into production", "took effect") for
 * the event-date reader. Each entry is one pattern, matched on its own and in order (a pack's after the record's);
 * its phrases are in the phrase syntax of src/engine/record/phrases.ts (stems and endings, optional words, `*` for
 * any word, guards), compiled once per record. The reader supplies the grammar around a cue (docs/reading.md).
 */
/** The event families a cue may name (the event-date reader's grammar per family: kinds/event-date). */
export const EVENT_FAMILIES = [
  'restrict',
  'announce',
  'rescind',
  'approve',
  'report',
  'issue',
  'charge',
  'results',
  'listing',
  'review',
  'testimony',
] as const;

export const EventCue = z.strictObject({
  family: z.enum(EVENT_FAMILIES),
  /** Matched with its case ("IPO", not "ipo"); by default case does not matter. */
  matchCase: z.boolean().default(false),
  /** Only ever Beijing's restriction (its word to its firms): read only where the clause names China's side. */
  chinaOnly: z.boolean().default(false),
  phrases: z
    .array(
      z
        .string()
        .min(2)
        .max(600)
        .superRefine((phrase, ctx) => {
          const problem = phraseProblem(phrase);
          if (problem) ctx.addIssue({ code: 'custom', message: `not a cue phrase: ${problem}` });
        }),
    )
    .min(1),
});
export type EventCue = z.infer<typeof EventCue>;

/**
 * Event types a cue word narrows its family to: "signed" is a rule's release (or a deal's), "took effect" its
 * effective date, "went on sale" a launch. Tried in order (a pack's after the record's); the first entry of the
 * claim's family whose side and word test fit gives the types, and a word no entry fits counts as its family with
 * all of the family's types. The word tests are on the words a cue matched, ignoring case: `starts` (they begin with
 * one of these), `ends` (their last word is one of these) and `has` (they contain one of these anywhere); an entry
 * with none applies to every word of its family. `chinaSide` limits an entry to clauses that name (true) or do not
 * name (false) China's side.
 */
export const EventTypeCue = z.strictObject({
  family: EventCue.shape.family,
  chinaSide: z.boolean().optional(),
  starts: z.array(z.string().min(1)).min(1).optional(),
  ends: z.array(z.string().min(1)).min(1).optional(),
  has: z.array(z.string().min(1)).min(1).optional(),
  types: z.array(EventType).min(1),
});
export type EventTypeCue = z.infer<typeof EventTypeCue>;

/**
 * One version of the bundled record in its changelog (data/record/changes.yaml): which facts it added,
 * changed (and which of their fields), removed, or cited anew with the same value. The lists are derived
 * from git history (scripts/record-changes.js compares the record at each version's commit with the one
 * before); data/record/CHANGELOG.md tells the same in prose. `factdesk sweep --since-record` reads them.
 */
export const RecordVersion = z.strictObject({
  version: z.string().regex(/^[0-9a-z][0-9a-z.-]{0,40}$/, 'lower-case letters, digits, dots and hyphens'),
  date: IsoDate,
  title: z.string().min(1),
  /** The commit whose data/record/ this version is. */
  commit: z.string().regex(/^[0-9a-f]{7,40}$/, 'a git commit id'),
  /** The first version listed: what came before is not compared. */
  baseline: z.boolean().default(false),
  added: z.array(Id).default([]),
  changed: z.array(z.strictObject({ fact: Id, fields: z.array(z.string().min(1)).min(1) })).default([]),
  removed: z.array(Id).default([]),
  /** Same value, other citations (better or more pages): not a change of what the record says. */
  recited: z.array(Id).default([]),
});
export type RecordVersion = z.infer<typeof RecordVersion>;

/** One file of the record or of a pack. */
export const RecordFile = z
  .strictObject({
    /** Who publishes on which host, and the tier their pages get (the bundled list is data/record/publishers.yaml). */
    publishers: z.array(Publisher).default([]),
    /** The date the record (or pack) was last reviewed against its sources as a whole. */
    reviewed: IsoDate.optional(),
    /**
     * Pack files only: the bundled record's version (data/record/changes.yaml) the pack was written
     * against; the editor says so on a draft when the bundled record is newer.
     */
    recordVersion: z
      .string()
      .regex(/^[0-9a-z][0-9a-z.-]{0,40}$/, 'a record version: lower-case letters, digits, dots and hyphens')
      .optional(),
    sources: z.array(Source).default([]),
    entities: z.array(Entity).default([]),
    facts: z.array(Fact).default([]),
    cues: z.array(RelationCue).default([]),
    statusCues: z.array(StatusCue).default([]),
    eventCues: z.array(EventCue).default([]),
    /** The event types a cue word narrows its family to (first fitting entry wins). */
    eventTypeCues: z.array(EventTypeCue).default([]),
    /** The bundled record only: its versions and the facts each changed, oldest first. */
    changes: z.array(RecordVersion).default([]),
    /** Pack files only: replace a bundled fact by id; the bundled one stays visible as overridden. */
    overrides: z.array(Fact).default([]),
    /**
     * Pack files only: wordings the desk accepts, e.g. a house style for a value. `draft` limits one to a
     * draft (its path from the pack root, '/' between folders); `by` and `date` say who accepted it and when.
     */
    accepted: z
      .array(
        z.strictObject({
          fact: Id,
          wording: z.string().min(1),
          note: z.string().optional(),
          draft: z.string().min(1).optional(),
          by: z.string().min(1).optional(),
          date: IsoDate.optional(),
        }),
      )
      .default([]),
  })
  .superRefine((file, ctx) => {
    // Guard objects arriving from YAML: keys that could reach prototypes are data errors.
    const walk = (node: unknown, path: (string | number)[]): void => {
      if (node && typeof node === 'object') {
        for (const key of Object.keys(node)) {
          if (ForbiddenKeys.has(key))
            ctx.addIssue({ code: 'custom', message: `forbidden key "${key}"`, path: [...path, key] });
          walk((node as Record<string, unknown>)[key], [...path, key]);
        }
      }
    };
    walk(file, []);
  });
export type RecordFile = z.infer<typeof RecordFile>;
