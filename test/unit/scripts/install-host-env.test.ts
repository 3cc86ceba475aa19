/**
 * The integration host installer must not inherit the outer npm's identity.
 * `npm test` starts it from inside an npm script running on Node 20; the inner
 * `npm rebuild` must announce the Node first on its PATH (Node 24), because
 * code-server's postinstall reads the Node version from npm's user agent.
 */
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const CLEANER = path.join(ROOT, 'scripts', 'integration', 'clean-npm-env.sh');
const INSTALLER = path.join(ROOT, 'scripts', 'integration', 'install-host.sh');

/** What npm exports into a script's environment when `npm test` runs on Node 20. */
const OUTER_NPM_ENV: Record<string, string> = {
  npm_config_user_agent: 'npm/10.8.2 node/v20.20.2 linux x64 workspaces/false',
  npm_execpath: '/usr/lib/node_modules/npm/bin/npm-cli.js',
  npm_node_execpath: process.execPath,
  NODE: process.execPath,
  INIT_CWD: ROOT,
  npm_lifecycle_event: 'test:integration',
  npm_lifecycle_script: 'node test/integration/run.js',
  npm_package_name: 'factdesk',
  npm_config_local_prefix: ROOT,
  npm_config_node_gyp: '/usr/lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js',
  // A setting a user exports on purpose: it must survive.
  npm_config_registry: 'https://registry.npmjs.org/',
};

/** A stand-in for the host's Node 24: this Node, reporting itself as v24.21.0. */
function fakeNode24(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fd-fake-node24-'));
  const preload = path.join(dir, 'as-v24.js');
  fs.writeFileSync(preload, "Object.defineProperty(process, 'version', { value: 'v24.21.0' });\n");
  fs.mkdirSync(path.join(dir, 'bin'));
  const node = path.join(dir, 'bin', 'node');
  fs.writeFileSync(node, `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} -r ${JSON.stringify(preload)} "$@"\n`);
  fs.chmodSync(node, 0o755);
  return path.join(dir, 'bin');
}

/** Runs `script` in bash with the outer npm's environment, as run.js starts the installer. */
function bashWithOuterNpm(script: string, extraEnv: Record<string, string> = {}) {
  const env = { ...process.env, ...OUTER_NPM_ENV, ...extraEnv };
  const r = spawnSync('bash', ['-c', script], { env, encoding: 'utf8', cwd: os.tmpdir() });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

describe('integration host installer: independent of the npm that starts it', function () {
  this.timeout(60_000);
  const node24 = fakeNode24();
  // A package whose script prints the user agent npm hands its scripts, as
  // code-server's postinstall reads it; run with Node 24 first on PATH, as the
  // installer's rebuild step is.
  const probe = fs.mkdtempSync(path.join(os.tmpdir(), 'fd-ua-probe-'));
  fs.writeFileSync(
    path.join(probe, 'package.json'),
    JSON.stringify({ name: 'ua-probe', private: true, scripts: { ua: 'node -p process.env.npm_config_user_agent' } }),
  );
  const userAgent = `cd ${JSON.stringify(probe)} && PATH=${JSON.stringify(node24)}:"$PATH" npm run -s ua`;

  it('without cleaning, the inner npm takes the outer Node 20 user agent (the bug this guards)', () => {
    const agent = bashWithOuterNpm(userAgent).trim();
    assert.match(agent, /node\/v20\.20\.2/);
  });

  it('after clean_outer_npm_env, the inner npm announces Node 24', () => {
    const agent = bashWithOuterNpm(`source ${JSON.stringify(CLEANER)}; clean_outer_npm_env; ${userAgent}`).trim();
    assert.match(agent, /^npm\/\S+ node\/v24\.21\.0 /);
  });

  it('removes what describes the outer npm and keeps settings a user exported', () => {
    const env = bashWithOuterNpm(`source ${JSON.stringify(CLEANER)}; clean_outer_npm_env; env`);
    for (const name of Object.keys(OUTER_NPM_ENV).filter((n) => n !== 'npm_config_registry')) {
      assert.ok(!new RegExp(`^${name}=`, 'm').test(env), `${name} still set`);
    }
    assert.match(env, /^npm_config_registry=https:\/\/registry\.npmjs\.org\/$/m);
  });

  it('the installer cleans the environment before its first npm command', () => {
    const text = fs.readFileSync(INSTALLER, 'utf8');
    const clean = text.search(/^clean_outer_npm_env$/m);
    const firstNpm = text.search(/^ *npm (?:ci|rebuild)\b/m);
    assert.ok(clean > 0 && firstNpm > clean, 'clean_outer_npm_env must run before npm ci / npm rebuild');
  });

  it('a missing Debian package with no root and no sudo is one clear line and exit 1', function () {
    if (process.getuid?.() !== 0) this.skip(); // needs a user to drop to; CI runs as root
    const fakeBin = fs.mkdtempSync(path.join(os.tmpdir(), 'fd-fake-bin-'));
    // dpkg-query says nothing is installed; id says we are not root; there is no sudo on PATH.
    fs.writeFileSync(path.join(fakeBin, 'dpkg-query'), '#!/bin/sh\nexit 1\n', { mode: 0o755 });
    fs.writeFileSync(path.join(fakeBin, 'id'), '#!/bin/sh\necho 1000\n', { mode: 0o755 });
    const pathWithoutSudo = [fakeBin, '/usr/bin', '/bin'].join(':');
    const r = spawnSync('/bin/bash', [INSTALLER], {
      env: { ...OUTER_NPM_ENV, PATH: pathWithoutSudo, HOME: os.tmpdir() },
      encoding: 'utf8',
    });
    const hasSudo = fs.existsSync('/usr/bin/sudo') || fs.existsSync('/bin/sudo');
    if (hasSudo) this.skip();
    assert.equal(r.status, 1);
    const errors = r.stderr.split('\n').filter((l) => l.includes('ERROR'));
    assert.equal(errors.length, 1, r.stderr);
    assert.match(errors[0] ?? '', /not root and has no password-less sudo: install them/);
  });
});
