/**
 * A sentence view: the sentence rewritten as its clause means it, with every
 * character traceable to the draft. Constructions (an appositive set aside, a
 * fronted modifier moved after its subject, "it" replaced by the entity it
 * refers to, "ninety-six" written as 96) each build a view; the claim readers
 * then read the view as they read a plain sentence, and every span they return
 * is mapped back to the draft's words.
 *
 * A piece is either a stretch of the sentence (its characters map one to one)
 * or inserted text that stands for a stretch (a resolved pronoun, a number
 * written in words): any offset inside it maps to the whole stretch it replaces.
 */
import type { Span } from '../types';

export interface Piece {
  /** The view's text for this piece. */
  text: string;
  /** The stretch of the sentence it comes from or stands for. */
  from: Span;
  /** Inserted text: offsets inside map to the whole of `from`. */
  inserted: boolean;
}

export interface SentenceView {
  text: string;
  /** The construction that built it, for tests and the eval's breakdown. */
  construction: string;
  pieces: { piece: Piece; start: number; end: number }[];
}

export function buildView(construction: string, pieces: Piece[]): SentenceView {
  let at = 0;
  const placed = pieces.map((piece) => {
    const start = at;
    at += piece.text.length;
    return { piece, start, end: at };
  });
  return { text: pieces.map((p) => p.text).join(''), construction, pieces: placed };
}

/** A stretch of the sentence, kept as it is. */
export const kept = (sentence: string, start: number, end: number): Piece => ({
  text: sentence.slice(start, end),
  from: { start, end },
  inserted: false,
});
/** Text written in place of a stretch of the sentence. */
export const replaced = (text: string, start: number, end: number): Piece => ({
  text,
  from: { start, end },
  inserted: true,
});
/** Joining text (a space, "'s "): maps to a point, never widens a span by itself. */
export const glue = (text: string, at: number): Piece => ({ text, from: { start: at, end: at }, inserted: true });

/**
 * The stretch of the sentence a span of the view comes from: the smallest
 * stretch covering every piece it touches (a moved subject and its predicate
 * map to the words from one to the other). Glue alone maps to nothing.
 */
export function mapSpan(view: SentenceView, span: Span): Span | undefined {
  let start = Infinity;
  let end = -Infinity;
  for (const { piece, start: ps, end: pe } of view.pieces) {
    if (pe <= span.start || ps >= span.end) continue;
    if (piece.from.start === piece.from.end) continue;
    if (piece.inserted) {
      start = Math.min(start, piece.from.start);
      end = Math.max(end, piece.from.end);
    } else {
      start = Math.min(start, piece.from.start + Math.max(0, span.start - ps));
      end = Math.max(end, piece.from.start + Math.min(pe, span.end) - ps);
    }
  }
  return start < end ? { start, end } : undefined;
}

/** The rest of an inserted piece after a span that ends inside it ("%" of "25%" when the span is "25"). */
export function insertedTail(view: SentenceView, span: Span): string {
  const last = view.pieces.find(({ start, end }) => span.end > start && span.end < end);
  return last?.piece.inserted ? last.piece.text.slice(span.end - last.start) : '';
}

/**
 * Whether a span of the view is one unbroken stretch of the draft (a value a fix
 * may replace word for word): the pieces it touches follow each other in the
 * sentence with no gap and no reordering (joining text at its edges, such as the
 * " in " before a moved date, is not part of it).
 */
export function contiguousInDraft(view: SentenceView, span: Span): boolean {
  let lastEnd = -1;
  for (const { piece, start, end } of view.pieces) {
    if (end <= span.start || start >= span.end) continue;
    if (piece.from.start === piece.from.end) continue;
    if (lastEnd >= 0 && piece.from.start !== lastEnd) return false;
    lastEnd = piece.from.end;
  }
  return lastEnd >= 0;
}
