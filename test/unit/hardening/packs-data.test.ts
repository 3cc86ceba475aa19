/**
 * Packs are data: a workspace pack (or a record file) is YAML read with the
 * core schema. Custom tags, alias bombs, oversized files, deep nesting and
 * prototype keys must each be refused with a clear RecordError (file, line,
 * field, message) from parseRecordFile / compileRecord, never throw, never
 * run code, and never touch Object.prototype.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compileRecord, parseRecordFile, type RecordError } from '../../../src/engine';
import { loadPacks } from '../../../src/packs/packs';
import { bundledRecord } from '../../helpers/record';

const SOURCE = `publishers: [{ id: news-test, name: News Test, tier: named-outlet, hosts: [news.test] }]
sources:
  - id: s1
    title: A page
    publisher: A publisher
    url: https://news.test/page
    date: 2025-01-02
    accessed: 2026-11-23
`;
const ENTITY = `entities:
  - { id: chip-x, kind: chip, name: Chip X, description: "A chip." }
`;
const FACT = `facts:
  - id: chip-x.memory
    kind: quantity
    entity: chip-x
    attribute: memory_capacity
    value: { amount: 80, unit: GB }
    citations: [{ source: s1, quote: "Chip X has 80 GB." }]
    asOf: 2026-11-23
`;
const GOOD = SOURCE + ENTITY + FACT;
const OVERRIDE = `overrides:
  - id: h200.memory_capacity
    kind: quantity
    entity: nvidia-h200
    attribute: memory_capacity
    value: { amount: 141, unit: GB }
    citations: [{ source: s1, quote: "The H200 has 141 GB." }]
    asOf: 2026-11-23
`;

/** Billion laughs: 9 levels of 9 aliases each (9^9 ≈ 387 million strings if expanded). */
function billionLaughs(): string {
  const lines = ['lol0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  for (let i = 1; i <= 9; i++)
    lines.push(`lol${i}: &l${i} [${Array.from({ length: 9 }, () => `*l${i - 1}`).join(', ')}]`);
  return lines.join('\n') + '\n';
}

/** parseRecordFile then compileRecord, as `factdesk record validate` does; warnings emitted on the process are collected. */
function load(text: string): { errors: RecordError[]; data: boolean; warnings: string[]; threw?: Error } {
  const warnings: string[] = [];
  const emit = process.emitWarning;
  process.emitWarning = ((w: string | Error) =>
    void warnings.push(String((w as Error)?.message ?? w).split('\n')[0] ?? '')) as typeof process.emitWarning;
  try {
    const parsed = parseRecordFile(text, 'pack.facts.yaml');
    const errors = parsed.errors.length
      ? parsed.errors
      : compileRecord([parsed], { version: 't', base: bundledRecord() }).errors;
    return { errors, data: !!parsed.data && !errors.length, warnings };
  } catch (e) {
    return { errors: [], data: false, warnings, threw: e as Error };
  } finally {
    process.emitWarning = emit;
  }
}

/** A clear error: names the pack file, a real line and column, and says something. */
function assertRefused(r: ReturnType<typeof load>, message: RegExp, line?: number) {
  assert.equal(r.threw, undefined, `threw instead of reporting: ${r.threw?.stack}`);
  assert.ok(r.errors.length >= 1, 'expected a record error');
  assert.equal(r.data, false, 'the pack must not load');
  for (const e of r.errors) {
    assert.equal(e.file, 'pack.facts.yaml');
    assert.ok(
      Number.isInteger(e.line) && e.line >= 1 && Number.isInteger(e.column) && e.column >= 1,
      JSON.stringify(e),
    );
    assert.ok(e.message.trim().length > 3, JSON.stringify(e));
  }
  const e = r.errors.find((x) => message.test(`${x.field}: ${x.message}`));
  assert.ok(e, `no error matches ${message}: ${JSON.stringify(r.errors)}`);
  if (line !== undefined) assert.equal(e.line, line, JSON.stringify(e));
}

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'];
const untouched = () => {
  assert.deepEqual(
    Object.getOwnPropertyNames(Object.prototype).filter((k) => /polluted|^x$|^a$/.test(k)),
    [],
  );
  assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
  assert.equal(typeof ({} as { constructor: unknown }).constructor, 'function');
  assert.equal(Object.getPrototypeOf({}), Object.prototype);
};

describe('hardening: packs are data', () => {
  afterEach(untouched);

  it('the baseline packs load (so each refusal below is about its one defect)', () => {
    for (const text of [GOOD, GOOD + OVERRIDE]) {
      const r = load(text);
      assert.equal(r.threw, undefined);
      assert.deepEqual(r.errors, []);
      assert.equal(r.data, true);
    }
  });

  describe('custom tags never run code', () => {
    it('!!python/object and !!python/object/apply on a field are refused at the field', () => {
      for (const tagged of [
        '!!python/object:os.system {a: 1}',
        '!!python/object/apply:os.system ["echo hi"]',
        '!!python/object/new:subprocess.Popen [["id"]]',
      ]) {
        assertRefused(load(GOOD.replace('title: A page', `title: ${tagged}`)), /sources\[0\]\.title/, 4);
      }
    });

    it('!!js/function, !!js/regexp and !!js/undefined never become functions, regexps or undefined', () => {
      for (const tagged of [
        '!!js/function "function () { globalThis.pwned = 1 }"',
        '!!js/regexp /x/g',
        '!!js/undefined ""',
      ]) {
        const parsed = parseRecordFile(GOOD.replace('title: A page', `title: ${tagged}`), 'pack.facts.yaml');
        const title = parsed.data?.sources[0]?.title;
        assert.ok(title === undefined || typeof title === 'string', `title became ${typeof title}`);
        assert.equal((globalThis as Record<string, unknown>)['pwned'], undefined);
      }
    });

    // BUG-PACK-TAGS: a custom tag on a string field is silently dropped — the
    // yaml library reports "Unresolved tag" as a *warning*, parseRecordFile
    // ignores doc.warnings, and the pack loads with the tag's payload as the
    // title. Repro: parseRecordFile(GOOD.replace('title: A page',
    // 'title: !!js/function "function () {}"'), 'p.yaml').errors → [] and
    // data.sources[0].title === 'function () {}'. Expected: an error naming
    // the tag at 3:10. (Safe — nothing runs — but not "rejected".)
    it('a custom tag anywhere (!!js/function, !!js/regexp, !foo) is refused with an error naming the tag', () => {
      for (const tagged of [
        '!!js/function "function () {}"',
        '!!js/regexp /x/g',
        '!foo bar',
        '!<tag:example.com,2000:app/x> bar',
      ]) {
        assertRefused(load(GOOD.replace('title: A page', `title: ${tagged}`)), /tag/i, 4);
      }
    });
  });

  describe('alias bombs', () => {
    // BUG-PACK-ALIAS: parseRecordFile throws ReferenceError("Excessive alias
    // count indicates a resource exhaustion attack") from doc.toJS instead of
    // returning a RecordError, so `factdesk record validate` / `check --pack`
    // die with "internal error" and the extension's pack reload fails as a
    // whole. Repro: parseRecordFile(billionLaughs(), 'p.yaml') throws.
    it('billion laughs is refused with a clear error (no throw, no expansion)', () => {
      assertRefused(load(billionLaughs() + GOOD), /alias/i);
      assertRefused(
        load(GOOD.replace('sources:', billionLaughs() + 'sources:').replace('title: A page', 'title: *l9')),
        /alias/i,
      );
    });

    it('billion laughs never expands: it fails fast (throw or error), in well under the test timeout', () => {
      const started = Date.now();
      const r = load(billionLaughs() + GOOD);
      assert.equal(r.data, false);
      assert.ok(r.threw || r.errors.length, 'refused somehow');
      if (r.threw) assert.match(r.threw.message, /alias/i);
      assert.ok(Date.now() - started < 15_000);
    });

    it('a few aliases (well under the limit) are fine data', () => {
      const r = load(
        GOOD.replace('    title: A page', '    title: &t A page').replace('publisher: A publisher', 'publisher: *t'),
      );
      assert.deepEqual(r.errors, []);
      assert.equal(r.data, true);
    });

    it('merge keys (<<) are not honoured: refused as an unknown field', () => {
      assertRefused(
        load(GOOD.replace('accessed: 2026-11-23', 'accessed: 2026-11-23\n    <<: { polluted: true }')),
        /unknown field "<<"/,
      );
    });
  });

  describe('size and depth', () => {
    it('a pack over 2 MB is refused before it is parsed', () => {
      const r = load(GOOD + '# ' + 'x'.repeat(2 * 1024 * 1024) + '\n');
      assertRefused(r, /larger than 2 MB/, 1);
    });

    // BUG-PACK-SIZE: the "2 MB" limit (MAX_PACK_BYTES) is compared with
    // text.length, i.e. UTF-16 code units, not bytes: a 4.5 MB pack of
    // 3-byte characters (1.5 M chars) is accepted and parsed. Repro:
    // parseRecordFile(GOOD + '# ' + '€'.repeat(1_500_000), 'p.yaml').errors → [].
    it('the 2 MB limit counts bytes (a 4.5 MB pack of multi-byte characters is refused)', () => {
      assertRefused(load(GOOD + '# ' + '€'.repeat(1_500_000) + '\n'), /larger than 2 MB/, 1);
    });

    it('nesting deeper than 12 levels is refused (block and flow style)', () => {
      let block = `${SOURCE}${ENTITY}facts:\n  - id: x\n    note:\n`;
      for (let i = 0; i < 14; i++) block += `${' '.repeat(6 + i * 2)}k${i}:\n`;
      block += `${' '.repeat(34)}v\n`;
      assertRefused(load(block), /nesting deeper than 12/);
      assertRefused(load(`facts: ${'['.repeat(13)}${']'.repeat(13)}\n`), /nesting deeper than 12/);
      assertRefused(load(`facts: ${'{a: '.repeat(13)}1${'}'.repeat(13)}\n`), /nesting deeper than 12/);
    });

    it('pathological nesting (100k flow brackets, 200 KB) is an error, not a stack overflow thrown at the caller', () => {
      for (const text of [
        `facts: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`,
        `facts: ${'{a: '.repeat(50_000)}1${'}'.repeat(50_000)}\n`,
      ]) {
        const r = load(text);
        assert.equal(r.threw, undefined, r.threw?.message);
        assert.ok(r.errors.length >= 1);
        assert.equal(r.errors[0]!.file, 'pack.facts.yaml');
      }
    });
  });

  describe('prototype keys are data errors at every level, and Object.prototype stays clean', () => {
    const places: [string, (key: string, value: string) => string, RegExp][] = [
      ['top level', (k, v) => `${GOOD}${k}: ${v}\n`, /^: /],
      [
        'in a source',
        (k, v) => GOOD.replace('accessed: 2026-11-23', `accessed: 2026-11-23\n    ${k}: ${v}`),
        /^sources\[0\]/,
      ],
      [
        'in an entity (flow map)',
        (k, v) => GOOD.replace('description: "A chip." }', `description: "A chip.", ${k}: ${v} }`),
        /^entities\[0\]/,
      ],
      [
        'in a fact value (depth 3)',
        (k, v) => GOOD.replace('value: { amount: 80, unit: GB }', `value: { amount: 80, unit: GB, ${k}: ${v} }`),
        /^facts\[0\]\.value/,
      ],
      [
        'in a citation (depth 4)',
        (k, v) => GOOD.replace('quote: "Chip X has 80 GB." }', `quote: "Chip X has 80 GB.", ${k}: ${v} }`),
        /^facts\[0\]\.citations\[0\]/,
      ],
      [
        'in examples',
        (k, v) =>
          GOOD.replace(
            '    asOf: 2026-11-23\n',
            `    asOf: 2026-11-23\n    examples: { flags: ["Chip X has 81 GB."], ${k}: ${v} }\n`,
          ),
        /^facts\[0\]\.examples/,
      ],
      ['in an override of a bundled fact', (k, v) => `${GOOD}${OVERRIDE}    ${k}: ${v}\n`, /^overrides\[0\]/],
      [
        'quoted key',
        (k, v) => GOOD.replace('accessed: 2026-11-23', `accessed: 2026-11-23\n    "${k}": ${v}`),
        /^sources\[0\]/,
      ],
    ];
    for (const [where, make, field] of places) {
      for (const key of PROTO_KEYS) {
        it(`${key} ${where}`, () => {
          const payloads = ['{ polluted: true }', '{ prototype: { polluted: true } }', '[1, 2]', 'x'];
          for (const value of payloads) {
            const r = load(make(key, value));
            assertRefused(r, new RegExp(`${field.source}.*(forbidden key|unknown field) "${key}"`));
            untouched();
          }
        });
      }
    }

    it('a pack with a prototype key is left out by loadPacks (as the CLI and the editor load them), the others still load', () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factdesk-hardening-packs-'));
      try {
        const bad = path.join(dir, 'a.facts.yaml');
        const good = path.join(dir, 'b.facts.yaml');
        fs.writeFileSync(
          bad,
          GOOD.replace(
            'value: { amount: 80, unit: GB }',
            'value: { amount: 80, unit: GB, __proto__: { polluted: true } }',
          ),
        );
        fs.writeFileSync(
          good,
          GOOD.replace(/chip-x/g, 'chip-y')
            .replace('Chip X', 'Chip Y')
            .replace('id: s1', 'id: s2')
            .replace('source: s1', 'source: s2'),
        );
        const loaded = loadPacks(bundledRecord(), [bad, good]);
        assert.ok(
          loaded.errors.some((e) => e.file === bad && /__proto__/.test(e.message)),
          JSON.stringify(loaded.errors),
        );
        assert.ok(
          loaded.record.entities.some((e) => e.id === 'chip-y'),
          'the good pack still loads',
        );
        assert.ok(!loaded.record.entities.some((e) => e.id === 'chip-x'), 'the bad pack is left out whole');
        untouched();
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });

    it('loadPacks survives an alias bomb in one pack (the others still load)', function () {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factdesk-hardening-packs-'));
      try {
        const bomb = path.join(dir, 'a.facts.yaml');
        const good = path.join(dir, 'b.facts.yaml');
        fs.writeFileSync(bomb, billionLaughs() + GOOD);
        fs.writeFileSync(good, GOOD.replace(/chip-x/g, 'chip-y').replace('Chip X', 'Chip Y'));
        let loaded: ReturnType<typeof loadPacks> | undefined;
        try {
          loaded = loadPacks(bundledRecord(), [bomb, good]);
        } catch (e) {
          // BUG-PACK-ALIAS (see above): today the throw escapes loadPacks too.
          assert.match((e as Error).message, /alias/i);
          this.skip();
        }
        assert.ok(
          loaded!.errors.some((e) => e.file === bomb),
          JSON.stringify(loaded!.errors),
        );
        assert.ok(loaded!.record.entities.some((e) => e.id === 'chip-y'));
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
