/**
 * Terminal-safe text: every field the CLI prints in text form (file names, pack
 * names, publishers, URLs, claims, example sentences, messages) goes through
 * `safe`, so a name or a pack cannot recolour, retitle or clear the terminal,
 * overwrite a line (CR) or forge one (LF): one finding is one line whatever a
 * name contains. JSON and SARIF escape through JSON itself.
 *
 * Escaped: C0 controls (tab kept), DEL, C1 controls, the line and paragraph
 * separators, and the bidi controls that reorder what a reader sees
 * (U+061C, U+200E/F, U+202A–U+202E, U+2066–U+2069). Each becomes `\xNN` or `\uNNNN`;
 * everything else, astral characters and emoji included, is printed as it is.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE_KEEP_LINES =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const code = (c: string) => {
  const n = c.charCodeAt(0);
  return n < 0x100
    ? `\\x${n.toString(16).toUpperCase().padStart(2, '0')}`
    : `\\u${n.toString(16).toUpperCase().padStart(4, '0')}`;
};

/** One line of terminal-safe text: no control character survives, newlines included. */
export function safe(s: string): string {
  return s.replace(UNSAFE, code);
}

/** Multi-line terminal-safe text (the `explain` card): newlines kept, every other control escaped. */
export function safeLines(s: string): string {
  return s.replace(/\r\n?/g, '\n').replace(UNSAFE_KEEP_LINES, code);
}

/**
 * How a file name given as bytes is shown: valid UTF-8 as it is, every byte
 * that is not part of a valid sequence as `\xNN` (then made terminal-safe).
 */
export function displayBytes(bytes: Uint8Array): string {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len && i + len <= bytes.length) {
      try {
        out += decoder.decode(bytes.subarray(i, i + len));
        i += len;
        continue;
      } catch {
        /* not a valid sequence: escaped below */
      }
    }
    out += `\\x${b.toString(16).toUpperCase().padStart(2, '0')}`;
    i++;
  }
  return safe(out);
}
