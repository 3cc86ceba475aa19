#!/usr/bin/env node
/**
 * npm run eval — the accuracy report: the engine against the labelled corpus in test/corpus.
 * Prints precision and recall overall, per claim kind, per verdict and per corpus part, then every
 * false alarm, every miss and every right claim the engine did not read, each with its sentence.
 * A report, not a test: it exits 0 whatever the numbers (2 if the corpus itself is broken).
 * test/unit/eval-baseline.test.ts is the guard that keeps the numbers from falling.
 *
 *   node bench/eval.js                 the report (the blind set's figures only; --blind-details lists its items)
 *   node bench/eval.js --json          the measurement as JSON
 *   node bench/eval.js --write-baseline  store the current numbers in test/corpus/baseline.json
 *   node bench/eval.js --tuned-only    leave the blind set out (while working on the reader: look at it only at the end)
 *
 * The engine is bundled from src/ on the fly with esbuild (as esbuild.js does), and the record is
 * compiled straight from data/record, so the report always measures the working tree.
 */
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const esbuild = require('esbuild');

const root = path.join(__dirname, '..');
const { evaluate } = require(path.join(root, 'test', 'corpus', 'evaluate.js'));
const BASELINE = path.join(root, 'test', 'corpus', 'baseline.json');

async function loadEngine() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factdesk-eval-'));
  const entry = path.join(dir, 'entry.ts');
  const out = path.join(dir, 'engine.js');
  fs.writeFileSync(
    entry,
    `export { createEngine } from ${JSON.stringify(path.join(root, 'src/engine/index.ts'))};\n` +
      `export { compileRecordDir } from ${JSON.stringify(path.join(root, 'src/packs/compile-files.ts'))};\n`,
  );
  try {
    await esbuild.build({
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      outfile: out,
      logLevel: 'silent',
    });
    const { createEngine, compileRecordDir } = require(out);
    const { record, errors } = compileRecordDir(path.join(root, 'data', 'record'), 'eval');
    if (errors.length) throw new Error(`the record has ${errors.length} error(s); run npm run build to see them`);
    return createEngine(record);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const pct = (x) => (x === null || x === undefined ? '   —  ' : (x * 100).toFixed(1).padStart(5) + '%');

function table(title, rows) {
  const lines = [
    `${title}`,
    `  ${'part'.padEnd(14)} precision  (correct/reported)   recall  (found/required)   read  (read/right claims)`,
  ];
  for (const [name, m] of rows) {
    lines.push(
      `  ${name.padEnd(14)} ${pct(m.precision)}    ${`${m.correct}/${m.reported}`.padEnd(16)} ${pct(m.recall)}  ${`${m.found}/${m.required}`.padEnd(14)} ${pct(m.readRecall)}  ${m.read}/${m.reads}`,
    );
  }
  return lines.join('\n');
}

function report(r, title = 'the tuned corpus (test/corpus)', { aggregatesOnly = false } = {}) {
  const out = [];
  const c = r.corpus;
  out.push(
    `Fact Desk accuracy on ${title} — ${c.drafts} drafts (${c.real} real, ${c.written} written), ${c.labels} labels`,
  );
  out.push(
    `  labels: ${c.flag} wrong claims (${c.required} required findings), ${c.supported} right claims, ${c.outside} outside the record, ${c.none} not claims, ${c.either} either; ${c.quoted} in quotations`,
  );
  out.push('');
  out.push(table('Overall', [['all', r.overall]]));
  out.push('');
  out.push(table('Per claim kind', Object.entries(r.byKind)));
  out.push('');
  out.push(
    table(
      'Per verdict (precision by the verdict reported, recall by the verdict labelled)',
      Object.entries(r.byVerdict),
    ),
  );
  out.push('');
  out.push(table('Per corpus part', Object.entries(r.byOrigin)));
  out.push('');
  out.push(
    table(
      'Per construction class (the label’s class; findings off any label by the reading that made them)',
      Object.entries(r.byConstruction),
    ),
  );
  out.push('');
  // The blind set's items are never shown by default: one look at a miss is enough to fit the reader to it.
  if (aggregatesOnly) {
    out.push(
      `False alarms: ${r.falseAlarms.length}; misses: ${r.misses.length}; right claims not read: ${r.unread.length} (items not shown: the set stays blind; --blind-details shows them)`,
    );
    return out.join('\n');
  }
  const where = (x) => `${x.draft}.md:${x.line}:${x.column}`;
  out.push(`False alarms (${r.falseAlarms.length}) — findings a careful fact-checker would not raise:`);
  for (const f of r.falseAlarms) {
    out.push(`  ${where(f)} ${f.verdict} ${f.kind} “${f.claim}” [${f.factId}] — ${f.why}`);
    out.push(`      ${f.sentence}`);
    out.push(`      engine: ${f.message}`);
  }
  if (!r.falseAlarms.length) out.push('  none');
  out.push('');
  out.push(`Misses (${r.misses.length}) — wrong claims the engine did not flag:`);
  for (const m of r.misses) {
    out.push(
      `  ${where(m)} ${m.kind}${m.construction && m.construction !== 'unlabelled' ? ` (${m.construction})` : ''} “${m.text}” should be ${m.expect}${m.right ? `; right: ${m.right}` : ''}${m.fact ? ` [${[].concat(m.fact).join('|')}]` : ''}`,
    );
    out.push(`      ${m.sentence}`);
  }
  if (!r.misses.length) out.push('  none');
  out.push('');
  out.push(`Right claims not read (${r.unread.length}) — in the record's scope, correct, but no supported reading:`);
  for (const u of r.unread) {
    out.push(`  ${where(u)} ${u.kind} “${u.text}”${u.fact ? ` [${[].concat(u.fact).join('|')}]` : ''}`);
    out.push(`      ${u.sentence}`);
  }
  if (!r.unread.length) out.push('  none');
  if (r.neutral.length) {
    out.push('');
    out.push(`Findings on spans labelled "either" (${r.neutral.length}, not scored):`);
    for (const n of r.neutral) out.push(`  ${where(n)} ${n.verdict} “${n.claim}” [${n.factId}]`);
  }
  if (r.errors.length) {
    out.push('');
    out.push(`Corpus errors (${r.errors.length}):`);
    for (const e of r.errors) out.push(`  ${e}`);
  }
  return out.join('\n');
}

function baselineOf(r) {
  const round = (x) => (x === null ? null : Math.floor(x * 10000) / 10000);
  const pick = (m) => ({ precision: round(m.precision), recall: round(m.recall), readRecall: round(m.readRecall) });
  return {
    note: 'Written by `node bench/eval.js --write-baseline` from the current measurement (rounded down). test/unit/eval-baseline.test.ts fails if overall precision, recall or read recall falls below these. Raise them when the engine improves; never lower them to make a change pass.',
    corpus: { drafts: r.corpus.drafts, labels: r.corpus.labels },
    overall: pick(r.overall),
    byKind: Object.fromEntries(Object.entries(r.byKind).map(([k, m]) => [k, pick(m)])),
  };
}

const BLIND_DIR = path.join(root, 'test', 'corpus', 'blind');

/** The blind set's hash as the README froze it, and as the files are now. */
function blindHash() {
  const readme = path.join(BLIND_DIR, 'README.md');
  if (!fs.existsSync(readme)) return undefined;
  const frozen = /sha256 of the set:\s*`?([0-9a-f]{64})/.exec(fs.readFileSync(readme, 'utf8'))?.[1];
  const files = [];
  for (const sub of ['real', 'written']) {
    const dir = path.join(BLIND_DIR, sub);
    if (fs.existsSync(dir)) for (const name of fs.readdirSync(dir)) files.push(`${sub}/${name}`);
  }
  // Same as `find real written -type f | sort | xargs sha256sum | sha256sum` in the blind folder.
  const crypto = require('node:crypto');
  const lines = files.sort().map(
    (f) =>
      `${crypto
        .createHash('sha256')
        .update(fs.readFileSync(path.join(BLIND_DIR, f)))
        .digest('hex')}  ${f}\n`,
  );
  const now = crypto.createHash('sha256').update(lines.join('')).digest('hex');
  return { frozen, now };
}

async function main() {
  const args = process.argv.slice(2);
  const engine = await loadEngine();
  const r = evaluate(engine);
  const hash = blindHash();
  // The blind set is labelled by someone who never saw the reader; it is reported apart and never tuned on.
  const blind = hash && !args.includes('--tuned-only') ? evaluate(engine, { dir: BLIND_DIR }) : undefined;
  if (args.includes('--json'))
    process.stdout.write(JSON.stringify(blind ? { tuned: r, blind, blindHash: hash } : r, null, 2) + '\n');
  else {
    console.log(report(r));
    if (blind) {
      console.log('\n' + '='.repeat(100) + '\n');
      const state =
        hash.frozen === hash.now
          ? `frozen, sha256 ${hash.now.slice(0, 16)}…`
          : `CHANGED since frozen (README ${String(hash.frozen).slice(0, 16)}…, files ${hash.now.slice(0, 16)}…)`;
      console.log(
        report(blind, `the BLIND set (test/corpus/blind, ${state}; score only at the end of a piece of work)`, {
          aggregatesOnly: !args.includes('--blind-details'),
        }),
      );
    }
  }
  if (args.includes('--write-baseline')) {
    if (r.errors.length) {
      console.error('not writing the baseline: the corpus has errors');
      process.exit(2);
    }
    fs.writeFileSync(BASELINE, JSON.stringify(baselineOf(r), null, 2) + '\n');
    console.error(`wrote ${path.relative(process.cwd(), BASELINE)}`);
  }
  if (r.errors.length) process.exit(2);
}

main().catch((e) => {
  console.error(e && e.stack ? e.stack : e);
  process.exit(2);
});
