/**
 * compromise, taught the record's vocabulary once (nlp.extend changes the shared
 * instance), and run only on sentences that already hold a candidate claim.
 */
import nlp from 'compromise';

let extended = false;

function ensurePlugin(): void {
  if (extended) return;
  extended = true;
  nlp.plugin({
    tags: {
      ExportStatus: { isA: 'Adjective' },
    },
    words: {
      'no longer': 'Negative',
      banned: 'ExportStatus',
      barred: 'ExportStatus',
      prohibited: 'ExportStatus',
      'off-limits': 'ExportStatus',
      unobtainable: 'ExportStatus',
      allowed: 'ExportStatus',
      permitted: 'ExportStatus',
      available: 'ExportStatus',
      restricted: 'ExportStatus',
      blocked: 'ExportStatus',
    },
  });
}

export interface SentenceReading {
  /** Offsets (within the sentence) of negation words: not, never, no longer, cannot... */
  negations: { start: number; end: number }[];
  /** Offsets of quoted stretches the parser found. */
  quotations: { start: number; end: number }[];
}

export function readSentence(sentence: string): SentenceReading {
  ensurePlugin();
  const doc = nlp(sentence);
  const spans = (view: ReturnType<typeof doc.match>) =>
    (view.json({ offset: true }) as { offset: { start: number; length: number } }[]).map((t) => ({
      start: t.offset.start,
      end: t.offset.start + t.offset.length,
    }));
  return { negations: spans(doc.match('#Negative')), quotations: spans(doc.quotations()) };
}

/** "six" → 6, "2.5" → 2.5, "twice" → 2; undefined when the words are not a number. */
export function numberFromWords(words: string): number | undefined {
  const w = words.trim().toLowerCase();
  if (/^\d+(\.\d+)?$/.test(w)) return Number(w);
  if (w === 'twice' || w === 'double') return 2;
  if (w === 'triple' || w === 'thrice') return 3;
  ensurePlugin();
  const values = nlp(w).numbers().get() as number[];
  return values.length === 1 ? values[0] : undefined;
}
