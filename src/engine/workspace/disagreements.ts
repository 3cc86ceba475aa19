/**
 * Drafts that contradict each other: where the record is silent (a claim not in the record) or disputed, two
 * drafts that give one entity's attribute different values are named together, so the desk settles it once.
 * Information only: the record cannot say which draft is right. Used by `factdesk check --workspace` and the
 * extension's "Check all drafts in the workspace".
 */
import type { Finding, Range } from '../types';

export interface DisagreementPlace {
  /** The draft as the front names it (a display path, a URI). */
  path: string;
  range: Range;
  /** The draft's words for the value. */
  words: string;
}

export interface Disagreement {
  entityId: string;
  attribute: string;
  /** Why the record cannot settle it. */
  record: 'silent' | 'disputed';
  a: DisagreementPlace;
  b: DisagreementPlace;
}

const sameValue = (x: Finding['claimed']['value'], y: Finding['claimed']['value']) =>
  typeof x === 'number' && typeof y === 'number'
    ? Math.abs(x - y) <= 0.01 * Math.max(Math.abs(x), Math.abs(y))
    : String(x).toLowerCase() === String(y).toLowerCase();

/**
 * `drafts`: each draft's findings, with the `unknown` (not in the record) ones. Claims in quotations are left
 * out (a quotation reports what someone said). Each distinct value is paired with the first value given, in
 * draft order; two values in one draft are not a disagreement between drafts.
 */
export function draftDisagreements(drafts: readonly { path: string; findings: readonly Finding[] }[]): Disagreement[] {
  const byFact = new Map<string, { path: string; f: Finding }[]>();
  for (const draft of drafts) {
    for (const f of draft.findings) {
      if ((f.verdict !== 'unknown' && f.verdict !== 'disputed') || f.claimed?.value === undefined || f.quoted) continue;
      const key = `${f.entityId}|${f.claimed.attribute}`;
      (byFact.get(key) ?? byFact.set(key, []).get(key)!).push({ path: draft.path, f });
    }
  }
  const out: Disagreement[] = [];
  for (const claims of byFact.values()) {
    const distinct: { path: string; f: Finding }[] = [];
    for (const c of claims)
      if (!distinct.some((d) => sameValue(d.f.claimed.value, c.f.claimed.value))) distinct.push(c);
    const [first, ...others] = distinct;
    for (const other of others) {
      if (other.path === first!.path) continue;
      const place = (c: { path: string; f: Finding }): DisagreementPlace => ({
        path: c.path,
        range: c.f.range,
        words: c.f.claimed.words,
      });
      out.push({
        entityId: first!.f.entityId,
        attribute: first!.f.claimed.attribute,
        record: first!.f.verdict === 'disputed' || other.f.verdict === 'disputed' ? 'disputed' : 'silent',
        a: place(first!),
        b: place(other),
      });
    }
  }
  return out;
}
