/**
 * Every match of a global pattern in a text, as `text.matchAll(re)` gives them, found by `exec` on the pattern
 * itself. `matchAll` clones the pattern (through the RegExp species constructor) and builds an iterator on every call;
 * in the reader's per-sentence loops, tens of thousands of calls on a long draft, that cost more than most of the
 * scans themselves (docs/performance.md, 2026-12-08). Like `matchAll` it starts at the pattern's `lastIndex` and
 * leaves it as it was; the pattern must be global (`matchAll` throws otherwise, this returns the first match only).
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const from = re.lastIndex;
  try {
    for (let m = re.exec(text); m; m = re.exec(text)) {
      out.push(m);
      if (!re.global) break;
      // An empty match moves on by one code unit (a code point under the u or v flag), as matchAll does.
      if (m[0] === '') {
        const wide = (re.unicode || re.flags.includes('v')) && (text.codePointAt(re.lastIndex) ?? 0) > 0xffff;
        re.lastIndex += wide ? 2 : 1;
      }
    }
  } finally {
    re.lastIndex = from;
  }
  return out;
}
