/**
 * What `factdesk mcp`'s tools answer, as plain data (src/cli/mcp.ts serves them over MCP). Each function
 * takes the engine the CLI would use (bundled record plus packs) and returns JSON-ready objects: findings as
 * data (verdict, recorded value, sources with tiers and quotes), an entity's card at a date, facts with their
 * sources, and what the record covers and how current it is. A question the record cannot answer (an unknown
 * entity or fact id) is a `ToolInputError`, which the server returns as a tool error, never a crash.
 */
import {
  entityCardModel,
  factValueText,
  nameKey,
  tierStats,
  type Engine,
  type Finding,
  type OriginFact,
  type RecordIndex,
  type SourceTier,
} from '../engine';

export class ToolInputError extends Error {}

interface Place {
  /** 1-based, as editors print them. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

const place = (f: Finding): Place => ({
  line: f.range.start.line + 1,
  column: f.range.start.character + 1,
  endLine: f.range.end.line + 1,
  endColumn: f.range.end.character + 1,
});

export interface SourceOut {
  id: string;
  title: string;
  publisher: string;
  url: string;
  date: string | null;
  tier: SourceTier;
  quote?: string;
}

const sourceOut = (s: Finding['sources'][number]): SourceOut => ({
  id: s.id,
  title: s.title,
  publisher: s.publisher,
  url: s.url,
  date: s.date,
  tier: s.tier,
  ...(s.quote ? { quote: s.quote } : {}),
});

const recordOut = (engine: Engine, packs: string[]) => ({
  version: engine.index.version,
  ...(engine.index.record.reviewed ? { reviewed: engine.index.record.reviewed } : {}),
  packs,
});

/**
 * How many findings (and, apart, claims not in the record) one check_draft answer lists: past it the rest are counted,
 * not listed (`counts` stays whole, `truncated` says how many were left out). Round ten's probe: a 1 MB generated
 * draft of 30,000 claims was a 200 MB answer the server took minutes to send, serving nothing else meanwhile.
 */
export const MCP_LISTED = 1000;

/** check_draft: a draft's claims judged at its as-of date (option, else front matter, else today). */
export function checkDraft(
  engine: Engine,
  input: { text: string; asOf?: string; includeSupported?: boolean },
  today: string,
  packs: string[] = [],
) {
  const result = engine.check(input.text, { asOf: input.asOf, today, includeSupported: true });
  const allReported = result.findings.filter(
    (f) => f.verdict !== 'unknown' && (input.includeSupported || f.verdict !== 'supported'),
  );
  const reported = allReported.slice(0, MCP_LISTED);
  const unknowns = result.findings.filter((f) => f.verdict === 'unknown');
  const truncated =
    allReported.length > MCP_LISTED || unknowns.length > MCP_LISTED
      ? {
          truncated: {
            findings: Math.max(0, allReported.length - MCP_LISTED),
            notInRecord: Math.max(0, unknowns.length - MCP_LISTED),
            note: `this answer lists the first ${MCP_LISTED} findings and ${MCP_LISTED} claims not in the record; counts has them all; check a shorter text for the rest`,
          },
        }
      : {};
  const counts = { contradicted: 0, outdated: 0, disputed: 0, supported: 0, notInRecord: 0 };
  for (const f of result.findings) {
    if (f.verdict === 'unknown') counts.notInRecord++;
    else counts[f.verdict]++;
  }
  return {
    asOf: result.asOf,
    asOfOrigin: result.asOfOrigin,
    record: recordOut(engine, packs),
    ...(result.refused ? { refused: result.refused } : {}),
    counts,
    ...truncated,
    findings: reported.map((f) => ({
      ...place(f),
      severity: f.severity,
      verdict: f.verdict,
      kind: f.kind,
      claim: f.claim,
      recorded: f.recorded,
      message: f.message,
      factId: f.factId,
      entityId: f.entityId,
      attribute: f.claimed.attribute,
      words: f.claimed.words,
      quoted: f.quoted,
      sources: f.sources.map(sourceOut),
      ...(f.sourceTier ? { sourceTier: f.sourceTier } : {}),
      ...(f.confirmed ? { confirmed: f.confirmed } : {}),
      ...(f.fix
        ? {
            fix: {
              line: f.fix.range.start.line + 1,
              column: f.fix.range.start.character + 1,
              endLine: f.fix.range.end.line + 1,
              endColumn: f.fix.range.end.character + 1,
              newText: f.fix.newText,
            },
          }
        : {}),
    })),
    // Claims about known entities the record holds no value for: listed, never passed silently.
    notInRecord: unknowns.slice(0, MCP_LISTED).map((f) => ({
      ...place(f),
      kind: f.kind,
      claim: f.claim,
      entityId: f.entityId,
      attribute: f.claimed.attribute,
      words: f.claimed.words,
      message: f.message,
    })),
    notes: result.notes ?? [],
  };
}

/** The entity a name, alias or id means; else a ToolInputError naming a few near names. */
function entityFor(index: RecordIndex, text: string) {
  const entity = index.resolve(text);
  if (entity) return entity;
  const key = nameKey(text);
  const near =
    key.length >= 2
      ? [...index.entities.values()]
          .filter((e) => [e.name, e.id, ...e.aliases].some((n) => nameKey(n).includes(key)))
          .slice(0, 5)
          .map((e) => `${e.name} (${e.id})`)
      : [];
  throw new ToolInputError(
    `no entity "${text}" in the record${near.length ? `; did you mean ${near.join(', ')}?` : ''} (record_coverage lists every entity)`,
  );
}

const validAt = (f: OriginFact, asOf: string) =>
  (!f.valid?.from || f.valid.from <= asOf) && (!f.valid?.to || asOf < f.valid.to);

function factOut(f: OriginFact, index: RecordIndex, asOf: string) {
  const cite = (citations: OriginFact['citations']): SourceOut[] =>
    citations.flatMap((c) => {
      const s = index.sources.get(c.source);
      return s
        ? [
            {
              id: s.id,
              title: s.title,
              publisher: s.publisher,
              url: s.url,
              date: s.date ?? null,
              tier: s.tier,
              quote: c.quote,
            },
          ]
        : [];
    });
  const conflictValue = (value: unknown) =>
    typeof value === 'object' && value !== null && f.kind === 'quantity'
      ? factValueText({ ...f, value } as OriginFact, index)
      : String(value);
  return {
    id: f.id,
    kind: f.kind,
    entities: f.kind === 'event' ? f.entities : [f.entity],
    ...(f.kind === 'quantity' || f.kind === 'category' ? { attribute: f.attribute } : {}),
    ...(f.kind === 'event' ? { eventType: f.type, date: f.date } : {}),
    ...(f.kind === 'status' ? { side: f.side, status: f.status } : {}),
    value: factValueText(f, index),
    ...(f.valid ? { valid: f.valid } : {}),
    /** By the fact's validity dates, at the as-of date asked for. */
    validAtAsOf: validAt(f, asOf),
    confirmed: f.confirmed,
    sources: cite(f.citations),
    conflicts: f.conflicts.map((c) => ({
      value: conflictValue(c.value),
      sources: cite(c.citations),
      ...(c.note ? { note: c.note } : {}),
    })),
    ...(f.conflicts.length ? { conflictResolution: f.conflictResolution } : {}),
    ...(f.note ? { note: f.note } : {}),
    origin: f.origin.file === 'bundled' ? 'bundled record' : `${f.origin.file}:${f.origin.line}`,
  };
}

/** explain_entity: the entity's card at the as-of date, with the ids of its facts (for lookup_fact). */
export function explainEntity(engine: Engine, input: { entity: string; asOf?: string }, today: string) {
  const index = engine.index;
  const entity = entityFor(index, input.entity);
  const asOf = input.asOf ?? today;
  const card = entityCardModel(index, entity.id, { asOf })!;
  return {
    asOf,
    record: recordOut(engine, []),
    entity: {
      id: entity.id,
      name: entity.name,
      kind: entity.kind,
      aliases: entity.aliases,
      description: entity.description,
    },
    card: {
      specs: card.specs.map((s) => ({
        label: s.label,
        value: s.value,
        disputed: s.disputed,
        weaklySourced: s.weak,
        sources: s.sources.map(sourceOut),
      })),
      ...(card.status ? { chinaExportStatus: card.status } : {}),
      ...(card.chinaImport ? { chinaImportStatus: card.chinaImport } : {}),
      timeline: card.events.map((e) => ({
        date: e.date,
        summary: e.summary,
        weaklySourced: e.weak,
        sources: e.sources.map(sourceOut),
      })),
      afterAsOf: card.later.map((e) => ({ date: e.date, summary: e.summary, sources: e.sources.map(sourceOut) })),
      currency: card.currency,
    },
    facts: index.factsAbout(entity.id).map((f) => ({
      id: f.id,
      kind: f.kind,
      value: factValueText(f, index),
      confirmed: f.confirmed,
      validAtAsOf: validAt(f, asOf),
    })),
  };
}

/** lookup_fact: one fact by id, or an entity's facts (optionally one attribute, "status" or an event type). */
export function lookupFact(
  engine: Engine,
  input: { factId?: string; entity?: string; attribute?: string; asOf?: string },
  today: string,
) {
  const index = engine.index;
  const asOf = input.asOf ?? today;
  let facts: OriginFact[];
  if (input.factId) {
    const f = index.facts.get(input.factId);
    if (!f)
      throw new ToolInputError(`no fact "${input.factId}" in the record (explain_entity lists an entity's fact ids)`);
    facts = [f];
  } else if (input.entity) {
    const entity = entityFor(index, input.entity);
    facts = index.factsAbout(entity.id);
    const wanted = input.attribute?.trim().toLowerCase();
    if (wanted) {
      facts = facts.filter((f) =>
        f.kind === 'status'
          ? wanted === 'status'
          : f.kind === 'event'
            ? f.type === wanted || wanted === 'event'
            : f.attribute === wanted,
      );
      if (!facts.length) {
        const have = [
          ...new Set(
            index
              .factsAbout(entity.id)
              .map((f) => (f.kind === 'status' ? 'status' : f.kind === 'event' ? f.type : f.attribute)),
          ),
        ];
        throw new ToolInputError(
          `the record holds no "${input.attribute}" for ${entity.name}; it holds: ${have.join(', ') || 'nothing'}`,
        );
      }
    }
  } else {
    throw new ToolInputError('give factId, or entity (with an optional attribute)');
  }
  return { asOf, record: recordOut(engine, []), facts: facts.map((f) => factOut(f, index, asOf)) };
}

/** record_coverage: what the record covers (entities, facts, sources by tier) and how current it is. */
export function recordCoverage(engine: Engine, input: { kind?: string }, packs: string[] = []) {
  const index = engine.index;
  const record = index.record;
  const count = <T>(items: T[], key: (x: T) => string) => {
    const out: Record<string, number> = {};
    for (const x of items) out[key(x)] = (out[key(x)] ?? 0) + 1;
    return out;
  };
  const confirmed = record.facts.map((f) => f.confirmed).sort();
  const tiers = tierStats(record);
  const entities = record.entities.filter((e) => !input.kind || e.kind === input.kind);
  if (input.kind && !entities.length) {
    throw new ToolInputError(
      `no entities of kind "${input.kind}"; the kinds are ${[...new Set(record.entities.map((e) => e.kind))].join(', ')}`,
    );
  }
  return {
    record: recordOut(engine, packs),
    currency: {
      ...(record.reviewed ? { reviewed: record.reviewed } : {}),
      oldestConfirmed: confirmed[0] ?? null,
      newestConfirmed: confirmed[confirmed.length - 1] ?? null,
    },
    totals: {
      entities: count(record.entities, (e) => e.kind),
      facts: count(record.facts, (f) => f.kind),
      factsByBestTier: tiers.factsByBestTier,
      sourcesByTier: tiers.sourcesByTier,
      factsWithConflicts: record.facts.filter((f) => f.conflicts.length).length,
    },
    entities: entities.map((e) => {
      const facts = index.factsAbout(e.id);
      const newest = facts
        .map((f) => f.confirmed)
        .sort()
        .pop();
      return {
        id: e.id,
        name: e.name,
        kind: e.kind,
        aliases: e.aliases,
        facts: facts.length,
        ...(newest ? { newestConfirmed: newest } : {}),
      };
    }),
  };
}
