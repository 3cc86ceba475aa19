/**
 * The `factdesk` command (dist/cli.js): runs the CLI bundle (dist/cli-main.js)
 * compiled with the V8 code cache the build wrote beside it, so a check does
 * not spend its first ~50 ms compiling the bundle. V8 checks the cache against
 * the bundle's source, its own version and its flags; a cache it rejects
 * (another Node, a rebuilt bundle) is ignored and the bundle compiles as usual.
 *
 *   FACTDESK_WRITE_CODE_CACHE=1   write the cache at exit, with every function this run compiled (the build does)
 *   FACTDESK_DEBUG_CODE_CACHE=1   say on stderr whether the cache was used
 */
import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';

interface CliMain {
  main(argv?: string[]): void;
}

/**
 * V8 compiles a RegExp to bytecode at its first use and again to machine code at its second ("tier-up"). The engine
 * has several hundred RegExps, most run a few times per check: a fresh process compiled most of them twice. Without
 * tier-up each is compiled to machine code once. Matching is the same either way (only how it runs differs); the first
 * check of a 30 KB draft in a fresh process took about a third less CPU (docs/performance.md, 2026-12-08). Set before
 * the bundle is compiled, and the same when the build writes the code cache (V8 checks the cache against its flags).
 * Only in this process, which is the CLI's own: the extension host is shared, so the extension leaves its flags alone.
 */
v8.setFlagsFromString('--no-regexp-tier-up');

function loadCli(): CliMain {
  const file = path.join(__dirname, 'cli-main.js');
  const cacheFile = `${file}.cache`;
  const writing = process.env.FACTDESK_WRITE_CODE_CACHE === '1';
  let cachedData: Buffer | undefined;
  if (!writing) {
    try {
      cachedData = fs.readFileSync(cacheFile);
    } catch {
      /* no cache: compile */
    }
  }
  const source = fs.readFileSync(file, 'utf8');
  const script = new vm.Script(Module.wrap(source), { filename: file, ...(cachedData ? { cachedData } : {}) });
  if (writing) process.once('exit', () => fs.writeFileSync(cacheFile, script.createCachedData()));
  if (process.env.FACTDESK_DEBUG_CODE_CACHE)
    process.stderr.write(
      `factdesk: code cache ${!cachedData ? 'absent' : script.cachedDataRejected ? 'rejected' : 'used'}\n`,
    );
  const bundle = new Module(file, module);
  bundle.filename = file;
  const run = script.runInThisContext() as (
    exports: unknown,
    require: NodeJS.Require,
    module: Module,
    filename: string,
    dirname: string,
  ) => void;
  run(bundle.exports, createRequire(file), bundle, file, path.dirname(file));
  return bundle.exports as CliMain;
}

if (require.main === module) loadCli().main(process.argv.slice(2));
else module.exports = loadCli();
