#!/usr/bin/env node
// Runs the same compiled integration suite in desktop VS Code (Electron)
// through @vscode/test-electron — only where VS Code can be downloaded.
//
//   node test/integration/electron.js
//
// Offline (no DNS for update.code.visualstudio.com, or the download fails on
// the network) and with no VS Code cached in .vscode-test/, it prints
// "SKIPPED: ..." with the reason and exits 0 without claiming a pass; the
// offline suite is test/integration/run.js (code-server). Same if
// @vscode/test-electron is not installed.
//
// Environment:
//   FACTDESK_EXTENSION_PATH   extension folder (default: the repo root)
//   FACTDESK_VSCODE_VERSION   VS Code version to download (default: stable)
//   FACTDESK_TEST_ELECTRON    path of the @vscode/test-electron package (default: resolved from the repo)
//   FACTDESK_IT_TIMEOUT_MS    overall limit once VS Code is there (default 300000)
// Exit codes: 0 pass or skipped, 1 suite failed, 2 harness error, 124 timeout.
'use strict';
const { spawn } = require('child_process');
const dns = require('dns');
const fs = require('fs');
const path = require('path');
const H = require('./lib/host');
const { build } = require('./build');

const DOWNLOAD_HOST = 'update.code.visualstudio.com';
const CACHE = path.join(H.ROOT, '.vscode-test'); // gitignored
const NETWORK_ERRORS = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

function skip(reason) {
  console.log(`electron: SKIPPED: ${reason}`);
  console.log('electron: no test ran; the offline suite is `node test/integration/run.js` (code-server).');
  process.exit(0);
}

function loadTestElectron() {
  const candidates = [process.env.FACTDESK_TEST_ELECTRON, '@vscode/test-electron'].filter(Boolean);
  for (const c of candidates) {
    try {
      return require(require.resolve(c, { paths: [H.ROOT] }));
    } catch (err) {
      if (err.code !== 'MODULE_NOT_FOUND') throw err;
    }
  }
  return null;
}

function resolvable(host, timeoutMs = 5000) {
  return new Promise((resolve) => {
    const t = setTimeout(() => resolve({ ok: false, code: 'ETIMEDOUT' }), timeoutMs);
    dns.lookup(host, (err) => {
      clearTimeout(t);
      resolve(err ? { ok: false, code: err.code || String(err) } : { ok: true });
    });
  });
}

function cachedInstall() {
  try {
    return fs.readdirSync(CACHE).some((d) => d.startsWith('vscode-'));
  } catch {
    return false;
  }
}

function errorCode(err) {
  for (let e = err; e; e = e.cause) {
    if (e.code) return e.code;
  }
  const m = /\b(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH)\b/.exec(
    String(err && err.message),
  );
  return m ? m[1] : undefined;
}

/** Electron needs a display: use $DISPLAY, else start Xvfb in its own group. */
async function ensureDisplay() {
  if (process.env.DISPLAY) return { env: {}, stop() {} };
  const xvfb = ['/usr/bin/Xvfb', '/usr/local/bin/Xvfb'].find((p) => fs.existsSync(p));
  if (!xvfb) {
    throw new Error('no $DISPLAY and no Xvfb: install it (apt-get install -y xvfb) or run under a desktop session');
  }
  for (let n = 90; n < 110; n++) {
    if (fs.existsSync(`/tmp/.X11-unix/X${n}`) || fs.existsSync(`/tmp/.X${n}-lock`)) continue;
    const child = spawn(xvfb, [`:${n}`, '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], {
      detached: true,
      stdio: 'ignore',
    });
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline && child.exitCode === null && !fs.existsSync(`/tmp/.X11-unix/X${n}`)) {
      await new Promise((r) => setTimeout(r, 100));
    }
    if (child.exitCode === null && fs.existsSync(`/tmp/.X11-unix/X${n}`)) {
      return {
        env: { DISPLAY: `:${n}` },
        stop() {
          try {
            process.kill(-child.pid, 'SIGTERM');
          } catch {
            /* gone */
          }
        },
      };
    }
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
  throw new Error('could not start Xvfb on displays :90-:109');
}

async function main() {
  const te = loadTestElectron();
  if (!te) {
    skip('@vscode/test-electron is not installed (add it to devDependencies: "@vscode/test-electron": "^3.1.0")');
  }
  const version = process.env.FACTDESK_VSCODE_VERSION || 'stable';
  const dnsResult = await resolvable(DOWNLOAD_HOST);
  if (!dnsResult.ok && !cachedInstall()) {
    skip(
      `cannot download VS Code: DNS lookup of ${DOWNLOAD_HOST} failed (${dnsResult.code}) and no VS Code is cached in .vscode-test/`,
    );
  }

  let vscodeExecutablePath;
  try {
    vscodeExecutablePath = await te.downloadAndUnzipVSCode({ version, cachePath: CACHE });
  } catch (err) {
    const code = errorCode(err);
    if (code && NETWORK_ERRORS.has(code)) {
      skip(`cannot download VS Code ${version} from ${DOWNLOAD_HOST} (${code})`);
    }
    throw err;
  }
  H.log(`VS Code: ${vscodeExecutablePath}`);

  const suiteIndex = await build();
  const extPath = H.extensionPath();
  const run = H.makeRunDir();
  let display = { env: {}, stop() {} };
  let timer;
  const cleanup = () => {
    clearTimeout(timer);
    display.stop();
    H.removeRunDir(run.dir);
  };
  process.on('exit', () => display.stop());
  try {
    display = await ensureDisplay();
    const timeoutMs = Number(process.env.FACTDESK_IT_TIMEOUT_MS) || 300_000;
    const timeout = new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
    Object.assign(process.env, display.env); // test-electron spawns VS Code with process.env
    const tests = te
      .runTests({
        vscodeExecutablePath,
        extensionDevelopmentPath: extPath,
        extensionTestsPath: suiteIndex,
        extensionTestsEnv: { FACTDESK_MOCHA_PATH: path.join(H.ROOT, 'node_modules', 'mocha') },
        launchArgs: [
          run.workspace,
          '--user-data-dir',
          path.join(run.dir, 'user-data'),
          '--extensions-dir',
          path.join(run.dir, 'extensions'),
          '--disable-workspace-trust',
          '--disable-gpu',
          '--no-sandbox',
          '--skip-welcome',
          '--skip-release-notes',
        ],
      })
      .then(
        (code) => code,
        (err) => {
          H.log(String(err && err.message ? err.message : err));
          return 1;
        },
      );
    const r = await Promise.race([tests, timeout]);
    if (r === 'timeout') {
      H.log(`TIMEOUT after ${timeoutMs / 1000} s`);
      return 124;
    }
    return r;
  } finally {
    cleanup();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    H.log(`ERROR: ${err && err.stack ? err.stack : err}`);
    process.exit(2);
  },
);
