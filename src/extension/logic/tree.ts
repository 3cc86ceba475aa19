/** The claims view's content, grouped by verdict. No `vscode` import: unit-tested. */
import { draftWordsOf, type Finding, type Range } from '../../engine';
import { shortDate } from '../../engine';
import type { IgnoreNote } from './edits';
import { VERDICT_LABEL } from './markdown';

/**
 * A group: a verdict, "quoted" (a contradicted or outdated claim inside a quotation: information,
 * as in the Problems panel) or "waived" (claims an ignore comment hides from the Problems panel).
 */
export type GroupVerdict = 'contradicted' | 'outdated' | 'disputed' | 'quoted' | 'unknown' | 'supported' | 'waived';
/**
 * To fix (contradicted, outdated: the Problems panel's errors and warnings), to check (disputed,
 * quoted: its information), then what needs no action. "Not in the record" is listed: a claim
 * the record cannot judge never passes silently; nor does one an ignore comment hides.
 */
export const GROUP_ORDER: readonly GroupVerdict[] = ['contradicted', 'outdated', 'disputed', 'quoted', 'unknown', 'supported', 'waived'];

const GROUP_LABEL: Record<GroupVerdict, string> = {
  ...(VERDICT_LABEL as Record<Exclude<GroupVerdict, 'quoted' | 'waived'>, string>),
  quoted: 'In quotations',
  waived: 'Ignored / accepted',
};

export interface ClaimItem {
  /** "96 GB → 141 GB": the draft's words, then the record's value where they differ. */
  label: string;
  /** What the claim is about and its line, e.g. "H200 memory · line 3". */
  description: string;
  /** The finding's message. */
  tooltip: string;
  range: Range;
  verdict: GroupVerdict;
  factId: string;
}

export interface ClaimGroup {
  verdict: GroupVerdict;
  /** "Contradicted (2)". */
  label: string;
  claims: ClaimItem[];
}

const groupOf = (f: Finding): GroupVerdict => (f.quoted && (f.verdict === 'contradicted' || f.verdict === 'outdated') ? 'quoted' : f.verdict);

/** The row's words: the draft's, and the record's after an arrow when the claim is not supported. */
export function rowLabel(f: Finding): string {
  const draft = draftWordsOf(f);
  const differs = f.verdict === 'contradicted' || f.verdict === 'outdated' || f.verdict === 'disputed';
  return differs && f.brief ? `${draft} → ${f.brief}` : draft;
}

/** "ignored by anna, 2 Dec 2026: quoted from the filing" — who and when first, then why. */
export function waiverText(note: IgnoreNote | undefined): string {
  if (!note) return 'ignored';
  const when = note.date ? shortDate(note.date) : '';
  const head = ['ignored', note.who ? `by ${note.who}` : ''].filter(Boolean).join(' ') + (when ? `, ${when}` : '');
  return note.reason ? `${head}: ${note.reason}` : head;
}

/**
 * Groups in order, empty groups left out; claims in draft order. `waived`: claims an ignore comment hides,
 * described with who ignored them, when and why (`waiverOf`, read from the comment).
 */
export function groupClaims(
  findings: readonly Finding[],
  _entityName: (id: string) => string,
  waived: readonly Finding[] = [],
  waiverOf: (f: Finding) => IgnoreNote | undefined = () => undefined,
): ClaimGroup[] {
  const groups: ClaimGroup[] = [];
  for (const verdict of GROUP_ORDER) {
    const members = verdict === 'waived' ? [...waived] : findings.filter((f) => groupOf(f) === verdict);
    const claims = members
      .sort((a, b) => a.span.start - b.span.start)
      .map<ClaimItem>((f) => ({
        label: rowLabel(f),
        description: `${f.subject} · line ${f.range.start.line + 1}${verdict === 'waived' ? ` · ${waiverText(waiverOf(f))}` : ''}`,
        tooltip: verdict === 'waived' ? `${f.message}\n${waiverText(waiverOf(f))}` : f.message,
        range: f.range,
        verdict,
        factId: f.factId,
      }));
    if (claims.length) groups.push({ verdict, label: `${GROUP_LABEL[verdict]} (${claims.length})`, claims });
  }
  return groups;
}

/** The draft with its ignore comments made inert, same length (so every offset and line stays). */
export function withoutIgnores(text: string): string | undefined {
  if (!/factdesk-ignore-(?:next-)?line/.test(text)) return undefined;
  return text.replace(/factdesk-ignore-((?:next-)?line)/g, 'factdesk-ign0re-$1');
}

/**
 * The claims a check of `unmasked` (ignore comments inert) has and the real check has not; a
 * supported claim on an ignored line needed no waiver and is left out.
 */
export function waivedClaims(findings: readonly Finding[], unmasked: readonly Finding[]): Finding[] {
  const shown = new Set(findings.map((f) => `${f.span.start}:${f.span.end}:${f.factId}`));
  return unmasked.filter((f) => f.verdict !== 'supported' && !shown.has(`${f.span.start}:${f.span.end}:${f.factId}`));
}
