/**
 * A claim kind: what Fact Desk's "rules" are (a Harper linter, a textlint rule). A kind is a
 * folder, kinds/<id>/, with its sentence readers, its comparison with the record and its
 * description; kinds/registry.ts lists them, and everything that needs the list of kinds (the
 * pipeline, SARIF rules, the accuracy corpus, the docs) reads it there. A missing part is a
 * compile error: every part is a field of this interface.
 */
import type { Claim, SentenceContext } from '../claims/types';
import type { RecordIndex } from '../record/record-index';
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
  /** Other names the accuracy corpus's labels give claims of this kind (test/corpus/README.md). */
  readonly corpusLabels?: readonly string[];
}
