/**
 * The third outside probe's time cases (docs/hardening.md, "Round four"): constructions a hostile or unlucky
 * draft repeats, timed at growing sizes with a cold engine each. `npx tsx bench/probe-round3.ts [maxKB] [idPrefix]`.
 * Wall clock, one run each; a size that took over 5 s is not run larger. Not a test: the hardening tests
 * count work (test/unit/hardening/crowded.test.ts).
 */
import { createEngine } from '../src/engine';
import { bundledRecord } from '../test/helpers/record';
import { workOf } from '../test/helpers/work';
import { ROUND3_CASES } from '../test/unit/hardening/round3-cases';

const sizes = [2, 8, 32, 64, 100].filter((kb) => kb <= Number(process.argv[2] ?? 100));
const only = process.argv[3];
const withWork = process.env.WORK === '1';
const record = bundledRecord();
for (const c of ROUND3_CASES) {
  if (only && !c.id.startsWith(only)) continue;
  const row: string[] = [];
  let slow = false;
  for (const kb of sizes) {
    if (slow) {
      row.push(`${kb}KB: -`);
      continue;
    }
    const text = c.make(kb * 1024);
    const engine = createEngine(record);
    const t0 = performance.now();
    const r = engine.check(text, { asOf: '2025-11-27', today: '2026-11-23' });
    const ms = performance.now() - t0;
    const work = withWork ? ` w=${workOf(text).work}` : '';
    row.push(`${kb}KB: ${ms.toFixed(0)} ms f=${r.findings.length}${r.notes?.length ? ' (note)' : ''}${work}`);
    if (ms > 5000) slow = true;
  }
  console.log(`${c.id.padEnd(4)} ${c.name.padEnd(44)} ${row.join('  ')}`);
}
