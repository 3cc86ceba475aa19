'use strict';
/**
 * `factdesk check` on a folder of drafts as a whole process, with one worker
 * thread and with one per core: wall time, MB/s, and whether the outputs match.
 *
 *   node bench/workers/folder.js '<json job>' OUT.json
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { loadSeeds, generateDraft } = require('../lib/corpus');

const job = JSON.parse(process.argv[2]);
const outFile = process.argv[3];
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factdesk-folder-'));
try {
  const seeds = loadSeeds(job.examples);
  let bytes = 0;
  for (let i = 0; i < job.drafts; i++) {
    const d = generateDraft(seeds, job.draftBytes, 100_000 + i);
    fs.writeFileSync(path.join(dir, `d${String(i).padStart(5, '0')}.md`), d.text);
    bytes += Buffer.byteLength(d.text);
  }
  const run = (jobs) => {
    const t0 = performance.now();
    const r = spawnSync(
      process.execPath,
      [
        job.cli,
        'check',
        dir,
        '--format',
        'jsonl',
        '--fail-on',
        'never',
        '--no-workspace-packs',
        '--jobs',
        String(jobs),
      ],
      { encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, FACTDESK_TODAY: '2025-12-01' } },
    );
    const ms = performance.now() - t0;
    if (r.status !== 0) throw new Error(`check --jobs ${jobs} exited ${r.status}: ${r.stderr}`);
    return { ms, out: r.stdout };
  };
  const cores = os.availableParallelism();
  const one = run(1);
  const many = run(cores);
  fs.writeFileSync(
    outFile,
    JSON.stringify(
      {
        drafts: job.drafts,
        bytes,
        cores,
        oneMs: one.ms,
        manyMs: many.ms,
        speedup: one.ms / many.ms,
        mbPerSecOne: bytes / 1048576 / (one.ms / 1000),
        mbPerSecMany: bytes / 1048576 / (many.ms / 1000),
        sameOutput: one.out === many.out,
        lines: one.out.split('\n').length - 1,
      },
      null,
      2,
    ),
  );
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
