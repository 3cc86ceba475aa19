#!/usr/bin/env node
// UI-level checks of Fact Desk through the real VS Code workbench, as a person
// sees it: code-server (offline VS Code) + Debian's Chromium via playwright-core.
//
//   node test/integration/ui.js [--no-install] [--keep] [--verbose]
//
// Opens a fresh copy of test/integration/fixtures/workspace with the extension
// under development loaded (FACTDESK_EXTENSION_PATH, default: the repo root),
// opens draft.md, runs the checks below, and saves screenshots to
// test-results/integration/. Exit 0 when every check passes, 1 otherwise,
// 2 on a harness error, 124 on the overall timeout (FACTDESK_IT_TIMEOUT_MS,
// default 300000). code-server's process group and the browser are always
// killed.
//
// Extend `CHECKS` once the extension shows diagnostics: the Problems panel
// (View: Problems, `.markers-panel`), status-bar items (`.statusbar-item`),
// a mouse hover over a claim (`.monaco-hover`) and Ctrl+. quick fixes
// (`.action-widget`) are all reachable through `page`.
'use strict';
const fs = require('fs');
const path = require('path');
const H = require('./lib/host');

const RESULTS_DIR = path.join(H.ROOT, 'test-results', 'integration');
const DRAFT = 'draft.md';

// Monaco renders spaces as U+00A0 and may split a line into several spans.
const norm = (s) => s.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();

/** Text of the visible lines of the active editor, top to bottom. */
async function visibleEditorLines(page) {
  return page.evaluate(() => {
    const editor = document.querySelector('.editor-group-container.active .monaco-editor');
    if (!editor) return [];
    const lines = [...editor.querySelectorAll('.view-lines .view-line')];
    lines.sort((a, b) => parseFloat(a.style.top || '0') - parseFloat(b.style.top || '0'));
    return lines.map((l) => l.textContent || '');
  });
}

async function waitUntil(what, fn, timeoutMs = 30_000, intervalMs = 100) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    last = await fn();
    if (last && last.ok) return last;
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last && last.got !== undefined ? `; last seen: ${JSON.stringify(last.got)}` : ''}`);
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

async function screenshot(page, name) {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${name}.png`);
  await page.screenshot({ path: file });
  return path.relative(H.ROOT, file);
}

/** Each check gets { page, workspace } and throws on failure. */
const CHECKS = [
  {
    name: 'the editor shows the first line of the draft',
    async run({ page, workspace }) {
      const firstLine = fs.readFileSync(path.join(workspace, DRAFT), 'utf8').split('\n')[0];
      await waitUntil(
        `"${firstLine}" in the editor`,
        async () => {
          const lines = (await visibleEditorLines(page)).map(norm);
          return { ok: lines[0] === norm(firstLine), got: lines.slice(0, 3) };
        },
        60_000,
      );
      const tab = await page.locator('.tabs-container .tab.active').first().textContent();
      if (!tab || !tab.includes(DRAFT)) throw new Error(`active tab is ${JSON.stringify(tab)}, expected ${DRAFT}`);
      console.log(`    screenshot: ${await screenshot(page, 'draft-open')}`);
    },
  },
  {
    name: 'the status bar shows the markdown language mode',
    async run({ page }) {
      await waitUntil(
        'the language status item to read Markdown',
        async () => {
          const items = await page.locator('.statusbar-item').allTextContents();
          return { ok: items.some((t) => norm(t) === 'Markdown'), got: items.map(norm).filter(Boolean) };
        },
        30_000,
      );
    },
  },
];

async function main() {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  if (args.includes('--keep')) process.env.FACTDESK_IT_KEEP = '1';
  const timeoutMs = Number(process.env.FACTDESK_IT_TIMEOUT_MS) || 300_000;
  const started = Date.now();
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

  if (!args.includes('--no-install')) H.ensureHost();
  const extPath = H.extensionPath();
  H.log(`extension: ${extPath}`);
  const run = H.makeRunDir();
  let server = null;
  let browser = null;
  const cleanupSync = () => {
    H.killBrowserNow(browser);
    if (server) server.killNow();
  };
  process.on('exit', cleanupSync);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(sig, () => {
      H.log(`${sig}: stopping`);
      cleanupSync();
      H.removeRunDir(run.dir);
      process.exit(130);
    });
  }

  let passed = 0;
  let failed = 0;
  let exitCode = 2;
  let timer;
  const timeout = new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
  try {
    const work = (async () => {
      server = await H.startServer(run.dir);
      H.log(`code-server ready on ${server.baseUrl} (pgid ${server.pgid}) after ${elapsed()}`);
      browser = await H.launchBrowser(run.dir);
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      if (verbose) page.on('console', (m) => console.error(`[browser ${m.type()}] ${m.text()}`));
      const payload = [
        ['extensionDevelopmentPath', H.toRemoteUri(extPath)],
        ['openFile', H.toRemoteUri(path.join(run.workspace, DRAFT))],
        ['skipWelcome', 'true'],
        ['skipReleaseNotes', 'true'],
      ];
      await page.goto(H.workbenchUrl(server.baseUrl, run.workspace, payload), { waitUntil: 'domcontentloaded' });
      H.log(`workbench opened after ${elapsed()}`);
      console.log('\n  Fact Desk in the VS Code workbench (UI)');
      for (const check of CHECKS) {
        const t0 = Date.now();
        try {
          await check.run({ page, workspace: run.workspace });
          passed++;
          console.log(`    ✔ ${check.name} (${Date.now() - t0} ms)`);
        } catch (err) {
          failed++;
          console.log(`    ✘ ${check.name}\n      ${String(err && err.message ? err.message : err).replace(/\n/g, '\n      ')}`);
          try {
            const safe = check.name.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase();
            console.log(`      screenshot: ${await screenshot(page, `FAILED-${safe}`)}`);
          } catch {
            /* page gone */
          }
        }
      }
      try {
        console.log(`    final screenshot: ${await screenshot(page, 'final')}`);
      } catch {
        /* page gone */
      }
    })();
    work.catch(() => {});
    const r = await Promise.race([work, timeout]);
    if (r === 'timeout') {
      H.log(`TIMEOUT after ${timeoutMs / 1000} s`);
      exitCode = 124;
    } else {
      exitCode = failed > 0 ? 1 : passed > 0 ? 0 : 2;
    }
  } catch (err) {
    H.log(`ERROR: ${err && err.stack ? err.stack : err}`);
    exitCode = 2;
  } finally {
    clearTimeout(timer);
    await H.closeBrowser(browser);
    if (server) await server.stop();
    H.removeRunDir(run.dir);
  }
  console.log(`\nui: ${passed} passed, ${failed} failed`);
  H.log(`${exitCode === 0 ? 'PASS' : 'FAIL'}: exit ${exitCode} after ${elapsed()}`);
  return exitCode;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    H.log(`ERROR: ${(process.env.FACTDESK_IT_VERBOSE && err && err.stack) || (err && err.message) || err}`);
    process.exit(2);
  },
);
