/**
 * `JSON.stringify(value, null, 2)` written in pieces: the same text, byte for
 * byte, but no piece holds more than one array element below `depth` levels
 * (one finding, one SARIF result). A report of a 10 MB draft can be larger
 * than the longest string V8 can make ("Invalid string length"); written in
 * pieces it never has to be one string.
 */
export function* jsonChunks(value: unknown, depth = 4, indent = ''): Generator<string> {
  if (
    depth <= 0 ||
    value === null ||
    typeof value !== 'object' ||
    typeof (value as { toJSON?: unknown }).toJSON === 'function'
  ) {
    const text = JSON.stringify(value, null, 2) ?? 'null';
    yield indent ? text.replace(/\n/g, `\n${indent}`) : text;
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (!value.length) return yield '[]';
    yield '[\n';
    for (let i = 0; i < value.length; i++) {
      yield inner;
      const item = value[i];
      yield* jsonChunks(
        item === undefined || typeof item === 'function' || typeof item === 'symbol' ? null : item,
        depth - 1,
        inner,
      );
      yield i < value.length - 1 ? ',\n' : `\n${indent}]`;
    }
    return;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(
    ([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol',
  );
  if (!entries.length) return yield '{}';
  yield '{\n';
  for (let i = 0; i < entries.length; i++) {
    const [k, v] = entries[i]!;
    yield `${inner}${JSON.stringify(k)}: `;
    yield* jsonChunks(v, depth - 1, inner);
    yield i < entries.length - 1 ? ',\n' : `\n${indent}}`;
  }
}

/** Writes the pieces in batches of about `batch` characters. */
export function writeJson(value: unknown, out: (s: string) => void, batch = 1 << 20): void {
  let buffer = '';
  for (const piece of jsonChunks(value)) {
    buffer += piece;
    if (buffer.length >= batch) {
      out(buffer);
      buffer = '';
    }
  }
  out(buffer + '\n');
}
