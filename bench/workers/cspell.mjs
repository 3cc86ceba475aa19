/**
 * The peer: cspell-lib's spellCheckDocument over ONE draft, in a fresh process
 * (run with --expose-gc), English plus the record's terms as words, no config
 * search. The first run loads the dictionaries and is reported apart (cold);
 * the rest are the warm figure Fact Desk's no-cache check is compared with.
 *
 *   node --expose-gc bench/workers/cspell.mjs '<json job>' OUT.json
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const { summary } = require('../lib/util.js');

const job = JSON.parse(process.argv[2]);
const outFile = process.argv[3];
const gc = typeof globalThis.gc === 'function' ? globalThis.gc : () => {};

const cspell = await import('cspell-lib');
const record = JSON.parse(fs.readFileSync(job.record, 'utf8'));
const text = fs.readFileSync(job.draft, 'utf8');

// The record's terms, as a desk's cspell config would list them: every name and alias, split into words.
const words = new Set();
for (const ent of record.entities) {
  const names = [ent.name, ...(ent.aliases ?? [])];
  for (const v of ent.variants ?? []) names.push(v.name, ...(v.aliases ?? []));
  for (const n of names) for (const w of n.split(/[^\p{L}\p{N}'-]+/u)) if (w) words.add(w);
}
const settings = { ...cspell.getDefaultSettings(), language: 'en', words: [...words] };
const doc = { uri: pathToFileURL(job.draft).href, text, languageId: 'markdown', locale: 'en' };
const check = () => cspell.spellCheckDocument(doc, { noConfigSearch: true }, settings);

const ms = async (fn) => {
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  const value = await fn();
  const c = process.cpuUsage(c0);
  return { wall: Number(process.hrtime.bigint() - t0) / 1e6, cpu: (c.user + c.system) / 1000, value };
};

const cold = await ms(check);
if (!cold.value.checked) throw new Error(`cspell did not check the draft: ${cold.value.errors?.map((e) => e.message).join('; ')}`);
const wall = [];
const cpu = [];
for (let i = 0; i < 1 + job.runs; i++) {
  gc();
  const t = await ms(check);
  if (i > 0) (wall.push(t.wall), cpu.push(t.cpu));
}
const out = { version: JSON.parse(fs.readFileSync(new URL('../../node_modules/cspell-lib/package.json', import.meta.url), 'utf8')).version, words: words.size, issues: cold.value.issues.length, cold: { ms: cold.wall, cpuMs: cold.cpu }, warm: summary(wall, cpu) };
fs.writeFileSync(outFile, JSON.stringify(out, null, 2));
