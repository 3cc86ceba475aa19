/** Quotation spans in a sentence: a claim inside one is the speaker's, shown but never rewritten. */
import type { Span } from '../types';

/**
 * Stretches between matching quotation marks: “…” or "…", left to right as the
 * regex /“[^”]*”|"[^"]*"/g found them, but in one pass: once no closing mark is
 * left, later opening marks are not searched again (the regex scanned to the end
 * of the text from every unclosed “).
 */
export function quoteSpans(text: string): Span[] {
  const spans: Span[] = [];
  let curlyClosed = true;
  let straightClosed = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '“' && c !== '"') continue;
    const curly = c === '“';
    if (curly ? !curlyClosed : !straightClosed) continue;
    const close = text.indexOf(curly ? '”' : '"', i + 1);
    if (close < 0) {
      if (curly) curlyClosed = false;
      else straightClosed = false;
      continue;
    }
    spans.push({ start: i, end: close + 1 });
    i = close;
  }
  const open = text.lastIndexOf('“');
  if (open >= 0 && text.indexOf('”', open) < 0) spans.push({ start: open, end: text.length });
  return spans;
}
