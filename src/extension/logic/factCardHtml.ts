/**
 * The fact card as a web page for a webview: every piece of record text
 * HTML-escaped, no image, no remote anything. A strict Content-Security-Policy
 * allows the page's own style and one small script (both with a nonce); the
 * script only tells the extension which source button was clicked, by its
 * number. Source URLs never reach the page as links: the extension keeps them
 * (`links`), checks them (https only) and asks before opening one.
 * No `vscode` import: unit-tested.
 */
import { plainLine, sourceHost, TIER_LABELS, type CardModel, type SourceRef } from '../../engine';
import { sourcePickItem, type SourcePickItem } from './sources';

export interface FactCardPage {
  html: string;
  /** The linkable sources, by the number in their buttons' data-source. */
  links: SourcePickItem[];
}

export interface FactCardPageOptions {
  /** The webview's cspSource (styles may come from the extension). */
  cspSource: string;
  /** A fresh random nonce per page. */
  nonce: string;
  /** The line at the bottom ("Fact Desk card, as of …"). */
  footer: string;
  /** The entity asked for (shown when the record has no such entity). */
  entityId: string;
}

/** Text as HTML text or attribute value: & < > " ' escaped, control characters a space. */
export function escapeHtml(text: string): string {
  return plainLine(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Messages the page may send; anything else is ignored. */
export type FactCardMessage = { type: 'openSource'; index: number } | { type: 'openAll' };

export function parseFactCardMessage(message: unknown, links: number): FactCardMessage | undefined {
  if (!message || typeof message !== 'object') return undefined;
  const m = message as Record<string, unknown>;
  if (m['type'] === 'openAll') return { type: 'openAll' };
  if (
    m['type'] === 'openSource' &&
    typeof m['index'] === 'number' &&
    Number.isInteger(m['index']) &&
    m['index'] >= 0 &&
    m['index'] < links
  )
    return { type: 'openSource', index: m['index'] };
  return undefined;
}

const STYLE = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); background: var(--vscode-editor-background); padding: 0 1.5em 2em; line-height: 1.45; max-width: 60em; }
h1 { font-size: 1.5em; margin-bottom: 0.2em; }
h2 { font-size: 1.15em; margin-top: 1.6em; }
.description { margin-top: 0; color: var(--vscode-descriptionForeground); }
table { border-collapse: collapse; margin: 1em 0; }
th, td { text-align: left; vertical-align: top; padding: 0.25em 0.8em 0.25em 0; border-bottom: 1px solid var(--vscode-editorWidget-border, rgba(128,128,128,0.35)); }
.disputed { color: var(--vscode-editorWarning-foreground); }
button.link { background: none; border: none; padding: 0; margin: 0 0.4em 0 0; font: inherit; color: var(--vscode-textLink-foreground); cursor: pointer; text-decoration: underline; text-align: left; }
button.link:hover, button.link:focus { color: var(--vscode-textLink-activeForeground); }
button.all { margin-top: 1em; color: var(--vscode-button-foreground); background: var(--vscode-button-background); border: none; padding: 0.35em 0.9em; cursor: pointer; font: inherit; }
.host, .muted, footer { color: var(--vscode-descriptionForeground); }
footer { margin-top: 2em; font-size: 0.9em; }
`;

// The only script: a click on a source button sends its number. No URL, no text from the page.
const SCRIPT = `(function () {
  const vscode = acquireVsCodeApi();
  document.addEventListener('click', function (event) {
    const target = event.target instanceof Element ? event.target.closest('button[data-source], button[data-all]') : null;
    if (!target) return;
    event.preventDefault();
    if (target.hasAttribute('data-all')) vscode.postMessage({ type: 'openAll' });
    else vscode.postMessage({ type: 'openSource', index: Number(target.getAttribute('data-source')) });
  });
})();`;

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspSource} 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    "img-src 'none'",
    "font-src 'none'",
    "connect-src 'none'",
    "media-src 'none'",
    "frame-src 'none'",
    "object-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
}

export function factCardHtml(card: CardModel | undefined, options: FactCardPageOptions): FactCardPage {
  const e = escapeHtml;
  const links: SourcePickItem[] = [];
  const numbers = new Map<string, number>();
  /** A source as a button (https) or as text (anything else). */
  const source = (s: SourceRef, text: string): string => {
    let n = numbers.get(s.id);
    if (n === undefined) {
      const item = sourcePickItem(s);
      if (!item)
        return `<span class="muted" title="${e(`${s.title} — ${s.publisher} (not https: not linked)`)}">${e(text)}</span>`;
      n = links.push(item) - 1;
      numbers.set(s.id, n);
    }
    const item = links[n]!;
    return `<button type="button" class="link" data-source="${n}" title="${e(`${s.title} — ${s.publisher}${s.date ? `, ${s.date}` : ''} (${item.href})`)}">${e(text)}</button>`;
  };
  const host = (s: SourceRef) => sourcePickItem(s)?.host ?? sourceHost(s.url) ?? 'source';
  /** The source's tier beside it ("major press"). */
  const tier = (s: SourceRef) => ` <span class="muted tier">${e(TIER_LABELS[s.tier])}</span>`;
  const compact = (list: SourceRef[], limit = 2) =>
    list
      .slice(0, limit)
      .map((s) => source(s, host(s)) + tier(s))
      .join(' ') + (list.length > limit ? ` <span class="muted">+${list.length - limit}</span>` : '');

  const body: string[] = [];
  if (!card) {
    body.push(`<h1>Not in the record</h1>`, `<p>The record has no entity “${e(options.entityId)}”.</p>`);
  } else {
    body.push(`<h1>${e(card.name)}</h1>`, `<p class="description">${e(card.description)}</p>`);
    if (card.specs.length) {
      body.push('<table>', '<thead><tr><th></th><th>Record</th><th>Sources</th></tr></thead>', '<tbody>');
      for (const s of card.specs) {
        body.push(
          `<tr><th scope="row">${e(s.label)}</th><td>${e(s.value)}${s.disputed ? ' <span class="disputed">⚠︎ disputed</span>' : ''}${s.weak ? ' <span class="disputed">weakly sourced</span>' : ''}</td><td>${compact(s.sources)}</td></tr>`,
        );
      }
      body.push('</tbody>', '</table>');
    }
    if (card.status)
      body.push(`<p><strong>China export status on ${e(card.status.asOf)}:</strong> ${e(card.status.text)}</p>`);
    if (card.events.length) {
      body.push('<h2>Timeline</h2>', '<ul>');
      for (const ev of card.events)
        body.push(
          `<li>${e(ev.date)} — ${e(ev.summary)}${ev.weak ? ' <span class="disputed">(weakly sourced)</span>' : ''} ${compact(ev.sources)}</li>`,
        );
      body.push('</ul>');
    }
    if (card.sources.length) {
      body.push('<h2>Sources</h2>', '<ol>');
      for (const s of card.sources) {
        const where = host(s);
        body.push(
          `<li>${source(s, s.title)} — ${e(s.publisher)}${where ? ` <span class="host">(${e(where)})</span>` : ''}${s.date ? `, ${e(s.date)}` : ''}${tier(s)}</li>`,
        );
      }
      body.push('</ol>');
      if (links.length > 1)
        body.push(`<button type="button" class="all" data-all="">Open the sources (${links.length})…</button>`);
    }
  }
  body.push(`<footer>${e(options.footer)}</footer>`);
  const title = card ? card.name : options.entityId;
  const html = [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(options.cspSource, options.nonce).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(title)}</title>`,
    `<style nonce="${e(options.nonce)}">${STYLE}</style>`,
    '</head>',
    '<body>',
    ...body,
    `<script nonce="${e(options.nonce)}">${SCRIPT}</script>`,
    '</body>',
    '</html>',
  ].join('\n');
  return { html, links };
}
