/** Hover cards through vscode.executeHoverProvider: an entity mention, a flagged claim, a supported claim, plain text. */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { factDesk, hoverAt, openCopy, openUntitled, scratchScope, settled, trapHostErrors } from './util';

const SEED_002 = 'seed-002-shift-ai-training-overseas.md';

const draftDated = (date: string) => `---\ndate: ${date}\n---\n\nOur reporter asked a reseller about the H20 and its price.\n`;

describe('Hover cards', () => {
  trapHostErrors();
  const scratch = scratchScope();

  it('an H20 mention shows its card with the China export status at the draft’s date', async () => {
    const editor = scratch.track(await openUntitled(draftDated('2025-11-27')));
    const doc = editor.document;
    await settled(doc);
    const at = new vscode.Position(4, 41); // inside “H20”
    assert.strictEqual(doc.getText(doc.getWordRangeAtPosition(at)), 'H20');
    const hover = await hoverAt(doc.uri, at);
    assert.strictEqual(hover.hovers.length, 1, 'one hover (Fact Desk’s)');
    const r = hover.hovers[0]!.range!;
    assert.strictEqual(doc.getText(r), 'H20', 'the hover is about the mention');
    assert.match(hover.markdown, /^\*\*Nvidia H20\*\* — Cut-down Hopper GPU/);
    assert.ok(hover.markdown.includes('**China export status on 2025-11-27:** Exportable under US licences'), hover.markdown.slice(0, 400));
    assert.match(hover.markdown, /\| Memory \| 96 GB \|/);
    assert.match(hover.markdown, /\[Show the fact card\]\(command:factdesk\.showFactCard\?%5B%22nvidia-h20%22%5D\)/);
    assert.ok(!hover.markdown.includes('Fact Desk ·'), 'no claim section on a bare mention');
  });

  it('the card follows the draft’s as-of date (licence required on 2025-05-01, none needed on 2023-12-01)', async () => {
    for (const [date, status] of [
      ['2025-05-01', 'US licence required; none granted'],
      ['2023-12-01', 'No US licence needed'],
    ] as const) {
      const editor = scratch.track(await openUntitled(draftDated(date)));
      await settled(editor.document);
      const hover = await hoverAt(editor.document.uri, new vscode.Position(4, 41));
      const stored = (await factDesk()).lastResult(editor.document.uri);
      assert.ok(
        hover.markdown.includes(`**China export status on ${date}:** ${status}`),
        `as of ${date}: ${hover.markdown.match(/\*\*China export status[^\n]*/)?.[0]} (${editor.document.uri.toString()} v${editor.document.version} ${JSON.stringify(editor.document.getText().slice(0, 40))}; stored v${stored?.version} as of ${stored?.result.asOf} (${stored?.result.asOfOrigin}))`,
      );
    }
  });

  it('the flagged claim in seed 002 shows the verdict, both values, sources, the fact id and the H100 card', async () => {
    const editor = scratch.track(await openCopy(SEED_002));
    const doc = editor.document;
    await settled(doc);
    const hover = await hoverAt(doc.uri, new vscode.Position(13, 266)); // inside “April 2023”
    assert.strictEqual(hover.hovers.length, 1);
    assert.strictEqual(doc.getText(hover.hovers[0]!.range!), 'April 2023', 'the hover range is the claim');
    const [claim, card] = hover.text.split('\n\n---\n\n');
    assert.ok(claim && card, 'a claim section and an entity card');
    assert.match(claim, /^✗ \*\*Fact Desk · Contradicted\*\* \(event-date claim\)/);
    assert.ok(claim.includes('Draft says: “April 2023”'), claim);
    assert.ok(
      claim.includes(
        'Record says: **26 August 2022 (licence requirement), 7 October 2022 (rule issued), 17 October 2023 (rule issued), 23 October 2023 (licence requirement)** (as of 2025-11-27)',
      ),
      claim,
    );
    assert.ok(claim.includes('Sources:'), claim);
    // Title — publisher (host linked), date: record text never inside a link.
    assert.ok(claim.includes(' — US Bureau of Industry and Security ([bis.gov](https://bis.gov/press-release/commerce-implements-new-export-controls-advanced-computing-and-semiconductor)), 2022-10-07'), claim);
    assert.match(claim, /- … 6 more/);
    assert.match(hover.markdown, /\[Open the sources\]\(command:factdesk\.openSources\?/);
    assert.match(claim, /_Fact `a100-h100\.export-licence-required\.2022-08-26` · bundled@/);
    assert.match(card, /^\*\*Nvidia H100\*\* — /);
    assert.ok(card.includes('**China export status on 2025-11-27:** US licence required; none granted'), card.slice(0, 300));
    // The hover trusts only Fact Desk's own commands.
    const md = hover.hovers[0]!.contents[0] as vscode.MarkdownString;
    assert.deepStrictEqual(md.isTrusted, { enabledCommands: ['factdesk.showFactCard', 'factdesk.openSources'] });
    assert.ok(!md.supportHtml, 'no HTML');
    assert.ok(!md.supportThemeIcons, 'no theme icons');
    // "Open the sources" carries source ids and the draft, never URLs.
    const open = /\[Open the sources\]\(command:factdesk\.openSources\?([^)]+)\)/.exec(hover.markdown)!;
    const [args] = JSON.parse(decodeURIComponent(open[1]!)) as [{ sources: string[]; draft: string }];
    assert.strictEqual(args.draft, doc.uri.toString());
    assert.ok(args.sources.length > 0 && args.sources.every((id) => /^[a-z0-9][a-z0-9._-]*$/.test(id)), JSON.stringify(args));
  });

  it('a right claim hovers as supported (desk-test draft: “96 GB” for the H20)', async () => {
    const editor = scratch.track(await openCopy('desk-test-deliberate-errors.md'));
    const doc = editor.document;
    await settled(doc);
    const line = doc.lineAt(13).text;
    assert.ok(line.startsWith("Nvidia's H20 offers 96 GB"), line);
    const hover = await hoverAt(doc.uri, new vscode.Position(13, line.indexOf('96 GB') + 1));
    assert.match(hover.text, /^✓ \*\*Fact Desk · Supported\*\* \(quantity claim\)/);
    assert.ok(hover.text.includes('Record says: **96 GB**'), hover.text.slice(0, 300));
    assert.ok(hover.text.includes('**Nvidia H20**'), 'with the H20 card');
  });

  it('plain prose and front matter get no Fact Desk hover', async () => {
    const editor = scratch.track(await openCopy(SEED_002));
    const doc = editor.document;
    await settled(doc);
    for (const pos of [new vscode.Position(1, 10), new vscode.Position(13, doc.lineAt(13).text.indexOf('curb') + 1)]) {
      const hover = await hoverAt(doc.uri, pos);
      assert.ok(!hover.markdown.includes('Fact Desk') && !hover.markdown.includes('China export status'), `hover at ${pos.line}:${pos.character}: ${hover.markdown.slice(0, 200)}`);
    }
  });
});
