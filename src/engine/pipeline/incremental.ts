/**
 * Re-checking a draft after an edit: the chunks before the edit are kept as they were, the ones
 * after it are shifted, and only the stretch between is split again and looked up. The last
 * check of each of a few drafts is kept for the next.
 */
import { scanChunks, type Chunk } from '../segment/segment';
import type { InForce, PlacedChunk } from './chunks';

/** The last check of a draft: the next check of it re-uses what the edit did not touch. */
export interface DraftState {
  text: string;
  asOf: string;
  includeSupported: boolean;
  chunks: PlacedChunk[];
  /** Whether the text holds any invisible character (INVISIBLE): a keystroke then scans only what it changed. */
  invisible: boolean;
  /** What the title says the draft is about (chunks.ts topicKey): a change re-places every block. */
  topic: string;
}

/** Reads and places chunks [start, end) of `text` as split by `scanChunks` (`entering`: what is in force before). */
export type PlaceChunks = (text: string, chunks: Chunk[], entering?: InForce) => PlacedChunk[];

/** What a placed chunk leaves in force for the next. */
const inForceAfter = (c: PlacedChunk | undefined): InForce =>
  c
    ? {
        ...(c.section ? { section: c.section } : {}),
        ...(c.subjects ? { subjects: c.subjects } : {}),
        ...(c.lead ? { lead: c.lead } : {}),
      }
    : {};
const sameInForce = (a: InForce, b: InForce) =>
  a.section === b.section && a.subjects?.key === b.subjects?.key && a.lead === b.lead;

/** Drafts whose last check is kept for the next (an editor has a few open at once). */
const KEPT_DRAFTS = 8;

/** The last check of the most recently checked drafts, by draft key. */
export class DraftMemory {
  private readonly drafts = new Map<string, DraftState>();

  get(key: string): DraftState | undefined {
    return this.drafts.get(key);
  }

  /** Remembers a draft's check as the newest; the oldest past KEPT_DRAFTS is forgotten. */
  set(key: string, state: DraftState): void {
    this.drafts.delete(key);
    this.drafts.set(key, state);
    if (this.drafts.size > KEPT_DRAFTS) this.drafts.delete(this.drafts.keys().next().value!);
  }
}

/**
 * The chunks of `text`, re-using the previous check of the same draft: the
 * chunks before the edit as they were, the ones after it shifted, and only
 * the stretch between re-split and looked up.
 */
export function chunksAfterEdit(
  state: DraftState,
  text: string,
  edit: TextEdit,
  placeChunks: PlaceChunks,
): PlacedChunk[] {
  const delta = text.length - state.text.length;
  const chunks = state.chunks;
  // The chunk the edit starts in; its start may have moved (an edit on its first line): re-split from the one before.
  const touched = lastChunkStartingBy(chunks, edit.prefix);
  const from = Math.max(0, touched - 1);
  const unchangedFrom = text.length - edit.suffix;
  let resumeAt = -1;
  const scan = scanChunks(text, from === 0 ? undefined : chunks[from]!, (offset) => {
    if (offset < unchangedFrom) return false;
    resumeAt = chunkStartingAt(chunks, offset - delta, touched);
    return resumeAt >= 0;
  });
  const head = chunks.slice(0, from);
  const entering = inForceAfter(head[head.length - 1]);
  const middle = placeChunks(text, scan.chunks, entering);
  if (resumeAt < 0) return [...head, ...middle];
  const lineDelta = scan.stoppedLine! - chunks[resumeAt]!.line;
  const out = head;
  for (const c of middle) out.push(c);
  let next = resumeAt;
  // An edit that opened, closed or changed a dated section ("## 2025"), or changed whom its paragraph leaves in
  // mind, changes how the chunks after it read: they are placed again until one leaves in force what it left before.
  const now = middle.length ? inForceAfter(middle[middle.length - 1]) : entering;
  if (!sameInForce(now, inForceAfter(chunks[resumeAt - 1]))) {
    next = placedUntilSame(state, text, delta, resumeAt, scan.stoppedLine!, now, placeChunks, out);
    if (next < 0)
      return [...head, ...placeChunks(text, scanChunks(text, from === 0 ? undefined : chunks[from]!).chunks, entering)];
  }
  for (let i = next; i < chunks.length; i++) out.push(moved(chunks[i]!, delta, lineDelta));
  return out;
}

/**
 * Places the chunks after an edit again (their text is in the unchanged suffix; what is in force before them changed),
 * in batches of 1, 2, 4, …, until one leaves in force what it left before the edit: from the next one on, each is read
 * with what it was read with before (the same key), so it is only moved. Appends them to `out`; returns the index in
 * `state.chunks` of the first chunk still to move, or -1 when the chunks do not line up with the old ones (the caller
 * then places everything after the edit again, as before this shortcut). A re-placed chunk keeps what was scanned in
 * its own text (unchanged), and its placed findings when it reads as before (the same result).
 */
function placedUntilSame(
  state: DraftState,
  text: string,
  delta: number,
  resumeAt: number,
  line: number,
  entering: InForce,
  placeChunks: PlaceChunks,
  out: PlacedChunk[],
): number {
  const chunks = state.chunks;
  const rest = scanChunks(text, { start: chunks[resumeAt]!.start + delta, line }).chunks;
  if (rest.length !== chunks.length - resumeAt) return -1;
  const placed: PlacedChunk[] = [];
  let inForce = entering;
  for (let k = 0, batch = 1; k < rest.length; batch *= 2) {
    const some = placeChunks(text, rest.slice(k, k + batch), inForce);
    let same = false;
    for (const p of some) {
      const old = chunks[resumeAt + k]!;
      if (p.start !== old.start + delta) return -1;
      carryScans(old, p);
      placed.push(p);
      k++;
      if (sameInForce(inForceAfter(p), inForceAfter(old))) same = true;
    }
    if (same) break;
    inForce = inForceAfter(some[some.length - 1]);
  }
  for (const p of placed) out.push(p);
  return resumeAt + placed.length;
}

/** What was scanned in a chunk's own text, onto the same text placed again; its findings too if it reads the same. */
function carryScans(old: PlacedChunk, p: PlacedChunk): void {
  if (old.badDays) p.badDays = old.badDays;
  if (old.badWeekdays) p.badWeekdays = old.badWeekdays;
  if (old.eitherWay) p.eitherWay = old.eitherWay;
  if (old.lookAlikes) p.lookAlikes = old.lookAlikes;
  if (old.splitNumbers) p.splitNumbers = old.splitNumbers;
  if (old.hidden) p.hidden = old.hidden;
  if (old.placed && old.result === p.result) p.placed = old.placed;
}

/**
 * A chunk after the edit, moved by `delta` characters and `lineDelta` lines. Its own text (up to the next chunk) is
 * in the unchanged suffix, so what was scanned in it stands (look-alikes, impossible days, numbers split by markup,
 * hidden characters); its findings are moved when a result's findings are read (pipeline/result.ts), not on every
 * keystroke. (Each was spread into a new object before, and `splitNumbers` was left out, so every chunk after an
 * edit was rescanned for all three notes on every keystroke.)
 */
function moved(c: PlacedChunk, delta: number, lineDelta: number): PlacedChunk {
  const m: PlacedChunk = { start: c.start + delta, line: c.line + lineDelta, key: c.key, result: c.result };
  // What it leaves in force, as inForceAfter keeps it.
  if (c.section) m.section = c.section;
  if (c.subjects) m.subjects = c.subjects;
  if (c.lead) m.lead = c.lead;
  // The same result, so its placed findings too.
  carryScans(c, m);
  return m;
}

/** The index of the last chunk starting at or before `offset` (0 when none does). */
function lastChunkStartingBy(chunks: PlacedChunk[], offset: number): number {
  let found = 0;
  for (let lo = 0, hi = chunks.length - 1; lo <= hi;) {
    const mid = (lo + hi) >> 1;
    if (chunks[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The index of the chunk of `chunks` (from `after` on) that starts at `offset`, or -1. */
function chunkStartingAt(chunks: PlacedChunk[], offset: number, after: number): number {
  for (let lo = after + 1, hi = chunks.length - 1; lo <= hi;) {
    const mid = (lo + hi) >> 1;
    const start = chunks[mid]!.start;
    if (start === offset) return mid;
    if (start < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** What an edit of a text changed: [prefix, text.length - suffix) of the new text. */
export interface TextEdit {
  prefix: number;
  suffix: number;
}

const COMPARE_BLOCK = 1024;

/** The common prefix and suffix of two texts (they do not overlap). */
export function editOf(old: string, text: string): TextEdit {
  const prefix = commonPrefix(old, text);
  return { prefix, suffix: commonSuffix(old, text, Math.min(old.length, text.length) - prefix) };
}

/** Length of the longest common prefix; compared a block at a time (native string equality), then by character. */
function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i + COMPARE_BLOCK <= n && a.slice(i, i + COMPARE_BLOCK) === b.slice(i, i + COMPARE_BLOCK)) i += COMPARE_BLOCK;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the longest common suffix, at most `max`. */
function commonSuffix(a: string, b: string, max: number): number {
  const blockEqual = (i: number) =>
    a.slice(a.length - i - COMPARE_BLOCK, a.length - i) === b.slice(b.length - i - COMPARE_BLOCK, b.length - i);
  let i = 0;
  while (i + COMPARE_BLOCK <= max && blockEqual(i)) i += COMPARE_BLOCK;
  while (i < max && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}
