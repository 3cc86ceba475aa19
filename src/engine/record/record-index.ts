/** Look-up tables over a compiled record, built once per record version. */
import { byText } from '../format';
import { nameKey } from '../mentions/matcher';
import type { EventCue, EventTypeCue, RelationCue, StatusCue } from './schema';
import type { AcceptedWording } from '../types';
import { APPEARANCE, type CompiledRecord, type OriginEntity, type OriginFact, type OriginSource } from './load';
import type { CategoryFact, EventFact, QuantityFact, StatusFact } from './schema';

type WithOrigin<T> = T & Pick<OriginFact, 'origin' | 'confirmed'>;
export type IQuantityFact = WithOrigin<QuantityFact>;
export type ICategoryFact = WithOrigin<CategoryFact>;
export type IEventFact = WithOrigin<EventFact>;
export type IStatusFact = WithOrigin<StatusFact>;

export class RecordIndex {
  readonly entities = new Map<string, OriginEntity>();
  readonly sources = new Map<string, OriginSource>();
  readonly facts = new Map<string, OriginFact>();
  private readonly quantities = new Map<string, IQuantityFact[]>();
  private readonly categories = new Map<string, ICategoryFact[]>();
  private readonly eventsByEntity = new Map<string, IEventFact[]>();
  private readonly statuses = new Map<string, IStatusFact[]>();
  /** Wordings accepted in every draft, by fact. */
  readonly acceptedWordings = new Map<string, AcceptedWording[]>();
  /** Wordings accepted in one draft only: draft path (from the pack root, `draftKey`) → fact → entries. */
  readonly draftAcceptedWordings = new Map<string, Map<string, AcceptedWording[]>>();
  /** Relation cues (older compiled records have none). */
  readonly cues: RelationCue[];
  readonly statusCues: StatusCue[];
  readonly eventCues: EventCue[];
  readonly eventTypeCues: EventTypeCue[];

  constructor(readonly record: CompiledRecord) {
    this.cues = record.cues ?? [];
    this.statusCues = record.statusCues ?? [];
    this.eventCues = record.eventCues ?? [];
    this.eventTypeCues = record.eventTypeCues ?? [];
    for (const e of record.entities) this.entities.set(e.id, e);
    for (const s of record.sources) this.sources.set(s.id, s);
    for (const a of record.accepted) {
      const byFact = a.draft
        ? (this.draftAcceptedWordings.get(draftKey(a.draft)) ??
          this.draftAcceptedWordings.set(draftKey(a.draft), new Map()).get(draftKey(a.draft))!)
        : this.acceptedWordings;
      const list = byFact.get(a.fact) ?? [];
      list.push(a);
      byFact.set(a.fact, list);
    }
    const push = <T>(map: Map<string, T[]>, key: string, value: T) => {
      const list = map.get(key);
      if (list) list.push(value);
      else map.set(key, [value]);
    };
    for (const f of record.facts) {
      this.facts.set(f.id, f);
      switch (f.kind) {
        case 'quantity':
          push(this.quantities, `${f.entity}|${f.attribute}`, f);
          break;
        case 'category':
          push(this.categories, `${f.entity}|${f.attribute}`, f);
          break;
        case 'event':
          for (const id of f.entities) push(this.eventsByEntity, id, f);
          break;
        case 'status':
          push(this.statuses, f.entity, f);
          break;
      }
    }
    for (const list of this.statuses.values()) list.sort((a, b) => byText(a.valid.from ?? '', b.valid.from ?? ''));
    for (const list of this.eventsByEntity.values()) list.sort((a, b) => byText(a.date, b.date));
  }

  get version(): string {
    return this.record.version;
  }

  quantityFacts(entity: string, attribute: string): IQuantityFact[] {
    return this.quantities.get(`${entity}|${attribute}`) ?? [];
  }

  categoryFacts(entity: string, attribute: string): ICategoryFact[] {
    return this.categories.get(`${entity}|${attribute}`) ?? [];
  }

  events(entity: string): IEventFact[] {
    return this.eventsByEntity.get(entity) ?? [];
  }

  statusTimeline(entity: string): IStatusFact[] {
    return this.statuses.get(entity) ?? [];
  }

  /**
   * The first day a status applies: its valid.from, else the first day of its entity's earliest announcement or
   * launch in the record (a chip had no export status before it existed). A status with neither is refused when the
   * record is compiled (record/load.ts), so it never applies "at any date".
   */
  statusFrom(s: IStatusFact): string | undefined {
    return s.valid.from ?? this.firstAppearance(s.entity);
  }

  private readonly appearances = new Map<string, IEventFact | undefined>();
  /** The first day of the entity's earliest announcement or launch among the record's events. */
  firstAppearance(entity: string): string | undefined {
    const first = this.firstAppearanceEvent(entity);
    return first && firstDayOf(first.date);
  }

  /** The entity's earliest announcement or launch among the record's events (the announcement on a tie). */
  firstAppearanceEvent(entity: string): IEventFact | undefined {
    if (this.appearances.has(entity)) return this.appearances.get(entity);
    const first = this.events(entity)
      .filter((e) => APPEARANCE.has(e.type))
      .sort(
        (a, b) =>
          firstDayOf(a.date).localeCompare(firstDayOf(b.date)) || +(b.type === 'announced') - +(a.type === 'announced'),
      )[0];
    this.appearances.set(entity, first);
    return first;
  }

  /** All facts about an entity, for its card. */
  factsAbout(entity: string): OriginFact[] {
    return this.record.facts.filter((f) => (f.kind === 'event' ? f.entities.includes(entity) : f.entity === entity));
  }

  /**
   * The entity a reader means by an id or a name (`explain`): an exact id first, then a
   * name, alias or variant name (case-, space- and hyphen-insensitive), then an id so written.
   */
  resolve(text: string): OriginEntity | undefined {
    const raw = text.trim();
    const exact = this.entities.get(raw);
    if (exact) return exact;
    const wanted = nameKey(raw);
    const all = [...this.entities.values()];
    return (
      all.find((e) =>
        [e.name, ...e.aliases, ...e.variants.flatMap((v) => [v.name, ...v.aliases])].some((n) => nameKey(n) === wanted),
      ) ?? all.find((e) => nameKey(e.id) === wanted)
    );
  }

  entityName(id: string): string {
    return this.entities.get(id)?.name ?? id;
  }
}

/** The first day of a record date (YYYY, YYYY-MM or YYYY-MM-DD). */
const firstDayOf = (date: string) => (date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date);

/** A fact whose truth changes with time: a status, a role, anything with a validity. */
export function timeDependent(f: OriginFact): boolean {
  return f.kind === 'status' || (f.kind === 'category' && f.attribute === 'role') || !!f.valid;
}

/** A draft's path as accepted wordings name it: '/' between folders, no leading './'. */
export function draftKey(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
}
