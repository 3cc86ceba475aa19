/**
 * The engine's contract with its fronts (extension, CLI, tests). Positions are
 * 0-based lines and UTF-16 characters, as VS Code counts them.
 */

export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}
/** Offsets into the draft text, in UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
}

export type Verdict = 'contradicted' | 'outdated' | 'disputed' | 'supported' | 'unknown';
export type Severity = 'error' | 'warning' | 'information' | 'hint';

/**
 * The ids of the claim kinds the engine reads (src/engine/kinds/registry.ts); also the SARIF rule ids.
 * Taken from the Claim union, so a new claim type is a new id with nothing else to edit.
 */
export type ClaimKindId = import('./claims/types').Claim['kind'];

/** primary · major-press · named-outlet · weak, from the publisher list (best first). */
export type SourceTier = 'primary' | 'major-press' | 'named-outlet' | 'weak';

export interface SourceRef {
  id: string;
  tier: SourceTier;
  title: string;
  publisher: string;
  url: string;
  date: string | null;
  quote?: string;
}

export interface Citation {
  /** Footnote label, e.g. "fd-h200-memory". */
  label: string;
  /** Markdown for the footnote definition body or inline link. */
  text: string;
  url: string;
}

export interface Fix {
  span: Span;
  range: Range;
  newText: string;
  citation?: Citation;
  /** The sources of the value put in, strongest first: what "Replace and cite" offers (the first by default). */
  sources?: SourceRef[];
}

export interface Provenance {
  /** "bundled@<version>" or a pack file path. */
  origin: string;
  line?: number;
}

export interface ClaimedValue {
  attribute: string;
  /** The draft's words for the value ("96 GB", "April 2023", "its"). */
  words: string;
  /** The value as read: an entity id or literal (category), a canonical amount (quantity). */
  value?: string | number;
  unit?: string;
  relativeTo?: string;
}

export interface Finding {
  span: Span;
  range: Range;
  kind: ClaimKindId;
  verdict: Verdict;
  severity: Severity;
  /** The text of the claim as the draft words it (the flagged span's sentence part). */
  claim: string;
  /** The recorded value, worded for a reader ("141 GB (HBM3e)"). */
  recorded: string;
  /** One row, correction first, at most 100 characters: "H200 memory: 141 GB in the record, not 96 GB". */
  message: string;
  /**
   * The long explanation: what the draft says, the recorded value as of the date, disputes,
   * how current the record is, weak sourcing. For hovers, related information and the CLI.
   */
  detail: string;
  /** What the claim is about, short ("H200 memory"): the first words of the message. */
  subject: string;
  /** The recorded value in brief ("141 GB"); empty when the record holds none. */
  brief: string;
  factId: string;
  entityId: string;
  /** Best first (by tier); the value's own sources before those of other values sources give. */
  sources: SourceRef[];
  /**
   * The best tier among the main citations of the facts the finding rests on. `weak`: the
   * fact rests only on weak sources — the finding is at most a warning and says so.
   */
  sourceTier?: SourceTier;
  fix?: Fix;
  /** The claim sits inside a quotation or blockquote: shown as information at most. */
  quoted: boolean;
  provenance: Provenance;
  /**
   * What the draft claims, as data (fronts read this, never the message): the attribute
   * (quantity/category), the event family (event-date) or "status"; the draft's value words;
   * for relative performance the entity compared with.
   */
  claimed: ClaimedValue;
  /**
   * How the claim was read when not from the sentence as written: the clause
   * constructions that made it readable ("appositive", "coreference",
   * "number-words+coordination" …). Absent for a plain reading.
   */
  reading?: string;
  /** The latest date a read source confirms the fact the finding rests on (YYYY, YYYY-MM or YYYY-MM-DD). */
  confirmed?: string;
  /** The pack entry that accepts the claim's wording: only with `CheckOptions.keepAccepted` (else the finding is left out). */
  accepted?: AcceptedWording;
}

/** A wording a pack accepts (`accepted:`), where it is written, and whom it is for. */
export interface AcceptedWording {
  fact: string;
  wording: string;
  /** Only this draft (its path from the pack root); absent: every draft. */
  draft?: string;
  by?: string;
  date?: string;
  note?: string;
  origin: { file: string; line: number };
}

export interface Mention {
  span: Span;
  range: Range;
  entityId: string;
  variantId?: string;
  text: string;
}

export type AsOfOrigin = 'option' | 'front-matter' | 'today';

export interface CheckOptions {
  /** YYYY-MM-DD; wins over the draft's front matter. */
  asOf?: string;
  /** Used when neither option nor front matter give a date (tests pin it). */
  today?: string;
  /** Include `supported` and `unknown` findings (hovers, reports). Default false. */
  includeSupported?: boolean;
  /**
   * Which draft this is (an editor passes the document's URI): the next check
   * of the same draft re-uses what an edit did not touch. Drafts without one
   * share a slot, which is right for one draft checked again and again.
   */
  draft?: string;
  /**
   * The draft's path from its pack root ('/' between folders): the wordings a pack accepts for this
   * draft only (`accepted[].draft`) apply. Without it only the wordings accepted everywhere do.
   */
  draftPath?: string;
  /**
   * Keep the findings whose wording a pack accepts, each marked with its `accepted` entry (an editor's
   * list of waived claims). Default false: they are left out.
   */
  keepAccepted?: boolean;
}

export interface CheckResult {
  asOf: string;
  asOfOrigin: AsOfOrigin;
  /** The date the record was last reviewed as a whole, when it says. */
  recordReviewed?: string;
  findings: Finding[];
  mentions: Mention[];
  /** Things worth telling the writer that are not findings (e.g. unreadable front matter). */
  notes?: string[];
  /** Set when the draft was not checked (too large, binary): say why, check nothing. */
  refused?: string;
}
