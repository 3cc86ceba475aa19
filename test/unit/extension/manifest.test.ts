/** The manifest's VS Code API: typings from @types/vscode and the host version in engines.vscode, never the deprecated `vscode` package. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

const PKG = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'package.json'), 'utf8'));

describe('extension manifest: the VS Code API', () => {
  it('depends on @types/vscode, declares engines.vscode, and lists no `vscode` package anywhere', () => {
    for (const section of ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies', 'bundleDependencies']) {
      assert.equal(PKG[section]?.vscode, undefined, `${section} must not list the deprecated vscode package`);
    }
    assert.ok(PKG.devDependencies['@types/vscode'], '@types/vscode');
    assert.match(PKG.engines.vscode, /^\^1\.\d+\.\d+$/);
    // The typings and the host version agree: an API newer than the host would not be there at run time.
    assert.equal(PKG.devDependencies['@types/vscode'], PKG.engines.vscode);
  });
});

describe('extension manifest: workspace trust (issue 15)', () => {
  it('supports untrusted workspaces in a limited way, says how, and keeps factdesk.packs from an untrusted workspace', () => {
    const trust = PKG.capabilities?.untrustedWorkspaces;
    assert.equal(trust?.supported, 'limited');
    assert.match(trust.description, /bundled record only/);
    assert.match(trust.description, /packs/);
    assert.deepEqual(trust.restrictedConfigurations, ['factdesk.packs']);
  });
});
