'use strict';
/**
 * CPU profiles of the two paths that matter while typing, with `node --cpu-prof`:
 *   nocache     — full check of the 300 KB draft on a fresh engine (the real analysis cost)
 *   incremental — one character typed into a middle paragraph of the 300 KB draft, re-check
 * and where their time goes, by stage and by function. Writes
 * bench/results/profile-*.cpuprofile (open in Chrome DevTools) and profile.{json,md}.
 *
 *   node bench/profile.js [--quick]        (after `npm run build`; `npm run bench -- --profile` runs it too)
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { analyseProfile } = require('./lib/cpuprofile');
const { ROOT } = require('./lib/util');

const INTERVAL_US = 200;

function profileOne({ mode, runs, engine, draft, record, outDir }) {
  const dir = fs.mkdtempSync(path.join(outDir, `.cpuprof-${mode}-`));
  const job = { mode, runs, engine, record, draft };
  const res = spawnSync(
    process.execPath,
    [
      '--cpu-prof',
      `--cpu-prof-dir=${dir}`,
      `--cpu-prof-interval=${INTERVAL_US}`,
      path.join(__dirname, 'workers', 'profile-worker.js'),
      JSON.stringify(job),
    ],
    { encoding: 'utf8', maxBuffer: 1 << 24 },
  );
  if (res.status !== 0) throw new Error(`profile worker (${mode}) failed: ${res.stderr}`);
  const file = fs.readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  const dest = path.join(outDir, `profile-${mode}.cpuprofile`);
  fs.renameSync(path.join(dir, file), dest);
  fs.rmSync(dir, { recursive: true, force: true });
  return {
    mode,
    runs,
    file: path.relative(ROOT, dest),
    worker: JSON.parse(res.stdout.trim().split('\n').pop()),
    ...analyseProfile(dest, engine, { runs, regionFn: 'benchMeasured' }),
  };
}

/** The CLI as a whole process on a draft: node --cpu-prof dist/cli.js check FILE. */
function profileCli({ cli, draft, outDir }) {
  const dir = fs.mkdtempSync(path.join(outDir, '.cpuprof-cli-'));
  const res = spawnSync(
    process.execPath,
    [
      '--cpu-prof',
      `--cpu-prof-dir=${dir}`,
      `--cpu-prof-interval=${INTERVAL_US}`,
      cli,
      'check',
      draft,
      '--fail-on',
      'never',
    ],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
      env: { ...process.env, FACTDESK_TODAY: '2025-12-01' },
    },
  );
  if (res.status !== 0) throw new Error(`cli (profiled) failed: ${res.stderr}`);
  const file = fs.readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  const dest = path.join(outDir, 'profile-cli.cpuprofile');
  fs.renameSync(path.join(dir, file), dest);
  fs.rmSync(dir, { recursive: true, force: true });
  // dist/cli.js starts dist/cli-main.js, the bundle whose source map names the modules.
  return {
    mode: 'cli',
    runs: 1,
    draft: path.basename(draft),
    file: path.relative(ROOT, dest),
    ...analyseProfile(dest, path.join(path.dirname(cli), 'cli-main.js'), { runs: 1, wholeProcess: true }),
  };
}

function runProfiles({ engine, draft, record, outDir, quick, cli, cliDraft }) {
  const out = [
    profileOne({ mode: 'nocache', runs: quick ? 2 : 5, engine, draft, record, outDir }),
    profileOne({ mode: 'incremental', runs: quick ? 40 : 150, engine, draft, record, outDir }),
    profileOne({ mode: 'cold', runs: 1, engine, draft, record, outDir }),
  ];
  if (cli && cliDraft) out.push(profileCli({ cli, draft: cliDraft, outDir }));
  return out;
}

const short = (key) => (key.length > 110 ? key.slice(0, 107) + '…' : key).replace(/\|/g, '\\|');

function profileMarkdown(profiles, draftName) {
  const byMode = (m) => profiles.find((p) => p.mode === m);
  const [nc, inc, cold, cli] = ['nocache', 'incremental', 'cold', 'cli'].map(byMode);
  const label = { nocache: 'no cache', incremental: 'incremental', cold: 'first check, fresh process' };
  const unit = { nocache: 'check', incremental: 'edit', cold: 'check' };
  const lines = [];
  lines.push(`### Profile: where the time goes (${draftName} draft, node --cpu-prof at ${INTERVAL_US} µs)`);
  lines.push('');
  lines.push(
    `Only samples under \`engine.check()\` count (plus GC while inside it); times are per check, with the profiler's overhead, so they run higher than the timings above. A stage is the innermost engine function on the stack: compromise called from claim extraction counts as compromise.`,
  );
  lines.push('');
  lines.push(`| Stage | no cache: ms/check | % | incremental: ms/edit | % |`);
  lines.push(`|---|--:|--:|--:|--:|`);
  const stages = [...new Set([...nc.byStage, ...inc.byStage].map((r) => r.key))];
  const get = (p, k) => p.byStage.find((r) => r.key === k);
  stages.sort((a, b) => (get(nc, b)?.ms ?? 0) - (get(nc, a)?.ms ?? 0));
  for (const s of stages) {
    const a = get(nc, s);
    const b = get(inc, s);
    lines.push(
      `| ${s} | ${a ? a.perCheckMs.toFixed(1) : '–'} | ${a ? a.pct.toFixed(1) : '–'} | ${b ? b.perCheckMs.toFixed(2) : '–'} | ${b ? b.pct.toFixed(1) : '–'} |`,
    );
  }
  lines.push(
    `| **total under check()** | **${nc.perCheckMs.toFixed(1)}** | 100 | **${inc.perCheckMs.toFixed(2)}** | 100 |`,
  );
  if (cli) {
    lines.push('');
    lines.push(
      `The CLI as a whole process (\`node --cpu-prof dist/cli.js check ${cli.draft}\`, one run, every sample counted; \`${cli.file}\`):`,
    );
    lines.push('');
    lines.push(`| Stage | ms | % |`);
    lines.push(`|---|--:|--:|`);
    for (const r of cli.byStage) lines.push(`| ${r.key} | ${r.ms.toFixed(1)} | ${r.pct.toFixed(1)} |`);
    lines.push(`| **total sampled** | **${cli.totalMs.toFixed(0)}** | 100 |`);
  }
  for (const p of [nc, inc, cold].filter(Boolean)) {
    lines.push('');
    lines.push(`Top functions by self time, ${label[p.mode]} (${p.runs} ${unit[p.mode]}s; \`${p.file}\`):`);
    lines.push('');
    lines.push(`| ms/${unit[p.mode]} | % | function — source:bundle line |`);
    lines.push(`|--:|--:|---|`);
    for (const r of p.bySelf.slice(0, 15))
      lines.push(`| ${r.perCheckMs.toFixed(2)} | ${r.pct.toFixed(1)} | ${short(r.key)} |`);
  }
  for (const p of [nc, inc, cold].filter(Boolean)) {
    lines.push('');
    lines.push(`Self time by package / source file, ${label[p.mode]}:`);
    lines.push('');
    lines.push(`| ms | % | package or file |`);
    lines.push(`|--:|--:|---|`);
    for (const r of p.byPackage.slice(0, 12))
      lines.push(`| ${r.perCheckMs.toFixed(2)} | ${r.pct.toFixed(1)} | ${short(r.key)} |`);
  }
  return lines.join('\n') + '\n';
}

module.exports = { runProfiles, profileMarkdown };

if (require.main === module) {
  const { bundleEngine } = require('./lib/bundle');
  const { writeCorpus, SIZES } = require('./lib/corpus');
  const quick = process.argv.includes('--quick');
  const outDir = path.join(__dirname, 'results');
  fs.mkdirSync(outDir, { recursive: true });
  const size = SIZES.find((s) => s.name === '300KB');
  const [small, draft] = writeCorpus(path.join(ROOT, 'examples'), path.join(outDir, 'corpus'), [
    SIZES.find((s) => s.name === '30KB'),
    size,
  ]);
  const { engine, outDir: tmp } = bundleEngine();
  try {
    const profiles = runProfiles({
      engine,
      draft: draft.file,
      record: path.join(ROOT, 'dist', 'record.json'),
      outDir,
      quick,
      cli: path.join(ROOT, 'dist', 'cli.js'),
      cliDraft: small.file,
    });
    const md = profileMarkdown(profiles, size.name);
    fs.writeFileSync(path.join(outDir, 'profile.json'), JSON.stringify(profiles, null, 2));
    fs.writeFileSync(path.join(outDir, 'profile.md'), md);
    process.stdout.write(md);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
