/**
 * A claim kind: what Fact Desk's "rules" are (a Harper linter, a textlint rule). A kind is a
 * folder, kinds/<id>/, with its sentence readers, its comparison with the record, the wording
 * of its findings and its description; kinds/registry.ts lists them, and everything that needs
 * the list of kinds (the pipeline, findings, SARIF rules, the accuracy corpus, the docs) reads
 * it there. A missing part is a compile error: every part is a field of this interface.
 */
import type { Claim, SentenceContext } from '../claims/types';
import type { DateExpr } from '../dates/dates';
import type { RecordIndex } from '../record/record-index';
import type { Fact } from '../record/schema';
import type { ClaimedValue } from '../types';
import type { Comparison } from './comparison';

/** One sentence reader: a context (a sentence, or a reading of it) → the claims it makes. */
export type ClaimReader = (ctx: SentenceContext) => Claim[];

export interface ClaimKind<C extends Claim = Claim> {
  /** The kind of its claims and findings, and its SARIF rule id (factdesk/<id>). */
  readonly id: C['kind'];
  /** What a finding of this kind says, in one sentence (SARIF rule text, docs). */
  readonly description: string;
  /** The SARIF rule's default level (a finding's own severity comes from its verdict). */
  readonly defaultLevel: 'error' | 'warning';
  /** Its sentence readers, run in this order on every reading of every sentence. */
  readonly readers: readonly ClaimReader[];
  /** The claim against the record at the as-of date. */
  compare(claim: C, index: RecordIndex, asOf: string): Comparison;
  /** How its findings word the claim (findings/findings.ts builds every finding from these). */
  readonly wording: KindWording<C>;
  /** Other names the accuracy corpus's labels give claims of this kind (test/corpus/README.md). */
  readonly corpusLabels?: readonly string[];
  /**
   * The kind of record fact its claims are checked against: the shape of the entry "Add to the
   * workspace record…" drafts for one of its findings, and what the record form asks for.
   */
  readonly factKind: Fact['kind'];
  /** A finding's readable code in the editor ("memory", "export restrictions", "China status"). */
  code(claimed: ClaimedValue): string;
  /** Whether a finding's verdict can turn with time alone (a status, a role), so a sweep checks it again. */
  changesWithTime?(claimed: ClaimedValue): boolean;
}

/** How a finding of a kind names what the claim is about and what it claims. */
export interface KindWording<C extends Claim = Claim> {
  /** In a sentence: "the Nvidia H200's memory"; `who` is the entity as named ("the Nvidia H200", "the deal"). */
  subject(claim: C, who: string, index: RecordIndex): string;
  /** In a row, before capitals: "H200 memory"; `who` is the entity's short name ('' for none). */
  rowSubject(claim: C, who: string, index: RecordIndex, shortName: (id: string) => string): string;
  /** The claimed value as data (Finding.claimed); `words` are the draft's words for the value. */
  claimed(claim: C, words: string): ClaimedValue;
  /** The recorded value as short as a one-row message needs ("141 GB"); '' when the record holds nothing. */
  brief(claim: C, comparison: Comparison, index: RecordIndex, shortName: (id: string) => string): string;
  /**
   * What the detail's "Draft says “…”" quotes: the value's words ("April 2023"), or the claim's own
   * words with (`claim`) or without (`claim-alone`) "for <subject>" after them.
   */
  readonly quotes: 'value' | 'claim' | 'claim-alone';
  /** A date the claim was read with, said as read when it was relative ("in December"). */
  dateOf?(claim: C): DateExpr | undefined;
  /** The entity a reference in the value's words stands for ("its Qwen" → Alibaba), when not named there. */
  referent?(claim: C, valueWords: string, index: RecordIndex): string | undefined;
  /** The draft's side in a message when the value's words are not it (a superlative names a chip). */
  messageDraft?(claim: C, shortName: (id: string) => string, valueWords: string): string | undefined;
  /** The draft's side in a message from the claimed value alone ("banned" for a status), if not its words. */
  draftWords?(claimed: ClaimedValue): string | undefined;
  /** The Claims view shows the claim's whole words (the kind has no value words of its own). */
  readonly rowShowsClaim?: boolean;
}
