/**
 * The JSON Schema of a pack file, generated from the record's one zod schema
 * (never written by hand). esbuild.js writes it to
 * data/schema/factdesk-pack.schema.json at every build; package.json
 * contributes it to the YAML extension (`yamlValidation`). Cross-references
 * (unknown sources, entities, overridden facts) are checked by Fact Desk
 * itself, in the Problems panel and by `factdesk record validate`.
 */
import { z } from 'zod';
import { Citation, Entity, Fact, IsoDate, Quantity, RecordFile, Source } from '../engine/record/schema';

export const PACK_SCHEMA_PATH = 'data/schema/factdesk-pack.schema.json';
export const PACK_SCHEMA_ID = 'https://factdesk.invalid/schema/factdesk-pack.schema.json';

const DESCRIPTIONS: Record<string, string> = {
  publishers:
    'Publishers this pack adds to the publisher list: id, name, tier (primary, major-press, named-outlet, weak) and the hosts their pages are on. Every source’s tier comes from this list by its host.',
  sources:
    'Pages the facts cite: id, title, publisher, url, date (null when the page shows none), accessed; syndicatedFrom for a wire copy on a named outlet, copyOf for a copy. The tier comes from the publisher list.',
  entities: 'Chips, companies, rules, models… that the bundled record does not know yet.',
  facts:
    'New facts. Each cites at least one source (an id under `sources`, here or in the bundled record) with a quote.',
  overrides: 'Replace a bundled fact by its id. The bundled value stays visible in hovers and output as overridden.',
  changes: 'The bundled record only (a pack may not have it): the record versions and the facts each changed.',
  accepted: 'Wordings the desk accepts for a fact (house style): claims with this wording are not flagged.',
  eventCues:
    'Words that name an event of one family (restrict, announce, rescind, approve, results, charge, report, issue, listing, review, testimony), read after the bundled ones: phrases in the syntax of src/engine/record/phrases.ts, e.g. "fenc(e|es|ed|ing) off" or "(mass|full)? production" (docs/reading.md, Event cues).',
  eventTypeCues:
    'The event types a cue word narrows its family to, tried after the bundled entries (the first that fits wins): family, optional chinaSide, word tests starts / ends / has on the words a cue matched, and types, e.g. { family: announce, starts: [took the wraps off], types: [announced] } (docs/reading.md, Event cues).',
};

export function packJsonSchema(): Record<string, unknown> {
  // Named definitions for the shapes used in several places; the rest stays inline (readable, and descriptions beside it work in draft-07).
  const names = z.registry<{ id: string; description?: string }>();
  names.add(Fact, { id: 'Fact', description: 'A quantity, category, event or status fact, told apart by `kind`.' });
  names.add(Source, { id: 'Source' });
  names.add(Entity, { id: 'Entity' });
  names.add(Citation, {
    id: 'Citation',
    description: 'Where a value was read: a source id and the sentence on the page.',
  });
  names.add(Quantity, { id: 'Quantity' });
  names.add(IsoDate, { id: 'IsoDate', description: 'A date written YYYY, YYYY-MM or YYYY-MM-DD.' });
  const schema = z.toJSONSchema(RecordFile, {
    target: 'draft-7',
    io: 'input',
    unrepresentable: 'any',
    metadata: names,
  }) as Record<string, unknown>;
  const properties = schema['properties'] as Record<string, Record<string, unknown>> | undefined;
  for (const [key, description] of Object.entries(DESCRIPTIONS)) {
    if (properties?.[key]) properties[key] = { description, ...properties[key] };
  }
  const { $schema, ...rest } = schema;
  return {
    $schema,
    $id: PACK_SCHEMA_ID,
    title: 'Fact Desk pack',
    description:
      'A workspace fact pack (.factdesk/*.facts.yaml): adds entities and facts to the bundled record, overrides bundled facts and accepts wordings. Generated from the record schema (src/engine/record/schema.ts); do not edit.',
    ...rest,
  };
}

export function packJsonSchemaText(): string {
  return JSON.stringify(packJsonSchema(), null, 2) + '\n';
}
