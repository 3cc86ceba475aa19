/**
 * Number formatting without Intl: toLocaleString loads ICU's number formatter
 * on first use (~25 ms), which a CLI run or the first check would pay.
 */

/** A number with thousands separators, as en-US writes it: 12,000 and 1,979.5. */
export function withThousands(n: number): string {
  const [whole = '', fraction] = String(Math.abs(n)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${n < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}
