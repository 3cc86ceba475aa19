/**
 * Refused workspace packs in a real extension host: a pack file in .factdesk/ that is a symbolic
 * link out of the workspace folder, and one that is a FIFO, are refused before anything is read
 * (issue 15). Each gets a warning in the Problems panel on the file itself, saying why; the draft
 * is still checked against the bundled record. Everything is written under .factdesk/ and the run
 * folder and removed afterwards (waiting until the bundled record is back in use).
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { FactDeskTesting } from '../../../src/extension/api';
import { factDesk, fixtureUri, settled, trapHostErrors, waitFor, workspaceRoot } from './util';

const PACKS_SOURCE = 'Fact Desk packs';

/** A pack that, if it were read, would make the record say the H200 has 170 GB. */
const OUTSIDE_PACK = `publishers: [{ id: the-desk, name: The Desk, tier: named-outlet, hosts: [desk.example] }]
sources:
  - { id: desk-h200, title: Desk note, publisher: The Desk, url: "https://desk.example/h200", date: 2026-01-05, accessed: 2026-01-05 }
overrides:
  - id: h200.memory_capacity
    kind: quantity
    entity: nvidia-h200
    attribute: memory_capacity
    value: { amount: 170, unit: GB }
    citations: [{ source: desk-h200, quote: "The H200 has 170 GB." }]
    asOf: 2026-01-05
`;

const DRAFT = '---\ndate: 2026-02-01\n---\n\nThe Nvidia H200 has 170 GB of HBM3e memory.\n';

const packProblems = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === PACKS_SOURCE);

describe('Workspace packs refused before reading (Problems panel)', function () {
  trapHostErrors();
  let api: FactDeskTesting;
  const linkUri = () => fixtureUri('.factdesk/linked.facts.yaml');
  const fifoUri = () => fixtureUri('.factdesk/pipe.facts.yaml');
  const outside = () => path.join(path.dirname(workspaceRoot().fsPath), 'outside-refused.facts.yaml');
  const rootPacks = () => api.packs().find((s) => s.root === workspaceRoot().fsPath);

  before(async function () {
    api = await factDesk();
    fs.mkdirSync(fixtureUri('.factdesk').fsPath, { recursive: true });
    fs.writeFileSync(outside(), OUTSIDE_PACK);
    fs.symlinkSync(outside(), linkUri().fsPath);
    const made = spawnSync('mkfifo', [fifoUri().fsPath]);
    assert.strictEqual(made.status, 0, `mkfifo: ${made.stderr?.toString()}`);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(fixtureUri('.factdesk').fsPath, { recursive: true, force: true });
    fs.rmSync(outside(), { force: true });
    await vscode.commands.executeCommand('factdesk.reloadPacks');
    await waitFor(() => {
      const s = rootPacks();
      return !s || (s.files.length === 0 && s.errors.length === 0 && s.overridden === 0);
    }, 'the workspace packs to be gone');
    await waitFor(
      () => packProblems(linkUri()).length === 0 && packProblems(fifoUri()).length === 0,
      'the refused-pack warnings to go',
    );
  });

  it('a link out of the folder and a FIFO: a warning each on the file in Problems, saying why; nothing of them is read', async () => {
    await vscode.commands.executeCommand('factdesk.reloadPacks');
    const link = await waitFor(() => {
      const list = packProblems(linkUri());
      return list.length ? list : undefined;
    }, 'a Problems entry on .factdesk/linked.facts.yaml');
    assert.deepStrictEqual(
      link.map((d) => [d.severity, d.message, d.code, d.range.start.line, d.range.start.character]),
      [
        [
          vscode.DiagnosticSeverity.Warning,
          'Fact Desk did not load this pack: it is a symbolic link to a file outside the workspace folder: not read',
          'refused',
          0,
          0,
        ],
      ],
    );
    const fifo = await waitFor(() => {
      const list = packProblems(fifoUri());
      return list.length ? list : undefined;
    }, 'a Problems entry on .factdesk/pipe.facts.yaml');
    assert.deepStrictEqual(
      fifo.map((d) => [d.severity, d.message, d.code]),
      [
        [
          vscode.DiagnosticSeverity.Warning,
          'Fact Desk did not load this pack: it is not a regular file (a FIFO, socket or device): not read',
          'refused',
        ],
      ],
    );
    // The Problems panel lists exactly these entries for the two files (the workbench's own view of the markers).
    const all = vscode.languages
      .getDiagnostics()
      .filter(([uri]) => uri.fsPath.startsWith(fixtureUri('.factdesk').fsPath));
    assert.deepStrictEqual(
      all
        .map(([uri, list]) => [path.basename(uri.fsPath), list.filter((d) => d.source === PACKS_SOURCE).length])
        .sort(),
      [
        ['linked.facts.yaml', 1],
        ['pipe.facts.yaml', 1],
      ],
    );

    // Neither is in use: the draft is judged by the bundled record (141 GB), not the linked pack's 170 GB.
    const s = rootPacks();
    assert.deepStrictEqual(s?.inUse ?? [], []);
    assert.strictEqual(s?.overridden ?? 0, 0);
    const dir = vscode.Uri.joinPath(workspaceRoot(), 'packs-refused-it');
    await vscode.workspace.fs.createDirectory(dir);
    const draftUri = vscode.Uri.joinPath(dir, 'draft.md');
    await vscode.workspace.fs.writeFile(draftUri, new TextEncoder().encode(DRAFT));
    try {
      const doc = await vscode.workspace.openTextDocument(draftUri);
      await vscode.window.showTextDocument(doc);
      const messages = (await settled(doc)).map((d) => d.message);
      assert.deepStrictEqual(messages, ['H200 memory: 141 GB in the record, not 170 GB']);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(dir, { recursive: true, useTrash: false });
    }
  });
});
