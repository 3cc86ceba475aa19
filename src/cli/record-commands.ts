/** `factdesk record validate | test | stats`: the record checks itself. */
import {
  createEngine,
  formatRecordError,
  sourceConsistency,
  statusAt,
  TIER_LABELS,
  TIERS,
  tierStats,
  type CompiledRecord,
  type ConsistencyProblem,
  type RecordError,
} from '../engine';
import type { OriginFact } from '../engine';

/** `files`: the pack files checked, as displayed. Errors are `file:line:column: field: message`. */
export function validateOutput(errors: RecordError[], files: string[]): { text: string; ok: boolean } {
  if (!errors.length) {
    if (!files.length)
      return {
        text: 'record valid: the bundled record; no pack files (none named, none in .factdesk/ here)\n',
        ok: true,
      };
    return { text: `record valid: ${files.length} pack file(s) checked (${files.join(', ')})\n`, ok: true };
  }
  const bad = new Set(errors.map((e) => e.file)).size;
  return {
    text:
      errors.map(formatRecordError).join('\n') +
      `\n${errors.length} error(s) in ${bad} of ${files.length} pack file(s)\n`,
    ok: false,
  };
}

export interface ExampleOutcome {
  factId: string;
  origin: string;
  sentence: string;
  expected: 'flag' | 'pass';
  ok: boolean;
  got: string;
}

/** The date an example is judged at: inside the fact's validity, else the day the record was reviewed (else confirmed). */
function exampleDate(f: OriginFact, reviewed?: string): string {
  if (f.valid?.to) {
    const t = new Date(
      `${f.valid.to.length === 4 ? `${f.valid.to}-01-01` : f.valid.to.length === 7 ? `${f.valid.to}-01` : f.valid.to}T00:00:00Z`,
    );
    t.setUTCDate(t.getUTCDate() - 1);
    return t.toISOString().slice(0, 10);
  }
  if (reviewed) return reviewed;
  return f.confirmed.length === 10 ? f.confirmed : `${f.confirmed}-01`.slice(0, 10);
}

/** Runs every example sentence: `flags` must be reported about the fact's entity, `passes` must not be. */
export function runExamples(record: CompiledRecord): ExampleOutcome[] {
  const engine = createEngine(record);
  const out: ExampleOutcome[] = [];
  for (const fact of record.facts) {
    if (!fact.examples) continue;
    const entity = fact.kind === 'event' ? fact.entities : [fact.entity];
    const asOf = exampleDate(fact, record.reviewed);
    const origin = `${fact.origin.file}:${fact.origin.line}`;
    for (const [list, expected] of [
      [fact.examples.flags, 'flag'],
      [fact.examples.passes, 'pass'],
    ] as const) {
      for (const sentence of list) {
        const findings = engine
          .check(sentence, { asOf })
          .findings.filter((x) => entity.includes(x.entityId) || x.factId === fact.id);
        const reported = findings.filter(
          (x) => x.verdict === 'contradicted' || x.verdict === 'outdated' || x.verdict === 'disputed',
        );
        const ok = expected === 'flag' ? reported.length > 0 : reported.every((x) => x.verdict === 'disputed');
        out.push({
          factId: fact.id,
          origin,
          sentence,
          expected,
          ok,
          got: reported.map((x) => `${x.verdict}: ${x.message}`).join(' | ') || 'no finding',
        });
      }
    }
  }
  return out;
}

/** `record test`'s consistency checks on the sources: tiers resolved from the publisher list; no copy of a cited original. */
export function consistencyOutcomes(record: CompiledRecord): { problems: ConsistencyProblem[] } {
  return { problems: sourceConsistency(record) };
}

const percent = (n: number, of: number) => (of ? `${((100 * n) / of).toFixed(1)}%` : '-');

/** "primary 13 (6.2%), major press 49 (23.3%), …". */
export function tierLine(counts: Record<string, number>, total: number): string {
  return TIERS.map((t) => `${TIER_LABELS[t]} ${counts[t] ?? 0} (${percent(counts[t] ?? 0, total)})`).join(', ');
}

export function statsOutput(record: CompiledRecord): string {
  const byKind = new Map<string, number>();
  for (const f of record.facts) byKind.set(f.kind, (byKind.get(f.kind) ?? 0) + 1);
  const entityKinds = new Map<string, number>();
  for (const e of record.entities) entityKinds.set(e.kind, (entityKinds.get(e.kind) ?? 0) + 1);
  const conflicts = record.facts.filter((f) => f.conflicts.length).length;
  const asOfs = record.facts.map((f) => f.confirmed).sort();
  const tiers = tierStats(record);
  const strong = tiers.factsByBestTier.primary + tiers.factsByBestTier['major-press'];
  const list = (m: Map<string, number>) => [...m].map(([k, v]) => `${k} ${v}`).join(', ');
  return (
    [
      `record ${record.version}`,
      `entities: ${record.entities.length} (${list(entityKinds)})`,
      `facts: ${record.facts.length} (${list(byKind)})`,
      `facts by best source tier: ${tierLine(tiers.factsByBestTier, tiers.facts)}`,
      `  primary or major press: ${strong} (${percent(strong, tiers.facts)}); weak only: ${tiers.factsByBestTier.weak} (${percent(tiers.factsByBestTier.weak, tiers.facts)})`,
      `sources: ${record.sources.length} (${tierLine(tiers.sourcesByTier, tiers.sources)})`,
      `publishers: ${record.publishers.length}`,
      `facts with recorded conflicts: ${conflicts}`,
      `record reviewed: ${record.reviewed ?? '-'}`,
      `oldest confirmed: ${asOfs[0] ?? '-'}; newest: ${asOfs[asOfs.length - 1] ?? '-'}`,
      `examples: ${record.facts.reduce((n, f) => n + (f.examples ? f.examples.flags.length + f.examples.passes.length : 0), 0)}`,
      `overridden by packs: ${record.overridden.length}; accepted wordings: ${record.accepted.length}`,
    ].join('\n') + '\n'
  );
}

/** Systems whose memory is the sum of their GPUs': whole = gpu_count × part (the record holds both). */
const AGGREGATES: { whole: string; part: string }[] = [
  { whole: 'nvidia-gb200', part: 'nvidia-b200' },
  { whole: 'nvidia-gb200-nvl72', part: 'nvidia-b200' },
];
const US_VENDORS = new Set(['nvidia', 'amd', 'intel']);
/** US chips whose China status no read page settles (data/record/CHANGELOG.md says why); reported, not failed. */
export const KNOWN_STATUS_GAPS = new Set(['nvidia-rtx-pro-6000d', 'nvidia-l20']);
const GB = (q: { amount: number; unit: string }) => (q.unit === 'TB' ? q.amount * 1000 : q.amount);

/**
 * Consistency of the record as a whole (run by `record test`): aggregates against their parts, no two
 * current values of one attribute without a recorded conflict (launch and shipping figures must be dated),
 * every entity id and name resolvable by `explain`, every US chip with a US-export status for China at the
 * review date, and no fact confirmed later than its newest cited source.
 */
export function consistencyProblems(record: CompiledRecord): string[] {
  const engine = createEngine(record);
  const index = engine.index;
  const out: string[] = [];
  const at = record.reviewed ?? new Date().toISOString().slice(0, 10);
  const current = (f: OriginFact) => (!f.valid?.from || f.valid.from <= at) && (!f.valid?.to || at < f.valid.to);
  for (const { whole, part } of AGGREGATES) {
    const n = index.quantityFacts(whole, 'gpu_count')[0]?.value.amount;
    const w = index.quantityFacts(whole, 'memory_capacity').find((f) => current(f) && !f.variant);
    const p = index.quantityFacts(part, 'memory_capacity').find((f) => current(f) && !f.variant);
    if (!n || !w || !p) continue;
    const expected = n * GB(p.value);
    if (Math.abs(GB(w.value) - expected) > 0.02 * expected)
      out.push(`aggregate: ${w.id} = ${GB(w.value)} GB, but ${n} × ${p.id} (${GB(p.value)} GB) = ${expected} GB`);
  }
  const groups = new Map<string, OriginFact[]>();
  for (const f of record.facts) {
    if (f.kind !== 'quantity' && f.kind !== 'category') continue;
    if (f.kind === 'category' && f.attribute === 'role') continue;
    if (
      f.kind === 'quantity' &&
      (f.attribute === 'revenue_share' || f.attribute === 'charge' || f.attribute === 'relative_performance')
    )
      continue;
    const key = `${f.entity}|${f.attribute}|${f.variant ?? ''}`;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(f);
  }
  const valueOf = (f: OriginFact): unknown => ('value' in f ? f.value : undefined);
  const valueKey = (v: unknown) =>
    JSON.stringify(typeof v === 'object' && v ? { a: GB(v as { amount: number; unit: string }) } : v);
  for (const [key, facts] of groups) {
    const now = facts.filter(current);
    for (let i = 0; i < now.length; i++) {
      for (let j = i + 1; j < now.length; j++) {
        const a = now[i]!;
        const b = now[j]!;
        if (valueKey(valueOf(a)) === valueKey(valueOf(b))) continue;
        const recorded =
          a.conflicts.some((c) => valueKey(c.value) === valueKey(valueOf(b))) ||
          b.conflicts.some((c) => valueKey(c.value) === valueKey(valueOf(a)));
        if (!recorded)
          out.push(
            `two current values of ${key}: ${a.id} and ${b.id} differ and neither records the other as a conflict (date them as variants with valid.from/to)`,
          );
      }
    }
  }
  for (const e of record.entities) {
    for (const name of [e.id, e.name, ...e.aliases]) {
      const got = index.resolve(name);
      if (got?.id !== e.id) out.push(`explain "${name}" resolves to ${got ? got.id : 'nothing'}, not ${e.id}`);
    }
  }
  for (const e of record.entities.filter((x) => x.kind === 'chip')) {
    const vendor = index.categoryFacts(e.id, 'vendor')[0]?.value;
    const usChip = vendor ? US_VENDORS.has(vendor) : /^(?:nvidia|amd)-/.test(e.id);
    if (usChip && !KNOWN_STATUS_GAPS.has(e.id) && !statusAt(index, e.id, at, 'us-export'))
      out.push(`status: ${e.id} has no US-export status for China on ${at}`);
  }
  for (const f of record.facts) {
    const newest =
      f.citations
        .map((c) => index.sources.get(c.source))
        .map((s) => s?.date ?? s?.accessed ?? '')
        .sort()
        .pop() ?? '';
    if (f.confirmed && newest && f.confirmed.slice(0, newest.length) > newest && f.confirmed > newest)
      out.push(`confirmed: ${f.id} is confirmed ${f.confirmed}, later than its newest cited source (${newest})`);
  }
  return out;
}
