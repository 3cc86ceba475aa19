/**
 * package.json for packs: a pack file alone activates the extension
 * (workspaceContains, in step with the default factdesk.packs), no activation
 * on every YAML file, and jsonc-parser is a runtime dependency bundled into
 * dist/cli.js (its UMD `main` would not bundle).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_PACK_GLOBS } from '../../../src/packs/packs';

const ROOT = path.join(__dirname, '..', '..', '..');
const PKG = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

describe('packs: package.json', () => {
  it('activationEvents: markdown, and a workspace holding a pack under the default glob (anywhere in a folder)', () => {
    const events: string[] = PKG.activationEvents;
    assert.ok(events.includes('onLanguage:markdown'), 'drafts');
    for (const glob of DEFAULT_PACK_GLOBS)
      assert.ok(events.includes(`workspaceContains:**/${glob}`), `workspaceContains:**/${glob}`);
    assert.deepEqual(
      PKG.contributes.configuration.properties['factdesk.packs'].default,
      [...DEFAULT_PACK_GLOBS],
      'the setting’s default is the globs the event covers',
    );
    assert.ok(!events.includes('onLanguage:yaml'), 'not activated by every YAML file');
    assert.ok(!events.includes('*') && !events.includes('onStartupFinished'), 'no eager activation');
  });

  it('jsonc-parser is a runtime dependency, bundled into the CLI (dist/cli-main.js; not required at run time)', function () {
    assert.ok(PKG.dependencies['jsonc-parser'], 'dependencies');
    assert.ok(!PKG.devDependencies?.['jsonc-parser'], 'not a devDependency');
    const cli = path.join(ROOT, 'dist', 'cli-main.js');
    if (!fs.existsSync(cli)) this.skip();
    const text = fs.readFileSync(cli, 'utf8');
    assert.doesNotMatch(text, /require\(["']jsonc-parser["']\)/);
    assert.doesNotMatch(text, /require\d*\(["']\.\/impl\//, 'the UMD build’s internal requires would fail at run time');
  });
});
