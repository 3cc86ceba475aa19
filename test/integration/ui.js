#!/usr/bin/env node
// UI-level checks of Fact Desk through the real VS Code workbench, as a person
// sees it: code-server (offline VS Code) + Debian's Chromium via playwright-core.
//
//   node test/integration/ui.js [--no-install] [--keep] [--verbose]
//
// Opens a fresh copy of test/integration/fixtures/workspace with the extension
// under development loaded (FACTDESK_EXTENSION_PATH, default: the repo root),
// opens seed 002 (one error: “April 2023” on line 14), and walks what a writer
// does: the finding in the Problems panel, the hover card on the claim, Ctrl+.
// and “Replace and cite” (an inline link to the strongest source). A screenshot of each step
// goes to test-results/integration/. The checks run in order on one page (each
// builds on the last). Exit 0 when every check passes, 1 otherwise, 2 on a
// harness error, 124 on the overall timeout (FACTDESK_IT_TIMEOUT_MS, default
// 300000). code-server's process group and the browser are always killed.
//
// Reachable through `page`: the Problems panel (`.markers-panel`), status-bar
// items (`.statusbar-item`), a mouse hover over editor text (`.monaco-hover`),
// Ctrl+. quick fixes (`.action-widget`), Go to Line (Ctrl+G).
'use strict';
const fs = require('fs');
const path = require('path');
const H = require('./lib/host');

const RESULTS_DIR = path.join(H.ROOT, 'test-results', 'integration');
// Seed 002: one error on line 14, “April 2023” for the H100's export restrictions (fix: October 2022).
const DRAFT = 'seed-002-shift-ai-training-overseas.md';
const CLAIM = 'April 2023';
const MESSAGE = 'H100 export restrictions: 7 October 2022 in the record, not April 2023';
// The citation names the source of the value put in: BIS's press release of 7 October 2022, linked inline (the default).
const CITE = 'Replace and cite US Bureau of Industry and Security (inline link)';
const BIS_URL =
  'https://bis.gov/press-release/commerce-implements-new-export-controls-advanced-computing-and-semiconductor';

// Monaco renders spaces as U+00A0 and may split a line into several spans.
const norm = (s) =>
  s
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Text of the visible (view) lines of the active editor, top to bottom; a wrapped line is several view lines. */
async function visibleEditorLines(page) {
  return page.evaluate(() => {
    const editor = document.querySelector('.editor-group-container.active .monaco-editor');
    if (!editor) return [];
    const lines = [...editor.querySelectorAll('.view-lines .view-line')];
    lines.sort((a, b) => parseFloat(a.style.top || '0') - parseFloat(b.style.top || '0'));
    return lines.map((l) => l.textContent || '');
  });
}

/** The visible text of the active editor as one string (view lines joined, so wrapped lines read whole). */
async function visibleText(page) {
  return norm((await visibleEditorLines(page)).join(''));
}

/** The screen rectangle of `needle` in the active editor's visible text, or null. */
async function textRect(page, needle) {
  return page.evaluate((needle) => {
    const editor = document.querySelector('.editor-group-container.active .monaco-editor');
    if (!editor) return null;
    for (const line of editor.querySelectorAll('.view-lines .view-line')) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      const nodes = [];
      let text = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push({ node: n, start: text.length });
        text += n.nodeValue.replace(/\u00a0/g, ' ');
      }
      const at = text.indexOf(needle);
      if (at < 0) continue;
      const locate = (offset) => {
        let hit = nodes[0];
        for (const n of nodes) if (n.start <= offset) hit = n;
        return [hit.node, offset - hit.start];
      };
      const range = document.createRange();
      range.setStart(...locate(at));
      range.setEnd(...locate(at + needle.length));
      const r = range.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }
    return null;
  }, needle);
}

async function waitUntil(what, fn, timeoutMs = 30_000, intervalMs = 100) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    last = await fn();
    if (last && last.ok) return last;
    if (Date.now() > deadline) {
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for ${what}${last && last.got !== undefined ? `; last seen: ${JSON.stringify(last.got)}` : ''}`,
      );
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

const statusItems = async (page) => (await page.locator('.statusbar-item').allTextContents()).map(norm).filter(Boolean);
const problemsText = async (page) => norm((await page.locator('.markers-panel').allTextContents()).join(' '));
const hoverText = async (page) => norm((await page.locator('.monaco-hover:visible').allTextContents()).join(' '));

/**
 * Scrolls the visible hover until its part holding `needle` starts inside the hover's box, as a person does:
 * the mouse moves onto the hover (it stays, being sticky) and turns the wheel. VS Code puts the Problems
 * entry's own part (message and related information) above an extension's, so Fact Desk's card can start
 * below the fold. Returns the hover's and the part's boxes.
 */
async function scrollHoverTo(page, needle) {
  const boxes = () =>
    page.evaluate((needle) => {
      const hover = [...document.querySelectorAll('.monaco-hover')].find(
        (h) => h.offsetParent !== null && h.getBoundingClientRect().height > 0,
      );
      if (!hover) return null;
      const box = (el) => {
        const r = el.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      };
      const has = (el) =>
        (el.textContent || '')
          .replace(/\u00a0/g, ' ')
          .replace(/\s+/g, ' ')
          .includes(needle);
      const part =
        [...hover.querySelectorAll('.hover-row')].find(has) || [...hover.querySelectorAll('.hover-contents')].find(has);
      return part ? { hover: box(hover), part: box(part) } : { hover: box(hover), part: null };
    }, needle);
  let onHover = false;
  let lastY;
  return waitUntil(
    `the hover scrolled to its part with “${needle}”`,
    async () => {
      const b = await boxes();
      if (!b || !b.part) return { ok: false, got: b };
      const inBox = b.part.y >= b.hover.y - 1 && b.part.y + 40 <= b.hover.y + b.hover.height;
      // At the hover's top, or as near as it goes (the wheel moved it no further: the hover's end).
      const shown = inBox && (b.part.y - b.hover.y <= 16 || b.part.y === lastY);
      lastY = b.part.y;
      if (!shown) {
        if (!onHover) {
          // Up from the word into the hover's lower edge, in small steps so it does not close on the way.
          await page.mouse.move(b.hover.x + 40, b.hover.y + b.hover.height - 8, { steps: 8 });
          onHover = true;
        }
        // Down towards the part, or back up when a turn went past it.
        const off = b.part.y - b.hover.y;
        await page.mouse.wheel(0, Math.sign(off) * Math.max(10, Math.min(200, Math.abs(off))));
        await new Promise((r) => setTimeout(r, 300));
      }
      return { ok: shown, got: b, ...b };
    },
    15_000,
  );
}

/** Puts the cursor at line:column (1-based) with Go to Line (Ctrl+G), which also scrolls it into view. */
async function goTo(page, line, column) {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
}

/** vscode-remote://<code-server's host:port>/<path>: the URI code-server's workbench gives a file of the workspace. */
function workbenchFileUri(baseUrl, absPath) {
  return `vscode-remote://${new URL(baseUrl).host}${absPath.split(path.sep).map(encodeURIComponent).join('/')}`;
}

/** Runs a command from the Command Palette by its title ("Fact Desk: Get started"). */
async function runCommand(page, title) {
  await page.keyboard.press('Control+Shift+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(`>${title}`);
  await page
    .locator('.quick-input-widget .monaco-list-row', { hasText: title })
    .first()
    .waitFor({ state: 'visible', timeout: 10_000 });
  await page.keyboard.press('Enter');
}

/** Opens a file of the workspace with Quick Open (Ctrl+P). */
async function quickOpen(page, name) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(name);
  await page
    .locator('.quick-input-widget .monaco-list-row', { hasText: name })
    .first()
    .waitFor({ state: 'visible', timeout: 10_000 });
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
}

/** Ctrl+. at line:column until the quick-fix menu lists `title`; returns the menu's rows. */
async function quickFixMenu(page, line, column, title) {
  // The caller has just pressed Ctrl+.: give the menu time to appear before asking again (an Enter meant for Go to
  // Line would otherwise pick the menu's first item).
  let askedAt = Date.now();
  return waitUntil(`the quick-fix menu with “${title}”`, async () => {
    const items = (await page.locator('.action-widget .monaco-list-row').allTextContents()).map(norm).filter(Boolean);
    // On a busy machine the key can land before the editor has focus back: ask again.
    if (!items.some((t) => t.startsWith(title)) && Date.now() - askedAt > 5_000) {
      await page.keyboard.press('Escape');
      await goTo(page, line, column);
      await page.keyboard.press('Control+.');
      askedAt = Date.now();
    }
    return { ok: items.some((t) => t.startsWith(title)), got: items, items };
  });
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Today as the status bar says it ("2 Dec 2026"), by this machine's clock (the extension host's). */
const todayShort = () => {
  const d = new Date();
  return `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}`;
};

// An undated draft: one contradicted claim, one the record does not hold (for "Add to the record…"), and a
// figure split by a zero-width space (a check note: a row of "Not in the record" in the Claims view).
const UNDATED = 'undated-draft.md';
const UNDATED_TEXT =
  '# Chips for China\n\nThe Nvidia H200 has 96 GB of memory.\n\nThe MI308 has 192 GB of memory.\n\nThe Nvidia H20 has 9\u200b6 GB of memory.\n';

/** Each check gets { page, workspace } and throws on failure. The checks run in order on one page. */
const CHECKS = [
  {
    name: 'seed 002 opens in the editor and the status bar shows Fact Desk’s counts',
    async run({ page, workspace }) {
      const title = fs.readFileSync(path.join(workspace, DRAFT), 'utf8').split('\n')[1];
      await waitUntil(
        `the front matter title in the editor`,
        async () => {
          const lines = (await visibleEditorLines(page)).map(norm);
          return { ok: lines.includes(norm(title)), got: lines.slice(0, 3) };
        },
        60_000,
      );
      const tab = await page.locator('.tabs-container .tab.active').first().textContent();
      if (!tab || !tab.includes(DRAFT)) throw new Error(`active tab is ${JSON.stringify(tab)}, expected ${DRAFT}`);
      await waitUntil('the Fact Desk status item (Fact Desk: 1 to fix · as of 27 Nov 2025)', async () => {
        const items = await statusItems(page);
        return { ok: items.includes('Fact Desk: 1 to fix · as of 27 Nov 2025'), got: items };
      });
      console.log(`    screenshot: ${await screenshot(page, '1-seed-002-open')}`);
    },
  },
  {
    name: 'the Problems panel lists the finding: message, source, fact id, line 14',
    async run({ page }) {
      await page.keyboard.press('Control+Shift+M');
      const got = await waitUntil('the finding in the Problems panel', async () => {
        const text = await problemsText(page);
        return { ok: text.includes(MESSAGE), got: text.slice(0, 300), text };
      });
      // The one-row message, the readable code (the attribute), the place; the detail sits in related information.
      for (const part of ['Fact Desk', 'export restrictions', '[Ln 14, Col 264]']) {
        if (!got.text.includes(part))
          throw new Error(`the Problems panel lacks ${JSON.stringify(part)}: ${got.text.slice(0, 400)}`);
      }
      const rows = await page.locator('.markers-panel .monaco-list-row').count();
      // The file, its one problem and, under it, the related information (the explanation and three sources).
      if (rows < 2) throw new Error(`expected the file and its problem, got ${rows} rows: ${got.text.slice(0, 400)}`);
      if (got.text.includes('a100-h100.export-licence-required'))
        throw new Error(`the Problems panel shows a fact id: ${got.text.slice(0, 400)}`);
      console.log(`      problems text: ${got.text.slice(0, 400)}`);
      console.log(`    screenshot: ${await screenshot(page, '2-problems-panel')}`);
    },
  },
  {
    name: 'hovering “April 2023” shows the Fact Desk card: verdict, draft vs record, sources',
    async run({ page }) {
      await goTo(page, 14, 264);
      const rect = await waitUntil(`“${CLAIM}” on screen`, async () => {
        const r = await textRect(page, CLAIM);
        return { ok: Boolean(r && r.width > 0), got: r, r };
      });
      const { x, y, width, height } = rect.r;
      await page.mouse.move(x + width / 2, y + height / 2);
      const hover = await waitUntil('the hover card', async () => {
        const text = await hoverText(page);
        return { ok: text.includes('Contradicted — record: 7 October 2022'), got: text.slice(0, 300), text };
      });
      // Decision first: the verdict, the correction, the fix link; then sources and the H100 in one line.
      for (const part of [
        'Contradicted — record: 7 October 2022 · as of 27 November 2025 · Replace with October 2022',
        'US Bureau of Industry and Security',
        'Open the sources',
        'Nvidia H100',
        'Fact card',
      ]) {
        if (!hover.text.includes(part))
          throw new Error(`the hover lacks ${JSON.stringify(part)}: ${hover.text.slice(0, 600)}`);
      }
      // The screenshot is of Fact Desk's card: VS Code's own part for the Problems entry comes first, so the
      // hover is scrolled until the card's verdict line is in view.
      const seen = await scrollHoverTo(page, 'Contradicted — record: 7 October 2022');
      console.log(`      hover text (start): ${hover.text.slice(0, 260)}`);
      console.log(
        `      Fact Desk part at y=${Math.round(seen.part.y)} in the hover's ${Math.round(seen.hover.y)}–${Math.round(seen.hover.y + seen.hover.height)}`,
      );
      console.log(`    screenshot: ${await screenshot(page, '3-hover-card')}`);
    },
  },
  {
    name: 'the Claims view lists the draft’s claims by verdict: “April 2023 → 7 October 2022” under Contradicted',
    async run({ page }) {
      await page.mouse.move(5, 400);
      await page.keyboard.press('Escape');
      await runCommand(page, 'Fact Desk: Show claims');
      const view = await waitUntil('the Claims view rows', async () => {
        const rows = (await page.locator('.part.sidebar .monaco-list-row').allTextContents()).map(norm).filter(Boolean);
        return {
          ok:
            rows.some((r) => r.startsWith('Contradicted (1)')) &&
            rows.some((r) => r.includes('April 2023 → 7 October 2022')),
          got: rows,
          rows,
        };
      });
      console.log(`      claims rows: ${JSON.stringify(view.rows.slice(0, 8))}`);
      console.log(`    screenshot: ${await screenshot(page, '4-claims-view')}`);
      // Back to the editor for the quick fixes.
      await page.keyboard.press('Control+1');
    },
  },
  {
    name: 'Ctrl+. on the claim lists the quick fixes; “Replace and cite” links the value to the strongest source',
    async run({ page }) {
      await page.mouse.move(5, 400); // away from the text: the hover goes
      await page.keyboard.press('Escape');
      await goTo(page, 14, 266);
      await page.keyboard.press('Control+.');
      let askedAt = Date.now();
      const menu = await waitUntil('the quick-fix menu', async () => {
        const items = (await page.locator('.action-widget .monaco-list-row').allTextContents())
          .map(norm)
          .filter(Boolean);
        // On a busy machine the key can land before the editor has focus back from Go to Line: ask again.
        if (!items.length && Date.now() - askedAt > 5_000) {
          await page.keyboard.press('Escape');
          await goTo(page, 14, 266);
          await page.keyboard.press('Control+.');
          askedAt = Date.now();
        }
        return { ok: items.some((t) => t.startsWith('Replace and cite')), got: items, items };
      });
      for (const title of [
        'Replace with the recorded value: October 2022',
        CITE,
        'Replace and cite another source… (3)',
        'Ignore this claim here…',
        'Open the sources (11)',
      ]) {
        if (!menu.items.includes(title))
          throw new Error(`the menu lacks ${JSON.stringify(title)}: ${JSON.stringify(menu.items)}`);
      }
      console.log(`      menu: ${JSON.stringify(menu.items)}`);
      console.log(`    screenshot: ${await screenshot(page, '5-quick-fix-menu')}`);
      await page.locator('.action-widget .monaco-list-row', { hasText: CITE }).first().click();
      await waitUntil('the cited value in the editor', async () => {
        const text = await visibleText(page);
        return { ok: text.includes(`government's [October 2022](${BIS_URL}) restrictions`), got: text.slice(0, 200) };
      });
      const text = await visibleText(page);
      if (text.includes("government's April 2023")) throw new Error('the old date is still on screen');
      await waitUntil('the Problems panel to clear', async () => {
        const p = await problemsText(page);
        return { ok: !p.includes(MESSAGE) && /No problems have been detected/.test(p), got: p.slice(0, 200) };
      });
      await waitUntil('the status item to read nothing to fix', async () => {
        const items = await statusItems(page);
        return { ok: items.includes('Fact Desk: nothing to fix · as of 27 Nov 2025'), got: items };
      });
      // The Claims view shows the re-checked draft: the cited date is a supported claim now, not gone.
      await waitUntil('the Claims view to list the cited date as supported', async () => {
        const rows = (await page.locator('.part.sidebar .monaco-list-row').allTextContents()).map(norm).filter(Boolean);
        return { ok: rows.includes('Supported (2)') && !rows.some((r) => r.startsWith('Contradicted')), got: rows };
      });
      console.log(`    screenshot: ${await screenshot(page, '6-after-replace-and-cite')}`);
    },
  },
  {
    name: 'an undated draft: the status bar says it is checked as of today, with no date in the draft',
    async run({ page, workspace }) {
      fs.writeFileSync(path.join(workspace, UNDATED), UNDATED_TEXT);
      // Whatever menu or widget the last step left open goes first.
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+1');
      await quickOpen(page, UNDATED);
      const expected = `Fact Desk: 1 to fix · as of ${todayShort()} (no date in draft)`;
      await waitUntil(`the status item “${expected}”`, async () => {
        const items = await statusItems(page);
        return { ok: items.includes(expected), got: items };
      });
      await waitUntil('the H200 error and the no-date note in the Problems panel', async () => {
        const text = await problemsText(page);
        return {
          ok: text.includes('H200 memory: 141 GB in the record, not 96 GB') && /no date/i.test(text),
          got: text.slice(0, 300),
        };
      });
      // The Claims view beside it: the contradicted claim, then what the record cannot judge — the MI308's
      // memory and, as its own row, the note on the split figure.
      await waitUntil('the Claims view’s “Not in the record” group with its note row', async () => {
        const rows = (await page.locator('.part.sidebar .monaco-list-row').allTextContents()).map(norm).filter(Boolean);
        const ok =
          rows.some((r) => r.startsWith('Contradicted (1)')) &&
          rows.some((r) => r.startsWith('Not in the record (1, 1 note)')) &&
          rows.some((r) => r.includes('192 GB') && r.endsWith('MI308 memory · line 5')) &&
          rows.some(
            (r) => r.startsWith('1 invisible character inside a word or number') && r.endsWith('note · line 7'),
          );
        return { ok, got: rows };
      });
      console.log(`    screenshot: ${await screenshot(page, '7-status-bar-undated-draft')}`);
    },
  },
  {
    name: '“Add to the record…” on a claim the record lacks opens the form: the value first, prefilled with the draft’s words',
    async run({ page }) {
      await goTo(page, 5, 20);
      await page.keyboard.press('Control+.');
      await quickFixMenu(page, 5, 20, 'Add to the record…');
      await page.locator('.action-widget .monaco-list-row', { hasText: 'Add to the record…' }).first().click();
      const box = page.locator('.quick-input-widget');
      await box.waitFor({ state: 'visible', timeout: 10_000 });
      const form = await waitUntil('the form’s first field', async () => {
        const text = norm((await box.allTextContents()).join(' '));
        const value = await box
          .locator('input')
          .inputValue()
          .catch(() => '');
        return {
          ok: text.includes('Add to the record (1/6): value') && value === '192 GB',
          got: { text: text.slice(0, 200), value },
          text,
        };
      });
      console.log(`      form: ${form.text.slice(0, 200)}`);
      console.log(`    screenshot: ${await screenshot(page, '8-add-to-record-form')}`);
      // A bad URL is refused while typing, with the reason under the box.
      await page.keyboard.press('Enter');
      await waitUntil('the URL field', async () => ({
        ok: norm((await box.allTextContents()).join(' ')).includes('(2/6): source URL'),
      }));
      await box.locator('input').fill('huawei.com/ascend');
      await waitUntil('the URL validation message', async () => {
        const text = norm((await box.allTextContents()).join(' '));
        return { ok: text.includes('Not a web address'), got: text.slice(0, 200) };
      });
      console.log(`    screenshot: ${await screenshot(page, '9-add-to-record-form-validation')}`);
      await page.keyboard.press('Escape');
      await box.waitFor({ state: 'hidden', timeout: 10_000 });
    },
  },
  {
    name: '“Fact Desk: Get started” opens the walkthrough',
    async run({ page }) {
      await runCommand(page, 'Fact Desk: Get started');
      const text = await waitUntil('the walkthrough', async () => {
        const t = norm((await page.locator('.gettingStartedContainer').allTextContents()).join(' '));
        return {
          ok:
            t.includes('Get started with Fact Desk') &&
            t.includes('Date your draft') &&
            t.includes('Fix a claim and cite the source'),
          got: t.slice(0, 300),
          t,
        };
      });
      console.log(`      walkthrough: ${text.t.slice(0, 200)}`);
      console.log(`    screenshot: ${await screenshot(page, '10-walkthrough')}`);
    },
  },
  {
    name: 'desk packs: a pack for an older record is noted above the claims; mistakes in a pack are one Problems entry per field with “did you mean”, and the last good record is said to be in use',
    async run({ page, workspace }) {
      await page.keyboard.press('Escape');
      // The walkthrough goes; the undated draft is the active editor again.
      await runCommand(page, 'View: Close Editor');
      await quickOpen(page, UNDATED);
      const dir = path.join(workspace, '.factdesk');
      fs.mkdirSync(dir, { recursive: true });
      const record = JSON.parse(fs.readFileSync(path.join(H.extensionPath(), 'dist', 'record.json'), 'utf8'));
      const first = record.changes[0].version;
      fs.writeFileSync(
        path.join(dir, 'old.facts.yaml'),
        `recordVersion: '${first}'\naccepted:\n  - { fact: h200.memory_capacity, wording: 80 GB }\n`,
      );
      await runCommand(page, 'Fact Desk: Show claims');
      const sidebar = async () => norm((await page.locator('.part.sidebar').allTextContents()).join(' '));
      const older = `Desk record: .factdesk/old.facts.yaml was written for record ${first}`;
      const side = await waitUntil('the Claims view’s note on the older desk record', async () => {
        const t = await sidebar();
        return { ok: t.includes(older), got: t.slice(0, 300), t };
      });
      console.log(`      claims view: ${side.t.slice(0, 300)}`);
      console.log(`    screenshot: ${await screenshot(page, '11-claims-view-older-desk-record')}`);
      fs.writeFileSync(
        path.join(dir, 'desk.facts.yaml'),
        [
          'publishers: [{ id: the-desk, name: The Desk, tier: named-outlet, hosts: [desk.example] }]',
          'sources:',
          '  - id: desk-h200',
          '    title: Desk note on the H200',
          '    publishr: The Desk',
          '    url: https://desk.example/h200',
          '    date: 2026-01-05',
          '    accessed: 2026-01-05',
          'overrides:',
          '  - id: h200.memory_capacity',
          '    kind: quantity',
          '    entity: nvidia-h200',
          '    attribute: memory_capacity',
          '    value: { amount: 150, unit: GiB }',
          '    citations: [{ source: desk-h200, quote: "The H200 has 150 GB." }]',
          '    asOf: 2026-01-05',
          '',
        ].join('\n'),
      );
      const problems = await waitUntil('the pack’s entries with “did you mean”', async () => {
        const p = await problemsText(page);
        return {
          ok:
            p.includes('unknown field "publishr": did you mean "publisher"?') &&
            p.includes('"GiB": did you mean "GB"?'),
          got: p.slice(0, 400),
          p,
        };
      });
      console.log(`      problems: ${problems.p.slice(0, 300)}`);
      await waitUntil('the Claims view to say the last good desk record is in use', async () => {
        const t = await sidebar();
        return {
          ok:
            t.includes(
              'Desk record: .factdesk/desk.facts.yaml has 2 errors (Problems panel); the last good desk record is in use.',
            ) && t.includes(older),
          got: t.slice(0, 400),
        };
      });
      console.log(`    screenshot: ${await screenshot(page, '12-pack-errors-did-you-mean')}`);
    },
  },
  {
    name: 'with no draft open the Claims view shows its welcome: the words and its two buttons, which work',
    async run({ page }) {
      await page.keyboard.press('Escape');
      await runCommand(page, 'View: Close All Editors');
      await runCommand(page, 'Fact Desk: Show claims');
      const welcome = page.locator('.part.sidebar .welcome-view-content');
      const seen = await waitUntil('the Claims view’s welcome content', async () => {
        const text = norm((await welcome.allTextContents()).join(' '));
        const buttons = (await welcome.locator('.monaco-button').allTextContents()).map(norm);
        return {
          ok:
            text.includes('Open a markdown draft to see its claims') &&
            buttons.includes('Check all drafts in the workspace') &&
            buttons.includes('Show a fact card'),
          got: { text, buttons },
          buttons,
        };
      });
      console.log(`      welcome buttons: ${JSON.stringify(seen.buttons)}`);
      console.log(`    screenshot: ${await screenshot(page, '13-claims-view-welcome')}`);
      // A button runs its command: “Show a fact card” asks which entity.
      await welcome.locator('.monaco-button', { hasText: 'Show a fact card' }).first().click();
      await page.locator('.quick-input-widget').waitFor({ state: 'visible', timeout: 10_000 });
      await page.keyboard.press('Escape');
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
        // The file's URI must carry code-server's own remote authority (host:port), as the
        // workspace folder's does: with H.toRemoteUri's placeholder authority the editor
        // shows a second resource for the same file, and edits the extension host sends
        // (quick fixes) land in another, invisible model ("document … already exists!").
        ['openFile', workbenchFileUri(server.baseUrl, path.join(run.workspace, DRAFT))],
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
          console.log(
            `    ✘ ${check.name}\n      ${String(err && err.message ? err.message : err).replace(/\n/g, '\n      ')}`,
          );
          try {
            const safe = check.name
              .replace(/[^a-z0-9]+/gi, '-')
              .replace(/^-|-$/g, '')
              .toLowerCase();
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
