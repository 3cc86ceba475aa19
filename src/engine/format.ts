/**
 * Formatting and ordering without Intl: toLocaleString and localeCompare load
 * ICU on first use (~25 ms and ~15 ms), which a CLI run or the first check would pay.
 */

/** A number with thousands separators, as en-US writes it: 12,000 and 1,979.5. */
export function withThousands(n: number): string {
  const [whole = '', fraction] = String(Math.abs(n)).split('.');
  let grouped = whole.slice(0, whole.length % 3 || 3);
  for (let i = grouped.length; i < whole.length; i += 3) grouped += `,${whole.slice(i, i + 3)}`;
  return `${n < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

/** Plain string order (ISO dates sort right by it), for Array.prototype.sort. */
export function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
