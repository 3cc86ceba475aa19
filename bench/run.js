'use strict';
/**
 * Fact Desk's benchmark (`npm run bench`, which builds dist/ first).
 *
 *   node bench/run.js [--quick] [--profile] [--sizes 30KB,300KB,3MB]
 *
 * --quick    fewer runs, and no compromise over the 3 MB draft (that alone takes minutes)
 * --profile  also CPU-profile the no-cache and incremental paths (bench/profile.js)
 * --save     also copy the table to bench/RESULTS.md (the one committed)
 *
 * Generates the drafts (bench/lib/corpus.js, seeded: same bytes every run),
 * bundles src/engine with esbuild into a temp folder, runs every measurement
 * in fresh child processes, and writes bench/results/latest.{json,md}.
 * Targets are reported against, never asserted: timings do not belong in tests.
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { bundleEngine } = require('./lib/bundle');
const { writeCorpus, SIZES } = require('./lib/corpus');
const { ROOT, summary, machine, readJson } = require('./lib/util');

const argv = process.argv.slice(2);
const QUICK = argv.includes('--quick');
const PROFILE = argv.includes('--profile');
const SAVE = argv.includes('--save');
const sizesArg = argv.find((a, i) => argv[i - 1] === '--sizes') ?? argv.find((a) => a.startsWith('--sizes='))?.slice(8);
const SIZES_RUN = sizesArg ? SIZES.filter((s) => sizesArg.split(',').includes(s.name)) : SIZES;

const RESULTS = path.join(__dirname, 'results');
const RECORD = path.join(ROOT, 'dist', 'record.json');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const EXTENSION = path.join(ROOT, 'dist', 'extension.js');
const TODAY = '2025-12-01';

/** Runs per draft size. */
const PLAN = {
  '30KB': { warmRuns: 20, edits: 50, floorRuns: 50, compromiseRuns: QUICK ? 1 : 5, cspellRuns: QUICK ? 5 : 10 },
  '300KB': {
    warmRuns: QUICK ? 10 : 15,
    edits: QUICK ? 50 : 100,
    floorRuns: 20,
    compromiseRuns: QUICK ? 1 : 3,
    cspellRuns: QUICK ? 3 : 7,
  },
  '3MB': {
    warmRuns: QUICK ? 3 : 10,
    edits: QUICK ? 0 : 10,
    floorRuns: 10,
    compromiseRuns: QUICK ? 0 : 1,
    cspellRuns: QUICK ? 3 : 5,
  },
};
/** Issue 20's targets: the no-cache check against the peers measured in the same run. */
const TARGETS = {
  warmOverCspell: 0.5,
  warmOverFloor: 20,
  cold: { '30KB': 100, '300KB': 300 },
  incrementalMs: 2,
  incrementalP90Ms: 5,
  loadMs: 50,
  cliOverNode: 2.5,
  peakRssMB: 150,
  editorBlockMs: 20,
  folderSpeedup: 1.7,
};

const log = (s) => process.stderr.write(s + '\n');

function node(args, { timeoutMs = 30 * 60 * 1000 } = {}) {
  const res = spawnSync(process.execPath, args, {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    timeout: timeoutMs,
    env: { ...process.env, FACTDESK_TODAY: TODAY },
  });
  if (res.status !== 0)
    throw new Error(`node ${args.slice(0, 2).join(' ')} … failed (${res.status ?? res.signal}):\n${res.stderr}`);
  return res.stdout;
}

/** CPU time (user + system) of this process's waited-for children, ms, from /proc (Linux; 10 ms ticks). */
function childrenCpuMs() {
  try {
    const stat = fs.readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // fields[0] is field 3 (state)
    return (Number(fields[13]) + Number(fields[14])) * 10; // cutime + cstime, at USER_HZ = 100
  } catch {
    return undefined;
  }
}

/** Wall and CPU time of a whole process, ms. */
function wallOf(args) {
  const c0 = childrenCpuMs();
  const t0 = process.hrtime.bigint();
  const res = spawnSync(process.execPath, args, {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    env: { ...process.env, FACTDESK_TODAY: TODAY },
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const c1 = childrenCpuMs();
  if (res.status !== 0) throw new Error(`node ${args.join(' ')} exited ${res.status}: ${res.stderr}`);
  return { ms, cpu: c0 === undefined ? undefined : c1 - c0, stdout: res.stdout };
}
const timedProcess = (runs) =>
  summary(
    runs.map((r) => r.ms),
    runs[0]?.cpu === undefined ? undefined : runs.map((r) => r.cpu),
  );

function main() {
  const started = new Date();
  const machineAtStart = machine();
  log(
    `Fact Desk bench${QUICK ? ' (quick)' : ''}: ${machineAtStart.cores} × ${machineAtStart.cpuModel}, node ${machineAtStart.node}, load ${machineAtStart.loadAvg.join(' ')}`,
  );
  for (const f of [RECORD, CLI])
    if (!fs.existsSync(f))
      throw new Error(`${path.relative(ROOT, f)} is missing: run \`npm run build\` first (npm run bench does)`);
  fs.mkdirSync(RESULTS, { recursive: true });

  const corpus = writeCorpus(path.join(ROOT, 'examples'), path.join(RESULTS, 'corpus'), SIZES_RUN);
  log(`corpus: ${corpus.map((c) => `${c.name} = ${c.bytes} bytes, ${c.blocks} blocks`).join('; ')}`);
  const bundle = bundleEngine();
  log(`engine bundle: ${(bundle.bytes / 1024).toFixed(0)} KB in ${bundle.bundleMs.toFixed(0)} ms`);
  const git = (args) => spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' }).stdout?.trim() ?? '';
  const source = {
    commit: git(['rev-parse', '--short', 'HEAD']),
    engineDirty: git(['status', '--porcelain', '--', 'src/engine', 'data']) !== '',
  };
  const results = {
    date: started.toISOString(),
    quick: QUICK,
    source,
    machine: machineAtStart,
    corpus: corpus.map(({ file, ...c }) => ({ ...c, file: path.relative(ROOT, file) })),
    targets: TARGETS,
    sizes: {},
  };

  try {
    // ---- loading: fresh processes ---------------------------------------------------------
    const job = JSON.stringify({ engine: bundle.engine, record: RECORD, extension: EXTENSION, cli: CLI });
    const loads = { engine: [], extension: [], cli: [] };
    const LOAD_RUNS = 7;
    for (let i = 0; i < LOAD_RUNS; i++) {
      for (const mode of Object.keys(loads)) {
        if (mode === 'extension' && !fs.existsSync(EXTENSION)) continue;
        loads[mode].push(JSON.parse(node([path.join(__dirname, 'workers', 'load.js'), mode, job]).trim()));
      }
    }
    const pick = (xs, k) => summary(xs.map((x) => x[k]));
    results.load = {
      runs: LOAD_RUNS,
      engine: {
        total: pick(loads.engine, 'totalMs'),
        totalCpu: pick(loads.engine, 'totalCpuMs'),
        require: pick(loads.engine, 'requireMs'),
        recordParse: pick(loads.engine, 'recordMs'),
        createEngine: pick(loads.engine, 'createEngineMs'),
        sinceProcessStart: pick(loads.engine, 'sinceProcessStartMs'),
      },
      extensionRequire: loads.extension.length ? pick(loads.extension, 'requireMs') : undefined,
      cliRequire: pick(loads.cli, 'requireMs'),
      nodeBoot: pick(loads.cli, 'nodeBootMs'),
    };
    log(
      `load: engine bundle + record + createEngine ${results.load.engine.total.median.toFixed(1)} ms (median of ${LOAD_RUNS})`,
    );

    // ---- the CLI as a whole process ---------------------------------------------------------
    const small = corpus.find((c) => c.name === '30KB');
    if (small) {
      const bare = [];
      const cli = [];
      wallOf([CLI, 'check', small.file, '--fail-on', 'never']); // warm the page cache
      for (let i = 0; i < 5; i++) {
        bare.push(wallOf(['-e', '0']));
        cli.push(wallOf([CLI, 'check', small.file, '--fail-on', 'never']));
      }
      results.cli = { '30KB': timedProcess(cli), nodeBare: timedProcess(bare) };
      if (!QUICK) {
        for (const c of corpus.filter((x) => x.name !== '30KB'))
          results.cli[c.name] = timedProcess([wallOf([CLI, 'check', c.file, '--fail-on', 'never'])]);
      }
      log(
        `cli: 30 KB whole process ${results.cli['30KB'].median.toFixed(0)} ms (node -e 0: ${results.cli.nodeBare.median.toFixed(0)} ms)`,
      );
    }

    // ---- in-process, one fresh process per draft -------------------------------------------
    for (const c of corpus) {
      const plan = PLAN[c.name];
      const job = {
        name: c.name,
        engine: bundle.engine,
        record: RECORD,
        draft: c.file,
        compromise: require.resolve('compromise', { paths: [ROOT] }),
        ...plan,
      };
      const out = path.join(bundle.outDir, `inproc-${c.name}.json`);
      log(
        `${c.name}: in-process runs (${plan.warmRuns} warm, ${plan.edits} edits, ${plan.compromiseRuns} compromise)…`,
      );
      node(['--expose-gc', path.join(__dirname, 'workers', 'inproc.js'), JSON.stringify(job), out]);
      const r = readJson(out);
      results.sizes[c.name] = r;
      // The peer, same draft, same run: cspell-lib in its own fresh process.
      const csOut = path.join(bundle.outDir, `cspell-${c.name}.json`);
      node([
        '--expose-gc',
        path.join(__dirname, 'workers', 'cspell.mjs'),
        JSON.stringify({ record: RECORD, draft: c.file, runs: plan.cspellRuns }),
        csOut,
      ]);
      r.cspell = readJson(csOut);
      log(
        `  cspell-lib ${r.cspell.version}: cold ${r.cspell.cold.ms.toFixed(0)} ms · warm ${r.cspell.warm.median.toFixed(1)} ms`,
      );
      log(
        `  cold ${r.cold.ms.toFixed(0)} ms · warm hit ${r.warmHit.median.toFixed(1)} ms · no cache ${r.warmNoCache.median.toFixed(1)} ms${r.incremental ? ` · incremental ${r.incremental.median.toFixed(2)} ms` : ''} · floor ${r.floor.median.toFixed(2)} ms${r.compromise ? ` · compromise ${r.compromise.median.toFixed(0)} ms` : ''} · peak RSS ${r.memory.peakRssMB.toFixed(0)} MB`,
      );
    }

    // ---- the editor's thread: longest event-loop block while the largest draft is opened and edited ----
    const largest = corpus[corpus.length - 1];
    if (largest && fs.existsSync(path.join(ROOT, 'dist', 'extension-worker.js'))) {
      const esbuild = require(path.join(ROOT, 'node_modules', 'esbuild'));
      const client = path.join(bundle.outDir, 'check-client.js');
      esbuild.buildSync({
        entryPoints: [path.join(ROOT, 'src/extension/checkClient.ts')],
        bundle: true,
        platform: 'node',
        format: 'cjs',
        outfile: client,
        logLevel: 'warning',
      });
      const out = path.join(bundle.outDir, 'editor-thread.json');
      log(`${largest.name}: the editor thread while the draft is opened and edited (check thread vs this thread)…`);
      node([
        path.join(__dirname, 'workers', 'editor-thread.js'),
        JSON.stringify({
          engine: bundle.engine,
          client,
          dist: path.join(ROOT, 'dist'),
          record: RECORD,
          draft: largest.file,
          edits: QUICK ? 5 : 10,
        }),
        out,
      ]);
      results.editorThread = { draft: largest.name, ...readJson(out) };
      log(
        `  longest block: ${results.editorThread.offThread.maxBlockMs.toFixed(1)} ms with the check thread, ${results.editorThread.onThread.maxBlockMs.toFixed(0)} ms without`,
      );
    }

    // ---- a folder of drafts: the CLI on one worker thread and on one per core -----------------
    {
      const drafts = QUICK ? 300 : 2000;
      const out = path.join(bundle.outDir, 'folder.json');
      log(`folder: ${drafts} drafts of ~10 KB, factdesk check --jobs 1 and --jobs <cores>…`);
      node([
        path.join(__dirname, 'workers', 'folder.js'),
        JSON.stringify({ examples: path.join(ROOT, 'examples'), cli: CLI, drafts, draftBytes: 10 * 1024 }),
        out,
      ]);
      results.folder = readJson(out);
      log(
        `  ${results.folder.oneMs.toFixed(0)} ms on one thread, ${results.folder.manyMs.toFixed(0)} ms on ${results.folder.cores} (×${results.folder.speedup.toFixed(2)})`,
      );
    }

    // ---- profile ----------------------------------------------------------------------------
    if (PROFILE && corpus.find((c) => c.name === '300KB')) {
      log('profiling (node --cpu-prof)…');
      const { runProfiles, profileMarkdown } = require('./profile');
      const profiles = runProfiles({
        engine: bundle.engine,
        draft: corpus.find((c) => c.name === '300KB').file,
        record: RECORD,
        outDir: RESULTS,
        quick: QUICK,
        cli: CLI,
        cliDraft: small?.file,
      });
      results.profile = profiles;
      results.profileMarkdown = profileMarkdown(profiles, '300KB');
      fs.writeFileSync(path.join(RESULTS, 'profile.json'), JSON.stringify(profiles, null, 2));
      fs.writeFileSync(path.join(RESULTS, 'profile.md'), results.profileMarkdown);
    }
  } finally {
    fs.rmSync(bundle.outDir, { recursive: true, force: true });
  }

  results.machine.loadAvgAtEnd = machine().loadAvg;
  results.durationS = (Date.now() - started.getTime()) / 1000;
  const md = markdown(results);
  fs.writeFileSync(path.join(RESULTS, 'latest.json'), JSON.stringify(results, null, 2));
  fs.writeFileSync(path.join(RESULTS, 'latest.md'), md);
  if (SAVE) {
    const head =
      '# Benchmark results\n\nOne recent run of `npm run bench -- --profile --save` (bench/run.js). Regenerate rather than edit; targets are reported, never asserted in tests.\n\n';
    fs.writeFileSync(path.join(__dirname, 'RESULTS.md'), head + md);
  }
  process.stdout.write(md);
  log(`wrote bench/results/latest.json and latest.md (${results.durationS.toFixed(0)} s)`);
}

// ---- report -----------------------------------------------------------------------------------

function fmt(ms) {
  if (ms === undefined || Number.isNaN(ms)) return '–';
  if (ms >= 10000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  if (ms >= 10) return `${ms.toFixed(1)} ms`;
  return `${ms.toFixed(2)} ms`;
}
const ratio = (a, b) => (a && b ? `×${(a / b).toFixed(a / b >= 10 ? 0 : 1)}` : '–');
const cpuOf = (s) => (s.cpuMedian === undefined ? '' : ` (CPU ${fmt(s.cpuMedian)})`);
const verdict = (value, target) => (value === undefined ? '–' : value <= target ? '**met**' : '**missed**');

function markdown(r) {
  const names = SIZES.map((s) => s.name).filter((n) => r.sizes[n]);
  const size = (n) => r.sizes[n];
  const row = (label, f, target = '', met = '') =>
    `| ${label} | ${names.map((n) => f(size(n), n)).join(' | ')} | ${target} | ${met} |`;
  const m = r.machine;
  const L = [];
  L.push(`## Fact Desk bench — ${r.date.slice(0, 10)}${r.quick ? ' (--quick)' : ''}`);
  L.push('');
  L.push(
    `Source: commit ${r.source.commit}${r.source.engineDirty ? ' with uncommitted changes in src/engine or data/' : ''}.`,
  );
  L.push('');
  L.push(
    `Machine: ${m.cores} cores, ${m.cpuModel}, ${m.memoryGiB} GiB, Node ${m.node} (V8 ${m.v8}), ${m.platform}. Load average at start ${m.loadAvg.join(' / ')}, at end ${(m.loadAvgAtEnd ?? []).join(' / ')}: on a busy machine wall times run high, so CPU times are given alongside. Run took ${r.durationS?.toFixed(0)} s.`,
  );
  L.push('');
  L.push(
    `Drafts (seeded, from examples/*.md): ${r.corpus.map((c) => `${c.name} = ${(c.bytes / 1024).toFixed(0)} KiB, ${c.blocks} blocks (${c.paragraphs} paragraphs, ${c.headings} headings, ${c.tables} tables, ${c.lists} lists, ${c.quotes} quotes, ${c.codeBlocks} code blocks)`).join('; ')}.`,
  );
  L.push('');
  L.push(`### Full check, in-process (median; ms)`);
  L.push('');
  L.push(`| Measure | ${names.join(' | ')} | Target | Met? |`);
  L.push(`|---|${names.map(() => '--:').join('|')}|---|---|`);
  const coldTargets = names.map((n) => (TARGETS.cold[n] ? `≤ ${TARGETS.cold[n]} ms` : '–')).join(' / ');
  const coldMet = names.map((n) => (TARGETS.cold[n] ? verdict(size(n).cold.ms, TARGETS.cold[n]) : '–')).join(' / ');
  L.push(
    row(
      'cold: first check of a fresh engine in a fresh process (CPU)',
      (s) => `${fmt(s.cold.ms)} (${fmt(s.cold.cpuMs)})`,
      coldTargets,
      coldMet,
    ),
  );
  L.push(
    row(
      'warm, cache hit: same text again, same engine (CPU)',
      (s) => `${fmt(s.warmHit.median)} (${fmt(s.warmHit.cpuMedian)}) n=${s.warmHit.runs}`,
    ),
  );
  L.push(
    row(
      '**warm, no paragraph cache** (fresh engine each run; module + record loaded)',
      (s) => `**${fmt(s.warmNoCache.median)}** (n=${s.warmNoCache.runs})`,
    ),
  );
  L.push(row('… its CPU time (user + sys)', (s) => fmt(s.warmNoCache.cpuMedian)));
  L.push(row('… its p90 / max', (s) => `${fmt(s.warmNoCache.p90)} / ${fmt(s.warmNoCache.max)}`));
  L.push(row('floor: one RegExp scan for entity names + numbers', (s) => fmt(s.floor.median)));
  const cs = (s) => s.cspell;
  L.push(
    row(
      `peer: cspell-lib ${names.map((n) => cs(size(n))?.version).find(Boolean) ?? ''} spellCheckDocument, warm (English + the record's terms; CPU)`,
      (s) => (cs(s) ? `${fmt(cs(s).warm.median)} (${fmt(cs(s).warm.cpuMedian)}) n=${cs(s).warm.runs}` : '–'),
    ),
  );
  L.push(
    row('peer: cspell-lib, first check in a fresh process (loads its dictionaries)', (s) =>
      cs(s) ? fmt(cs(s).cold.ms) : '–',
    ),
  );
  const overCspell = (s) => (cs(s) ? s.warmNoCache.median / cs(s).warm.median : undefined);
  const overFloor = (s) => s.warmNoCache.median / s.floor.median;
  L.push(
    row(
      '**Fact Desk no-cache ÷ cspell-lib warm**',
      (s) => `**${ratio(s.warmNoCache.median, cs(s)?.warm.median)}**`,
      `≤ ×${TARGETS.warmOverCspell}`,
      names.map((n) => verdict(overCspell(size(n)), TARGETS.warmOverCspell)).join(' / '),
    ),
  );
  L.push(row('… the same in CPU time', (s) => ratio(s.warmNoCache.cpuMedian, cs(s)?.warm.cpuMedian)));
  L.push(
    row(
      '**Fact Desk no-cache ÷ floor**',
      (s) => `**${ratio(s.warmNoCache.median, s.floor.median)}**`,
      `≤ ×${TARGETS.warmOverFloor}`,
      names.map((n) => verdict(overFloor(size(n)), TARGETS.warmOverFloor)).join(' / '),
    ),
  );
  L.push(
    row(
      'Fact Desk cold ÷ cspell-lib cold / ÷ floor',
      (s) => `${ratio(s.cold.ms, cs(s)?.cold.ms)} / ${ratio(s.cold.ms, s.floor.median)}`,
    ),
  );
  L.push(
    row(
      'Fact Desk cache hit ÷ cspell-lib warm / ÷ floor',
      (s) => `${ratio(s.warmHit.median, cs(s)?.warm.median)} / ${ratio(s.warmHit.median, s.floor.median)}`,
    ),
  );
  L.push(
    row('naive: compromise over the whole text (`nlp(text).numbers()`)', (s) =>
      s.compromise ? `${fmt(s.compromise.median)} (n=${s.compromise.runs})` : 'skipped',
    ),
  );
  L.push(row('engine (no cache) ÷ floor', (s) => ratio(s.warmNoCache.median, s.floor.median)));
  L.push(
    row('compromise ÷ engine (no cache)', (s) =>
      s.compromise ? ratio(s.compromise.median, s.warmNoCache.median) : '–',
    ),
  );
  L.push(row('findings / mentions reported', (s) => `${s.result.findings} / ${s.result.mentions}`));
  L.push('');
  L.push(`### Editing, loading, CLI, memory`);
  L.push('');
  L.push(`| Measure | Value | Target | Met? |`);
  L.push(`|---|--:|---|---|`);
  const inc = size('300KB')?.incremental;
  if (inc)
    L.push(
      `| **incremental**: one character typed in a middle paragraph of the 300 KB draft, re-check (median of ${inc.runs} cumulative edits in ${inc.paragraphs} paragraphs) | **${fmt(inc.median)}** (p90 ${fmt(inc.p90)}, max ${fmt(inc.max)}, CPU ${fmt(inc.cpuMedian)}) | ≤ ${TARGETS.incrementalMs} ms, p90 ≤ ${TARGETS.incrementalP90Ms} ms | ${verdict(inc.median, TARGETS.incrementalMs)} / ${verdict(inc.p90, TARGETS.incrementalP90Ms)} |`,
    );
  if (inc?.afterFullGc)
    L.push(
      `| … the same, with a forced full GC before each edit (median of ${inc.afterFullGc.runs}; after one, V8's regexp code and inline caches start cold) | ${fmt(inc.afterFullGc.median)} (p90 ${fmt(inc.afterFullGc.p90)}) | – | |`,
    );
  for (const n of ['30KB', '3MB']) {
    const i = size(n)?.incremental;
    if (i) L.push(`| incremental, ${n} draft (median of ${i.runs}) | ${fmt(i.median)} (p90 ${fmt(i.p90)}) | – | |`);
  }
  const ld = r.load;
  if (ld) {
    L.push(
      `| **bundle + record load**: require the engine bundle + JSON.parse dist/record.json + createEngine, fresh process (median of ${ld.runs}) | **${fmt(ld.engine.total.median)}** (CPU ${fmt(ld.engine.totalCpu.median)}; require ${fmt(ld.engine.require.median)}, record ${fmt(ld.engine.recordParse.median)}, createEngine ${fmt(ld.engine.createEngine.median)}) | ≤ ${TARGETS.loadMs} ms | ${verdict(ld.engine.total.median, TARGETS.loadMs)} |`,
    );
    if (ld.extensionRequire)
      L.push(
        `| require dist/extension.js (engine + inlined record; stub \`vscode\`, not activated) | ${fmt(ld.extensionRequire.median)} | – | |`,
      );
    L.push(`| require dist/cli.js as a module (not run) | ${fmt(ld.cliRequire.median)} | – | |`);
    L.push(`| node's own boot before the first line of a script | ${fmt(ld.nodeBoot.median)} | – | |`);
  }
  if (r.cli) {
    L.push(
      `| **CLI whole process**: \`node dist/cli.js check draft-30KB.md --fail-on never\` (median of ${r.cli['30KB'].runs}) | **${fmt(r.cli['30KB'].median)}**${cpuOf(r.cli['30KB'])}, **${ratio(r.cli['30KB'].median, r.cli.nodeBare.median)}** \`node -e 0\` | ≤ ×${TARGETS.cliOverNode} \`node -e 0\` | ${verdict(r.cli['30KB'].median / r.cli.nodeBare.median, TARGETS.cliOverNode)} |`,
    );
    L.push(
      `| … \`node -e 0\` on the same machine, for scale | ${fmt(r.cli.nodeBare.median)}${cpuOf(r.cli.nodeBare)} | – | |`,
    );
    for (const n of ['300KB', '3MB'])
      if (r.cli[n])
        L.push(`| CLI whole process, ${n} draft (1 run) | ${fmt(r.cli[n].median)}${cpuOf(r.cli[n])} | – | |`);
  }
  const et = r.editorThread;
  if (et) {
    L.push(
      `| **editor thread: longest event-loop block** while the ${et.draft} draft is opened and edited ${et.edits} times, checks on the check thread (longest gap between ticks of a 1 ms timer; diagnostics from findings not included) | **${fmt(et.offThread.maxBlockMs)}** (p99 ${fmt(et.offThread.p99BlockMs)}) | ≤ ${TARGETS.editorBlockMs} ms | ${verdict(et.offThread.maxBlockMs, TARGETS.editorBlockMs)} |`,
    );
    L.push(
      `| … the same with the engine on the editor thread (before this change) | ${fmt(et.onThread.maxBlockMs)} | – | |`,
    );
  }
  const fo = r.folder;
  if (fo) {
    L.push(
      `| **folder**: \`factdesk check --format jsonl\` on ${fo.drafts} drafts of ~10 KB (${(fo.bytes / 1048576).toFixed(1)} MB), ${fo.cores} worker threads vs 1 | **×${fo.speedup.toFixed(2)}** (${fmt(fo.manyMs)} vs ${fmt(fo.oneMs)}; ${fo.mbPerSecMany.toFixed(2)} vs ${fo.mbPerSecOne.toFixed(2)} MB/s; output ${fo.sameOutput ? 'identical' : '**differs**'}) | ≥ ×${TARGETS.folderSpeedup} | ${fo.speedup >= TARGETS.folderSpeedup ? '**met**' : '**missed**'} |`,
    );
  }
  const big = size('3MB');
  if (big)
    L.push(
      `| **peak RSS, 3 MB check** (fresh process: load + one cold check; process.resourceUsage().maxRSS) | **${big.memory.peakRssMB.toFixed(0)} MB** (${big.memory.rssAfterLoadMB.toFixed(0)} MB after load) | ≤ ${TARGETS.peakRssMB} MB | ${verdict(big.memory.peakRssMB, TARGETS.peakRssMB)} |`,
    );
  for (const n of ['30KB', '300KB'])
    if (size(n)) L.push(`| peak RSS, ${n} check | ${size(n).memory.peakRssMB.toFixed(0)} MB | – | |`);
  L.push('');
  L.push(
    `Warm runs call \`gc()\` before each timed check (node --expose-gc) and drop the first run(s) as warm-up. "No paragraph cache" builds a fresh engine before each run (not timed: createEngine median ${names.map((n) => fmt(size(n).warmNoCache.createEngineMedianMs)).join(' / ')}). Incremental edits insert one letter inside a word of a prose paragraph in the middle half of the draft; edits accumulate, each re-check sees all earlier ones; no GC is forced between them (typing does not cause one), and a second series forces one before each edit.`,
  );
  if (r.profileMarkdown) L.push('', r.profileMarkdown);
  return L.join('\n') + '\n';
}

main();
