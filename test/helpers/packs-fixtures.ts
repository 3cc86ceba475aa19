/** Temporary workspaces with fact packs, shared by the pack tests. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CompiledRecord } from '../../src/engine';
import { loadPacks } from '../../src/packs/packs';

/** The desk's publisher and its one source, which the pack fixtures cite. */
export const DESK_SOURCE = `publishers: [{ id: the-desk, name: The Desk, tier: named-outlet, hosts: [desk.example] }]
sources:
  - id: desk-memo
    title: Desk memo
    publisher: The Desk
    url: https://desk.example/memo
    date: 2026-01-05
    accessed: 2026-01-05
`;

/** A pack of one chip (Acme X1, 48 GB) citing the desk memo; its name and description as given, then `extra`. */
export function acmePack({ name = 'Acme X1', description = 'A test accelerator.', extra = '' } = {}): string {
  return `${DESK_SOURCE}entities:
  - id: acme-x1
    kind: chip
    name: ${JSON.stringify(name)}
    description: ${JSON.stringify(description)}
facts:
  - id: acme-x1.memory_capacity
    kind: quantity
    entity: acme-x1
    attribute: memory_capacity
    value: { amount: 48, unit: GB }
    citations: [{ source: desk-memo, quote: "The X1 has 48 GB." }]
    asOf: 2026-01-05
${extra}`;
}

/** A good pack: one source, one entity, one fact. */
export const GOOD_PACK = acmePack();

/** Overrides the bundled H200 memory (141 GB) with 150 GB, citing the desk memo. Line of the override item: 10. */
export const OVERRIDE_PACK = `publishers: [{ id: the-desk, name: The Desk, tier: named-outlet, hosts: [desk.example] }]
sources:
  - id: desk-h200
    title: Desk note on the H200
    publisher: The Desk
    url: https://desk.example/h200
    date: 2026-01-05
    accessed: 2026-01-05
overrides:
  - id: h200.memory_capacity
    kind: quantity
    entity: nvidia-h200
    attribute: memory_capacity
    value: { amount: 150, unit: GB }
    citations: [{ source: desk-h200, quote: "The H200 has 150 GB." }]
    asOf: 2026-01-05
`;
export const OVERRIDE_LINE = 10;

/** A folder tree from a map of relative paths to contents; returns the root (real path, so comparisons hold). */
export function tree(files: Record<string, string>, prefix = 'factdesk-packs-'): string {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
  for (const [rel, text] of Object.entries(files)) {
    const file = path.join(root, ...rel.split('/'));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
  return root;
}

export const remove = (dir: string) => fs.rmSync(dir, { recursive: true, force: true });

/** A pack's text written to a temporary file and loaded over the bundled record: the record and the error messages. */
export function loadPackText(base: CompiledRecord, text: string): { record: CompiledRecord; errors: string[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fd-pack-text-'));
  try {
    fs.writeFileSync(path.join(dir, 'p.facts.yaml'), text);
    const loaded = loadPacks(base, [path.join(dir, 'p.facts.yaml')]);
    return { record: loaded.record, errors: loaded.errors.map((e) => e.message) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
