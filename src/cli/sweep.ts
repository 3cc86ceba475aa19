/**
 * `factdesk sweep PATH… [--at DATE] [--format text|json|markdown]`: a corrections sweep of published drafts.
 * Each draft is checked twice — at its own publication date (front matter `date:`) and at `--at` (default
 * today) — and the claims that need the desk's attention are listed:
 *   - correction due: wrong (contradicted or outdated) already when published;
 *   - update due: right when published, no longer right at `--at` (the message says what changed, when, and
 *     the source).
 * A draft without a publication date cannot be swept and is named in a note.
 */
import {
  changesWithTime,
  displayDate,
  factValueText,
  safeSourceLink,
  STATUS_LABELS,
  type Engine,
  type Finding,
  type OriginFact,
  type RecordVersion,
  type Verdict,
} from '../engine';
import { safe } from './format/escape';

export interface SweepSource {
  title: string;
  publisher: string;
  url: string;
  date: string | null;
}

/**
 * A day on which the record's answer to a claim turned: a fact began or ended that day. The claim's verdict and
 * the engine's one-row message from that day, and the fact that made the difference with its source.
 */
export interface SweepChange {
  date: string;
  verdict: Verdict;
  message: string;
  /** The fact the claim was judged against that day (the message's). */
  factId: string;
  /** The fact that began (or ended) that day and bears on the claim; absent when none could be named. */
  fact?: { id: string; began: boolean; value: string };
  source?: SweepSource;
}

export interface SweepItem {
  line: number;
  column: number;
  claim: string;
  factId: string;
  /** At publication: the verdict then; for an update, what the record says now. */
  verdictThen: Verdict;
  verdictNow: Verdict;
  message: string;
  /**
   * For a correction: the source of the recorded value (of the change, when the claim was already out of date);
   * for an update or a recheck: the source of the change.
   */
  source?: SweepSource;
  /**
   * For an update or a recheck: the first day after publication on which the claim stopped being right
   * (an update: it became wrong; a recheck: the record stopped confirming it), with what changed.
   * For a correction of a claim already out of date when published: the day before publication it went out of date.
   */
  change?: SweepChange;
  /** Later turns up to the sweep's date (the record's answer changed again), oldest first. */
  later?: SweepChange[];
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

const WRONG = new Set<Verdict>(['contradicted', 'outdated']);
const sourceOf = (s: SweepSource): SweepSource => ({
  title: s.title,
  publisher: s.publisher,
  url: s.url,
  date: s.date ?? null,
});

function item(f: Finding, then: Verdict, now: Finding, change?: SweepChange, later?: SweepChange[]): SweepItem {
  const s = change ? change.source : now.sources[0];
  return {
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
    claim: f.claim,
    factId: now.factId || f.factId,
    verdictThen: then,
    verdictNow: now.verdict,
    message: now.message,
    ...(s ? { source: sourceOf(s) } : {}),
    ...(change ? { change } : {}),
    ...(later?.length ? { later } : {}),
  };
}

/** A record date as a day to check at: `2026` → 2026-01-01, `2026-01` → 2026-01-01. */
const dayOf = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);

/**
 * The days in (after, through] on which a time-dependent claim's verdict can turn: a fact's validity begins or
 * ends (statuses, roles), or a chip is announced or launched (a superlative weighs only chips that exist).
 */
export function changeDays(facts: Iterable<OriginFact>, after: string, through: string): string[] {
  const days = new Set<string>();
  for (const f of facts) {
    if (f.valid?.from) days.add(dayOf(f.valid.from));
    if (f.valid?.to) days.add(dayOf(f.valid.to));
    if (f.kind === 'event' && (f.type === 'announced' || f.type === 'launched')) days.add(dayOf(f.date));
  }
  return [...days].filter((d) => d > after && d <= through).sort();
}

/** A fact's value for a reader: "Nvidia H200: Approved for approved customers; licences under review". */
function valueOf(f: OriginFact, engine: Engine): string {
  if (f.kind !== 'status')
    return `${engine.index.entityName('entity' in f ? f.entity : '')}: ${factValueText(f, engine.index)}`.replace(
      /^: /,
      '',
    );
  return `${engine.index.entityName(f.entity)}${f.side === 'china-import' ? ' (China’s imports)' : ''}: ${STATUS_LABELS[f.status]}`;
}

/**
 * What changed on `day` for the finding `g` (the claim as judged that day): the fact beginning (else ending)
 * that day that the finding rests on — its sources among the finding's — else one about the claim's entity.
 */
function changeOn(engine: Engine, day: string, g: Finding, entityId: string): SweepChange {
  const cited = new Set(g.sources.map((s) => s.id));
  const boundary: { f: OriginFact; began: boolean; rank: number }[] = [];
  for (const f of engine.index.facts.values()) {
    const began = !!f.valid?.from && dayOf(f.valid.from) === day;
    const ended = !!f.valid?.to && dayOf(f.valid.to) === day;
    const launched = f.kind === 'event' && (f.type === 'announced' || f.type === 'launched') && dayOf(f.date) === day;
    if (!began && !ended && !launched) continue;
    const rests = f.citations.some((c) => cited.has(c.source));
    const about = 'entity' in f ? f.entity === entityId : f.kind === 'event' && f.entities.includes(entityId);
    if (!rests && !about) continue;
    // A fact beginning before one ending; about the claim's own entity before another's; one the finding rests on.
    boundary.push({
      f,
      began: began || launched,
      rank: (began || launched ? 0 : 4) + (about ? 0 : 2) + (rests ? 0 : 1),
    });
  }
  boundary.sort((a, b) => a.rank - b.rank);
  const pick = boundary[0];
  const change: SweepChange = { date: day, verdict: g.verdict, message: g.message, factId: g.factId };
  if (!pick) return change;
  change.fact = { id: pick.f.id, began: pick.began, value: valueOf(pick.f, engine) };
  const source = reportOf(engine, pick.f, day, g);
  if (source) change.source = sourceOf(source);
  return change;
}

/**
 * The source to cite for a change: of the fact's cited pages, the one dated nearest on or after the day (it
 * reports the change), else the best by tier (the finding's order, best first).
 */
function reportOf(engine: Engine, f: OriginFact, day: string, g: Finding): SweepSource | undefined {
  const ids = f.citations.map((c) => c.source);
  const ranked = [
    ...g.sources.filter((s) => ids.includes(s.id)),
    ...ids.filter((id) => !g.sources.some((s) => s.id === id)).flatMap((id) => engine.index.sources.get(id) ?? []),
  ];
  const dated = ranked
    .filter((s) => s.date && dayOf(s.date) >= day)
    .sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0));
  return dated[0] ?? ranked[0];
}

/**
 * For a claim out of date when published (`f`, judged at publication): the change day on or before publication
 * from which it has been wrong, found by checking back from publication (`at(day)`: the claim judged that day)
 * until it was last right; undefined when no such day is found.
 */
function turnBefore(
  engine: Engine,
  days: readonly string[],
  published: string,
  f: Finding,
  at: (day: string) => Finding | undefined,
): SweepChange | undefined {
  let turn: { day: string; g: Finding } | undefined;
  for (const day of days.filter((d) => d <= published).reverse()) {
    const g = at(day);
    if (!g || !WRONG.has(g.verdict)) break;
    turn = { day, g };
  }
  return turn && changeOn(engine, turn.day, turn.g, f.entityId);
}

/**
 * The facts added or changed in the record after `since` (a version in the record's changelog,
 * data/record/changes.yaml), up to the newest version; undefined when the record lists no such version.
 */
export function factsChangedSince(
  versions: readonly RecordVersion[],
  since: string,
): { facts: Set<string>; removed: string[]; through: string } | undefined {
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
 * A claim right when published and not at `at` is checked again on each day in between on which the record
 * changed (changeDays): the first day it stopped being right is the change the update note or recheck reports.
 * `only`: sweep only the claims resting on these facts (at publication, at `at`, or the change): --since-record.
 */
export function sweepDraft(
  engine: Engine,
  path: string,
  text: string,
  at: string,
  today: string,
  only?: ReadonlySet<string>,
): SweepDraft {
  const published = engine.check(text, { today, includeSupported: true });
  if (published.asOfOrigin !== 'front-matter')
    return {
      path,
      corrections: [],
      updates: [],
      rechecks: [],
      note: 'no publication date (front matter date:): not swept',
    };
  if (published.asOf > at)
    return {
      path,
      published: published.asOf,
      corrections: [],
      updates: [],
      rechecks: [],
      note: `published ${published.asOf}, after ${at}: not swept`,
    };
  const key = (f: Finding) => `${f.span.start}:${f.span.end}:${f.kind}`;
  const checks = new Map<string, Map<string, Finding>>();
  const findingsAt = (day: string) => {
    let byPlace = checks.get(day);
    if (!byPlace)
      checks.set(
        day,
        (byPlace = new Map(engine.check(text, { asOf: day, includeSupported: true }).findings.map((f) => [key(f), f]))),
      );
    return byPlace;
  };
  const nowByPlace = findingsAt(at);
  let days: string[] | undefined;
  const corrections: SweepItem[] = [];
  const updates: SweepItem[] = [];
  const rechecks: SweepItem[] = [];
  const wanted = (...ids: (string | undefined)[]) => !only || ids.some((id) => id && only.has(id));
  for (const f of published.findings) {
    const later = nowByPlace.get(key(f));
    if (WRONG.has(f.verdict)) {
      // Out of date already when published: the change that made it so, and the page that reported it.
      let change: SweepChange | undefined;
      if (f.verdict === 'outdated') {
        days ??= changeDays(engine.index.facts.values(), '', at);
        change = turnBefore(engine, days, published.asOf, f, (day) => findingsAt(day).get(key(f)));
      }
      if (wanted(f.factId, later?.factId, change?.fact?.id)) corrections.push(item(f, f.verdict, f, change));
      continue;
    }
    // Only what changes with time can go out of date: statuses, roles, and any fact recorded as valid for a
    // time. (A dated event stays as it was; and a relative date — "in April" — is read against the as-of date,
    // so a second check at a later date would misread it rather than re-judge it.)
    const timeDependent = changesWithTime(f) || !!engine.index.facts.get(f.factId)?.valid;
    if (f.verdict !== 'supported' || !later || later.verdict === 'supported' || !timeDependent) continue;
    if (!WRONG.has(later.verdict) && later.verdict !== 'unknown') continue;
    // The days the record changed between publication and `at`: where the claim's verdict (or, once wrong, what
    // the record says) turned.
    days ??= changeDays(engine.index.facts.values(), '', at);
    const turns: SweepChange[] = [];
    let previous = f;
    for (const day of days) {
      if (day <= published.asOf) continue;
      const g = findingsAt(day).get(key(f));
      if (!g || (g.verdict === previous.verdict && (g.verdict === 'supported' || g.message === previous.message)))
        continue;
      turns.push(changeOn(engine, day, g, f.entityId));
      previous = g;
    }
    const wrongAt = turns.findIndex((t) => WRONG.has(t.verdict));
    const first = wrongAt >= 0 ? wrongAt : turns.findIndex((t) => t.verdict !== 'supported');
    const change = first >= 0 ? turns[first] : undefined;
    const rest = first >= 0 ? turns.slice(first + 1) : [];
    if (!wanted(f.factId, later.factId, change?.fact?.id, ...rest.map((t) => t.fact?.id))) continue;
    if (wrongAt >= 0 || WRONG.has(later.verdict)) updates.push(item(f, 'supported', later, change, rest));
    else
      rechecks.push(
        item(f, 'supported', { ...later, sources: later.sources.length ? later.sources : f.sources }, change, rest),
      );
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

/** "WION, “Title”, 2025-12-09, https://…" */
const sourceText = (s: SweepSource, text: (t: string) => string = (t) => t, url: (u: string) => string = (u) => u) =>
  `${text(s.publisher)}, “${text(s.title)}”${s.date ? `, ${s.date}` : ''}, ${url(s.url)}`;
/** "Nvidia H200: Approved …, from 8 December 2025 [h200.china-status.approved-pending]" */
const changeText = (
  c: SweepChange,
  text: (t: string) => string = (t) => t,
  id: (i: string) => string = (i) => `[${i}]`,
) =>
  c.fact
    ? `${text(c.fact.value)}, ${c.fact.began ? 'from' : 'until'} ${displayDate(c.date)} ${id(c.fact.id)}`
    : `the record changed on ${displayDate(c.date)}`;
/** What the record says at the sweep's date, when it is not what the change said. */
const nowText = (i: SweepItem) => {
  const last = i.later?.length ? i.later[i.later.length - 1]! : i.change;
  if (!last || (last.verdict === i.verdictNow && (i.verdictNow === 'unknown' || last.message === i.message)))
    return undefined;
  return i.verdictNow === 'unknown' ? 'the record no longer judges the claim' : i.message;
};

export function formatSweepText(drafts: SweepDraft[], at: string, limit?: SweepLimit): string {
  const out: string[] = [];
  if (limit) out.push(`note: ${limitText(limit)}`);
  // An update or recheck: its first row as before, then what changed, its source, and what came after.
  const details = (i: SweepItem) => {
    if (!i.change) return;
    out.push(`    changed: ${safe(changeText(i.change))}`);
    if (i.source) out.push(`    source: ${safe(sourceText(i.source))}`);
    for (const t of i.later ?? [])
      out.push(
        `    then ${t.date}: ${safe(t.verdict === 'unknown' ? 'the record no longer judges the claim' : t.message)}${t.fact ? ` — ${safe(changeText(t))}` : ''}`,
      );
    const now = nowText(i);
    if (now) out.push(`    at ${at}: ${safe(now)}`);
  };
  for (const d of drafts) {
    if (d.note) out.push(`${safe(d.path)}: note: ${d.note}`);
    for (const c of d.corrections) {
      out.push(
        `${safe(d.path)}:${c.line}:${c.column}: correction due (wrong when published ${d.published}): ${safe(c.message)} [${c.factId}]`,
      );
      // Already out of date when published: what had changed, and its source.
      if (c.change)
        out.push(
          `    changed: ${safe(changeText(c.change))}`,
          ...(c.source ? [`    source: ${safe(sourceText(c.source))}`] : []),
        );
    }
    for (const u of d.updates) {
      const when = u.change ? `${u.change.verdict} from ${u.change.date}` : `${u.verdictNow} at ${at}`;
      out.push(
        `${safe(d.path)}:${u.line}:${u.column}: update due (right when published ${d.published}, ${when}): ${safe(u.change?.message ?? u.message)} [${u.change?.factId || u.factId}]`,
      );
      details(u);
    }
    for (const r of d.rechecks) {
      out.push(
        `${safe(d.path)}:${r.line}:${r.column}: recheck (right when published ${d.published}; the record no longer confirms it ${r.change ? `from ${r.change.date}` : `at ${at}`}): “${safe(r.claim)}” [${r.factId}]`,
      );
      details(r);
    }
  }
  const corrections = drafts.reduce((n, d) => n + d.corrections.length, 0);
  const updates = drafts.reduce((n, d) => n + d.updates.length, 0);
  const rechecks = drafts.reduce((n, d) => n + d.rechecks.length, 0);
  out.push(
    `${corrections} correction(s), ${updates} update note(s) due and ${rechecks} claim(s) to recheck in ${drafts.length} draft(s), swept at ${at}`,
  );
  return out.join('\n') + '\n';
}

/** A report for an editor's queue: one section per draft that needs something. */
export function formatSweepMarkdown(drafts: SweepDraft[], at: string, limit?: SweepLimit): string {
  const md = (s: string) => safe(s).replace(/([\\`*_[\]<>#|])/g, '\\$1');
  const out = [`# Corrections sweep at ${at}`, ''];
  if (limit) out.push(`_${md(limitText(limit)).replace(/^l/, 'L')}._`, '');
  // An https URL as an autolink, percent-encoded (no '>' can end it); any other as escaped text.
  const link = (u: string) => {
    const safeLink = safeSourceLink(u);
    return safeLink ? `<${safeLink.href}>` : md(u);
  };
  const sourceSentence = (i: SweepItem) => (i.source ? ` Source: ${sourceText(i.source, md, link)}.` : '');
  /** The engine's one-row message as a sentence, before a source. */
  const sentence = (m: string) => md(m) + (/[.!?]$/.test(m) ? '' : '.');
  const change = (c: SweepChange) => changeText(c, md, (id) => `(\`${id}\`)`);
  const details = (i: SweepItem): string[] => {
    if (!i.change) return [];
    const now = nowText(i);
    return [
      `  - Changed: ${change(i.change)}.${sourceSentence(i)}`,
      ...(i.later ?? []).map(
        (t) =>
          `  - Then on ${displayDate(t.date)}: ${md(t.verdict === 'unknown' ? 'the record no longer judges the claim' : t.message)}${t.fact ? ` — ${change(t)}` : ''}.`,
      ),
      ...(now ? [`  - At ${at}: ${md(now)}.`] : []),
    ];
  };
  const due = drafts.filter((d) => d.corrections.length || d.updates.length || d.rechecks.length);
  if (!due.length) out.push('Nothing due.', '');
  for (const d of due) {
    out.push(`## ${md(d.path)} (published ${d.published})`, '');
    if (d.corrections.length) {
      out.push('### Correction due (wrong when published)', '');
      for (const c of d.corrections) {
        if (c.change)
          out.push(
            `- line ${c.line}: “${md(c.claim)}” — ${md(c.message)}`,
            `  - Changed before publication: ${change(c.change)}.${sourceSentence(c)}`,
          );
        else
          out.push(
            `- line ${c.line}: “${md(c.claim)}” — ${c.source ? sentence(c.message) : md(c.message)}${sourceSentence(c)}`,
          );
      }
      out.push('');
    }
    if (d.updates.length) {
      out.push(`### Update note due (right when published, no longer at ${at})`, '');
      for (const u of d.updates)
        out.push(
          `- line ${u.line}: “${md(u.claim)}” — ${u.change || !u.source ? md(u.change?.message ?? u.message) : sentence(u.message)}${u.change ? '' : sourceSentence(u)}`,
          ...details(u),
        );
      out.push('');
    }
    if (d.rechecks.length) {
      out.push(`### Recheck (right when published; the record no longer confirms it at ${at})`, '');
      for (const r of d.rechecks) out.push(`- line ${r.line}: “${md(r.claim)}”`, ...details(r));
      out.push('');
    }
  }
  const notes = drafts.filter((d) => d.note);
  if (notes.length) out.push('## Not swept', '', ...notes.map((d) => `- ${md(d.path)}: ${d.note}`), '');
  return out.join('\n');
}
