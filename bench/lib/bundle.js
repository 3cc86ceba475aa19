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
const { bundleOptions, VENDORED } = require(path.join(ROOT, 'scripts', 'build-options'));

/** buildSync takes no plugins: point the external vendored requires at ./vendor/NAME.js as the plugin does. */
function rewriteVendorRequires(file) {
  const code = fs.readFileSync(file, 'utf8');
  fs.writeFileSync(
    file,
    code.replace(new RegExp(`require\\("(${VENDORED.join('|')})"\\)`, 'g'), 'require("./vendor/$1.js")'),
  );
}

function bundleEngine(outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'factdesk-bench-'))) {
  const esbuild = require(path.join(ROOT, 'node_modules', 'esbuild'));
  const outfile = path.join(outDir, 'engine.js');
  const t0 = performance.now();
  // The build's own options and vendored libraries, unminified so profiles keep names.
  esbuild.buildSync({
    ...bundleOptions(),
    plugins: undefined,
    external: VENDORED,
    entryPoints: [path.join(ROOT, 'src/engine/index.ts')],
    outfile,
    sourcemap: false,
  });
  rewriteVendorRequires(outfile);
  fs.cpSync(path.join(ROOT, 'dist', 'vendor'), path.join(outDir, 'vendor'), { recursive: true });
  return { outDir, engine: outfile, bundleMs: performance.now() - t0, bytes: fs.statSync(outfile).size };
}

/** [{file, from, to}] line ranges (0-based, inclusive from) of each source module in a bundle. */
function moduleRanges(bundleFile) {
  const lines = fs.readFileSync(bundleFile, 'utf8').split('\n');
  const ranges = [];
  lines.forEach((l, i) => {
    // A worktree whose node_modules is a link to another checkout's names them "../main/node_modules/…".
    const m = /^\/\/ (?:(?:\.\.\/)+[^/\s]+\/)?((?:src|node_modules)\/\S+)$/.exec(l);
    if (m) {
      if (ranges.length) ranges[ranges.length - 1].to = i - 1;
      ranges.push({ file: m[1], from: i, to: lines.length - 1 });
    }
  });
  return ranges;
}

module.exports = { bundleEngine, moduleRanges };
