/**
 * How current a check is: an undated draft says so on its first line, with a quick fix that
 * writes `date:` into the front matter; "Set as-of date" can write the front matter too.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  applyAction,
  dateNote,
  factDesk,
  openCopy,
  openUntitled,
  pick,
  quickFixes,
  scratchScope,
  settled,
  trapHostErrors,
  waitFor,
} from './util';

const SEED_002 = 'seed-002-shift-ai-training-overseas.md';

describe('Dates', () => {
  trapHostErrors();
  const scratch = scratchScope();

  it('an undated draft gets an information note on line 1; its quick fix adds date: to the front matter', async () => {
    const api = await factDesk();
    const doc = scratch.track(await openUntitled('# Chips\n\nThe H200 has 96 GB of memory.\n')).document;
    await settled(doc);
    const result = api.lastResult(doc.uri)!.result;
    assert.strictEqual(result.asOfOrigin, 'today');
    const note = await waitFor(() => dateNote(doc.uri), 'the undated-draft note');
    assert.strictEqual(note.severity, vscode.DiagnosticSeverity.Information);
    assert.strictEqual(note.range.start.line, 0);
    assert.match(
      note.message,
      /^No date in this draft: checked as of \d{1,2} [A-Z][a-z]{2} \d{4} \(today\)\. Add date: to its front matter$/,
    );
    assert.match(api.statusBar().text, /\(no date in draft\)$/);

    const actions = await quickFixes(doc.uri, note.range, /^Add date: /);
    assert.ok(
      actions.some((a) => a.title === 'Set another date…'),
      JSON.stringify(actions.map((a) => a.title)),
    );
    await applyAction(pick(actions, new RegExp(`^Add date: ${result.asOf} to the front matter$`)));
    assert.strictEqual(doc.getText(), `---\ndate: ${result.asOf}\n---\n\n# Chips\n\nThe H200 has 96 GB of memory.\n`);
    await settled(doc, 'the check after the date was added');
    assert.strictEqual(api.lastResult(doc.uri)!.result.asOfOrigin, 'front-matter');
    await waitFor(() => (dateNote(doc.uri) ? undefined : true), 'the note to go');
    assert.ok(!/no date in draft/.test(api.statusBar().text), api.statusBar().text);
  });

  it('Set as-of date can write the date into the front matter (not an in-memory override)', async () => {
    const api = await factDesk();
    const doc = scratch.track(await openCopy(SEED_002)).document;
    await settled(doc);
    assert.strictEqual(
      await vscode.commands.executeCommand('factdesk.setAsOf', '2025-12-15', 'front-matter'),
      '2025-12-15',
    );
    assert.match(doc.getText(), /^---\n(?:.*\n)*?date: 2025-12-15\n(?:.*\n)*?---\n/);
    assert.strictEqual(api.asOfOverride(doc.uri), undefined, 'no session override: the draft holds its date');
    await waitFor(
      () => api.lastResult(doc.uri)?.result.asOf === '2025-12-15' || undefined,
      'the check at the written date',
    );
    assert.strictEqual(api.lastResult(doc.uri)!.result.asOfOrigin, 'front-matter');
    // Picked for this session only: shown as set, kept out of the file.
    assert.strictEqual(await vscode.commands.executeCommand('factdesk.setAsOf', '2025-12-20', 'session'), '2025-12-20');
    await waitFor(() => / \(set\)$/.test(api.statusBar().text) || undefined, 'the status bar to show the set date');
    assert.match(api.statusBar().text, /as of 20 Dec 2025 \(set\)$/);
    assert.match(doc.getText(), /date: 2025-12-15\n/);
  });
});
