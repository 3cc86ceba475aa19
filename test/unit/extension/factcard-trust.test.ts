/**
 * Issue 15 (active content, workspace trust), on the real extension classes
 * over fake-vscode: the fact card is a webview page of escaped HTML under a
 * strict CSP whose source buttons only send a number; "open the sources" asks
 * once and takes source ids, never URLs; in Restricted Mode only the bundled
 * record is used, and the packs load when trust is granted.
 */
import '../hardening/use-fake-vscode';
import './use-bundled-record';
import assert from 'node:assert/strict';
import path from 'node:path';
import * as vscode from 'vscode';
import { entityCardModel, type Engine } from '../../../src/engine';
import { Checker } from '../../../src/extension/checker';
import { registerCommands } from '../../../src/extension/commands';
import { FactCards, FACT_CARD_VIEW_TYPE } from '../../../src/extension/factCard';
import { Log } from '../../../src/extension/log';
import { contentSecurityPolicy, factCardHtml, parseFactCardMessage } from '../../../src/extension/logic/factCardHtml';
import { parseOpenSourcesArgs, type SourcePickItem } from '../../../src/extension/logic/sources';
import { RESTRICTED_NOTE, statusText } from '../../../src/extension/logic/status';
import { WorkspacePacks } from '../../../src/extension/packs';
import { SourceOpener, type SourcePrompts } from '../../../src/extension/sources';
import { DEFAULT_PACK_GLOBS } from '../../../src/packs/packs';
import { remove, tree } from '../../helpers/packs-fixtures';
import * as fake from '../hardening/fake-vscode';
import { elements, HOSTILE, HOSTILE_HOSTS, HOSTILE_PACK, hostileEngine, textOf } from './hostile-fixtures';

const AS_OF = '2026-02-01';

/** Prompts that answer as told and record what they were asked. */
function scriptedPrompts(answer: 'accept' | 'cancel') {
  const asked: { kind: string; title: string; items: SourcePickItem[] }[] = [];
  const prompts: SourcePrompts = {
    pick: async (items, title) => (
      asked.push({ kind: 'pick', title, items: [...items] }),
      answer === 'accept' ? items : undefined
    ),
    confirm: async (item) => (asked.push({ kind: 'confirm', title: item.host, items: [item] }), answer === 'accept'),
  };
  return { asked, prompts };
}

function recordingOpener() {
  const opened: string[] = [];
  return { opened, opener: { open: async (url: string) => (opened.push(url), true) } };
}

function checkerOver(engine: Engine, log: Log): Checker {
  const packs = {
    trusted: true,
    get bundled() {
      return engine;
    },
    engineFor: () => engine,
    engineForRoot: () => engine,
    rootFor: () => undefined,
  };
  return new Checker(log, packs as never);
}

const ALLOWED_PAGE_TAGS = new Set([
  'html',
  'head',
  'meta',
  'title',
  'style',
  'body',
  'h1',
  'h2',
  'p',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'ul',
  'ol',
  'li',
  'strong',
  'span',
  'button',
  'footer',
  'script',
]);
const ALLOWED_PAGE_ATTRS = new Set([
  'lang',
  'charset',
  'http-equiv',
  'content',
  'name',
  'nonce',
  'class',
  'scope',
  'type',
  'data-source',
  'data-all',
  'title',
]);

describe('fact card page (webview HTML)', () => {
  const page = () =>
    factCardHtml(entityCardModel(hostileEngine().index, 'acme-x1', { asOf: AS_OF }), {
      cspSource: 'https://fake.vscode-cdn.net',
      nonce: 'N0nce+/=',
      footer: `Fact Desk card ${HOSTILE.htmlImage}`,
      entityId: 'acme-x1',
    });

  it('is escaped HTML: no link, image, handler or script but its own; hostile text shows literally (H11, H12)', () => {
    const { html } = page();
    const els = elements(html);
    for (const el of els) {
      assert.ok(ALLOWED_PAGE_TAGS.has(el.tag), `<${el.tag}>`);
      for (const name of Object.keys(el.attrs))
        assert.ok(ALLOWED_PAGE_ATTRS.has(name), `attribute ${name} on <${el.tag}>`);
    }
    assert.equal(els.filter((e) => e.tag === 'script').length, 1, 'one script');
    assert.equal((html.match(/<\/script>/g) ?? []).length, 1, 'the record’s </script> is escaped');
    assert.ok(
      els.filter((e) => e.tag === 'script' || e.tag === 'style').every((e) => e.attrs['nonce'] === 'N0nce+/='),
      'script and style carry the nonce',
    );
    const body = textOf(html.replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, ''));
    for (const [name, literal] of Object.entries(HOSTILE))
      if (name !== 'tableBreak') assert.ok(body.includes(literal.replace(/\s+/g, ' ')), `${name} shown as text`);
  });

  it('has a strict Content-Security-Policy', () => {
    const csp = elements(page().html).find(
      (e) => e.tag === 'meta' && e.attrs['http-equiv'] === 'Content-Security-Policy',
    )!.attrs['content'];
    assert.equal(csp, contentSecurityPolicy('https://fake.vscode-cdn.net', 'N0nce+/='));
    assert.match(
      csp!,
      /^default-src 'none'; style-src https:\/\/fake\.vscode-cdn\.net 'nonce-N0nce\+\/='; script-src 'nonce-N0nce\+\/='; img-src 'none';/,
    );
    assert.doesNotMatch(csp!, /unsafe|\*|data:/);
  });

  it('source buttons carry a number; the https URLs stay with the extension; http sources are text', () => {
    const { html, links } = page();
    const numbers = elements(html)
      .filter((e) => e.tag === 'button' && 'data-source' in e.attrs)
      .map((e) => Number(e.attrs['data-source']));
    assert.ok(numbers.length > 0);
    assert.deepEqual(
      [...new Set(numbers)].sort(),
      links.map((_l, i) => i),
    );
    assert.equal(links.length, 3, 'three https sources (the http one is not linked)');
    for (const l of links) {
      assert.ok(l.href.startsWith('https://desk.example/'), l.href);
      assert.ok(!HOSTILE_HOSTS.some((h) => new URL(l.href).hostname.includes(h)));
    }
    assert.ok(
      textOf(html).includes('Plain http <script>alert(1)</script> — Plain (plain.example)'),
      'the http source as text',
    );
  });

  it('accepts only its own two messages', () => {
    assert.deepEqual(parseFactCardMessage({ type: 'openSource', index: 2 }, 3), { type: 'openSource', index: 2 });
    assert.deepEqual(parseFactCardMessage({ type: 'openAll' }, 3), { type: 'openAll' });
    for (const m of [
      null,
      'openAll',
      { type: 'openSource', index: 3 },
      { type: 'openSource', index: -1 },
      { type: 'openSource', index: '1' },
      { type: 'open', url: 'https://evil.example' },
      { type: 'openSource', index: 1.5 },
    ])
      assert.equal(parseFactCardMessage(m, 3), undefined, JSON.stringify(m));
  });
});

describe('fact card panel and “open the sources” (fake VS Code)', () => {
  let log: Log;
  beforeEach(() => {
    fake.workspace.reset();
    log = new Log();
  });

  it('opens a webview (not a markdown preview) with scripts for its nonce only, no command URIs, no local resources; reused for the next card', () => {
    const checker = checkerOver(hostileEngine(), log);
    const cards = new FactCards(
      checker,
      log,
      new SourceOpener(log, recordingOpener().opener, scriptedPrompts('cancel').prompts),
    );
    const shown = cards.show('acme-x1', AS_OF)!;
    assert.equal(fake.window.panels.length, 1);
    const panel = fake.window.panels[0]!;
    assert.equal(panel.viewType, FACT_CARD_VIEW_TYPE);
    assert.deepEqual(panel.webview.options, {
      enableScripts: true,
      enableForms: false,
      enableCommandUris: false,
      localResourceRoots: [],
      enableFindWidget: true,
      retainContextWhenHidden: false,
    });
    assert.equal(shown.title, 'Fact card: Acme X1 [t](command:workbench.action.terminal.new)', 'a plain-text title');
    assert.equal(panel.webview.html, shown.html);
    cards.show('pat-example', AS_OF);
    assert.equal(fake.window.panels.length, 1, 'the same panel');
    assert.match(panel.webview.html, /Pat Example/);
    panel.dispose();
    assert.equal(cards.snapshot(), undefined);
    cards.show('acme-x1', AS_OF);
    assert.equal(fake.window.panels.length, 2, 'a new panel after the old one was closed');
    cards.dispose();
    checker.dispose();
  });

  it('a source button asks first: cancel opens nothing, yes opens the record’s https URL for that number', async () => {
    for (const answer of ['cancel', 'accept'] as const) {
      const checker = checkerOver(hostileEngine(), log);
      const { opened, opener } = recordingOpener();
      const { asked, prompts } = scriptedPrompts(answer);
      const cards = new FactCards(checker, log, new SourceOpener(log, opener, prompts));
      const { links } = cards.show('acme-x1', AS_OF)!;
      const panel = fake.window.panels.at(-1)!;
      panel.postFromPage({ type: 'openSource', index: 1 });
      panel.postFromPage({ type: 'open', url: 'https://evil.example/x' });
      await new Promise((r) => setImmediate(r));
      assert.deepEqual(
        asked.map((a) => a.kind),
        ['confirm'],
      );
      assert.deepEqual(opened, answer === 'accept' ? [links[1]] : []);
      // "Open the sources (3)…" in the page: one quick pick for all of them.
      assert.equal(await cards.receive({ type: 'openAll' }), answer === 'accept' ? 3 : 0);
      assert.deepEqual(
        asked.map((a) => a.kind),
        ['confirm', 'pick'],
      );
      assert.equal(asked[1]!.items.length, 3);
      cards.dispose();
      checker.dispose();
    }
  });

  it('factdesk.openSources takes source ids (looked up again), asks once with publisher and host, and opens nothing on cancel', async () => {
    for (const answer of ['cancel', 'accept'] as const) {
      fake.registeredCommands.clear();
      const checker = checkerOver(hostileEngine(), log);
      const { opened, opener } = recordingOpener();
      const { asked, prompts } = scriptedPrompts(answer);
      const disposables = registerCommands(checker, { document: undefined } as never, log, opener, prompts);
      const run = (...args: unknown[]) =>
        vscode.commands.executeCommand('factdesk.openSources', ...args) as Promise<number>;
      // URLs (the old argument, or a link forged in record text) are refused without asking.
      assert.equal(await run(['https://evil.example/phish']), 0);
      assert.equal(await run([['https://evil.example/phish']]), 0);
      assert.equal(await run({ sources: ['https://evil.example/phish'] }), 0);
      assert.equal(asked.length, 0, 'no question for an argument that is not ours');
      const n = await run({
        sources: ['hostile-title', 'hostile-paren', 'hostile-quotes', 'hostile-http', 'no-such-source'],
        draft: 'file:///w/draft.md',
      });
      assert.equal(asked.length, 1, 'one question, not one per source');
      const [pick] = asked;
      assert.equal(pick!.kind, 'pick');
      assert.match(pick!.title, /these 3 sources.*1 without an https link left out/);
      assert.deepEqual(
        pick!.items.map((i) => i.host),
        ['desk.example', 'desk.example', 'desk.example'],
      );
      assert.ok(pick!.items.every((i) => i.picked && i.description.includes(' · desk.example')));
      assert.ok(pick!.items[2]!.label.includes('$\u200b(alert)'), 'no theme icon from record text in the pick');
      assert.equal(n, answer === 'accept' ? 3 : 0);
      assert.deepEqual(opened, answer === 'accept' ? pick!.items.map((i) => i.href) : []);
      for (const d of disposables) d.dispose();
      checker.dispose();
    }
  });

  it('parseOpenSourcesArgs: ids only', () => {
    assert.deepEqual(parseOpenSourcesArgs({ sources: ['a', 'a', 'b.c'] }), { sources: ['a', 'b.c'] });
    for (const bad of [
      undefined,
      'a',
      ['a'],
      { sources: 'a' },
      { sources: ['A B'] },
      { sources: ['javascript:alert(1)'] },
      { sources: ['a'], draft: 3 },
      { sources: Array(501).fill('a') },
    ])
      assert.equal(parseOpenSourcesArgs(bad), undefined, JSON.stringify(bad)?.slice(0, 40));
  });
});

describe('workspace trust: Restricted Mode uses the bundled record only', () => {
  let dir: string;
  let log: Log;
  beforeEach(() => {
    fake.workspace.reset();
    log = new Log();
    dir = tree({ '.factdesk/hostile.facts.yaml': HOSTILE_PACK, 'draft.md': 'The Acme X1 has 40 GB of memory.\n' });
    fake.workspace.workspaceFolders = [{ uri: fake.Uri.file(dir), name: 'w', index: 0 }];
  });
  afterEach(() => remove(dir));

  it('reads no pack while untrusted, says so, and loads the packs when trust is granted', () => {
    fake.workspace.isTrusted = false;
    const globsAsked: string[] = [];
    // (A glob reaching outside the folder would, once trusted, walk the whole disk: the folder's own globs suffice here.)
    const packs = new WorkspacePacks(log, () => (globsAsked.push('x'), [...DEFAULT_PACK_GLOBS]));
    const changes: string[][] = [];
    packs.onDidChange((e) => changes.push(e.roots));
    packs.start();
    const draft = fake.Uri.file(path.join(dir, 'draft.md')) as unknown as vscode.Uri;
    assert.equal(packs.trusted, false);
    assert.deepEqual(packs.snapshot(), [], 'no pack scope');
    assert.equal(packs.engineFor(draft), packs.bundled, 'the bundled record');
    assert.equal(packs.engineForRoot(dir), packs.bundled);
    assert.ok(!packs.engineFor(draft).index.entities.has('acme-x1'));
    assert.deepEqual(packs.reloadAll('command'), []);
    const lines = (log.channel as unknown as fake.FakeOutputChannel).lines;
    assert.ok(
      lines.some((l) => l.includes('Restricted Mode')),
      lines.join('\n'),
    );
    assert.equal(globsAsked.length, 0, 'the factdesk.packs globs are not even read');
    assert.equal(fake.languages.collections.at(-1)!.entries.size, 0, 'no Problems entries from packs');

    fake.workspace.grantTrust();
    assert.equal(packs.trusted, true);
    assert.deepEqual(changes, [[dir]], 'the folder’s record changed: drafts are re-checked');
    assert.ok(packs.engineFor(draft).index.entities.has('acme-x1'), 'the pack is in use');
    packs.dispose();
  });

  it('the status-bar tooltip says it', () => {
    const counts = { contradicted: 0, outdated: 0, disputed: 0, supported: 1, unknown: 0, quoted: 0 };
    const restricted = statusText({ kind: 'result', counts, asOf: AS_OF, asOfOrigin: 'today', restricted: true });
    assert.ok(restricted.tooltip.includes(RESTRICTED_NOTE));
    assert.ok(!statusText({ kind: 'result', counts, asOf: AS_OF, asOfOrigin: 'today' }).tooltip.includes('Restricted'));
  });
});
