/** The manifest's VS Code API: typings from @types/vscode and the host version in engines.vscode, never the deprecated `vscode` package. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

const PKG = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'package.json'), 'utf8'));

describe('extension manifest: the VS Code API', () => {
  it('depends on @types/vscode, declares engines.vscode, and lists no `vscode` package anywhere', () => {
    for (const section of [
      'dependencies',
      'devDependencies',
      'peerDependencies',
      'optionalDependencies',
      'bundleDependencies',
    ]) {
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

describe('extension manifest: onboarding (issue 19)', () => {
  const ROOT = path.join(__dirname, '..', '..', '..');
  const PAGE = 'EXTENSION-README.md';
  const page = fs.readFileSync(path.join(ROOT, PAGE), 'utf8');

  it('the VSIX ships the user-facing page as its README, not the developer README', () => {
    assert.match(PKG.scripts.package, new RegExp(`vsce package .*--readme-path ${PAGE}`));
    // Relative image links stay relative: VS Code shows them from the installed extension.
    assert.match(PKG.scripts.package, /--no-rewrite-relative-links/);
    const ignore = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8');
    assert.doesNotMatch(ignore, /^!README\.md$/m, 'the developer README stays out of the VSIX');
    assert.match(ignore, /^!media\/\*\*$/m, 'media/ (screenshots, walkthrough pages) is shipped');
    assert.doesNotMatch(page, /npm ci|code-server|npm test/, 'no developer set-up on the user page');
  });

  it('the page says what it checks, shows a real screenshot from media/, gives three steps, the record’s review date and how to date a draft', () => {
    for (const heading of ['## What it checks', '## Three steps', '## Date your draft', '## What the record covers'])
      assert.ok(page.includes(heading), heading);
    const images = [...page.matchAll(/!\[[^\]]+\]\(([^)]+)\)/g)].map((m) => m[1]!);
    assert.ok(images.length >= 1, 'a screenshot');
    for (const image of images) {
      assert.match(image, /^media\/[\w-]+\.png$/);
      const png = fs.readFileSync(path.join(ROOT, image));
      assert.equal(png.subarray(1, 4).toString(), 'PNG', `${image} is a PNG`);
    }
    assert.equal((page.match(/^\d\. \*\*/gm) ?? []).length, 3, 'three numbered steps');
    assert.match(page, /^date: \d{4}-\d{2}-\d{2}$/m, 'a front-matter date example');
    const reviewed = /^reviewed: '?(\d{4})-(\d{2})-(\d{2})'?$/m.exec(
      fs.readFileSync(path.join(ROOT, 'data', 'record', 'record.yaml'), 'utf8'),
    );
    assert.ok(reviewed, 'the record says when it was reviewed');
    const months = [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ];
    const said = `last reviewed on **${Number(reviewed[3])} ${months[Number(reviewed[2]) - 1]} ${reviewed[1]}**`;
    assert.ok(page.includes(said), `the page says the record's review date: ${said}`);
  });

  it('contributes a Get Started walkthrough whose steps have shipped media and Fact Desk commands that exist', () => {
    const [walkthrough, ...others] = PKG.contributes.walkthroughs;
    assert.equal(others.length, 0);
    assert.equal(walkthrough.id, 'factdesk.getStarted');
    assert.ok(walkthrough.steps.length >= 3);
    const commands = new Set(PKG.contributes.commands.map((c: { command: string }) => c.command));
    for (const step of walkthrough.steps) {
      const media = step.media.markdown ?? step.media.image;
      assert.ok(fs.existsSync(path.join(ROOT, media)) && media.startsWith('media/'), `${step.id}: ${media}`);
      for (const m of String(step.description).matchAll(/command:(factdesk\.\w+)/g))
        assert.ok(commands.has(m[1]), `${step.id}: ${m[1]}`);
      assert.ok(step.completionEvents?.length, `${step.id} can be completed`);
    }
    assert.ok(commands.has('factdesk.getStarted'));
    assert.ok(
      PKG.activationEvents.includes('onLanguage:plaintext'),
      'a plain-text draft gets the switch-to-Markdown hint',
    );
  });
});
