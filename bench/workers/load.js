'use strict';
/**
 * What a front pays before its first check, in a fresh process:
 *   engine    — require the engine bundle + read and JSON.parse dist/record.json + createEngine
 *               (what the extension does at activation: its bundle carries the engine and the record)
 *   extension — require dist/extension.js itself, with a stub `vscode` module (not activated)
 *   cli       — require dist/cli.js as a module (require.main is not it, so it does not run)
 *
 *   node bench/workers/load.js MODE '<json job>'
 * Prints one JSON line.
 */
const sinceStart = () => performance.now(); // performance.timeOrigin is the process start
const atEntry = sinceStart();
const fs = require('node:fs');
const Module = require('node:module');

const mode = process.argv[2];
const job = JSON.parse(process.argv[3]);
const ms = (t0) => performance.now() - t0;
const out = { mode, nodeBootMs: atEntry };

if (mode === 'engine') {
  const c0 = process.cpuUsage();
  let t = performance.now();
  const E = require(job.engine);
  out.requireMs = ms(t);
  t = performance.now();
  const record = JSON.parse(fs.readFileSync(job.record, 'utf8'));
  out.recordMs = ms(t);
  t = performance.now();
  E.createEngine(record);
  out.createEngineMs = ms(t);
  out.totalMs = out.requireMs + out.recordMs + out.createEngineMs;
  const c = process.cpuUsage(c0);
  out.totalCpuMs = (c.user + c.system) / 1000;
} else if (mode === 'extension') {
  // Anything the extension touches on `vscode` at load time gets another stub. esbuild's
  // __toESM copies a module onto Object.create(its prototype), so the prototype is the stub too.
  const stub = new Proxy(function vscode() {}, {
    get: (_t, p) => (p === Symbol.toPrimitive ? () => '' : p === 'then' || p === '__esModule' ? undefined : stub),
    getPrototypeOf: () => stub,
    apply: () => stub,
    construct: () => stub,
  });
  const load = Module._load;
  Module._load = function (request, ...rest) {
    return request === 'vscode' ? stub : load.call(this, request, ...rest);
  };
  const t = performance.now();
  const ext = require(job.extension);
  out.requireMs = ms(t);
  out.exports = Object.keys(ext);
  out.totalMs = out.requireMs;
} else if (mode === 'cli') {
  const t = performance.now();
  const cli = require(job.cli);
  out.requireMs = ms(t);
  out.exports = Object.keys(cli);
  out.totalMs = out.requireMs;
} else {
  throw new Error(`unknown mode ${mode}`);
}
out.sinceProcessStartMs = sinceStart();
process.stdout.write(JSON.stringify(out) + '\n');
