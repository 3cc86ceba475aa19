/**
 * Issue 15 / probe BUG-11 (cases H01–H13): record and pack text in hovers and
 * cards is plain text. Hostile pack text is rendered with the renderers VS
 * Code uses and must give no image, no HTML, no link but the record's own
 * https sources and Fact Desk's own commands, while still showing literally.
 */
import assert from 'node:assert/strict';
import { compactSourceLink, entityCard, escapeMarkdown, safeSourceLink, sourceMarkdown } from '../../../src/engine';
import { claimMarkdown, hoverAt, HOVER_COMMANDS } from '../../../src/extension/logic/hover';
import { commandLink } from '../../../src/extension/logic/markdown';
import { testEngine } from '../../helpers/record';
import {
  assertInert,
  assertShowsLiterally,
  elements,
  HOSTILE,
  hostileEngine,
  renderAll,
  textOf,
} from './hostile-fixtures';

const AS_OF = '2026-02-01';

function hover(text: string, at: string) {
  const engine = hostileEngine();
  const result = engine.check(text, { asOf: AS_OF, includeSupported: true });
  const h = hoverAt(engine.index, result, text.indexOf(at) + 1, 'file:///w/draft.md');
  assert.ok(h, `a hover at “${at}”`);
  return h.markdown;
}

describe('hostile pack text in hovers and cards (BUG-11)', () => {
  it('the mention hover (entity card): description, name, role, event summary, titles — no live link, image or HTML (H01–H05, H09, H10)', () => {
    const md = hover('We looked at the Acme X1 again.', 'Acme X1');
    const { commandLinks } = assertInert(md, hostileEngine(), HOVER_COMMANDS);
    assert.deepEqual(
      commandLinks.map((c) => c.command),
      ['factdesk.showFactCard', 'factdesk.showFactCard', 'factdesk.showFactCard'],
      'only the card link, once per renderer',
    );
    assert.deepEqual(commandLinks[0]!.args, ['acme-x1'], 'its argument is the entity id the extension looked up');
    for (const [name, literal] of Object.entries(HOSTILE)) if (name !== 'tableBreak') assertShowsLiterally(md, literal);
    const pat = hover('Pat Example spoke.', 'Pat Example');
    assertInert(pat, hostileEngine(), HOVER_COMMANDS);
    assertShowsLiterally(pat, HOSTILE.htmlImage);
    // The role is on the full card (the hover's one line says what Pat is): shown as text there.
    const card = entityCard(hostileEngine().index, 'pat-example', { asOf: AS_OF, compact: true });
    assertInert(card, hostileEngine(), []);
    assertShowsLiterally(card, `CEO ${HOSTILE.image} ${HOSTILE.otherCommand}`);
  });

  it('the claim hover: sources linked only when https, with their host; ")" and quotes cannot end a link (H06–H08, H13)', () => {
    const md = hover('The Acme X1 has 40 GB of memory.', '40 GB');
    const { commandLinks } = assertInert(md, hostileEngine(), HOVER_COMMANDS);
    const open = commandLinks.find((c) => c.command === 'factdesk.openSources')!;
    // Best tier first (desk.example is a named outlet, plain.example weak), then citation order.
    assert.deepEqual(
      open.args,
      [{ sources: ['hostile-title', 'hostile-paren', 'hostile-quotes', 'hostile-http'], draft: 'file:///w/draft.md' }],
      'source ids, never URLs',
    );
    assertShowsLiterally(md, HOSTILE.titleBreak);
    assertShowsLiterally(
      md,
      `${HOSTILE.titleBreak} — ${HOSTILE.commandLink} ${HOSTILE.image} (desk.example), 2026-01-05`,
    );
    assertShowsLiterally(md, 'Plain http <script>alert(1)</script> — Plain (plain.example, not linked: not https)');
    const [marked] = renderAll(md);
    const hrefs = elements(marked!.html)
      .filter((e) => e.tag === 'a')
      .map((e) => e.attrs['href']);
    assert.ok(
      hrefs.includes('https://desk.example/a%29!%5B%5D%28https://tracker.example/u.png%29%28'),
      `the ")" URL is one link, encoded: ${hrefs.join(' ')}`,
    );
    assert.ok(hrefs.includes('https://desk.example/q?x=%22y%22&z=%27w%27%20ok'), 'quotes and spaces encoded');
    assert.ok(!hrefs.some((h) => h?.startsWith('http://')), 'no http link');
  });

  it('a claim on a fact the pack overrides: the pack’s publisher is text, the override line links the bundled sources by host (H13)', () => {
    const md = hover('The Nvidia H200 has 141 GB of memory.', '141 GB');
    assert.match(
      md,
      /⟲ Overridden by `\.factdesk\/hostile\.facts\.yaml:\d+`; bundled value \*\*141 GB\*\* \(.*Geektopia \(\[geektopia\\\.es\]\(https:\/\/geektopia\.es\/.*\) _named outlet_/,
    );
    assertInert(md, hostileEngine(), HOVER_COMMANDS);
    assertShowsLiterally(md, `— ${HOSTILE.commandLink} ${HOSTILE.image} (desk.example), 2026-01-05`);
  });

  it('the full card (CLI explain) is inert too, with the source list (H11, H12)', () => {
    const md = entityCard(hostileEngine().index, 'acme-x1', { asOf: AS_OF });
    assert.match(md, /\*\*Sources\*\*/);
    assertInert(md, hostileEngine(), []);
    assertShowsLiterally(md, `Paren ${HOSTILE.htmlImage} — The Desk (desk.example)`);
    assertShowsLiterally(md, HOSTILE.script);
  });

  it('the draft’s own words and the record’s value in a claim hover are escaped', () => {
    const engine = hostileEngine();
    const r = engine.check('The Acme X1 has 40 GB of memory.', { asOf: AS_OF, includeSupported: true });
    const f = r.findings[0]!;
    const hostile = `${HOSTILE.image} ${HOSTILE.commandLink}`;
    const md = claimMarkdown(
      {
        ...f,
        brief: hostile,
        detail: `Draft says x (as of ${AS_OF}). ${HOSTILE.htmlImage}`,
        fix: f.fix && { ...f.fix, newText: hostile },
      },
      AS_OF,
      engine.index,
      'file:///w/draft.md',
    );
    assertInert(md, engine, HOVER_COMMANDS);
    assertShowsLiterally(md, hostile);
    // Not flagged: the explanation is in the hover (escaped too).
    const quiet = claimMarkdown(
      { ...f, detail: `Draft says x (as of ${AS_OF}). ${HOSTILE.htmlImage}` },
      AS_OF,
      engine.index,
      'file:///w/draft.md',
      false,
    );
    assertInert(quiet, engine, HOVER_COMMANDS);
    assertShowsLiterally(quiet, HOSTILE.htmlImage);
  });

  it('a bundled title with double quotes keeps its link whole, the quotes in the tooltip (Jensen Huang card)', () => {
    const index = testEngine().index;
    const source = [...index.sources.values()].find((s) => s.title.startsWith('"They\'re nanoseconds behind us"'));
    assert.ok(source, 'the bundled record has the quoted title');
    // The table cells' form: the host, linked, the title as the tooltip.
    const cell = `| a | b |\n|---|---|\n| Role | ${compactSourceLink(source)} |`;
    assertInert(cell, testEngine(), []);
    for (const { renderer, html } of renderAll(cell)) {
      const link = elements(html).find((e) => e.tag === 'a');
      assert.ok(link, `${renderer}: the source is linked`);
      assert.equal(link.attrs['href'], safeSourceLink(source.url)!.href, renderer);
      assert.equal(
        link.attrs['title'],
        `${source.title} — ${source.publisher}${source.date ? `, ${source.date}` : ''}`,
        `${renderer}: the whole title, quotes included`,
      );
      assert.equal(
        textOf(html).trim(),
        'a b Role windowscentral.com',
        `${renderer}: nothing of the title leaks into the cell`,
      );
    }
    // The card's source list: the title as text, the host as the link.
    const full = entityCard(index, 'jensen-huang', { asOf: AS_OF });
    assertInert(full, testEngine(), []);
    for (const { renderer, html } of renderAll(full)) {
      const href = safeSourceLink(source.url)!.href;
      const links: unknown[] = elements(html).filter((e) => e.tag === 'a' && e.attrs['href'] === href);
      assert.equal(links.length, 1, renderer);
    }
    assertShowsLiterally(full, `${source.title} — ${source.publisher} (windowscentral.com)`);
  });

  it('the bundled cards of every entity are inert and link only https sources', () => {
    const engine = testEngine();
    for (const id of engine.index.entities.keys()) {
      assertInert(entityCard(engine.index, id, { asOf: AS_OF }), engine, []);
      assertInert(entityCard(engine.index, id, { asOf: AS_OF, compact: true }), engine, []);
    }
  });
});

describe('escaping helpers', () => {
  it('safeSourceLink: https only, no credentials; everything that could end a link is encoded', () => {
    for (const bad of [
      'http://x.example/a',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'command:factdesk.openSources',
      'file:///etc/passwd',
      'vbscript:x',
      'https://user:pw@x.example/',
      'not a url',
      '//x.example/a',
      'HTTPS:/',
    ])
      assert.equal(safeSourceLink(bad), undefined, bad);
    assert.deepEqual(safeSourceLink('https://www.Reuters.com/a b/(c)"d"<e>[f]|g\'h*i'), {
      href: 'https://www.reuters.com/a%20b/%28c%29%22d%22%3Ce%3E%5Bf%5D%7Cg%27h%2Ai',
      host: 'reuters.com',
    });
    assert.equal(safeSourceLink('https://例え.jp/パス')!.host, 'xn--r8jz45g.jp');
    assert.match(safeSourceLink('https://x.example/パス')!.href, /^[\w\-.~:/?#@!$&+,;=%]+$/);
  });

  it('sourceMarkdown: "Title — Publisher (host)", and an http source as text', () => {
    assert.equal(
      sourceMarkdown({ title: 'Chips', publisher: 'Reuters', url: 'https://www.reuters.com/x', date: '2025-01-02' }),
      'Chips — Reuters ([reuters\\.com](https://www.reuters.com/x)), 2025-01-02',
    );
    assert.equal(
      sourceMarkdown({ title: 'Old', publisher: 'Blog', url: 'http://blog.example/x', date: null }),
      'Old — Blog (blog\\.example, not linked: not https)',
    );
  });

  it('escapeMarkdown leaves plain prose readable and one line', () => {
    assert.equal(
      escapeMarkdown('Cut-down Hopper GPU (2023), 5.5 billion; "quoted" 15% of sales!'),
      'Cut-down Hopper GPU (2023), 5.5 billion; "quoted" 15% of sales!',
    );
    assert.equal(escapeMarkdown('a\nb\r\nc\u2028d\u202ee'), 'a b c de');
    assert.equal(escapeMarkdown('- item'), '\\- item');
    assert.equal(escapeMarkdown('1. first'), '1\\. first');
  });

  it("commandLink encodes ( ) ' ! * so arguments cannot end the link", () => {
    const link = commandLink('factdesk.showFactCard', ["a)![](https://evil.example/p.png)('*"]);
    assert.match(link, /^command:factdesk\.showFactCard\?[\w%.-]+$/);
    assert.deepEqual(JSON.parse(decodeURIComponent(link.split('?')[1]!)), ["a)![](https://evil.example/p.png)('*"]);
  });
});
