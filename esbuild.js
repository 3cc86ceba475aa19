// Builds dist/cli.js (the command: loads dist/cli-main.js with its V8 code cache), dist/extension.js and dist/vendor/ (libraries loaded on first use). The bundled record is validated and
// compiled first: an invalid record fails the build with file, line and field.
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');
const { bundleOptions, buildVendor } = require('./scripts/build-options');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Bundles a TypeScript module of ours into dist/ for this build script, requires it, and removes the file. */
async function requireTs(entry, name) {
  const out = path.join(__dirname, 'dist', name);
  await esbuild.build({
    entryPoints: [path.join(__dirname, entry)],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: out,
    logLevel: 'silent',
  });
  delete require.cache[out];
  try {
    return require(out);
  } finally {
    fs.rmSync(out);
  }
}

/** Compiles data/record/*.yaml with the engine's own loader. */
async function compileRecord() {
  const { compileRecordDir } = await requireTs('src/packs/compile-files.ts', '.record-compiler.js');
  const { version } = require('./package.json');
  const { record, errors } = compileRecordDir(path.join(__dirname, 'data', 'record'), version);
  if (errors.length) {
    for (const e of errors)
      console.error(`${e.file}:${e.line}:${e.column}: error: ${e.field ? e.field + ': ' : ''}${e.message}`);
    console.error(`The bundled record has ${errors.length} error(s); nothing was built.`);
    process.exit(1);
  }
  fs.writeFileSync(path.join(__dirname, 'dist', 'record.json'), JSON.stringify(record));
  return record;
}

/**
 * Generates the pack files' JSON Schema from the record's zod schema
 * (src/packs/json-schema.ts) into data/schema/ (committed; contributed to the
 * YAML extension through package.json's yamlValidation). Written only when it changed.
 */
async function writePackSchema() {
  const { packJsonSchemaText, PACK_SCHEMA_PATH } = await requireTs('src/packs/json-schema.ts', '.pack-schema.js');
  const target = path.join(__dirname, PACK_SCHEMA_PATH);
  const text = packJsonSchemaText();
  if (fs.existsSync(target) && fs.readFileSync(target, 'utf8') === text) return false;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, text);
  return true;
}

// The record goes in as one JSON string: V8 reads JSON.parse of a string much
// faster than the same data written as a JavaScript object literal.
const recordPlugin = (record) => ({
  name: 'bundled-record',
  setup(build) {
    build.onResolve({ filter: /^factdesk:bundled-record$/ }, () => ({ path: 'bundled-record', namespace: 'factdesk' }));
    build.onLoad({ filter: /.*/, namespace: 'factdesk' }, () => ({
      contents: `module.exports = JSON.parse(${JSON.stringify(JSON.stringify(record))});`,
      loader: 'js',
    }));
  },
});

const CODE_CACHE = path.join(__dirname, 'dist', 'cli-main.js.cache');

/**
 * The CLI's V8 code cache (see src/cli/start.ts): the command checks the example drafts once and
 * writes what V8 compiled meanwhile. Made by this Node; another Node ignores it.
 */
function writeCodeCache() {
  fs.rmSync(CODE_CACHE, { force: true });
  const run = require('node:child_process').spawnSync(
    process.execPath,
    [path.join(__dirname, 'dist', 'cli.js'), 'check', 'examples', '--fail-on', 'never', '--no-workspace-packs'],
    {
      cwd: __dirname,
      env: { ...process.env, FACTDESK_WRITE_CODE_CACHE: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
    },
  );
  if (run.status !== 0 || !fs.existsSync(CODE_CACHE)) {
    fs.rmSync(CODE_CACHE, { force: true });
    console.warn(
      `warning: no CLI code cache (the CLI compiles at each start): ${run.stderr || run.error?.message || `exit ${run.status}`}`.trim(),
    );
  }
}

async function main() {
  fs.mkdirSync(path.join(__dirname, 'dist'), { recursive: true });
  const record = await compileRecord();
  if (await writePackSchema()) console.log('updated data/schema/factdesk-pack.schema.json');
  // The markdown injection grammar that highlights the record's entity names (syntaxes/, committed).
  if (require('./scripts/generate-grammar').writeGrammar(record))
    console.log('updated syntaxes/factdesk-entities.tmLanguage.json');
  // The record's readable listing is generated with it, so it is never stale.
  const docs = require('./scripts/generate-record-docs');
  const listing = docs.renderRecordDocs(record);
  if (!fs.existsSync(docs.OUT) || fs.readFileSync(docs.OUT, 'utf8') !== listing) {
    fs.mkdirSync(path.dirname(docs.OUT), { recursive: true });
    fs.writeFileSync(docs.OUT, listing);
    console.log('updated docs/record.md');
  }
  const common = bundleOptions({ production, plugins: [recordPlugin(record)] });
  await buildVendor(path.join(__dirname, 'dist'));
  const builds = [
    { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli-main.js' },
    // The worker threads of `factdesk check` on many drafts (src/cli/pool.ts starts them).
    { ...common, entryPoints: ['src/cli/check-worker.ts'], outfile: 'dist/cli-worker.js' },
    {
      ...common,
      entryPoints: ['src/cli/start.ts'],
      outfile: 'dist/cli.js',
      banner: { js: '#!/usr/bin/env node\n' + common.banner.js },
    },
  ];
  if (fs.existsSync('src/extension/extension.ts')) {
    builds.push({
      ...common,
      entryPoints: ['src/extension/extension.ts'],
      outfile: 'dist/extension.js',
      external: ['vscode'],
    });
    // The extension's check thread (src/extension/checkClient.ts starts it): engine and record, no vscode.
    builds.push({ ...common, entryPoints: ['src/extension/checkWorker.ts'], outfile: 'dist/extension-worker.js' });
  }
  if (watch) {
    fs.rmSync(CODE_CACHE, { force: true }); // each rebuild would make it stale (V8 would ignore it)
    for (const b of builds) await (await esbuild.context(b)).watch();
    return;
  }
  await Promise.all(builds.map((b) => esbuild.build(b)));
  fs.chmodSync('dist/cli.js', 0o755);
  writeCodeCache();
  console.log(
    `built dist/ (record ${record.version}: ${record.entities.length} entities, ${record.facts.length} facts, ${record.sources.length} sources)`,
  );
}

main().catch((e) => {
  console.error(e.message ?? e);
  process.exit(1);
});
