'use strict';
/**
 * In-process measurements for ONE draft, in a fresh process (run with
 * --expose-gc): cold first check and its peak RSS, warm checks (cache hit and
 * fresh engine), incremental edits, and the same draft through the floor
 * (a plain RegExp scan) and through compromise over the whole text.
 *
 *   node --expose-gc bench/workers/inproc.js '<json job>' OUT.json
 */
const fs = require('node:fs');
const { summary, timeOnce, readJson } = require('../lib/util');
const { prng } = require('../lib/corpus');

const job = JSON.parse(process.argv[2]);
const outFile = process.argv[3];
const gc = typeof global.gc === 'function' ? global.gc : () => {};
const OPTIONS = { today: '2025-12-01' };
const out = { name: job.name };

// ---- load: bundle + record + engine --------------------------------------------------
const rssBeforeLoad = process.memoryUsage().rss;
const load = timeOnce(() => require(job.engine));
const E = load.value;
const recordText = fs.readFileSync(job.record, 'utf8');
const parse = timeOnce(() => JSON.parse(recordText));
const record = parse.value;
const create = timeOnce(() => E.createEngine(record));
out.load = { requireMs: load.wall, recordParseMs: parse.wall, createEngineMs: create.wall };
const text = fs.readFileSync(job.draft, 'utf8');
out.chars = text.length;

// ---- cold: the first check of a fresh engine in a fresh process -----------------------
gc();
const rssAfterLoad = process.memoryUsage().rss;
const maxRssBefore = process.resourceUsage().maxRSS;
const cold = timeOnce(() => create.value.check(text, OPTIONS));
out.cold = { ms: cold.wall, cpuMs: cold.cpu };
out.memory = {
  rssBeforeLoadMB: rssBeforeLoad / 1048576,
  rssAfterLoadMB: rssAfterLoad / 1048576,
  maxRssBeforeCheckMB: maxRssBefore / 1024,
  // resourceUsage().maxRSS is in KiB: the process's peak, i.e. load + this check.
  peakRssMB: process.resourceUsage().maxRSS / 1024,
};
out.result = { findings: cold.value.findings.length, mentions: cold.value.mentions.length, asOf: cold.value.asOf };

// ---- warm, cache hit: the same text again on the same engine --------------------------
const engine = create.value;
const timed = (n, warmup, fn) => {
  const wall = [];
  const cpu = [];
  for (let i = 0; i < warmup + n; i++) {
    const prep = fn.prepare ? fn.prepare() : undefined;
    gc();
    const t = timeOnce(() => fn(prep));
    if (i >= warmup) (wall.push(t.wall), cpu.push(t.cpu));
  }
  return summary(wall, cpu);
};
out.warmHit = timed(job.warmRuns, 2, () => engine.check(text, OPTIONS));

// ---- warm, no paragraph cache: a fresh engine each run, module and record loaded ------
const createMs = [];
const noCache = (e) => e.check(text, OPTIONS);
noCache.prepare = () => {
  const t = timeOnce(() => E.createEngine(record));
  createMs.push(t.wall);
  return t.value;
};
out.warmNoCache = timed(job.warmRuns, 1, noCache);
out.warmNoCache.createEngineMedianMs = summary(createMs).median;

// ---- incremental: type one character in a middle paragraph, re-check ------------------
if (job.edits) {
  const r = prng(job.seed ?? 7);
  const blocks = text.split('\n\n');
  const prose = (b) => /^[A-Z“"]/.test(b) && !b.includes('\n') && b.length > 80;
  const lo = Math.floor(blocks.length * 0.25);
  const hi = Math.ceil(blocks.length * 0.75);
  const candidates = [];
  for (let i = lo; i < hi; i++) if (prose(blocks[i])) candidates.push(i);
  // Different paragraphs, in a shuffled order; edits accumulate in the text.
  for (let i = candidates.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [candidates[i], candidates[j]] = [candidates[j], candidates[i]];
  }
  const e = E.createEngine(record);
  e.check(blocks.join('\n\n'), OPTIONS); // fill the paragraph cache: the editor has checked the draft before
  e.check(blocks.join('\n\n'), OPTIONS);
  const positions = [];
  let offsetOfBlock;
  /**
   * `edits` edits, each timed. Typing does not run a full GC between
   * keystrokes, so the main figure forces none; the second series forces one
   * before each edit (V8 then recompiles the claim patterns' RegExps), the
   * worst case a writer meets now and then.
   */
  const series = (forceGc) => {
    const wall = [];
    const cpu = [];
    for (let k = 0; k < job.edits; k++) {
      const bi = candidates[k % candidates.length];
      const b = blocks[bi];
      // A position inside a word, as when fixing a typo.
      let at = r.int(1, b.length - 2);
      while (at < b.length - 1 && !/[a-z]/.test(b[at])) at++;
      blocks[bi] = b.slice(0, at) + 'abcdefghijklmnopqrstuvwxyz'[r.int(0, 25)] + b.slice(at);
      const edited = blocks.join('\n\n'); // one flat string, as an editor's getText() gives
      offsetOfBlock = blocks.slice(0, bi).reduce((n, x) => n + x.length + 2, 0);
      positions.push(offsetOfBlock + at);
      if (forceGc) gc();
      const t = timeOnce(() => e.check(edited, OPTIONS));
      wall.push(t.wall);
      cpu.push(t.cpu);
    }
    return summary(wall, cpu);
  };
  const typing = series(false);
  const afterGc = series(true);
  out.incremental = {
    ...typing,
    afterFullGc: afterGc,
    paragraphs: new Set(positions).size,
    firstOffsets: positions.slice(0, 5),
  };
}

// ---- the floor: one RegExp for every entity name and alias, one for numbers -----------
{
  const names = new Set();
  for (const ent of record.entities) {
    for (const n of [ent.name, ...(ent.aliases ?? [])]) names.add(n);
    for (const v of ent.variants ?? []) for (const n of [v.name, ...(v.aliases ?? [])]) names.add(n);
  }
  const esc = [...names].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  const entityRe = new RegExp(`\\b(?:${esc.join('|')})\\b`, 'gi');
  const numberRe = /\d+(?:[.,]\d+)*/g;
  const scan = () => {
    let n = 0;
    for (const re of [entityRe, numberRe]) {
      re.lastIndex = 0;
      while (re.exec(text)) n++;
    }
    return n;
  };
  out.floor = { ...timed(job.floorRuns, 2, scan), matches: scan() };
}

// ---- the naive design: compromise over the whole text ---------------------------------
if (job.compromiseRuns) {
  const lib = require(job.compromise);
  const nlp = typeof lib === 'function' ? lib : lib.default;
  const naive = () => nlp(text).numbers().get().length;
  const runs = [];
  const cpu = [];
  let numbers = 0;
  for (let i = 0; i < job.compromiseRuns; i++) {
    gc();
    const t = timeOnce(naive);
    runs.push(t.wall);
    cpu.push(t.cpu);
    numbers = t.value;
  }
  out.compromise = { ...summary(runs, cpu), numbers };
}

fs.writeFileSync(outFile, JSON.stringify(out, null, 2));
