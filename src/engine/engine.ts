/**
 * The engine's one entry point: markdown text in, findings out. This file only wires the
 * pipeline (src/engine/pipeline/):
 *   chunks → segments → mentions → claims → comparisons → findings → the check's result
 * A draft is split into independent top-level chunks (paragraphs, tables, lists); each chunk's
 * result is cached by its text and the as-of date, per engine (so per record version). A
 * keystroke re-reads the one chunk it touched; the rest only has its offsets shifted.
 */
import { INVISIBLE } from './findings/invisible';
import type { ClaimKind } from './kinds/kind';
import { ALL_KINDS } from './kinds/registry';
import { MentionMatcher } from './mentions/matcher';
import { teachVocabulary } from './nlp/nlp';
import { asOfFor, type AsOf } from './pipeline/as-of';
import { ChunkReader, topicKey, type InForce } from './pipeline/chunks';
import { BLOCK_TIME_BUDGET_MS, BlockClock } from './pipeline/clock';
import { chunksAfterEdit, DraftMemory, editOf, type DraftState, type TextEdit } from './pipeline/incremental';
import { applyAccepted } from './pipeline/comparisons';
import { checkResult } from './pipeline/result';
import type { CompiledRecord } from './record/load';
import { RecordIndex } from './record/record-index';
import { scanChunks, type Chunk } from './segment/segment';
import type { CheckOptions, CheckResult } from './types';

export { BLOCK_TIME_BUDGET_MS } from './pipeline/clock';
export { MAX_MENTIONS_PER_SENTENCE } from './pipeline/claims';

/** Past this many characters a draft is refused rather than checked (the fronts may lower it). */
export const MAX_DRAFT_CHARS = 20 * 1024 * 1024;

export interface Engine {
  readonly index: RecordIndex;
  /** The claim kinds this engine reads (kinds/registry.ts, or EngineOptions.kinds). */
  readonly kinds: readonly ClaimKind[];
  check(text: string, options?: CheckOptions): CheckResult;
  /** The as-of date a draft is checked at, and where it came from. */
  asOfFor(text: string, options?: CheckOptions): AsOf;
}

export interface EngineOptions {
  /** The clock the block time budget reads, in milliseconds (tests inject a fake one). Default `Date.now`. */
  now?: () => number;
  /** Milliseconds one block may take to read. Default BLOCK_TIME_BUDGET_MS. */
  blockTimeBudgetMs?: number;
  /** Read only these claim kinds (a kind's own tests run it alone). Default: every kind in the registry. */
  kinds?: readonly ClaimKind[];
}

export function createEngine(record: CompiledRecord, engineOptions: EngineOptions = {}): Engine {
  const kinds = engineOptions.kinds ?? ALL_KINDS;
  const index = new RecordIndex(record);
  const matcher = new MentionMatcher(index);
  teachVocabulary(
    [...index.entities.values()].flatMap((e) =>
      [e.name, ...e.aliases, ...e.variants.map((v) => v.name)].map((name) => ({ name, kind: e.kind })),
    ),
  );
  const reader = new ChunkReader({
    index,
    matcher,
    readers: kinds.flatMap((k) => k.readers),
    kindIds: new Set<string>(kinds.map((k) => k.id)),
    clock: new BlockClock(engineOptions.now ?? Date.now, engineOptions.blockTimeBudgetMs ?? BLOCK_TIME_BUDGET_MS),
  });
  const drafts = new DraftMemory();

  const check = (text: string, options: CheckOptions = {}): CheckResult => {
    if (text.length > MAX_DRAFT_CHARS) return refused(text, options);
    const asOf = asOfFor(text, options);
    const includeSupported = options.includeSupported === true;
    const draftKey = options.draft ?? '';
    const previous = drafts.get(draftKey);
    const placeChunks = (whole: string, chunks: Chunk[], entering?: InForce) =>
      reader.place(whole, chunks, asOf.asOf, entering);
    const edit = previous && previous.text !== text ? editOf(previous.text, text) : undefined;
    const topic = topicKey(reader.topicOf(text));
    // An edit of the title changes how every block reads: then all are placed again (most from the cache).
    const reusable =
      previous &&
      previous.asOf === asOf.asOf &&
      previous.includeSupported === includeSupported &&
      previous.topic === topic;
    const chunks = !reusable
      ? placeChunks(text, scanChunks(text).chunks)
      : edit
        ? chunksAfterEdit(previous, text, edit, placeChunks)
        : previous.chunks;
    // The cache follows the draft: once it holds many blocks the draft no longer has, they go (with a margin for undo).
    if (reader.cache.size > 2 * chunks.length + 64) reader.keepOnly(new Set(chunks.map((c) => c.key)));
    const invisible = mayHoldInvisible(text, previous, edit);
    drafts.set(draftKey, { text, asOf: asOf.asOf, includeSupported, chunks, invisible, topic });
    // Accepted wordings are left out when the findings are read (kept, marked, with keepAccepted): those for this
    // draft only too, which the chunk cache (the record's, for every draft) cannot know.
    const { draftPath } = options;
    const keepAccepted = options.keepAccepted === true;
    return checkResult(
      { text, asOf, recordReviewed: record.reviewed, chunks, includeSupported, invisible },
      (findings) => applyAccepted(findings, index, draftPath, keepAccepted),
    );
  };

  return { index, kinds, check, asOfFor: (text, options) => asOfFor(text, options) };
}

/** A draft too large to check: no findings, and why. */
function refused(text: string, options: CheckOptions): CheckResult {
  const { asOf, asOfOrigin } = asOfFor('', options);
  const size = `${(text.length / 1024 / 1024).toFixed(1)} MB`;
  const refused = `draft is ${size}; Fact Desk checks drafts up to ${MAX_DRAFT_CHARS / 1024 / 1024} MB`;
  return { asOf, asOfOrigin, findings: [], mentions: [], refused };
}

/** A text without invisible characters stays so unless the edit brought one: only the changed stretch is scanned. */
function mayHoldInvisible(text: string, previous: DraftState | undefined, edit: TextEdit | undefined): boolean {
  if (!previous) return INVISIBLE.test(text);
  if (!edit) return previous.invisible;
  if (previous.invisible) return INVISIBLE.test(text);
  return INVISIBLE.test(text.slice(edit.prefix, text.length - edit.suffix));
}
