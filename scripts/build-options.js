// esbuild options shared by the build (esbuild.js) and the bench (bench/lib/bundle.js),
// so what the bench times is what ships.
const esbuild = require('esbuild');
const path = require('node:path');

/**
 * Libraries kept out of the main bundles, each in dist/vendor/NAME.js: a draft
 * check without packs never loads them (compromise is required on the first
 * sentence that needs it; yaml and zod only to read record files and front
 * matter), so a front starts without parsing ~1.5 MB of code it may not run.
 */
const VENDORED = ['compromise', 'yaml', 'zod'];

/**
 * The MCP SDK, for `factdesk mcp` only: the server modules the CLI imports go into one file,
 * dist/vendor/mcp-sdk.js, required when the server starts (src/cli/mcp.ts), never by a check.
 */
const MCP_SDK_MODULES = ['@modelcontextprotocol/sdk/server/mcp.js', '@modelcontextprotocol/sdk/server/stdio.js'];

const vendorPlugin = {
  name: 'factdesk-vendor',
  setup(build) {
    const filter = new RegExp(`^(${VENDORED.join('|')})$`);
    build.onResolve({ filter }, (args) => ({ path: `./vendor/${args.path}.js`, external: true }));
    build.onResolve({ filter: /^@modelcontextprotocol\/sdk\// }, (args) => {
      if (!MCP_SDK_MODULES.includes(args.path))
        throw new Error(`${args.path}: add it to MCP_SDK_MODULES (scripts/build-options.js)`);
      return { path: './vendor/mcp-sdk.js', external: true };
    });
  },
};

/** The options every bundle of ours uses (CommonJS for Node 20; ESM dependencies read import.meta.url). */
function bundleOptions({ production = false, plugins = [] } = {}) {
  return {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minify: production,
    sourcemap: !production,
    sourcesContent: false,
    logLevel: 'warning',
    plugins: [vendorPlugin, ...plugins],
    define: { 'import.meta.url': '__factdesk_import_meta_url' },
    banner: { js: "const __factdesk_import_meta_url = require('url').pathToFileURL(__filename).href;" },
  };
}

/** Writes OUTDIR/vendor/NAME.js for each vendored library (minified: nobody profiles inside them). */
/** In the SDK's file, zod's full API (`zod`, `zod/v4`: the same module in zod 4) is the vendored dist/vendor/zod.js. */
const sharedZodPlugin = {
  name: 'factdesk-shared-zod',
  setup(build) {
    build.onResolve({ filter: /^zod(\/v4)?$/ }, () => ({ path: './zod.js', external: true }));
  },
};

async function buildVendor(outDir, root = path.join(__dirname, '..')) {
  const bundles = [
    ...VENDORED.map((name) => ({ name, contents: `module.exports = require(${JSON.stringify(name)});` })),
    {
      name: 'mcp-sdk',
      contents: `module.exports = Object.assign({}, ${MCP_SDK_MODULES.map((m) => `require(${JSON.stringify(m)})`).join(', ')});`,
      plugins: [sharedZodPlugin],
    },
  ];
  await Promise.all(
    bundles.map(({ name, contents, plugins = [] }) =>
      esbuild.build({
        plugins,
        stdin: { contents, resolveDir: root, loader: 'js' },
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        minify: true,
        legalComments: 'eof',
        outfile: path.join(outDir, 'vendor', `${name}.js`),
        logLevel: 'warning',
        define: { 'import.meta.url': '__factdesk_import_meta_url' },
        banner: { js: "const __factdesk_import_meta_url = require('url').pathToFileURL(__filename).href;" },
      }),
    ),
  );
}

module.exports = { VENDORED, MCP_SDK_MODULES, bundleOptions, buildVendor };
