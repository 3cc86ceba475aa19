/**
 * Quick fixes through vscode.executeCodeActionProvider + workspace.applyEdit:
 * replace, replace and cite, ignore, open the sources, fix-all.
 * Every test edits its own scratch copy; nothing is saved.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { safeSourceLink } from '../../../src/engine';
import {
  applyAction,
  codeActions,
  codeOf,
  describeDiagnostic,
  factDesk,
  openCopy,
  openUntitled,
  pick,
  quickFixes,
  range,
  scratchScope,
  settled,
  trapHostErrors,
  waitFor,
} from './util';

const SEED_002 = 'seed-002-shift-ai-training-overseas.md';
const DESK_TEST = 'desk-test-deliberate-errors.md';
const CLAIM = range(13, 263, 273); // “April 2023” in seed 002
// The citation names the source of the value put in: BIS's press release of 7 October 2022.
const FOOTNOTE = '[^fd-bis-2022-advanced-computing-rule-released-2022-10-07]';

/** Opens a scratch copy of seed 002 and waits for its one error. */
async function seed002(scratch: ReturnType<typeof scratchScope>): Promise<vscode.TextDocument> {
  const doc = scratch.track(await openCopy(SEED_002)).document;
  const diagnostics = await settled(doc);
  assert.deepStrictEqual(
    diagnostics.map((d) => doc.getText(d.range)),
    ['April 2023'],
  );
  return doc;
}

describe('Quick fixes', () => {
  trapHostErrors();
  const scratch = scratchScope();

  it('offers replace, replace and cite, ignore, accept and open the sources on seed 002’s error', async () => {
    const doc = await seed002(scratch);
    const actions = await quickFixes(doc.uri, CLAIM, /^Replace with/);
    assert.deepStrictEqual(
      actions.map((a) => a.title),
      ['Replace with the recorded value: October 2022', 'Replace and cite (footnote)', 'Ignore this claim here', 'Accept this wording', 'Open the sources (11)'],
    );
    const preferred = actions.filter((a) => a.isPreferred).map((a) => a.title);
    assert.deepStrictEqual(preferred, ['Replace with the recorded value: October 2022']);
    // (vscode.executeCodeActionProvider does not hand back the actions' diagnostics.)
    for (const a of actions) assert.strictEqual(a.kind?.value, vscode.CodeActionKind.QuickFix.value, a.title);
  });

  it('“Replace with the recorded value” writes October 2022 and the error clears', async () => {
    const doc = await seed002(scratch);
    const before = doc.lineAt(13).text;
    await applyAction(pick(await quickFixes(doc.uri, CLAIM, /^Replace with/), /^Replace with the recorded value/));
    assert.strictEqual(doc.lineAt(13).text, before.replace("government's April 2023 restrictions", "government's October 2022 restrictions"));
    assert.strictEqual(doc.lineCount, (await vscode.workspace.fs.readFile(doc.uri)).toString().split('\n').length, 'no line added');
    assert.deepStrictEqual(await settled(doc, 'the check after the fix'), []);
    const api = await factDesk();
    const now = api.lastResult(doc.uri)!.result.findings.filter((f) => f.range.start.line === 13 && f.claim === 'October 2022');
    assert.deepStrictEqual(
      now.map((f) => f.verdict),
      ['supported'],
      'the corrected date is now a supported claim',
    );
  });

  it('“Replace and cite” writes the value with a footnote reference and defines the footnote at the end', async () => {
    const doc = await seed002(scratch);
    const before = doc.getText();
    await applyAction(pick(await quickFixes(doc.uri, CLAIM, /^Replace and cite/), /^Replace and cite \(footnote\)$/));
    assert.ok(doc.lineAt(13).text.includes(`government's October 2022${FOOTNOTE} restrictions on the sale of Nvidia's H100`), doc.lineAt(13).text);
    const lines = doc.getText().split('\n');
    while (lines.length && lines[lines.length - 1] === '') lines.pop();
    const last = lines[lines.length - 1]!;
    assert.strictEqual(
      last,
      `${FOOTNOTE}: Commerce Implements New Export Controls on Advanced Computing and Semiconductor Manufacturing Items to the People's Republic of China (PRC), US Bureau of Industry and Security, 2022-10-07. <https://bis.gov/press-release/commerce-implements-new-export-controls-advanced-computing-and-semiconductor>`,
    );
    assert.strictEqual(lines[lines.length - 2], '', 'a blank line before the footnote definition');
    assert.strictEqual(doc.getText().split(FOOTNOTE).length - 1, 2, 'one reference, one definition');
    assert.ok(doc.getText().startsWith(before.slice(0, doc.offsetAt(CLAIM.start))), 'nothing before the claim changed');
    assert.deepStrictEqual(await settled(doc, 'the check after the fix'), []);
  });

  it('“Replace and cite” with factdesk.citationStyle = inline links the value instead', async () => {
    const config = vscode.workspace.getConfiguration('factdesk');
    const previous = config.inspect('citationStyle')?.globalValue;
    await config.update('citationStyle', 'inline', vscode.ConfigurationTarget.Global);
    try {
      const doc = await seed002(scratch);
      const action = pick(await quickFixes(doc.uri, CLAIM, /^Replace and cite \(inline link\)$/), /^Replace and cite \(inline link\)$/);
      const lineCount = doc.lineCount;
      await applyAction(action);
      assert.ok(
        doc.lineAt(13).text.includes("government's [October 2022](https://bis.gov/press-release/commerce-implements-new-export-controls-advanced-computing-and-semiconductor) restrictions"),
        doc.lineAt(13).text,
      );
      assert.strictEqual(doc.lineCount, lineCount, 'no footnote definition added');
      assert.deepStrictEqual(await settled(doc, 'the check after the fix'), []);
    } finally {
      await config.update('citationStyle', previous, vscode.ConfigurationTarget.Global);
    }
  });

  it('“Ignore this claim here” puts the suppression comment at the end of the claim’s line and the error clears', async () => {
    const doc = await seed002(scratch);
    const claimLine = doc.lineAt(13).text;
    const lineCount = doc.lineCount;
    await applyAction(pick(await quickFixes(doc.uri, CLAIM, /^Ignore/), /^Ignore this claim here$/));
    assert.strictEqual(doc.lineAt(13).text, `${claimLine.trimEnd()} <!-- factdesk-ignore-line -->`, 'the claim itself is untouched');
    assert.strictEqual(doc.lineCount, lineCount);
    assert.deepStrictEqual(await settled(doc, 'the check after the fix'), []);
    // Ignored, not gone: the Claims view lists it under "Ignored / accepted" for an editor to audit.
    const api = await factDesk();
    const tree = await waitFor(() => {
      const t = api.claimsTree();
      return t.draft === doc.uri.toString() && t.groups.some((g) => g.verdict === 'waived') ? t : undefined;
    }, 'the ignored claim in the claims view');
    assert.deepStrictEqual(
      tree.groups.find((g) => g.verdict === 'waived')!.claims.map((c) => [c.label, c.line]),
      [['April 2023 → 7 October 2022', 13]],
    );
    assert.ok(!tree.groups.some((g) => g.verdict === 'contradicted'));
  });

  // Was a bug: a comment line above a wrapped line split the published paragraph in two.
  it('“Ignore this claim here” in a hard-wrapped paragraph keeps the paragraph whole', async () => {
    const text = '---\ndate: 2025-12-15\n---\n\nAccording to people familiar with the matter, the US restricted the H20\nin April 2023, which cost Nvidia billions.\n';
    const doc = scratch.track(await openUntitled(text)).document;
    const [d] = await settled(doc);
    assert.strictEqual(doc.getText(d!.range), 'April 2023');
    await applyAction(pick(await quickFixes(doc.uri, d!.range, /^Ignore/), /^Ignore this claim here$/));
    const lines = doc.getText().split('\n');
    lines.forEach((line, i) => {
      if (/^\s*<!--.*-->\s*$/.test(line) && i > 0) assert.strictEqual(lines[i - 1]!.trim(), '', `a comment line inside the paragraph (line ${i + 1}) splits it: ${JSON.stringify(lines.slice(i - 1, i + 2))}`);
    });
    assert.deepStrictEqual(await settled(doc, 'the check after the fix'), []);
  });

  it('“Open the sources” asks once (one quick pick of the https sources), then opens them; cancel opens none; URLs as arguments are refused (intercepted, no browser)', async () => {
    const doc = await seed002(scratch);
    const api = await factDesk();
    const finding = api.lastResult(doc.uri)!.result.findings.find((f) => f.verdict === 'contradicted')!;
    assert.strictEqual(finding.sources.length, 11);
    const expected = finding.sources.flatMap((s) => safeSourceLink(s.url)?.href ?? []);
    const action = pick(await quickFixes(doc.uri, CLAIM, /^Open the sources/), /^Open the sources \(11\)$/);
    assert.ok(!action.edit, 'no edit: a command');
    assert.strictEqual(action.command?.command, 'factdesk.openSources');
    assert.deepStrictEqual(action.command.arguments, [{ sources: finding.sources.map((s) => s.id), draft: doc.uri.toString() }], 'source ids, not URLs');
    const already = api.openedExternal.length;
    const asked = api.sourcePrompts.length;
    api.interceptExternal(true);
    try {
      api.answerSourcePrompts('cancel');
      assert.strictEqual(await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? [])), 0);
      assert.strictEqual(api.openedExternal.length, already, 'cancel opens nothing');
      api.answerSourcePrompts('accept');
      const opened = await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
      assert.strictEqual(opened, expected.length);
      assert.deepStrictEqual(api.openedExternal.slice(already), expected);
      assert.ok(expected.includes('https://bis.gov/press-release/commerce-implements-new-export-controls-advanced-computing-and-semiconductor'));
      const prompts = api.sourcePrompts.slice(asked);
      assert.deepStrictEqual(prompts.map((p) => p.kind), ['pick', 'pick'], 'one question per command, not one per source');
      assert.ok(prompts[1]!.items.every((i) => i.description.includes(' · ')), 'publisher · host');
      // URLs (the old argument) are refused without a question.
      assert.strictEqual(await vscode.commands.executeCommand('factdesk.openSources', ['https://evil.example/phish', 'file:///etc/passwd', 'javascript:alert(1)']), 0);
      assert.strictEqual(api.sourcePrompts.length, asked + 2);
      assert.strictEqual(api.openedExternal.length, already + expected.length);
    } finally {
      api.answerSourcePrompts(undefined);
      api.interceptExternal(false);
    }
  });

  it('the desk-test draft: ignore is offered inside a table row (same-line comment); replace-all is offered with several fixable claims', async () => {
    const doc = scratch.track(await openCopy(DESK_TEST)).document;
    await settled(doc);
    const inTable = await quickFixes(doc.uri, range(25, 9, 14), /^Replace with/);
    const titles = inTable.map((a) => a.title);
    assert.ok(titles.includes('Replace with the recorded value: 141 GB'), JSON.stringify(titles));
    assert.ok(titles.includes('Ignore this claim here'), `the same-line comment keeps the table whole: ${JSON.stringify(titles)}`);
    assert.ok(titles.includes('Replace all 7 flagged claims with the recorded values'), JSON.stringify(titles));
    // The outdated status claim has no replacement value: ignore and sources only.
    const banned = await quickFixes(doc.uri, range(36, 4, 24), /^Ignore/);
    assert.deepStrictEqual(
      banned.map((a) => a.title),
      ['Ignore this claim here', 'Accept this wording', 'Open the sources (6)'],
    );
  });

  it('fix-all (source.fixAll.factdesk) replaces every flagged claim with its recorded value', async () => {
    const doc = scratch.track(await openCopy(DESK_TEST)).document;
    await settled(doc);
    const full = new vscode.Range(0, 0, doc.lineCount, 0);
    const actions = await waitFor(async () => {
      const a = await codeActions(doc.uri, full, 'source.fixAll.factdesk');
      return a.length ? a : undefined;
    }, 'the fix-all action');
    assert.deepStrictEqual(
      actions.map((a) => [a.title, a.kind?.value]),
      [['Fix all Fact Desk claims (recorded values)', 'source.fixAll.factdesk']],
    );
    // Asking for the parent kind (what editor.codeActionsOnSave "source.fixAll" does) finds it too.
    const parent = await codeActions(doc.uri, full, 'source.fixAll');
    assert.ok(
      parent.some((a) => a.kind?.value === 'source.fixAll.factdesk'),
      JSON.stringify(parent.map((a) => a.title)),
    );
    await applyAction(actions[0]!);
    const expected: [number, string][] = [
      [11, 'The H200 carries 141 GB of HBM3e memory and 4.8 TB/s of memory bandwidth.'],
      [17, 'The Hopper-based H100 remains the workhorse of American AI labs.'],
      [25, '| H200 | 141 GB |'],
      [30, 'The US restricted the H20 in April 2025, which cost Nvidia billions.'],
      [34, 'In August, Nvidia agreed to give the US government 15% of its H20 revenue from China.'],
      [36, 'The H200 is still banned in China.'],
      [38, 'The most powerful Nvidia chip legally available in China is the Nvidia H200.'],
      [42, 'Qwen, developed by Alibaba, is one of the most downloaded open models.'],
    ];
    for (const [line, text] of expected) assert.strictEqual(doc.lineAt(line).text, text, `line ${line + 1}`);
    const after = await settled(doc, 'the check after fix-all');
    assert.deepStrictEqual(
      after.map((d) => [d.range.start.line, doc.getText(d.range), codeOf(d)]),
      // The quotation is the analyst's words: reported, never rewritten.
      [[36, 'H200 is still banned in China', 'China status'], [44, '141 GB', 'memory']],
      `only the claim without a recorded replacement and the quotation are left; got:\n${after.map((d) => describeDiagnostic(doc, d)).join('\n')}`,
    );
  });
});
