/**
 * A hostile workspace pack (the probe's H01–H13 and more): markdown links,
 * `command:` links, images, raw HTML, autolinks, a `)` in a URL, a `"` in a
 * title, javascript:/data: text, theme icons, newlines — in every field a
 * hover or a fact card shows. Plus checks on rendered output: markdown through
 * `marked` (the renderer of VS Code's hovers) and `markdown-it` (its markdown
 * preview; with HTML on and off).
 */
import assert from 'node:assert/strict';
import { marked } from 'marked';
import MarkdownIt from 'markdown-it';
import { createEngine, safeSourceLink, type Engine } from '../../../src/engine';
import { loadPacks } from '../../../src/packs/packs';
import { bundledRecord } from '../../helpers/record';
import { remove, tree } from '../../helpers/packs-fixtures';

/** Every string here must show as literal text, never as markup. */
export const HOSTILE = {
  commandLink: '[Fix it](command:factdesk.openSources?%5B%5B%22https%3A%2F%2Fevil.example%2Fphish%22%5D%5D)', // H01
  image: '![](https://tracker.example/pixel.png?u=me)', // H02
  otherCommand: '[t](command:workbench.action.terminal.new)', // H03
  htmlImage: '<img src=x onerror=alert(1)>', // H05, H11, H12
  htmlLink: '<a href="command:workbench.action.terminal.new">terminal</a>', // H12
  script: '<script>alert(1)</script>',
  titleBreak: 'x") ![](https://tracker.example/t.png) [more](https://evil.example "', // H06
  autolink: '<https://auto.example/a>',
  bareUrl: 'see https://bare.example/b now',
  www: 'or www.bare.example too',
  email: 'mail me@evil.example',
  fuzzyDomain: 'visit evil.example',
  protocolRelative: 'at //evil.example/p',
  refLink: '[ref] [ref]: https://evil.example/ref',
  entity: '&lt;img src=x&gt; &amp;',
  javascript: '[j](javascript:alert(1)) javascript:alert(2)',
  data: '[d](data:text/html,<script>alert(1)</script>)',
  icon: '$(alert) $(zap)',
  emphasis: '**bold** _it_ ~~gone~~ `code`',
  tableBreak: 'a | b | c',
  heading: '# Heading',
};

const all = Object.values(HOSTILE).join(' ');

/** Hosts that appear only in hostile text: no rendered href or src may point there. */
export const HOSTILE_HOSTS = ['tracker.example', 'evil.example', 'bare.example', 'auto.example'];

export const SOURCE_URLS = {
  memo: 'https://desk.example/memo',
  paren: 'https://desk.example/a)![](https://tracker.example/u.png)(', // H07
  quotes: 'https://desk.example/q?x="y"&z=\'w\' ok',
  http: 'http://plain.example/page',
};

const pack = {
  publishers: [
    { id: 'the-desk', name: 'The Desk', tier: 'named-outlet', hosts: ['desk.example'] },
    { id: 'plain', name: 'Plain', tier: 'weak', hosts: ['plain.example'] },
  ],
  sources: [
    {
      id: 'hostile-title',
      title: HOSTILE.titleBreak,
      publisher: `${HOSTILE.commandLink} ${HOSTILE.image}`,
      url: SOURCE_URLS.memo,
      date: '2026-01-05',
      accessed: '2026-01-05',
    }, // H06, H13
    {
      id: 'hostile-paren',
      title: `Paren ${HOSTILE.htmlImage}`,
      publisher: 'The Desk',
      url: SOURCE_URLS.paren,
      date: null,
      accessed: '2026-01-05',
    }, // H07, H11
    {
      id: 'hostile-quotes',
      title: `Quote "in" title ${HOSTILE.icon}`,
      publisher: `${HOSTILE.htmlLink}`,
      url: SOURCE_URLS.quotes,
      date: '2026-01-06',
      accessed: '2026-01-06',
    },
    {
      id: 'hostile-http',
      title: `Plain http ${HOSTILE.script}`,
      publisher: 'Plain',
      url: SOURCE_URLS.http,
      date: null,
      accessed: '2026-01-05',
    },
  ],
  entities: [
    {
      id: 'acme-x1',
      kind: 'chip',
      name: `Acme X1 ${HOSTILE.otherCommand}`,
      aliases: ['Acme X1'],
      description: `${all}\n\n${HOSTILE.image}\n# injected heading`,
    }, // H01–H05, H12
    { id: 'pat-example', kind: 'person', name: 'Pat Example', aliases: [], description: HOSTILE.htmlImage },
  ],
  facts: [
    {
      id: 'acme-x1.memory_capacity',
      kind: 'quantity',
      entity: 'acme-x1',
      attribute: 'memory_capacity',
      value: { amount: 48, unit: 'GB' },
      citations: [
        { source: 'hostile-title', quote: 'q' },
        { source: 'hostile-paren', quote: 'q' },
        { source: 'hostile-quotes', quote: 'q' },
        { source: 'hostile-http', quote: 'q' },
      ],
      asOf: '2026-01-05',
    },
    {
      id: 'acme-x1.launch',
      kind: 'event',
      type: 'launched',
      date: '2026-01-02',
      entities: ['acme-x1'],
      summary: `Launched. ${HOSTILE.refLink} ${HOSTILE.image} ${HOSTILE.data}`,
      citations: [{ source: 'hostile-paren', quote: 'q' }],
      asOf: '2026-01-05',
    }, // H09
    {
      id: 'pat-example.role',
      kind: 'category',
      entity: 'pat-example',
      attribute: 'role',
      value: `CEO ${HOSTILE.image} ${HOSTILE.otherCommand}`,
      at: 'acme-x1',
      citations: [{ source: 'hostile-quotes', quote: 'q' }],
      asOf: '2026-01-05',
    }, // H10
  ],
  overrides: [
    {
      id: 'h200.memory_capacity',
      kind: 'quantity',
      entity: 'nvidia-h200',
      attribute: 'memory_capacity',
      value: { amount: 150, unit: 'GB' },
      citations: [{ source: 'hostile-title', quote: 'q' }],
      asOf: '2026-01-05',
    }, // H13
  ],
};

/** The hostile pack as a file (JSON is YAML). */
export const HOSTILE_PACK = JSON.stringify(pack, null, 2);

let cached: Engine | undefined;
/** The bundled record plus the hostile pack (it must load: the point is what it shows). */
export function hostileEngine(): Engine {
  if (cached) return cached;
  const dir = tree({ '.factdesk/hostile.facts.yaml': HOSTILE_PACK });
  try {
    const loaded = loadPacks(
      bundledRecord(),
      [`${dir}/.factdesk/hostile.facts.yaml`],
      () => '.factdesk/hostile.facts.yaml',
    );
    assert.deepEqual(
      loaded.errors.map((e) => `${e.field}: ${e.message}`),
      [],
      'the hostile pack loads',
    );
    return (cached = createEngine(loaded.record));
  } finally {
    remove(dir);
  }
}

// ── rendering ────────────────────────────────────────────────────────────

const mdSafe = new MarkdownIt({ html: false, linkify: true });
const mdHtml = new MarkdownIt({ html: true, linkify: true });

export interface Rendered {
  renderer: string;
  html: string;
}

/** The markdown as VS Code's hover renders it (marked, GFM) and as markdown-it does (linkify; HTML off and on). */
export function renderAll(markdown: string): Rendered[] {
  return [
    { renderer: 'marked', html: marked.parse(markdown, { gfm: true, async: false }) },
    { renderer: 'markdown-it', html: mdSafe.render(markdown) },
    { renderer: 'markdown-it html', html: mdHtml.render(markdown) },
  ];
}

const NAMED: Record<string, string> = { quot: '"', lt: '<', gt: '>', amp: '&', apos: "'" };
/** HTML character references decoded once (as a browser does). */
const decode = (s: string) =>
  s.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(quot|lt|gt|amp|apos));/gi, (_m, dec, hex, name) =>
    dec
      ? String.fromCodePoint(Number(dec))
      : hex
        ? String.fromCodePoint(parseInt(hex, 16))
        : NAMED[String(name).toLowerCase()]!,
  );

/** Every element and attribute the rendered HTML holds. */
export function elements(html: string): { tag: string; attrs: Record<string, string> }[] {
  const out: { tag: string; attrs: Record<string, string> }[] = [];
  for (const m of html.matchAll(
    /<([a-z][\w-]*)((?:\s+[^\s=>/]+(?:=(?:"[^"]*"|'[^']*'|[^\s"'>][^\s>]*))?)*)\s*\/?>/gi,
  )) {
    const attrs: Record<string, string> = {};
    for (const a of m[2]!.matchAll(/([^\s=>/]+)(?:=(?:"([^"]*)"|'([^']*)'|([^\s"'>][^\s>]*)))?/g))
      attrs[a[1]!.toLowerCase()] = decode(a[2] ?? a[3] ?? a[4] ?? '');
    out.push({ tag: m[1]!.toLowerCase(), attrs });
  }
  return out;
}

/** The visible text of rendered HTML, whitespace collapsed. */
export function textOf(html: string): string {
  return decode(html.replace(/<\/?(?:a|strong|em|code)\b[^<>]*>/g, '').replace(/<[^<>]*>/g, ' ')).replace(/\s+/g, ' ');
}

const ALLOWED_TAGS = new Set([
  'p',
  'strong',
  'em',
  'a',
  'ul',
  'ol',
  'li',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'hr',
  'br',
  'code',
]);

/**
 * The rendered markdown holds no image, no HTML from the record, no link but
 * (a) https links to the record's own sources, percent-encoded, and (b) command
 * links to `commands` whose arguments decode as JSON.
 */
export function assertInert(
  markdown: string,
  engine: Engine,
  commands: readonly string[],
): { commandLinks: { command: string; args: unknown[] }[] } {
  const sourceHrefs = new Set([...engine.index.sources.values()].flatMap((s) => safeSourceLink(s.url)?.href ?? []));
  const commandLinks: { command: string; args: unknown[] }[] = [];
  for (const { renderer, html } of renderAll(markdown)) {
    for (const el of elements(html)) {
      assert.ok(ALLOWED_TAGS.has(el.tag), `${renderer}: <${el.tag}> in ${JSON.stringify(html.slice(0, 300))}`);
      for (const [name, value] of Object.entries(el.attrs)) {
        assert.ok(
          ['href', 'title', 'style', 'align'].includes(name),
          `${renderer}: attribute ${name}="${value}" on <${el.tag}>`,
        );
        if (name === 'style') assert.match(value, /^text-align: ?(left|right|center);?$/, `${renderer}: style`);
      }
      if (el.tag !== 'a') continue;
      const href = el.attrs['href'] ?? '';
      for (const host of HOSTILE_HOSTS)
        assert.ok(!/^[a-z]+:\/\/([^/?#]*)/i.exec(href)?.[1]?.includes(host), `${renderer}: a link to ${host}: ${href}`);
      if (href.startsWith('command:')) {
        const m = /^command:([\w.]+)\?(.*)$/.exec(href);
        assert.ok(m, `${renderer}: command link ${href}`);
        assert.ok(commands.includes(m[1]!), `${renderer}: command ${m[1]} is not one of ${commands.join(', ')}`);
        const args = JSON.parse(decodeURIComponent(m[2]!)) as unknown[];
        assert.ok(Array.isArray(args), 'command arguments are a JSON array');
        commandLinks.push({ command: m[1]!, args });
      } else {
        // markdown-it may re-encode; compare decoded forms.
        const known = [...sourceHrefs].some((h) => decodeURI(h) === decodeURI(href));
        assert.ok(href.startsWith('https://') && known, `${renderer}: a link that is not a record source: ${href}`);
      }
    }
  }
  return { commandLinks };
}

/** The text shows literally (control characters as spaces) in every renderer. */
export function assertShowsLiterally(markdown: string, literal: string): void {
  const want = literal.replace(/\s+/g, ' ').trim();
  for (const { renderer, html } of renderAll(markdown))
    assert.ok(
      textOf(html).includes(want),
      `${renderer}: ${JSON.stringify(want)} not shown as text in ${JSON.stringify(textOf(html).slice(0, 400))}`,
    );
}
