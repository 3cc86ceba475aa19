'use strict';
/**
 * Bundles src/engine/index.ts (the engine's public surface) with the project's
 * own esbuild into a temp folder, unminified so profiles keep function names
 * and esbuild's "// src/..." module comments map bundle lines to sources.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { ROOT } = require('./util');

function bundleEngine(outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'factdesk-bench-'))) {
  const esbuild = require(path.join(ROOT, 'node_modules', 'esbuild'));
  const outfile = path.join(outDir, 'engine.js');
  const t0 = performance.now();
  esbuild.buildSync({
    entryPoints: [path.join(ROOT, 'src/engine/index.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    logLevel: 'warning',
    // Same shims as esbuild.js, so the bench bundle is the fronts' engine.
    define: { 'import.meta.url': '__factdesk_import_meta_url' },
    banner: { js: "const __factdesk_import_meta_url = require('url').pathToFileURL(__filename).href;" },
  });
  return { outDir, engine: outfile, bundleMs: performance.now() - t0, bytes: fs.statSync(outfile).size };
}

/** [{file, from, to}] line ranges (0-based, inclusive from) of each source module in a bundle. */
function moduleRanges(bundleFile) {
  const lines = fs.readFileSync(bundleFile, 'utf8').split('\n');
  const ranges = [];
  lines.forEach((l, i) => {
    const m = /^\/\/ ((?:src|node_modules)\/\S+)$/.exec(l);
    if (m) {
      if (ranges.length) ranges[ranges.length - 1].to = i - 1;
      ranges.push({ file: m[1], from: i, to: lines.length - 1 });
    }
  });
  return ranges;
}

module.exports = { bundleEngine, moduleRanges };
