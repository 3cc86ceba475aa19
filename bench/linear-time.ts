/**
 * Manual timing of the reliability probe's time cases (BUG-01, 04–10):
 * `npx tsx bench/linear-time.ts [maxKB]`. Wall clock, one run each, cold engine
 * per case; a case whose size took over 3 s is not run at larger sizes. Not a
 * test: test/unit/hardening/linear-time.test.ts counts work instead.
 */
import { createEngine } from '../src/engine';
import { bundledRecord } from '../test/helpers/record';
import { PROBE_CASES } from '../test/unit/hardening/linear-cases';

const sizes = [0.5, 1, 2, 4, 10, 50, 100].filter((kb) => kb <= Number(process.argv[2] ?? 100));
const only = process.argv[3];
const record = bundledRecord();
for (const c of PROBE_CASES) {
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
    row.push(`${kb}KB: ${ms.toFixed(0)} ms${r.notes?.length ? ' (note)' : ''}`);
    if (ms > 3000) slow = true;
  }
  console.log(`${c.id.padEnd(4)} ${c.name.padEnd(48)} ${row.join('  ')}`);
}
