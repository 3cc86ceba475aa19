#!/usr/bin/env node
// Runs the mocha integration suite INSIDE a real VS Code extension host, offline.
//
//   node test/integration/run.js [--selfcheck] [--grep TEXT] [--timeout SECONDS]
//                                [--no-install] [--no-build] [--keep] [--verbose]
//
// Steps: installs the host on first use (scripts/integration/install-host.sh),
// compiles the suite (test/integration/build.js -> dist-test/integration/),
// copies test/integration/fixtures/workspace to a temp folder, starts
// code-server (VS Code 1.139 server) on 127.0.0.1:<free port> in its own
// process group, opens the workbench in Debian's Chromium (playwright-core)
// with a payload that loads the extension under development and the suite,
// streams the suite's output, and exits with the suite's exit code.
// code-server's process group and the browser are always killed.
//
// Environment:
//   FACTDESK_EXTENSION_PATH  extension folder to load (default: the repo root)
//   FACTDESK_IT_TIMEOUT_MS   overall limit for server + browser + suite (default 300000)
//   FACTDESK_IT_KEEP=1       keep the temp run folder (workspace, logs) for debugging
//   FACTDESK_IT_PROFILE=1    the event-loop test prints the extension host's top CPU self times
//   FACTDESK_CHROMIUM        browser binary (default /usr/bin/chromium)
//
// Exit codes: the suite's own (0 pass, 1 fail), 2 harness error, 124 timeout,
// 130 interrupted.
'use strict';
const fs = require('fs');
const path = require('path');
const util = require('util');
const H = require('./lib/host');
const { build } = require('./build');

function parseArgs(argv) {
  const o = { selfcheck: false, install: true, build: true, grep: '', timeoutMs: 0, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--selfcheck') o.selfcheck = true;
    else if (a === '--no-install') o.install = false;
    else if (a === '--no-build') o.build = false;
    else if (a === '--keep') process.env.FACTDESK_IT_KEEP = '1';
    else if (a === '--verbose') o.verbose = true;
    else if (a === '--grep') o.grep = argv[++i] || '';
    else if (a === '--timeout') o.timeoutMs = Number(argv[++i]) * 1000;
    else if (a === '-h' || a === '--help') {
      console.log(
        fs
          .readFileSync(__filename, 'utf8')
          .split('\n')
          .slice(1, 24)
          .map((l) => l.replace(/^\/\/ ?/, ''))
          .join('\n'),
      );
      process.exit(0);
    } else {
      console.error(`unknown argument: ${a}`);
      process.exit(2);
    }
  }
  if (!o.timeoutMs) o.timeoutMs = Number(process.env.FACTDESK_IT_TIMEOUT_MS) || 300_000;
  return o;
}

// suite/index.ts tags every console line of the extension host while the
// suite runs; only those lines are the suite's output (the rest is the
// workbench's own log, shown with --verbose).
const OUTPUT_TAG = '[factdesk-it] ';

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

  if (opts.install) H.ensureHost();
  const suiteIndex = opts.build
    ? await build({ selfcheck: opts.selfcheck })
    : path.join(H.ROOT, 'dist-test', opts.selfcheck ? 'integration-selfcheck' : 'integration', 'index.js');
  if (!fs.existsSync(suiteIndex)) throw new Error(`compiled suite not found: ${suiteIndex}`);
  const extPath = H.extensionPath();
  H.log(`extension: ${extPath}`);
  H.log(`suite:     ${path.relative(H.ROOT, suiteIndex)}`);

  const run = H.makeRunDir();
  let server = null;
  let browser = null;
  let cleaned = false;

  const cleanupSync = () => {
    // Last resort on process exit / signals: synchronous kills only.
    H.killBrowserNow(browser);
    if (server) server.killNow();
  };
  process.on('exit', cleanupSync);
  const onSignal = (sig) => {
    H.log(`${sig}: stopping`);
    cleanupSync();
    H.removeRunDir(run.dir);
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  process.once('SIGHUP', onSignal);

  async function cleanup() {
    if (cleaned) return;
    cleaned = true;
    await H.closeBrowser(browser);
    if (server) await server.stop();
  }

  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(() => resolve({ timeout: true }), opts.timeoutMs);
  });

  let exitCode = 2;
  try {
    const work = (async () => {
      server = await H.startServer(run.dir);
      H.log(`code-server ready on ${server.baseUrl} (pgid ${server.pgid}) after ${elapsed()}`);
      browser = await H.launchBrowser(run.dir);
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();

      let settle;
      const result = new Promise((resolve) => (settle = resolve));
      await page.exposeFunction('codeAutomationExit', (code) => settle({ code: Number(code) }));
      page.on('crash', () => settle({ error: 'the workbench page crashed' }));
      await page.exposeFunction('codeAutomationLog', (level, message) => {
        const text = Array.isArray(message) ? util.format(...message) : String(message);
        if (text.startsWith(OUTPUT_TAG)) process.stdout.write(`${text.slice(OUTPUT_TAG.length)}\n`);
        else if (opts.verbose) process.stderr.write(`[workbench ${level}] ${text}\n`);
      });
      page.on('pageerror', (err) => {
        if (opts.verbose) console.error(`[page error] ${err.message}`);
      });
      if (opts.verbose) page.on('console', (m) => console.error(`[browser ${m.type()}] ${m.text()}`));

      const payload = [
        ['extensionDevelopmentPath', H.toRemoteUri(extPath)],
        ['extensionTestsPath', H.toRemoteUri(suiteIndex)],
        ['extensionEnvironment', JSON.stringify(suiteEnv(opts))],
        ['skipWelcome', 'true'],
        ['skipReleaseNotes', 'true'],
      ];
      await page.goto(H.workbenchUrl(server.baseUrl, run.workspace, payload), { waitUntil: 'domcontentloaded' });
      H.log(`workbench opened after ${elapsed()}; running the suite`);
      return result;
    })();
    work.catch(() => {}); // handled through the race below
    const r = await Promise.race([work, timeout]);
    H.log(`${r.timeout ? 'timed out' : 'suite finished'} after ${elapsed()}; stopping code-server and the browser`);
    if (r.timeout) {
      H.log(`TIMEOUT: no result after ${opts.timeoutMs / 1000} s`);
      exitCode = 124;
    } else if (r.error) {
      H.log(`ERROR: ${r.error}`);
      exitCode = 2;
    } else {
      exitCode = Number.isInteger(r.code) ? r.code : 2;
    }
  } catch (err) {
    H.log(`ERROR: ${err && err.stack ? err.stack : err}`);
    exitCode = 2;
  } finally {
    clearTimeout(timer);
    await cleanup();
    if (exitCode >= 2) printServerLogTail(run.dir); // harness trouble, not a test failure
    H.removeRunDir(run.dir);
  }
  H.log(`${exitCode === 0 ? 'PASS' : 'FAIL'}: exit ${exitCode} after ${elapsed()}`);
  return exitCode;
}

function suiteEnv(opts) {
  const env = { FACTDESK_MOCHA_PATH: path.join(H.ROOT, 'node_modules', 'mocha'), FACTDESK_IT_TAG: '1' };
  if (opts.grep) env.FACTDESK_IT_GREP = opts.grep;
  // A CPU profile of the extension host in the event-loop test (suite/eventloop.test.ts).
  if (process.env.FACTDESK_IT_PROFILE) env.FACTDESK_IT_PROFILE = process.env.FACTDESK_IT_PROFILE;
  return env;
}

function printServerLogTail(dir) {
  const file = path.join(dir, 'logs', 'code-server.log');
  try {
    const lines = fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-30);
    console.error(`--- last lines of code-server.log ---\n${lines.join('\n')}\n---`);
  } catch {
    /* no log */
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    H.log(`ERROR: ${(process.env.FACTDESK_IT_VERBOSE && err && err.stack) || (err && err.message) || err}`);
    process.exit(2);
  },
);
