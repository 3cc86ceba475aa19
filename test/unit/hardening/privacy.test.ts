/**
 * Privacy: the shipped bundles (dist/extension.js, dist/cli.js and dist/cli-main.js, dist/vendor/*.js) must not be
 * able to reach the network. They are parsed as JavaScript (TypeScript's
 * parser, already a devDependency) and the syntax tree is searched, so a
 * mention inside a string — a URL in the bundled record, a message — never
 * counts. Flagged:
 *   - require(...) / __require(...) / import(...) of http, https, net, tls,
 *     dgram, http2, undici (and node:… variants, and subpaths like
 *     "undici/…");
 *   - the identifiers fetch, WebSocket, XMLHttpRequest, EventSource used as
 *     a call or a constructor, bare or on a global object (globalThis.fetch,
 *     window.fetch, self.fetch, global.fetch).
 * Requires whose argument is not a string literal cannot be judged
 * statically: they are listed in the report line (not failed) so a reviewer
 * sees them.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.join(__dirname, '..', '..', '..');
const VENDOR = path.join(ROOT, 'dist', 'vendor');
/** The bundles (the CLI's loader and bundle, the extension) and the libraries they load from dist/vendor/ on first use. */
const BUNDLES = [
  'dist/extension.js',
  'dist/cli.js',
  'dist/cli-main.js',
  ...(fs.existsSync(VENDOR)
    ? fs
        .readdirSync(VENDOR)
        .filter((f) => f.endsWith('.js'))
        .sort()
        .map((f) => `dist/vendor/${f}`)
    : []),
];

const NETWORK_MODULES = new Set(['http', 'https', 'net', 'tls', 'dgram', 'http2', 'undici']);
const NETWORK_GLOBALS = new Set(['fetch', 'WebSocket', 'XMLHttpRequest', 'EventSource']);
const GLOBAL_OBJECTS = new Set(['globalThis', 'window', 'self', 'global']);
const REQUIRE_NAMES = new Set(['require', '__require']);

export interface Hit {
  what: string;
  line: number;
  snippet: string;
}

const baseName = (spec: string) => spec.replace(/^node:/, '').split('/')[0]!;

/** Network uses in a JavaScript source, by syntax (strings and comments never count). */
export function scanForNetwork(
  code: string,
  fileName = 'bundle.js',
): { hits: Hit[]; dynamicRequires: Hit[]; requires: Map<string, number> } {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const hits: Hit[] = [];
  const dynamicRequires: Hit[] = [];
  const requires = new Map<string, number>();
  const where = (node: ts.Node) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    return { line: line + 1, snippet: node.getText(source).replace(/\s+/g, ' ').slice(0, 120) };
  };
  const calleeName = (e: ts.Expression): string | undefined => {
    let x = e;
    while (ts.isParenthesizedExpression(x)) x = x.expression;
    if (ts.isIdentifier(x)) return x.text;
    if (ts.isPropertyAccessExpression(x) && ts.isIdentifier(x.expression) && GLOBAL_OBJECTS.has(x.expression.text))
      return x.name.text;
    if (
      ts.isElementAccessExpression(x) &&
      ts.isIdentifier(x.expression) &&
      GLOBAL_OBJECTS.has(x.expression.text) &&
      ts.isStringLiteralLike(x.argumentExpression)
    )
      return x.argumentExpression.text;
    return undefined;
  };
  const moduleCall = (node: ts.CallExpression) => {
    const isImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
    const name = calleeName(node.expression);
    const isRequire =
      isImport ||
      (name !== undefined && REQUIRE_NAMES.has(name)) ||
      (ts.isPropertyAccessExpression(node.expression) &&
        node.expression.name.text === 'require' &&
        ts.isIdentifier(node.expression.expression) &&
        node.expression.expression.text === 'module');
    if (!isRequire) return;
    const arg = node.arguments[0];
    if (arg && ts.isStringLiteralLike(arg)) {
      requires.set(arg.text, (requires.get(arg.text) ?? 0) + 1);
      if (NETWORK_MODULES.has(baseName(arg.text)))
        hits.push({ what: `${isImport ? 'import' : 'require'}("${arg.text}")`, ...where(node) });
    } else if (arg) {
      dynamicRequires.push({ what: `${isImport ? 'import' : (name ?? 'require')}(<expression>)`, ...where(node) });
    }
  };
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node)) {
      moduleCall(node);
      const name = calleeName(node.expression);
      if (name && NETWORK_GLOBALS.has(name)) hits.push({ what: `${name}(…) call`, ...where(node) });
    } else if (ts.isNewExpression(node)) {
      const name = calleeName(node.expression);
      if (name && NETWORK_GLOBALS.has(name)) hits.push({ what: `new ${name}(…)`, ...where(node) });
    } else if (
      ts.isImportDeclaration(node) &&
      ts.isStringLiteralLike(node.moduleSpecifier) &&
      NETWORK_MODULES.has(baseName(node.moduleSpecifier.text))
    ) {
      hits.push({ what: `import "${node.moduleSpecifier.text}"`, ...where(node) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { hits, dynamicRequires, requires };
}

describe('hardening: privacy (no network in the shipped bundles)', function () {
  this.timeout(60_000);

  describe('the scanner itself', () => {
    it('flags requires, imports, calls and constructors of network APIs', () => {
      const code = [
        'const h = require("http"); const s = require("node:https"); const u = __require("undici/lib/x");',
        'import("node:net").then(() => {}); import tls from "tls";',
        'fetch("https://x"); globalThis.fetch(u); window["fetch"](u); new WebSocket("wss://x"); new XMLHttpRequest(); new self.EventSource("/e");',
        'const d = require(`dgram`); module.require("http2");',
      ].join('\n');
      const { hits } = scanForNetwork(code, 'm.mjs');
      assert.deepEqual(
        hits.map((h) => h.what),
        [
          'require("http")',
          'require("node:https")',
          'require("undici/lib/x")',
          'import("node:net")',
          'import "tls"',
          'fetch(…) call',
          'fetch(…) call',
          'fetch(…) call',
          'new WebSocket(…)',
          'new XMLHttpRequest(…)',
          'new EventSource(…)',
          'require("dgram")',
          'require("http2")',
        ],
      );
    });

    it('ignores strings, comments, URLs, property names and look-alikes', () => {
      const code = [
        'const record = { url: "https://www.bis.gov/fetch(data)", quote: "require(\\"http\\") and new WebSocket(x)" };',
        '// fetch("https://x"); require("net")',
        '/* new XMLHttpRequest() */',
        'const t = `EventSource(${1})`; cache.fetch(key); obj.WebSocket; const fetcher = 1; refetch(); require("netmask"); require("./http");',
        'const re = /fetch\\(/;',
      ].join('\n');
      const { hits } = scanForNetwork(code);
      assert.deepEqual(hits, []);
    });
  });

  for (const bundle of BUNDLES) {
    it(`${bundle}: no network module required and no network API called`, function () {
      const file = path.join(ROOT, bundle);
      if (!fs.existsSync(file)) {
        console.log(`      (skipped: ${bundle} is missing — run npm run build; npm test builds first)`);
        this.skip();
      }
      const { hits, dynamicRequires, requires } = scanForNetwork(fs.readFileSync(file, 'utf8'), bundle);
      const builtins = [...requires.keys()].sort();
      console.log(
        `      ${bundle}: requires ${builtins.join(', ')}; ${dynamicRequires.length} require(s) with a computed argument` +
          (dynamicRequires.length
            ? `: ${dynamicRequires.map((d) => `line ${d.line} ${JSON.stringify(d.snippet)}`).join('; ')}`
            : ''),
      );
      assert.deepEqual(
        hits.map((h) => `${bundle}:${h.line}: ${h.what} — ${h.snippet}`),
        [],
        'network access in a shipped bundle',
      );
    });
  }
});
