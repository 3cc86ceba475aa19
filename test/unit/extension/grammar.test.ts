import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { bundledRecord } from '../../helpers/record';

// scripts/generate-grammar.js is plain CommonJS (esbuild.js runs it at build time).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const generator = require('../../../scripts/generate-grammar.js') as {
  buildGrammar(record: unknown): {
    scopeName: string;
    injectionSelector: string;
    repository: { entity: { match: string; name: string } };
  };
  entityNames(record: unknown): string[];
  GRAMMAR_PATH: string;
};

const ROOT = path.join(__dirname, '..', '..', '..');

describe('entity-name grammar', () => {
  it('is an injection grammar into markdown prose, outside code', () => {
    const g = generator.buildGrammar(bundledRecord());
    assert.equal(g.injectionSelector, 'L:text.html.markdown -markup.fenced_code -markup.inline.raw');
    assert.equal(g.scopeName, 'factdesk.entities.injection');
  });

  it('covers every entity name, alias and variant name of the record', () => {
    const record = bundledRecord();
    const names = new Set(generator.entityNames(record).map((n) => n.toLowerCase().replace(/[\s_‐‑–-]+/g, '')));
    for (const e of record.entities) {
      for (const n of [e.name, ...e.aliases, ...e.variants.flatMap((v) => [v.name, ...v.aliases])]) {
        assert.ok(names.has(n.toLowerCase().replace(/[\s_‐‑–-]+/g, '')), `${e.id}: ${n}`);
      }
    }
  });

  it('matches names the way the engine does (checked with a JavaScript reading of the pattern)', () => {
    const { match } = generator.buildGrammar(bundledRecord()).repository.entity;
    // Oniguruma → JS: (?i) becomes the i flag; (?-i:X) (short all-caps aliases) is checked for case below.
    const caseSensitive = [...match.matchAll(/\(\?-i:([^)]*)\)/g)].map((m) => m[1]!);
    const re = new RegExp(match.replace(/^\(\?i\)/, '').replace(/\(\?-i:([^)]*)\)/g, '(?:$1)'), 'gi');
    const found = (s: string) => [...s.matchAll(re)].map((m) => m[0]);
    assert.deepEqual(found('The Nvidia H200 and h-100s beat the XH20 and H200X.'), ['Nvidia H200', 'h-100s']);
    assert.ok(found('Ascend910B').length === 1);
    assert.ok(caseSensitive.includes('BIS'), 'BIS matches in case only');
  });

  it('is committed in sync with the record', () => {
    const committed = JSON.parse(
      fs.readFileSync(path.join(ROOT, 'syntaxes', 'factdesk-entities.tmLanguage.json'), 'utf8'),
    );
    const fresh = generator.buildGrammar(bundledRecord());
    assert.deepEqual(committed.repository, fresh.repository, 'run `npm run build` to regenerate syntaxes/');
  });
});
