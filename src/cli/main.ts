import record from 'factdesk:bundled-record';
import { createEngine } from '../engine/engine';
import fs from 'node:fs';
const engine = createEngine(record);
for (const f of process.argv.slice(2)) {
  const text = fs.readFileSync(f, 'utf8');
  const r = engine.check(text, { includeSupported: process.env.ALL === '1' });
  for (const x of r.findings) console.log(`${f}:${x.range.start.line + 1}:${x.range.start.character + 1}: ${x.severity} ${x.verdict}: ${x.message} [${x.factId}]`);
}
