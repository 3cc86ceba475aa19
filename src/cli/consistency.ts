/**
 * Drafts that contradict each other (`factdesk check --workspace`): where the record is silent (a claim not in
 * the record) or disputed, two drafts that give one entity's attribute different values are named together, so
 * the desk settles it once. Information only: the record cannot say which draft is right.
 */
import type { Finding } from '../engine';
import type { FileReport } from './format/report';

export interface Disagreement {
  entityId: string;
  attribute: string;
  /** Why the record cannot settle it. */
  record: 'silent' | 'disputed';
  a: { path: string; line: number; column: number; words: string };
  b: { path: string; line: number; column: number; words: string };
}

const sameValue = (x: Finding['claimed']['value'], y: Finding['claimed']['value']) =>
  typeof x === 'number' && typeof y === 'number' ? Math.abs(x - y) <= 0.01 * Math.max(Math.abs(x), Math.abs(y)) : String(x).toLowerCase() === String(y).toLowerCase();

export function disagreements(files: FileReport[]): Disagreement[] {
  const byFact = new Map<string, { path: string; f: Finding }[]>();
  for (const file of files) {
    const claims = [...(file.notInRecord ?? []), ...file.findings.filter((f) => f.verdict === 'disputed')];
    for (const f of claims) {
      if (f.claimed?.value === undefined || f.quoted) continue;
      const key = `${f.entityId}|${f.claimed.attribute}`;
      (byFact.get(key) ?? byFact.set(key, []).get(key)!).push({ path: file.path, f });
    }
  }
  const out: Disagreement[] = [];
  for (const claims of byFact.values()) {
    // The first claim of each distinct value, in file order; each later value is paired with the first.
    const distinct: { path: string; f: Finding }[] = [];
    for (const c of claims) if (!distinct.some((d) => sameValue(d.f.claimed.value, c.f.claimed.value))) distinct.push(c);
    const [first, ...others] = distinct;
    for (const other of others) {
      if (other.path === first!.path) continue;
      const place = (c: { path: string; f: Finding }) => ({ path: c.path, line: c.f.range.start.line + 1, column: c.f.range.start.character + 1, words: c.f.claimed.words });
      out.push({ entityId: first!.f.entityId, attribute: first!.f.claimed.attribute, record: first!.f.verdict === 'disputed' || other.f.verdict === 'disputed' ? 'disputed' : 'silent', a: place(first!), b: place(other) });
    }
  }
  return out;
}
