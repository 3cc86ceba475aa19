/** The claims view's content, grouped by verdict. No `vscode` import: unit-tested. */
import { draftWordsOf, type AcceptedWording, type Finding, type Range } from '../../engine';
import { shortDate } from '../../engine';
import type { IgnoreNote } from './edits';
import { VERDICT_LABEL } from './markdown';

/**
 * A group: a verdict, "quoted" (a contradicted or outdated claim inside a quotation: information,
 * as in the Problems panel) or "waived" (claims an ignore comment or an accepted wording hides from
 * the Problems panel).
 */
export type GroupVerdict = 'contradicted' | 'outdated' | 'disputed' | 'quoted' | 'unknown' | 'supported' | 'waived';
/**
 * To fix (contradicted, outdated: the Problems panel's errors and warnings), to check (disputed,
 * quoted: its information), then what needs no action. "Not in the record" is listed: a claim
 * the record cannot judge never passes silently; nor does one an ignore comment hides.
 */
export const GROUP_ORDER: readonly GroupVerdict[] = [
  'contradicted',
  'outdated',
  'disputed',
  'quoted',
  'unknown',
  'supported',
  'waived',
];

const GROUP_LABEL: Record<GroupVerdict, string> = {
  ...(VERDICT_LABEL as Record<Exclude<GroupVerdict, 'quoted' | 'waived'>, string>),
  quoted: 'In quotations',
  waived: 'Ignored / accepted',
};

/**
 * A check note as a row of "Not in the record": what the check could not judge and why (a block it
 * skipped, invisible characters inside words, a front-matter date it could not use). The engine's
 * notes name their lines ("at lines 4, 9"); the row reveals the first, else the draft's first line.
 */
export function noteRow(note: string): ClaimItem {
  const at = /\bat lines? (\d+)/.exec(note);
  const line = at ? Number(at[1]) - 1 : 0;
  const text = note.charAt(0).toUpperCase() + note.slice(1);
  return {
    label: text.length <= NOTE_LABEL ? text : `${text.slice(0, NOTE_LABEL - 1).trimEnd()}…`,
    description: `note · line ${line + 1}`,
    tooltip: text,
    range: { start: { line, character: 0 }, end: { line, character: 0 } },
    verdict: 'unknown',
    factId: '',
    note: true,
  };
}

/** A note's row label, in characters: the tooltip has the whole note. */
const NOTE_LABEL = 60;

export interface ClaimItem {
  /** "96 GB → 141 GB": the draft's words, then the record's value where they differ. */
  label: string;
  /** What the claim is about and its line, e.g. "H200 memory · line 3". */
  description: string;
  /** The finding's message. */
  tooltip: string;
  range: Range;
  verdict: GroupVerdict;
  /** '' on a note's row. */
  factId: string;
  /** A check note (noteRow), not a claim. */
  note?: boolean;
}

export interface ClaimGroup {
  verdict: GroupVerdict;
  /** "Contradicted (2)". */
  label: string;
  claims: ClaimItem[];
}

const groupOf = (f: Finding): GroupVerdict =>
  f.quoted && (f.verdict === 'contradicted' || f.verdict === 'outdated') ? 'quoted' : f.verdict;

/** The row's words: the draft's, and the record's after an arrow when the claim is not supported. */
export function rowLabel(f: Finding): string {
  const draft = draftWordsOf(f);
  const differs = f.verdict === 'contradicted' || f.verdict === 'outdated' || f.verdict === 'disputed';
  return differs && f.brief ? `${draft} → ${f.brief}` : draft;
}

/**
 * Why a claim is not in the Problems panel: an ignore comment (its note) or a wording the desk record
 * accepts (`accepted`: in this draft only or in all drafts; `origin`: the pack file and line).
 */
export interface Waiver extends IgnoreNote {
  accepted?: 'draft' | 'all';
  origin?: string;
}

/**
 * "ignored by anna, 2 Dec 2026: quoted from the filing", "accepted in this draft by anna, 2 Dec 2026:
 * house style" — what, who and when first, then why.
 */
export function waiverText(note: Waiver | undefined): string {
  if (!note) return 'ignored';
  const when = note.date ? shortDate(note.date) : '';
  const what = note.accepted ? `accepted ${note.accepted === 'draft' ? 'in this draft' : 'in all drafts'}` : 'ignored';
  const head = [what, note.who ? `by ${note.who}` : ''].filter(Boolean).join(' ') + (when ? `, ${when}` : '');
  return note.reason ? `${head}: ${note.reason}` : head;
}

/** An older entry's note: "Accepted by anna 2026-11-23 in drafts/a.md (was contradicted; the record says 141 GB)." */
const OLD_ACCEPT_NOTE = /^Accepted(?: by (.{1,60}?))? (\d{4}-\d{2}-\d{2})(?: in \S+)? \((.{1,400})\)\.?$/;

/** The waiver of a claim whose wording the desk record accepts: who and when (from the entry, else its older note), why. */
export function acceptanceWaiver(a: AcceptedWording): Waiver {
  const old = !a.by && !a.date && a.note ? OLD_ACCEPT_NOTE.exec(a.note) : null;
  const who = a.by ?? old?.[1];
  const date = a.date ?? old?.[2];
  const reason = old ? old[3] : a.note;
  return {
    accepted: a.draft ? 'draft' : 'all',
    origin: `${a.origin.file}:${a.origin.line}`,
    ...(who ? { who } : {}),
    ...(date ? { date } : {}),
    ...(reason ? { reason } : {}),
  };
}

/**
 * Groups in order, empty groups left out; claims in draft order. `waived`: claims an ignore comment or an
 * accepted wording hides, described with who waived them, when and why (`waiverOf`: the comment's note or
 * the pack entry's). `notes`: the check's notes, each its own row of "Not in the record" after its claims.
 */
export function groupClaims(
  findings: readonly Finding[],
  _entityName: (id: string) => string,
  waived: readonly Finding[] = [],
  waiverOf: (f: Finding) => Waiver | undefined = () => undefined,
  notes: readonly string[] = [],
): ClaimGroup[] {
  const groups: ClaimGroup[] = [];
  for (const verdict of GROUP_ORDER) {
    const members = verdict === 'waived' ? [...waived] : findings.filter((f) => groupOf(f) === verdict);
    const claims = members
      .sort((a, b) => a.span.start - b.span.start)
      .map<ClaimItem>((f) => ({
        label: rowLabel(f),
        description: `${f.subject} · line ${f.range.start.line + 1}${verdict === 'waived' ? ` · ${waiverText(waiverOf(f))}` : ''}`,
        tooltip:
          verdict === 'waived'
            ? `${f.message}\n${waiverText(waiverOf(f))}${waiverOf(f)?.origin ? ` (${waiverOf(f)!.origin})` : ''}`
            : f.message,
        range: f.range,
        verdict,
        factId: f.factId,
      }));
    // The count is of claims, as the status bar's; notes are counted apart.
    const noted = verdict === 'unknown' ? notes.map(noteRow) : [];
    const count = [
      claims.length ? String(claims.length) : '',
      noted.length ? `${noted.length} note${noted.length > 1 ? 's' : ''}` : '',
    ]
      .filter(Boolean)
      .join(', ');
    claims.push(...noted);
    if (claims.length) groups.push({ verdict, label: `${GROUP_LABEL[verdict]} (${count})`, claims });
  }
  return groups;
}

/** The draft with its ignore comments made inert, same length (so every offset and line stays). */
export function withoutIgnores(text: string): string | undefined {
  if (!/factdesk-ignore-(?:next-)?line/.test(text)) return undefined;
  return text.replace(/factdesk-ignore-((?:next-)?line)/g, 'factdesk-ign0re-$1');
}

/**
 * The claims a check of `unmasked` (ignore comments inert, accepted wordings kept) has and the real
 * check has not; a supported claim on an ignored line needed no waiver and is left out.
 */
export function waivedClaims(findings: readonly Finding[], unmasked: readonly Finding[]): Finding[] {
  const shown = new Set(findings.map((f) => `${f.span.start}:${f.span.end}:${f.factId}`));
  return unmasked.filter((f) => f.verdict !== 'supported' && !shown.has(`${f.span.start}:${f.span.end}:${f.factId}`));
}
