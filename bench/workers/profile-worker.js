'use strict';
/**
 * The workload that bench/profile.js runs under `node --cpu-prof`:
 *   nocache     — fresh engine per check (the real analysis cost), `runs` checks
 *   cold        — the first check of a fresh engine in a fresh process (no warm-up)
 *   incremental — one engine, one character typed into a middle paragraph, re-check, `runs` times
 * Setup (bundle load, warm-up) happens outside engine.check, and the analysis
 * keeps only samples under check(), so it does not count.
 *
 *   node --cpu-prof ... bench/workers/profile-worker.js '<json job>'
 */
const fs = require('node:fs');
const { prng } = require('../lib/corpus');

const job = JSON.parse(process.argv[2]);
const E = require(job.engine);
const record = JSON.parse(fs.readFileSync(job.record, 'utf8'));
const text = fs.readFileSync(job.draft, 'utf8');
const OPTIONS = { today: '2025-12-01' };
const t0 = performance.now();
// Only checks made through benchMeasured count in the analysis (bench/lib/cpuprofile.js):
// warm-up and setup checks go through benchSetup.
function benchMeasured(engine, draft) {
  return engine.check(draft, OPTIONS);
}
function benchSetup(engine, draft) {
  return engine.check(draft, OPTIONS);
}

if (job.mode === 'cold') {
  // The first check of a fresh engine in a fresh process: JIT warm-up and compromise's lazy load included.
  benchMeasured(E.createEngine(record), text);
} else if (job.mode === 'nocache') {
  benchSetup(E.createEngine(record), text); // warm-up: JIT and compromise's lazy setup
  for (let i = 0; i < job.runs; i++) benchMeasured(E.createEngine(record), text);
} else if (job.mode === 'incremental') {
  const r = prng(11);
  const blocks = text.split('\n\n');
  const candidates = [];
  for (let i = Math.floor(blocks.length * 0.25); i < Math.ceil(blocks.length * 0.75); i++) {
    if (/^[A-Z“"]/.test(blocks[i]) && !blocks[i].includes('\n') && blocks[i].length > 80) candidates.push(i);
  }
  const e = E.createEngine(record);
  benchSetup(e, text); // the editor has checked the draft before
  benchSetup(e, text);
  for (let k = 0; k < job.runs; k++) {
    const bi = candidates[r.int(0, candidates.length - 1)];
    const b = blocks[bi];
    let at = r.int(1, b.length - 2);
    while (at < b.length - 1 && !/[a-z]/.test(b[at])) at++;
    blocks[bi] = b.slice(0, at) + 'e' + b.slice(at);
    benchMeasured(e, blocks.join('\n\n'));
  }
} else {
  throw new Error(`unknown mode ${job.mode}`);
}
process.stdout.write(JSON.stringify({ mode: job.mode, runs: job.runs, ms: performance.now() - t0 }) + '\n');
