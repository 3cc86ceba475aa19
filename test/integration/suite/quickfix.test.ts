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
  settingsScope,
  settled,
  trapHostErrors,
  waitFor,
} from './util';

const SEED_002 = 'seed-002-shift-ai-training-overseas.md';
const DESK_TEST = 'desk-test-deliberate-errors.md';
const CLAIM = range(13, 263, 273); // “April 2023” in seed 002
// The citation names the source of the value put in: BIS's press release of 7 October 2022.
const BIS_URL =
  'https://bis.gov/press-release/commerce-implements-new-export-controls-advanced-computing-and-semiconductor';
const BIS_TITLE =
  "Commerce Implements New Export Controls on Advanced Computing and Semiconductor Manufacturing Items to the People's Republic of China (PRC)";
const CITE_BIS = 'Replace and cite US Bureau of Industry and Security (inline link)';

/** Runs “Ignore this claim here…” on the claim at `at`, answering its question with `reason`. */
async function ignoreWith(
  api: Awaited<ReturnType<typeof factDesk>>,
  doc: vscode.TextDocument,
  at: vscode.Range,
  reason: string,
): Promise<void> {
  const action = pick(await quickFixes(doc.uri, at, /^Ignore/), /^Ignore this claim here…$/);
  assert.ok(action.command && !action.edit, 'a question first, then the edit');
  api.answerQuestions([reason]);
  try {
    assert.strictEqual(
      await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? [])),
      true,
    );
  } finally {
    api.answerQuestions(undefined);
  }
}

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
  const settings = settingsScope();

  it('offers replace, replace and cite, ignore, accept and open the sources on seed 002’s error', async () => {
    const doc = await seed002(scratch);
    const actions = await quickFixes(doc.uri, CLAIM, /^Replace with/);
    assert.deepStrictEqual(
      actions.map((a) => a.title),
      [
        'Replace with the recorded value: October 2022',
        CITE_BIS,
        'Replace and cite another source… (3)',
        'Ignore this claim here…',
        'Accept this wording in this draft…',
        'Accept this wording in all drafts (desk record)…',
        'Open the sources (11)',
      ],
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
    assert.strictEqual(
      doc.lineAt(13).text,
      before.replace("government's April 2023 restrictions", "government's October 2022 restrictions"),
    );
    assert.strictEqual(
      doc.lineCount,
      (await vscode.workspace.fs.readFile(doc.uri)).toString().split('\n').length,
      'no line added',
    );
    assert.deepStrictEqual(await settled(doc, 'the check after the fix'), []);
    const api = await factDesk();
    const now = api
      .lastResult(doc.uri)!
      .result.findings.filter((f) => f.range.start.line === 13 && f.claim === 'October 2022');
    assert.deepStrictEqual(
      now.map((f) => f.verdict),
      ['supported'],
      'the corrected date is now a supported claim',
    );
  });

  it('“Replace and cite” links the value to the strongest source by default (inline), the title naming it', async () => {
    const doc = await seed002(scratch);
    const lineCount = doc.lineCount;
    await applyAction(
      pick(await quickFixes(doc.uri, CLAIM, /^Replace and cite/), new RegExp(`^${CITE_BIS.replace(/[()]/g, '\\$&')}$`)),
    );
    assert.ok(
      doc.lineAt(13).text.includes(`government's [October 2022](${BIS_URL}) restrictions on the sale`),
      doc.lineAt(13).text,
    );
    assert.strictEqual(doc.lineCount, lineCount, 'no footnote definition added');
    assert.deepStrictEqual(await settled(doc, 'the check after the fix'), []);
  });

  it('“Replace and cite” with factdesk.citationStyle = footnote writes a short numbered footnote in the house style', async () => {
    await settings.set('citationStyle', 'footnote');
    const doc = await seed002(scratch);
    const before = doc.getText();
    await applyAction(
      pick(
        await quickFixes(doc.uri, CLAIM, /\(footnote\)$/),
        /^Replace and cite US Bureau of Industry and Security \(footnote\)$/,
      ),
    );
    assert.ok(
      doc.lineAt(13).text.includes("government's October 2022[^1] restrictions on the sale of Nvidia's H100"),
      doc.lineAt(13).text,
    );
    const lines = doc.getText().split('\n');
    while (lines.length && lines[lines.length - 1] === '') lines.pop();
    assert.strictEqual(
      lines[lines.length - 1],
      `[^1]: US Bureau of Industry and Security, ‘${BIS_TITLE}’, 7 October 2022, <${BIS_URL}>.`,
    );
    assert.strictEqual(lines[lines.length - 2], '', 'a blank line before the footnote definition');
    assert.strictEqual(doc.getText().split('[^1]').length - 1, 2, 'one reference, one definition');
    assert.ok(doc.getText().startsWith(before.slice(0, doc.offsetAt(CLAIM.start))), 'nothing before the claim changed');
    assert.deepStrictEqual(await settled(doc, 'the check after the fix'), []);
  });

  it('factdesk.citationHouseStyle shapes the footnote (“{title} ({publisher}, {date})”)', async () => {
    await settings.set('citationStyle', 'footnote');
    await settings.set('citationHouseStyle', '{title} ({publisher}, {date})');
    const doc = await seed002(scratch);
    await applyAction(pick(await quickFixes(doc.uri, CLAIM, /\(footnote\)$/), /\(footnote\)$/));
    const last = doc.getText().trimEnd().split('\n').pop();
    assert.strictEqual(last, `[^1]: ${BIS_TITLE} (US Bureau of Industry and Security, 7 October 2022), <${BIS_URL}>.`);
  });

  it('“Replace and cite another source…” offers the value’s sources strongest first (publisher, date · tier, title) and cites the one picked', async () => {
    const api = await factDesk();
    const doc = await seed002(scratch);
    const action = pick(await quickFixes(doc.uri, CLAIM, /another source/), /^Replace and cite another source… \(3\)$/);
    assert.ok(action.command && !action.edit, 'the picker, not a ready-made edit');
    api.answerQuestions([1]);
    try {
      const ok = await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
      assert.strictEqual(ok, true);
      const [question] = api.asked;
      assert.strictEqual(question?.kind, 'pick');
      assert.strictEqual(question.title, 'Fact Desk: cite a source for October 2022');
      assert.deepStrictEqual(
        question.items!.map((i) => [i.label, i.description]),
        [
          ['US Bureau of Industry and Security', '7 October 2022 · primary'],
          ["Tom's Hardware", 'undated · major press'],
          ['Justia Regulations (copy of the Federal Register)', '13 October 2022 · weak'],
        ],
      );
      assert.strictEqual(question.items![0]!.detail, BIS_TITLE);
      assert.match(
        doc.lineAt(13).text,
        /government's \[October 2022\]\(https:\/\/www\.tomshardware\.com\/[^)]+\) restrictions/,
      );
      assert.deepStrictEqual(await settled(doc, 'the check after the fix'), []);
    } finally {
      api.answerQuestions(undefined);
    }
  });

  it('cancelling the source picker changes nothing', async () => {
    const api = await factDesk();
    const doc = await seed002(scratch);
    const before = doc.getText();
    const action = pick(await quickFixes(doc.uri, CLAIM, /another source/), /another source/);
    api.answerQuestions([undefined]);
    try {
      assert.strictEqual(
        await vscode.commands.executeCommand(action.command!.command, ...(action.command!.arguments ?? [])),
        false,
      );
      assert.strictEqual(doc.getText(), before);
    } finally {
      api.answerQuestions(undefined);
    }
  });

  it('“Ignore this claim here…” asks for an optional reason, writes it with who and when at the end of the line; the Claims view lists it under “Ignored / accepted”', async () => {
    await settings.set('yourName', 'Anna Field');
    const doc = await seed002(scratch);
    const api = await factDesk();
    const claimLine = doc.lineAt(13).text;
    const lineCount = doc.lineCount;
    const today = new Date().toISOString().slice(0, 10);
    await ignoreWith(api, doc, CLAIM, 'BIS date checked by the desk');
    const [question] = api.asked;
    assert.strictEqual(question?.kind, 'input');
    assert.strictEqual(question.title, 'Fact Desk: Ignore this claim here');
    assert.match(question.prompt!, /^Why\? Optional/);
    assert.strictEqual(
      doc.lineAt(13).text,
      `${claimLine.trimEnd()} <!-- factdesk-ignore-line: BIS date checked by the desk (by Anna Field, ${today}) -->`,
      'the claim itself is untouched',
    );
    assert.strictEqual(doc.lineCount, lineCount);
    assert.deepStrictEqual(await settled(doc, 'the check after the fix'), []);
    // Ignored, not gone: the Claims view lists it under "Ignored / accepted" for an editor to audit.
    const tree = await waitFor(() => {
      const t = api.claimsTree();
      return t.draft === doc.uri.toString() && t.groups.some((g) => g.verdict === 'waived') ? t : undefined;
    }, 'the ignored claim in the claims view');
    const group = tree.groups.find((g) => g.verdict === 'waived')!;
    assert.strictEqual(group.label, 'Ignored / accepted (1)');
    const when = new Date()
      .toUTCString()
      .split(' ')
      .slice(1, 4)
      .map((p, i) => (i === 0 ? String(Number(p)) : p))
      .join(' ');
    assert.deepStrictEqual(
      group.claims.map((c) => [c.label, c.line, c.description]),
      [
        [
          'April 2023 → 7 October 2022',
          13,
          `H100 export restrictions · line 14 · ignored by Anna Field, ${when}: BIS date checked by the desk`,
        ],
      ],
    );
    assert.ok(!tree.groups.some((g) => g.verdict === 'contradicted'));
  });

  it('“Ignore this claim here…” without a reason still records who and when; Escape ignores nothing', async () => {
    await settings.set('yourName', 'Anna Field');
    const doc = await seed002(scratch);
    const api = await factDesk();
    const before = doc.getText();
    const action = pick(await quickFixes(doc.uri, CLAIM, /^Ignore/), /^Ignore this claim here…$/);
    api.answerQuestions([undefined]);
    try {
      assert.strictEqual(
        await vscode.commands.executeCommand(action.command!.command, ...(action.command!.arguments ?? [])),
        false,
      );
    } finally {
      api.answerQuestions(undefined);
    }
    assert.strictEqual(doc.getText(), before, 'cancelled: nothing written');
    await ignoreWith(api, doc, CLAIM, '');
    assert.match(
      doc.lineAt(13).text,
      /restrictions on the sale.* <!-- factdesk-ignore-line \(by Anna Field, \d{4}-\d{2}-\d{2}\) -->$/,
    );
    assert.deepStrictEqual(await settled(doc, 'the check after the fix'), []);
  });

  // Was a bug: a comment line above a wrapped line split the published paragraph in two.
  it('“Ignore this claim here” in a hard-wrapped paragraph keeps the paragraph whole', async () => {
    const text =
      '---\ndate: 2025-12-15\n---\n\nAccording to people familiar with the matter, the US restricted the H20\nin April 2023, which cost Nvidia billions.\n';
    const doc = scratch.track(await openUntitled(text)).document;
    const [d] = await settled(doc);
    assert.strictEqual(doc.getText(d!.range), 'April 2023');
    await ignoreWith(await factDesk(), doc, d!.range, '');
    const lines = doc.getText().split('\n');
    lines.forEach((line, i) => {
      if (/^\s*<!--.*-->\s*$/.test(line) && i > 0)
        assert.strictEqual(
          lines[i - 1]!.trim(),
          '',
          `a comment line inside the paragraph (line ${i + 1}) splits it: ${JSON.stringify(lines.slice(i - 1, i + 2))}`,
        );
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
    assert.deepStrictEqual(
      action.command.arguments,
      [{ sources: finding.sources.map((s) => s.id), draft: doc.uri.toString() }],
      'source ids, not URLs',
    );
    const already = api.openedExternal.length;
    const asked = api.sourcePrompts.length;
    api.interceptExternal(true);
    try {
      api.answerSourcePrompts('cancel');
      assert.strictEqual(
        await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? [])),
        0,
      );
      assert.strictEqual(api.openedExternal.length, already, 'cancel opens nothing');
      api.answerSourcePrompts('accept');
      const opened = await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
      assert.strictEqual(opened, expected.length);
      assert.deepStrictEqual(api.openedExternal.slice(already), expected);
      assert.ok(
        expected.includes(
          'https://bis.gov/press-release/commerce-implements-new-export-controls-advanced-computing-and-semiconductor',
        ),
      );
      const prompts = api.sourcePrompts.slice(asked);
      assert.deepStrictEqual(
        prompts.map((p) => p.kind),
        ['pick', 'pick'],
        'one question per command, not one per source',
      );
      assert.ok(
        prompts[1]!.items.every((i) => i.description.includes(' · ')),
        'publisher · host',
      );
      // URLs (the old argument) are refused without a question.
      assert.strictEqual(
        await vscode.commands.executeCommand('factdesk.openSources', [
          'https://evil.example/phish',
          'file:///etc/passwd',
          'javascript:alert(1)',
        ]),
        0,
      );
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
    assert.ok(
      titles.includes('Ignore this claim here…'),
      `the same-line comment keeps the table whole: ${JSON.stringify(titles)}`,
    );
    assert.ok(titles.includes('Replace all 7 flagged claims with the recorded values'), JSON.stringify(titles));
    // The outdated status claim has no replacement value: ignore and sources only.
    const banned = await quickFixes(doc.uri, range(36, 4, 24), /^Ignore/);
    assert.deepStrictEqual(
      banned.map((a) => a.title),
      [
        'Ignore this claim here…',
        'Accept this wording in this draft…',
        'Accept this wording in all drafts (desk record)…',
        'Open the sources (6)',
      ],
    );
  });

  it('fix titles keep the unit: “Replace with the recorded value: 15%” on the desk test’s 25%', async () => {
    const doc = scratch.track(await openCopy(DESK_TEST)).document;
    await settled(doc);
    const at = doc.lineAt(34).text.indexOf('25%');
    const actions = await quickFixes(doc.uri, range(34, at, at + 2), /^Replace with/);
    assert.deepStrictEqual(
      actions.filter((a) => /^Replace (?:with|and cite)/.test(a.title)).map((a) => a.title),
      [
        'Replace with the recorded value: 15%',
        'Replace and cite Caliber.az (relaying the Financial Times) (inline link)',
        'Replace and cite another source… (2)',
      ],
    );
    assert.ok(
      actions.some((a) => /^Replace and cite \S.* \(inline link\)$/.test(a.title)),
      JSON.stringify(actions.map((a) => a.title)),
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
      [
        [36, 'H200 is still banned in China', 'China status'],
        [44, '141 GB', 'memory'],
      ],
      `only the claim without a recorded replacement and the quotation are left; got:\n${after.map((d) => describeDiagnostic(doc, d)).join('\n')}`,
    );
  });
});
