/**
 * Generated files stay in step with their sources: the pack JSON Schema
 * (data/schema/, from the zod schema; contributed to the YAML extension) and
 * docs/record.md (from the record).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import YAML from 'yaml';
import { compileRecordDir } from '../../../src/packs/compile-files';
import { packJsonSchema, packJsonSchemaText, PACK_SCHEMA_PATH } from '../../../src/packs/json-schema';
import { GOOD_PACK, OVERRIDE_PACK } from '../../helpers/packs-fixtures';

const ROOT = path.join(__dirname, '..', '..', '..');

describe('packs: the generated JSON Schema', () => {
  const validate = () => new Ajv({ allErrors: true, strict: false, logger: false }).compile(packJsonSchema());
  const yaml = (text: string) => YAML.parse(text, { schema: 'core' });

  it('data/schema/factdesk-pack.schema.json is what the zod schema generates (npm run build writes it)', () => {
    const committed = fs.readFileSync(path.join(ROOT, PACK_SCHEMA_PATH), 'utf8');
    assert.equal(committed, packJsonSchemaText(), 'stale: run npm run build and commit data/schema/');
  });
  it('package.json contributes it to the YAML extension for *.facts.yaml', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const entry = pkg.contributes.yamlValidation.find((v: { url: string }) => v.url === `./${PACK_SCHEMA_PATH}`);
    assert.ok(entry, 'yamlValidation entry');
    assert.ok(entry.fileMatch.includes('*.facts.yaml'));
    assert.match(
      fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8'),
      /^!data\/schema\/\*\*$/m,
      'shipped in the VSIX',
    );
  });
  it('accepts good packs, including every bundled record file', () => {
    const v = validate();
    for (const text of [
      GOOD_PACK,
      OVERRIDE_PACK,
      'accepted:\n  - { fact: h200.memory_capacity, wording: 80 GB }\n',
      '{}',
    ])
      assert.ok(v(yaml(text)), JSON.stringify(v.errors));
    const dir = path.join(ROOT, 'data', 'record');
    for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.yaml')))
      assert.ok(v(yaml(fs.readFileSync(path.join(dir, f), 'utf8'))), `${f}: ${JSON.stringify(v.errors?.slice(0, 3))}`);
  });
  it('rejects what the record rejects: unknown unit, wrong type, a non-date, unknown fields', () => {
    const v = validate();
    for (const bad of [
      GOOD_PACK.replace('unit: GB', 'unit: GiB'),
      GOOD_PACK.replace('amount: 48', 'amount: forty-eight'),
      GOOD_PACK.replace('    asOf: 2026-01-05', '    asOf: 05/01/2026'),
      GOOD_PACK.replace('    asOf: 2026-01-05', '    asOf: 2026-01-05\n    colour: red'),
      GOOD_PACK.replace('    citations: [{ source: desk-memo, quote: "The X1 has 48 GB." }]\n', ''),
      'factz: []\n',
    ]) {
      assert.equal(v(yaml(bad)), false, bad);
    }
  });
  it('names its definitions and describes the top-level lists', () => {
    const schema = packJsonSchema() as {
      title: string;
      definitions: Record<string, unknown>;
      properties: Record<string, { description?: string }>;
    };
    assert.equal(schema.title, 'Fact Desk pack');
    for (const name of ['Fact', 'Source', 'Entity', 'Citation']) assert.ok(schema.definitions[name], name);
    for (const key of ['sources', 'entities', 'facts', 'overrides', 'accepted'])
      assert.ok(schema.properties[key]?.description, key);
  });
});

describe('packs: docs/record.md', () => {
  it('is what scripts/generate-record-docs.js makes of the record (npm run docs:record)', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS build script with no types
    const { renderRecordDocs } = require('../../../scripts/generate-record-docs.js') as {
      renderRecordDocs: (r: unknown) => string;
    };
    const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const { record, errors } = compileRecordDir(path.join(ROOT, 'data', 'record'), version);
    assert.deepEqual(errors, []);
    const expected = renderRecordDocs(JSON.parse(JSON.stringify(record)));
    const committed = fs.readFileSync(path.join(ROOT, 'docs', 'record.md'), 'utf8');
    assert.ok(committed === expected, 'docs/record.md is stale: run npm run docs:record and commit it');
  });
  it('lists entities by kind with their facts, the sources with publisher, date and URL, and the conflicts', () => {
    const text = fs.readFileSync(path.join(ROOT, 'docs', 'record.md'), 'utf8');
    assert.match(text, /^### Chips$/m);
    assert.match(text, /^#### Nvidia H200 \(`nvidia-h200`\)$/m);
    assert.match(
      text,
      /^\| Memory \| 141 GB ⚠ conflict kept \| \d{4}(?:-\d{2}){0,2} \| .* \| `h200\.memory_capacity` \|$/m,
    );
    assert.match(
      text,
      /^\| <a id="s1"><\/a>S1 \| .+ \| .+ \| .+ \| (primary|major press|named outlet|weak)( [^|]*)? \| <https?:\/\/.+> \|$/m,
    );
    assert.match(text, /^## Conflicts$/m);
    assert.match(text, /\(`h200\.memory_capacity`\) \| 141 GB .* \| 144 GB /);
  });
});
