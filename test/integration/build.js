#!/usr/bin/env node
// Compiles the integration suite for the extension host:
//   test/integration/suite/index.ts + suite/*.test.ts      -> dist-test/integration/
//   test/integration/suite/index.ts + selfcheck/*.test.ts  -> dist-test/integration-selfcheck/
// One CommonJS bundle per entry; `vscode` (provided by the extension host) and
// `mocha` (required at run time from the root node_modules) stay external.
// Usage: node test/integration/build.js [--selfcheck]
'use strict';
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
const esbuild = require(path.join(ROOT, 'node_modules', 'esbuild'));

function targets(selfcheck) {
  const suiteDir = path.join(__dirname, 'suite');
  const testsDir = selfcheck ? path.join(__dirname, 'selfcheck') : suiteDir;
  const outdir = path.join(ROOT, 'dist-test', selfcheck ? 'integration-selfcheck' : 'integration');
  const entryPoints = { index: path.join(suiteDir, 'index.ts') };
  for (const f of fs
    .readdirSync(testsDir)
    .filter((f) => f.endsWith('.test.ts'))
    .sort()) {
    entryPoints[f.replace(/\.ts$/, '')] = path.join(testsDir, f);
  }
  return { entryPoints, outdir };
}

async function build({ selfcheck = false } = {}) {
  const { entryPoints, outdir } = targets(selfcheck);
  if (Object.keys(entryPoints).length < 2) throw new Error(`no *.test.ts files for ${outdir}`);
  fs.rmSync(outdir, { recursive: true, force: true }); // no stale tests from renamed files
  await esbuild.build({
    entryPoints,
    outdir,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
    logOverride: { 'unsupported-require-call': 'silent' }, // index.ts requires mocha by path on purpose
  });
  return path.join(outdir, 'index.js');
}

module.exports = { build };

if (require.main === module) {
  const selfcheck = process.argv.includes('--selfcheck');
  build({ selfcheck })
    .then((index) => console.log(`built ${path.relative(ROOT, index)}`))
    .catch((err) => {
      console.error(err.message || err);
      process.exit(1);
    });
}
