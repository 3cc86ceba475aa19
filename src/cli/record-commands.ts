/** `factdesk record validate | test | stats`: the record checks itself. */
import { createEngine, formatRecordError, type CompiledRecord, type RecordError } from '../engine';
import type { OriginFact } from '../engine/record/load';

/** `files`: the pack files checked, as displayed. Errors are `file:line:column: field: message`. */
export function validateOutput(errors: RecordError[], files: string[]): { text: string; ok: boolean } {
  if (!errors.length) {
    if (!files.length) return { text: 'record valid: the bundled record; no pack files (none named, none in .factdesk/ here)\n', ok: true };
    return { text: `record valid: ${files.length} pack file(s) checked (${files.join(', ')})\n`, ok: true };
  }
  const bad = new Set(errors.map((e) => e.file)).size;
  return { text: errors.map(formatRecordError).join('\n') + `\n${errors.length} error(s) in ${bad} of ${files.length} pack file(s)\n`, ok: false };
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
    const t = new Date(`${f.valid.to.length === 4 ? `${f.valid.to}-01-01` : f.valid.to.length === 7 ? `${f.valid.to}-01` : f.valid.to}T00:00:00Z`);
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
        const findings = engine.check(sentence, { asOf }).findings.filter((x) => entity.includes(x.entityId) || x.factId === fact.id);
        const reported = findings.filter((x) => x.verdict === 'contradicted' || x.verdict === 'outdated' || x.verdict === 'disputed');
        const ok = expected === 'flag' ? reported.length > 0 : reported.every((x) => x.verdict === 'disputed');
        out.push({ factId: fact.id, origin, sentence, expected, ok, got: reported.map((x) => `${x.verdict}: ${x.message}`).join(' | ') || 'no finding' });
      }
    }
  }
  return out;
}

export function statsOutput(record: CompiledRecord): string {
  const byKind = new Map<string, number>();
  for (const f of record.facts) byKind.set(f.kind, (byKind.get(f.kind) ?? 0) + 1);
  const entityKinds = new Map<string, number>();
  for (const e of record.entities) entityKinds.set(e.kind, (entityKinds.get(e.kind) ?? 0) + 1);
  const conflicts = record.facts.filter((f) => f.conflicts.length).length;
  const asOfs = record.facts.map((f) => f.confirmed).sort();
  const quality = new Map<string, number>();
  for (const s of record.sources) quality.set(s.quality, (quality.get(s.quality) ?? 0) + 1);
  const list = (m: Map<string, number>) => [...m].map(([k, v]) => `${k} ${v}`).join(', ');
  return [
    `record ${record.version}`,
    `entities: ${record.entities.length} (${list(entityKinds)})`,
    `facts: ${record.facts.length} (${list(byKind)})`,
    `sources: ${record.sources.length} (${list(quality)})`,
    `facts with recorded conflicts: ${conflicts}`,
    `record reviewed: ${record.reviewed ?? '-'}`,
    `oldest confirmed: ${asOfs[0] ?? '-'}; newest: ${asOfs[asOfs.length - 1] ?? '-'}`,
    `examples: ${record.facts.reduce((n, f) => n + (f.examples ? f.examples.flags.length + f.examples.passes.length : 0), 0)}`,
    `overridden by packs: ${record.overridden.length}; accepted wordings: ${record.accepted.length}`,
  ].join('\n') + '\n';
}
