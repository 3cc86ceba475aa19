/** Hover cards through vscode.executeHoverProvider: an entity mention, a flagged claim, a supported claim, plain text. */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { factDesk, hoverAt, openCopy, openUntitled, scratchScope, settled, trapHostErrors } from './util';

const SEED_002 = 'seed-002-shift-ai-training-overseas.md';

const draftDated = (date: string) =>
  `---\ndate: ${date}\n---\n\nOur reporter asked a reseller about the H20 and its price.\n`;

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
    // One line: what it is, its China status at the draft's date, the full card one click away.
    assert.strictEqual(hover.markdown.split('\n').length, 1, hover.markdown);
    assert.match(hover.markdown, /^\*\*Nvidia H20\*\* — Cut-down Hopper GPU/);
    assert.ok(hover.text.includes(' · China, 27 November 2025: Exportable under US licences · '), hover.text);
    assert.ok(!hover.markdown.includes('| Memory |'), 'no spec sheet on a plain mention');
    assert.match(hover.markdown, /\[Fact card\]\(command:factdesk\.showFactCard\?%5B%22nvidia-h20%22%5D\)$/);
  });

  it('the card follows the draft’s as-of date (licence required on 2025-05-01, none needed on 2023-12-01)', async () => {
    for (const [date, status] of [
      ['2025-05-01', '1 May 2025: US licence required; none granted'],
      ['2023-12-01', '1 December 2023: No US licence needed'],
    ] as const) {
      const editor = scratch.track(await openUntitled(draftDated(date)));
      await settled(editor.document);
      const hover = await hoverAt(editor.document.uri, new vscode.Position(4, 41));
      const stored = (await factDesk()).lastResult(editor.document.uri);
      assert.ok(
        hover.text.includes(`China, ${status}`),
        `as of ${date}: ${hover.text} (${editor.document.uri.toString()} v${editor.document.version} ${JSON.stringify(editor.document.getText().slice(0, 40))}; stored v${stored?.version} as of ${stored?.result.asOf} (${stored?.result.asOfOrigin}))`,
      );
    }
  });

  it('the flagged claim in seed 002: decision first (verdict, correction, fix link), then sources and the H100 in one line', async () => {
    const editor = scratch.track(await openCopy(SEED_002));
    const doc = editor.document;
    await settled(doc);
    const hover = await hoverAt(doc.uri, new vscode.Position(13, 266)); // inside “April 2023”
    assert.strictEqual(hover.hovers.length, 1);
    assert.strictEqual(doc.getText(hover.hovers[0]!.range!), 'April 2023', 'the hover range is the claim');
    const [claim, card] = hover.text.split('\n\n---\n\n');
    assert.ok(claim && card, 'a claim section and an entity card');
    const [first] = claim.split('\n');
    assert.match(
      first!,
      /^✗ \*\*Contradicted\*\* — record: \*\*7 October 2022\*\* · as of 27 November 2025 · \[Replace with October 2022\]\(command:factdesk\.applyFix\?/,
    );
    // Not the diagnostic's message again, and nothing internal.
    const [d] = await settled(doc);
    assert.ok(!claim.includes(d!.message), claim);
    assert.doesNotMatch(hover.text, /Draft says|event-date claim|a100-h100\.export|bundled@|\+[0-9a-f]{8}/);
    // Title — publisher (host linked), date: record text never inside a link.
    assert.ok(
      claim.includes(
        ' — US Bureau of Industry and Security ([bis.gov](https://bis.gov/press-release/commerce-implements-new-export-controls-advanced-computing-and-semiconductor)), 2022-10-07',
      ),
      claim,
    );
    assert.match(claim, /\[Open the sources\]\(command:factdesk\.openSources\?[^)]+\) \(6 more\)/);
    assert.match(card, /^\*\*Nvidia H100\*\* — /);
    assert.ok(card.includes(' · China, 27 November 2025: US licence required; none granted · [Fact card]('), card);
    // The hover trusts only Fact Desk's own commands.
    const md = hover.hovers[0]!.contents[0] as vscode.MarkdownString;
    assert.deepStrictEqual(md.isTrusted, {
      enabledCommands: ['factdesk.showFactCard', 'factdesk.openSources', 'factdesk.applyFix'],
    });
    assert.ok(!md.supportHtml, 'no HTML');
    assert.ok(!md.supportThemeIcons, 'no theme icons');
    // "Open the sources" carries source ids and the draft, never URLs.
    const open = /\[Open the sources\]\(command:factdesk\.openSources\?([^)]+)\)/.exec(hover.markdown)!;
    const [args] = JSON.parse(decodeURIComponent(open[1]!)) as [{ sources: string[]; draft: string }];
    assert.strictEqual(args.draft, doc.uri.toString());
    assert.ok(
      args.sources.length > 0 && args.sources.every((id) => /^[a-z0-9][a-z0-9._-]*$/.test(id)),
      JSON.stringify(args),
    );
    // The fix link carries a place; run, it puts in the recorded value.
    const fix = /\[Replace with October 2022\]\(command:factdesk\.applyFix\?([^)]+)\)/.exec(hover.markdown)!;
    const [place] = JSON.parse(decodeURIComponent(fix[1]!)) as [{ draft: string; line: number; character: number }];
    assert.deepStrictEqual(place, { draft: doc.uri.toString(), line: 13, character: 263 });
    assert.strictEqual(await vscode.commands.executeCommand('factdesk.applyFix', place), true);
    assert.strictEqual(doc.getText(new vscode.Range(13, 263, 13, 275)), 'October 2022');
  });

  it('a right claim hovers as supported (desk-test draft: “96 GB” for the H20)', async () => {
    const editor = scratch.track(await openCopy('desk-test-deliberate-errors.md'));
    const doc = editor.document;
    await settled(doc);
    const line = doc.lineAt(13).text;
    assert.ok(line.startsWith("Nvidia's H20 offers 96 GB"), line);
    const hover = await hoverAt(doc.uri, new vscode.Position(13, line.indexOf('96 GB') + 1));
    assert.match(hover.text, /^✓ \*\*Supported\*\* — record: \*\*96 GB\*\* · as of 15 December 2025\n/);
    assert.ok(!hover.text.includes('Replace with'), 'nothing to fix');
    assert.ok(hover.text.includes('**Nvidia H20** — '), 'with the H20 in one line');
  });

  it('plain prose and front matter get no Fact Desk hover', async () => {
    const editor = scratch.track(await openCopy(SEED_002));
    const doc = editor.document;
    await settled(doc);
    for (const pos of [new vscode.Position(1, 10), new vscode.Position(13, doc.lineAt(13).text.indexOf('curb') + 1)]) {
      const hover = await hoverAt(doc.uri, pos);
      assert.ok(
        !hover.markdown.includes('Fact card') && !hover.markdown.includes('record: **'),
        `hover at ${pos.line}:${pos.character}: ${hover.markdown.slice(0, 200)}`,
      );
    }
  });
});
