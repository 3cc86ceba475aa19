'use strict';
/**
 * The extension host's thread while a draft is opened and then edited: the
 * longest stretch its event loop is blocked (perf_hooks.monitorEventLoopDelay,
 * 1 ms resolution), with checks on the check thread (src/extension/checkClient.ts
 * and dist/extension-worker.js, as the extension runs them) and, for scale,
 * with the engine on the thread itself. What the editor thread still does
 * with a result (diagnostics from findings) is not in it: that needs VS Code.
 *
 *   node bench/workers/editor-thread.js '<json job>' OUT.json
 */
const fs = require('node:fs');
const { monitorEventLoopDelay } = require('node:perf_hooks');

const job = JSON.parse(process.argv[2]);
const outFile = process.argv[3];
const E = require(job.engine);
const { CheckClient } = require(job.client);
const record = JSON.parse(fs.readFileSync(job.record, 'utf8'));
const text = fs.readFileSync(job.draft, 'utf8');
const OPTIONS = { today: '2025-12-01', includeSupported: true, draft: 'file:///draft.md' };
const log = {
  debug() {},
  info() {},
  warn: (m) => process.stderr.write(`${m}\n`),
  error: (m, e) => process.stderr.write(`${m}: ${e}\n`),
};

/** The draft, then `edits` one-letter edits in the middle half, as a writer types (debounced checks). */
function texts() {
  const out = [text];
  let t = text;
  for (let k = 0; k < job.edits; k++) {
    const at = Math.floor(t.length * (0.25 + (0.5 * k) / Math.max(1, job.edits)));
    t = t.slice(0, at) + 'e' + t.slice(at);
    out.push(t);
  }
  return out;
}

async function measure(run) {
  const h = monitorEventLoopDelay({ resolution: 1 });
  // A 1 ms timer keeps the loop turning: the longest gap between its ticks is the longest block.
  let last = performance.now();
  let longestGap = 0;
  const gaps = [];
  let t0 = performance.now();
  const tick = setInterval(() => {
    const now = performance.now();
    if (now - last > 50) gaps.push({ at: Math.round(now - t0), ms: Math.round(now - last) });
    longestGap = Math.max(longestGap, now - last);
    last = now;
  }, 1);
  h.enable();
  t0 = performance.now();
  const marks = [];
  for (const t of texts()) {
    await run(t);
    marks.push(Math.round(performance.now() - t0));
  }
  const ms = performance.now() - t0;
  h.disable();
  clearInterval(tick);
  return {
    gaps: gaps.slice(0, 20),
    marks,
    maxBlockMs: longestGap,
    histogramMaxMs: h.max / 1e6,
    p99BlockMs: h.percentile(99) / 1e6,
    totalMs: ms,
  };
}

(async () => {
  const engine = E.createEngine(record);
  const client = CheckClient.create(log, job.dist);
  if (!client) throw new Error('dist/extension-worker.js is missing: npm run build');
  // The editor thread reads the text (getText copies it) and hands it over; the result comes back as data.
  const offThread = await measure((t) => client.check(engine, t.slice(0), OPTIONS));
  // What receiving a result costs the editor thread: cloning one 3 MB result, timed here.
  const sample = await client.check(engine, text, OPTIONS);
  const c0 = performance.now();
  structuredClone(sample);
  offThread.cloneResultMs = performance.now() - c0;
  offThread.findings = sample.findings.length;
  offThread.mentions = sample.mentions.length;
  client.dispose();
  const here = E.createEngine(record);
  const onThread = await measure(async (t) => {
    here.check(t.slice(0), OPTIONS);
    await new Promise((r) => setImmediate(r));
  });
  fs.writeFileSync(outFile, JSON.stringify({ edits: job.edits, chars: text.length, offThread, onThread }, null, 2));
})().catch((e) => {
  process.stderr.write(`${e.stack}\n`);
  process.exit(1);
});
