/**
 * `factdesk sweep PATH… [--at DATE] [--format text|json|markdown]`: a corrections sweep of published drafts.
 * Each draft is checked twice — at its own publication date (front matter `date:`) and at `--at` (default
 * today) — and the claims that need the desk's attention are listed:
 *   - correction due: wrong (contradicted or outdated) already when published;
 *   - update due: right when published, no longer right at `--at` (the message says what changed, when, and
 *     the source).
 * A draft without a publication date cannot be swept and is named in a note.
 */
import { changesWithTime, type Engine, type Finding, type RecordVersion } from '../engine';
import { safe } from './format/escape';

export interface SweepItem {
  line: number;
  column: number;
  claim: string;
  factId: string;
  /** At publication: the verdict then; for an update, what the record says now. */
  verdictThen: string;
  verdictNow: string;
  message: string;
  source?: { title: string; publisher: string; url: string; date: string | null };
}

export interface SweepDraft {
  path: string;
  published?: string;
  corrections: SweepItem[];
  updates: SweepItem[];
  /** Right when published; the record can no longer judge it at `at` (a status it no longer confirms): recheck. */
  rechecks: SweepItem[];
  note?: string;
}

const WRONG = new Set(['contradicted', 'outdated']);
const timeDependent = (f: Finding) => changesWithTime(f);

function item(f: Finding, then: string, now: Finding): SweepItem {
  const s = now.sources[0];
  return {
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
    claim: f.claim,
    factId: now.factId || f.factId,
    verdictThen: then,
    verdictNow: now.verdict,
    message: now.message,
    ...(s ? { source: { title: s.title, publisher: s.publisher, url: s.url, date: s.date ?? null } } : {}),
  };
}

/**
 * The facts added or changed in the record after `since` (a version in the record's changelog,
 * data/record/changes.yaml), up to the newest version; undefined when the record lists no such version.
 */
export function factsChangedSince(versions: readonly RecordVersion[], since: string): { facts: Set<string>; removed: string[]; through: string } | undefined {
  const at = versions.findIndex((v) => v.version === since);
  if (at < 0) return undefined;
  const later = versions.slice(at + 1);
  return {
    facts: new Set(later.flatMap((v) => [...v.added, ...v.changed.map((c) => c.fact)])),
    removed: later.flatMap((v) => v.removed),
    through: versions[versions.length - 1]!.version,
  };
}

/**
 * The sweep of one draft: its claims at publication and at `at`, matched by their place in the draft.
 * `only`: sweep only the claims resting on these facts (at publication or at `at`): --since-record.
 */
export function sweepDraft(engine: Engine, path: string, text: string, at: string, today: string, only?: ReadonlySet<string>): SweepDraft {
  const published = engine.check(text, { today, includeSupported: true });
  if (published.asOfOrigin !== 'front-matter') return { path, corrections: [], updates: [], rechecks: [], note: 'no publication date (front matter date:): not swept' };
  const now = engine.check(text, { asOf: at, includeSupported: true });
  const key = (f: Finding) => `${f.span.start}:${f.span.end}:${f.kind}`;
  const nowByPlace = new Map(now.findings.map((f) => [key(f), f]));
  const corrections: SweepItem[] = [];
  const updates: SweepItem[] = [];
  const rechecks: SweepItem[] = [];
  for (const f of published.findings) {
    const later = nowByPlace.get(key(f));
    if (only && !only.has(f.factId) && !(later && only.has(later.factId))) continue;
    if (WRONG.has(f.verdict)) corrections.push(item(f, f.verdict, f));
    // Only what changes with time can go out of date: statuses and roles. (A dated event stays as it was; and a
    // relative date is read against the publication date, so the second check does not re-judge it.)
    else if (f.verdict === 'supported' && later && WRONG.has(later.verdict) && timeDependent(f)) updates.push(item(f, 'supported', later));
    else if (f.verdict === 'supported' && later?.verdict === 'unknown' && timeDependent(f)) rechecks.push(item(f, 'supported', { ...later, sources: f.sources }));
  }
  return { path, published: published.asOf, corrections, updates, rechecks };
}

/** With --since-record: which record versions the sweep was limited to, and to how many facts. */
export interface SweepLimit {
  since: string;
  through: string;
  facts: number;
  removed: string[];
}

const limitText = (l: SweepLimit) =>
  `limited to the ${l.facts} fact(s) added or changed after record ${l.since} (through ${l.through})` +
  (l.removed.length ? `; ${l.removed.length} fact(s) removed since are no longer judged: ${l.removed.join(', ')}` : '');

export function formatSweepText(drafts: SweepDraft[], at: string, limit?: SweepLimit): string {
  const out: string[] = [];
  if (limit) out.push(`note: ${limitText(limit)}`);
  for (const d of drafts) {
    if (d.note) out.push(`${safe(d.path)}: note: ${d.note}`);
    for (const c of d.corrections) out.push(`${safe(d.path)}:${c.line}:${c.column}: correction due (wrong when published ${d.published}): ${safe(c.message)} [${c.factId}]`);
    for (const u of d.updates) out.push(`${safe(d.path)}:${u.line}:${u.column}: update due (right when published ${d.published}, ${u.verdictNow} at ${at}): ${safe(u.message)} [${u.factId}]`);
    for (const r of d.rechecks) out.push(`${safe(d.path)}:${r.line}:${r.column}: recheck (right when published ${d.published}; the record no longer confirms it at ${at}): “${safe(r.claim)}” [${r.factId}]`);
  }
  const corrections = drafts.reduce((n, d) => n + d.corrections.length, 0);
  const updates = drafts.reduce((n, d) => n + d.updates.length, 0);
  const rechecks = drafts.reduce((n, d) => n + d.rechecks.length, 0);
  out.push(`${corrections} correction(s), ${updates} update note(s) due and ${rechecks} claim(s) to recheck in ${drafts.length} draft(s), swept at ${at}`);
  return out.join('\n') + '\n';
}

/** A report for an editor's queue: one section per draft that needs something. */
export function formatSweepMarkdown(drafts: SweepDraft[], at: string, limit?: SweepLimit): string {
  const md = (s: string) => safe(s).replace(/([\\`*_[\]<>#|])/g, '\\$1');
  const out = [`# Corrections sweep at ${at}`, ''];
  if (limit) out.push(`_${md(limitText(limit)).replace(/^l/, 'L')}._`, '');
  const due = drafts.filter((d) => d.corrections.length || d.updates.length || d.rechecks.length);
  if (!due.length) out.push('Nothing due.', '');
  for (const d of due) {
    out.push(`## ${md(d.path)} (published ${d.published})`, '');
    if (d.corrections.length) {
      out.push('### Correction due (wrong when published)', '');
      for (const c of d.corrections) out.push(`- line ${c.line}: “${md(c.claim)}” — ${md(c.message)}`);
      out.push('');
    }
    if (d.updates.length) {
      out.push(`### Update note due (right when published, no longer at ${at})`, '');
      for (const u of d.updates) out.push(`- line ${u.line}: “${md(u.claim)}” — ${md(u.message)}${u.source ? ` Source: ${md(u.source.publisher)}, “${md(u.source.title)}”${u.source.date ? `, ${u.source.date}` : ''}, <${u.source.url}>.` : ''}`);
      out.push('');
    }
    if (d.rechecks.length) {
      out.push(`### Recheck (right when published; the record no longer confirms it at ${at})`, '');
      for (const r of d.rechecks) out.push(`- line ${r.line}: “${md(r.claim)}”`);
      out.push('');
    }
  }
  const notes = drafts.filter((d) => d.note);
  if (notes.length) out.push('## Not swept', '', ...notes.map((d) => `- ${md(d.path)}: ${d.note}`), '');
  return out.join('\n');
}
