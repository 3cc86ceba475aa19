/**
 * Workspace packs in a real extension host: a pack added while a draft is
 * open changes its diagnostics without a restart (file watcher); a malformed
 * pack shows a Problems entry on the pack file while the last good record
 * stays in use; the override shows in the hover; reloadPacks, and the
 * quick-fix commands writing to .factdesk/desk.facts.yaml.
 * Everything is written under the workspace's .factdesk/ and packs-it/ and
 * removed afterwards (waiting until the bundled record is back in use).
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { Finding } from '../../../src/engine';
import type { FactDeskTesting } from '../../../src/extension/api';
import { shortDate } from '../../../src/engine';
import {
  EXTENSION_ID,
  factDesk,
  fixtureUri,
  hoverAt,
  settingsScope,
  settled,
  trapHostErrors,
  waitFor,
  workspaceRoot,
} from './util';

const PACKS_SOURCE = 'Fact Desk packs';

const OVERRIDE_PACK = (
  amount: number | string,
) => `publishers: [{ id: the-desk, name: The Desk, tier: named-outlet, hosts: [desk.example] }]
sources:
  - id: desk-h200
    title: Desk note on the H200
    publisher: The Desk
    url: https://desk.example/h200
    date: 2026-01-05
    accessed: 2026-01-05
overrides:
  - id: h200.memory_capacity
    kind: quantity
    entity: nvidia-h200
    attribute: memory_capacity
    value: { amount: ${amount}, unit: GB }
    citations: [{ source: desk-h200, quote: "The H200 has ${amount} GB." }]
    asOf: 2026-01-05
`;
const MALFORMED_PACK = OVERRIDE_PACK(170).replace('unit: GB', 'unit: GiB');

const DRAFT =
  '---\ndate: 2026-02-01\n---\n\n# Packs\n\nThe Nvidia H200 has 141 GB of HBM3e memory.\n\nThe Ascend 910C has a TDP of 310 W.\n';

const encode = (s: string) => new TextEncoder().encode(s);
/** The bundled record's versions, oldest first (the build writes the record to dist/record.json). */
const bundledChanges = async (): Promise<{ version: string; date: string }[]> => {
  const file = vscode.Uri.joinPath(vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri, 'dist', 'record.json');
  return (
    JSON.parse(new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(file))) as {
      changes: { version: string; date: string }[];
    }
  ).changes;
};
const decode = (b: Uint8Array) => new TextDecoder('utf-8').decode(b);

const packDiagnostics = (uri: vscode.Uri) =>
  vscode.languages.getDiagnostics(uri).filter((d) => d.source === PACKS_SOURCE);
const factDiagnostics = (uri: vscode.Uri) =>
  vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Fact Desk' && d.code !== 'no date');
const recordSays = (uri: vscode.Uri) =>
  factDiagnostics(uri)
    .map((d) => /^H200 memory: (\d+) GB in the record/.exec(d.message)?.[1])
    .filter(Boolean)
    .join(',');

describe('Workspace packs', function () {
  trapHostErrors();
  const settings = settingsScope();
  let api: FactDeskTesting;
  let doc: vscode.TextDocument;
  const packUri = () => fixtureUri('.factdesk/it.facts.yaml');
  const deskUri = () => fixtureUri('.factdesk/desk.facts.yaml');
  const rootPacks = () => api.packs().find((s) => s.root === workspaceRoot().fsPath);

  before(async () => {
    api = await factDesk();
    await vscode.workspace.fs.createDirectory(fixtureUri('packs-it'));
    await vscode.workspace.fs.writeFile(fixtureUri('packs-it/draft.md'), encode(DRAFT));
    doc = await vscode.workspace.openTextDocument(fixtureUri('packs-it/draft.md'));
    await vscode.window.showTextDocument(doc);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const rel of ['.factdesk', 'packs-it']) {
      try {
        await vscode.workspace.fs.delete(fixtureUri(rel), { recursive: true, useTrash: false });
      } catch {
        /* already gone */
      }
    }
    // The other suites expect the bundled record: wait until it is back.
    await vscode.commands.executeCommand('factdesk.reloadPacks');
    await waitFor(() => {
      const s = rootPacks();
      return !s || (s.files.length === 0 && s.errors.length === 0 && s.overridden === 0);
    }, 'the workspace packs to be gone');
  });

  it('a pack added while a draft is open changes its diagnostics without a restart', async () => {
    assert.deepStrictEqual(
      (await settled(doc)).map((d) => d.message),
      [],
      'the bundled record supports 141 GB',
    );
    const loadsBefore = rootPacks()?.loads ?? 0;
    await vscode.workspace.fs.createDirectory(fixtureUri('.factdesk'));
    await vscode.workspace.fs.writeFile(packUri(), encode(OVERRIDE_PACK(150)));
    // The file watcher reloads the packs and re-checks the open draft.
    await waitFor(() => recordSays(doc.uri) === '150', 'the draft to be checked against the pack (150 GB)');
    const [d] = factDiagnostics(doc.uri);
    assert.strictEqual(doc.getText(d!.range), '141 GB');
    assert.strictEqual(d!.severity, vscode.DiagnosticSeverity.Error);
    assert.strictEqual(d!.message, 'H200 memory: 150 GB in the record, not 141 GB');
    assert.match(
      d!.relatedInformation?.[0]?.message ?? '',
      /^Draft says “141 GB” for the Nvidia H200's memory; the record says 150 GB/,
    );
    const s = rootPacks()!;
    assert.ok(s.loads > loadsBefore);
    assert.deepStrictEqual(s.inUse, [packUri().fsPath]);
    assert.strictEqual(s.overridden, 1);

    // The hover names the override, the pack's line and the bundled value with its sources.
    // The hover reads the last result; on a busy machine it may still be the one being placed when the diagnostics
    // arrive (seen once in a full run), so it is asked until it has the card.
    const hover = await waitFor(async () => {
      const h = await hoverAt(doc.uri, d!.range.start.translate(0, 1));
      return /record: \*\*150 GB\*\*/.test(h.markdown) ? h : undefined;
    }, 'the hover to show the pack’s value');
    assert.match(hover.markdown, /record: \*\*150 GB\*\*/);
    // The bundled sources as "Publisher ([host](https://…))": record text never inside a link.
    assert.match(
      hover.markdown,
      /⟲ Overridden by `\.factdesk\/it\.facts\.yaml:10`; bundled value \*\*141 GB\*\* \(.*?\(\[[a-z0-9\\.-]+\]\(https:\/\//,
    );
    assert.ok(hover.markdown.includes('](https://desk.example/h200)'), 'the pack’s source is listed');
  });

  it('severity is earned by sources: the same override resting only on a weak page is a warning that says so', async () => {
    await waitFor(() => recordSays(doc.uri) === '150', 'the good pack in use');
    const weakTier = (d: vscode.Diagnostic | undefined) => d?.severity === vscode.DiagnosticSeverity.Warning;
    // The desk's publisher, tiered weak: the recorded value now rests on a weak page only.
    const loads = rootPacks()!.loads;
    await vscode.workspace.fs.writeFile(
      packUri(),
      encode(OVERRIDE_PACK(150).replace('tier: named-outlet', 'tier: weak')),
    );
    await waitFor(() => rootPacks()!.loads > loads, 'the pack to be reloaded');
    const state = () =>
      JSON.stringify({
        diagnostics: factDiagnostics(doc.uri).map((x) => [x.severity, x.message]),
        findings: api.lastResult(doc.uri)?.result.findings.map((f) => [f.severity, f.sourceTier, f.message]),
      });
    let d: vscode.Diagnostic | undefined;
    for (let waited = 0; !d; waited += 100) {
      const [x] = factDiagnostics(doc.uri);
      if (weakTier(x)) d = x;
      else if (waited > 30_000) throw new Error(`the weakly sourced contradiction is not a warning: ${state()}`);
      else await new Promise((r) => setTimeout(r, 100));
    }
    assert.strictEqual(d.message, 'H200 memory: 150 GB in the record, not 141 GB (weakly sourced)');
    assert.ok(d.message.length <= 100);
    assert.match(d.relatedInformation?.[0]?.message ?? '', /Weakly sourced: the record has only weak sources for this/);
    assert.match(d.relatedInformation?.[1]?.message ?? '', /^Source \(weak\): The Desk, ‘Desk note on the H200’/);
    // The hover's source list says the tier beside the source.
    const hover = await hoverAt(doc.uri, d.range.start.translate(0, 1));
    assert.match(hover.markdown, /desk\.example.*weak/);
    const [first] = api
      .lastResult(doc.uri)!
      .result.findings.filter((f: Finding) => f.factId === 'h200.memory_capacity');
    assert.strictEqual(first?.sourceTier, 'weak');

    // A named outlet backs it again: red again.
    await vscode.workspace.fs.writeFile(packUri(), encode(OVERRIDE_PACK(150)));
    await waitFor(
      () => factDiagnostics(doc.uri)[0]?.severity === vscode.DiagnosticSeverity.Error,
      'the contradiction to be an error again',
    );
    assert.strictEqual(factDiagnostics(doc.uri)[0]!.message, 'H200 memory: 150 GB in the record, not 141 GB');
  });

  it('a malformed pack shows a Problems entry on the pack file while the last good record stays in use', async () => {
    await waitFor(() => recordSays(doc.uri) === '150', 'the good pack in use');
    await vscode.workspace.fs.writeFile(packUri(), encode(MALFORMED_PACK));
    const [problem, ...more] = await waitFor(() => {
      const list = packDiagnostics(packUri());
      return list.length ? list : undefined;
    }, 'a Problems entry on .factdesk/it.facts.yaml');
    assert.strictEqual(more.length, 0);
    assert.strictEqual(problem!.severity, vscode.DiagnosticSeverity.Error);
    assert.match(
      problem!.message,
      /^overrides\[0\]\.value\.unit: "GiB": did you mean "GB"\? \(must be one of "GB", "TB"/,
    );
    assert.strictEqual(problem!.range.start.line, 13, 'the line of `unit: GiB` (0-based)');
    assert.strictEqual(MALFORMED_PACK.split('\n')[13]!.slice(problem!.range.start.character).startsWith('GiB'), true);
    assert.strictEqual(problem!.code, 'overrides[0].value.unit');
    await waitFor(() => rootPacks()?.usingLastGood, 'the last good record to stay in use');
    // The draft says so: the status tooltip and the Claims view, naming the broken pack.
    await vscode.window.showTextDocument(doc);
    const lastGood =
      'Desk record: .factdesk/it.facts.yaml has 1 error (Problems panel); the last good desk record is in use.';
    await waitFor(
      () => api.statusBar().tooltip.split('\n').includes(lastGood),
      `the status tooltip to name the broken pack; got ${api.statusBar().tooltip}`,
    );
    await waitFor(
      () => api.claimsTree().draft === doc.uri.toString() && api.claimsTree().message?.split('\n').includes(lastGood),
      `the Claims view to say so; got ${JSON.stringify(api.claimsTree().message)}`,
    );

    // The draft is still checked against the last good record (150 GB), even after an edit.
    await settled(doc);
    assert.strictEqual(recordSays(doc.uri), '150');
    const editor = await vscode.window.showTextDocument(doc);
    await editor.edit((e) => e.insert(new vscode.Position(doc.lineCount - 1, 0), '\nMore text.\n'));
    await settled(doc, 'the check after an edit');
    assert.strictEqual(recordSays(doc.uri), '150', 'the last good record is still in use');

    // Fixed: the Problems entry goes and the new value is used.
    await vscode.workspace.fs.writeFile(packUri(), encode(OVERRIDE_PACK(160)));
    await waitFor(
      () => packDiagnostics(packUri()).length === 0 && recordSays(doc.uri) === '160',
      'the fixed pack in use and its Problems entry gone',
    );
    assert.strictEqual(rootPacks()?.usingLastGood, false);
    await waitFor(
      () => !api.statusBar().tooltip.includes('Desk record:') && !api.claimsTree().message,
      'the note to go once the pack is fixed',
    );
  });

  it('a pack with several mistakes: one Problems entry per field, each on its line, with “did you mean”', async () => {
    await waitFor(() => recordSays(doc.uri) === '160', 'the good pack in use');
    const bad = OVERRIDE_PACK(170)
      .replace('publisher: The Desk', 'publishr: The Desk')
      .replace('entity: nvidia-h200', 'entity: nvidia-h20O')
      .replace('unit: GB', 'unit: GiB');
    await vscode.workspace.fs.writeFile(packUri(), encode(bad));
    const entries = await waitFor(() => {
      const list = packDiagnostics(packUri());
      return list.length ? list : undefined;
    }, 'Problems entries on .factdesk/it.facts.yaml');
    const lines = bad.split('\n');
    assert.deepStrictEqual(
      entries.map((d) => [
        lines[d.range.start.line]!.trim().split(':')[0],
        d.code,
        d.message.replace(/ \(must be one of .*\)$/, ' (must be one of …)'),
      ]),
      [
        [
          'publishr',
          'sources[0].publishr',
          'sources[0].publishr: unknown field "publishr": did you mean "publisher"? (publisher is missing)',
        ],
        [
          'entity',
          'overrides[0].entity',
          'overrides[0].entity: "nvidia-h20O": did you mean "nvidia-h200"? (an id of lowercase letters, digits, dots, underscores and hyphens)',
        ],
        ['value', 'overrides[0].value.unit', 'overrides[0].value.unit: "GiB": did you mean "GB"? (must be one of …)'],
      ],
      'three mistakes, three entries (the loader reports four errors)',
    );
    assert.strictEqual(rootPacks()!.errors.length, 4);
    // Fixed: the entries go.
    await vscode.workspace.fs.writeFile(packUri(), encode(OVERRIDE_PACK(160)));
    await waitFor(
      () => packDiagnostics(packUri()).length === 0 && recordSays(doc.uri) === '160' && !rootPacks()?.usingLastGood,
      'the fixed pack in use and its entries gone',
    );
  });

  it('a pack written for an older bundled record: the draft says so (status tooltip, Claims view) with both versions', async () => {
    const changes = await bundledChanges();
    const [first, newest] = [changes[0]!, changes[changes.length - 1]!];
    const oldUri = fixtureUri('.factdesk/old.facts.yaml');
    await vscode.workspace.fs.writeFile(
      oldUri,
      encode(`recordVersion: '${first.version}'\naccepted:\n  - { fact: h200.memory_capacity, wording: 80 GB }\n`),
    );
    await vscode.window.showTextDocument(doc);
    const note = await waitFor(
      () =>
        api
          .statusBar()
          .tooltip.split('\n')
          .find((l) => l.startsWith('Desk record: .factdesk/old.facts.yaml')),
      `the status tooltip to name the older desk record; got ${api.statusBar().tooltip}`,
    );
    assert.match(
      note,
      new RegExp(
        `^Desk record: \\.factdesk/old\\.facts\\.yaml was written for record ${first.version} \\(${shortDate(first.date)}\\); the bundled record is now ${newest.version.replaceAll('.', '\\.')} \\(${shortDate(newest.date)}\\): \\d+ facts added, changed or removed since\\.$`,
      ),
    );
    await waitFor(
      () => api.claimsTree().message?.split('\n').includes(note),
      `the Claims view to say so; got ${JSON.stringify(api.claimsTree().message)}`,
    );
    await vscode.workspace.fs.delete(oldUri);
    await waitFor(
      () => !api.statusBar().tooltip.includes('Desk record:') && !api.claimsTree().message,
      'the note to go with the pack',
    );
  });

  it('Fact Desk: Reload fact packs reloads explicitly', async () => {
    const before = rootPacks()!.loads;
    const snapshot = (await vscode.commands.executeCommand('factdesk.reloadPacks')) as {
      root: string;
      files: string[];
      loads: number;
    }[];
    const mine = snapshot.find((s) => s.root === workspaceRoot().fsPath)!;
    assert.deepStrictEqual(mine.files, [packUri().fsPath]);
    assert.ok(mine.loads > before);
  });

  it('“Accept this wording in this draft…” (the title says the scope) writes an entry for this draft only, with who, when and why; the Claims view lists it under “Ignored / accepted”; another draft is still flagged', async () => {
    await settings.set('yourName', 'Anna Field');
    await waitFor(() => recordSays(doc.uri) === '160', 'the flagged 141 GB');
    await vscode.workspace.fs.writeFile(fixtureUri('packs-it/other.md'), encode(DRAFT));
    const other = await vscode.workspace.openTextDocument(fixtureUri('packs-it/other.md'));
    await waitFor(() => recordSays(other.uri) === '160', 'the other draft flagged too');
    await vscode.window.showTextDocument(doc);
    const [flagged] = factDiagnostics(doc.uri);
    const titles = (
      (await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        doc.uri,
        flagged!.range,
        vscode.CodeActionKind.QuickFix.value,
      )) ?? []
    ).map((a) => a.title);
    assert.ok(
      titles.includes('Accept this wording in this draft…') &&
        titles.includes('Accept this wording in all drafts (desk record)…'),
      JSON.stringify(titles),
    );
    const finding = api
      .lastResult(doc.uri)!
      .result.findings.find((f) => f.factId === 'h200.memory_capacity' && f.verdict === 'contradicted') as Finding;
    assert.ok(finding);
    const today = new Date().toISOString().slice(0, 10);

    // Escape at the reason: nothing is written.
    api.answerQuestions([undefined]);
    try {
      assert.strictEqual(
        await vscode.commands.executeCommand('factdesk.acceptWording', doc.uri.toString(), finding, 'draft'),
        undefined,
      );
    } finally {
      api.answerQuestions(undefined);
    }
    assert.strictEqual(rootPacks()!.accepted, 0);

    api.answerQuestions(['house style for the launch story']);
    let written: { file: string; list: string; entry: Record<string, unknown> };
    try {
      written = (await vscode.commands.executeCommand(
        'factdesk.acceptWording',
        doc.uri.toString(),
        finding,
        'draft',
      )) as typeof written;
      assert.deepStrictEqual(
        api.asked.map((q) => q.title),
        ['Fact Desk: Accept this wording in this draft'],
      );
    } finally {
      api.answerQuestions(undefined);
    }
    assert.strictEqual(written.file, deskUri().fsPath);
    assert.strictEqual(written.list, 'accepted');
    assert.deepStrictEqual(written.entry, {
      fact: 'h200.memory_capacity',
      wording: '141 GB',
      draft: 'packs-it/draft.md',
      by: 'Anna Field',
      date: today,
      note: 'house style for the launch story (was contradicted in packs-it/draft.md; the record says 160 GB).',
    });
    const text = decode(await vscode.workspace.fs.readFile(deskUri()));
    // A new desk pack says which bundled record it was written against.
    const newest = (await bundledChanges()).at(-1)!.version;
    assert.ok(
      text.startsWith(
        `# The desk's own record (Fact Desk). Written against the bundled record ${newest}.\nrecordVersion: '${newest}'\n`,
      ),
      text,
    );
    assert.match(
      text,
      /\naccepted:\n {2}- fact: h200\.memory_capacity\n {4}wording: 141 GB\n {4}draft: packs-it\/draft\.md\n {4}by: Anna Field\n/,
    );
    await waitFor(() => factDiagnostics(doc.uri).length === 0, 'the accepted claim to clear in this draft');
    assert.strictEqual(rootPacks()!.accepted, 1);
    // Accepted, not gone: listed with where, who, when and why.
    const when = shortDate(today);
    const tree = await waitFor(
      () => {
        const t = api.claimsTree();
        return t.draft === doc.uri.toString() && t.groups.some((g) => g.verdict === 'waived') ? t : undefined;
      },
      `the accepted claim in the claims view; got ${JSON.stringify(api.claimsTree())}`,
    );
    assert.deepStrictEqual(
      tree.groups.find((g) => g.verdict === 'waived')!.claims.map((c) => [c.label, c.description]),
      [
        [
          '141 GB → 160 GB',
          `H200 memory · line 7 · accepted in this draft by Anna Field, ${when}: house style for the launch story (was contradicted in packs-it/draft.md; the record says 160 GB).`,
        ],
      ],
    );
    // The other draft keeps its finding.
    await settled(other, 'the other draft re-checked with the new pack');
    assert.strictEqual(recordSays(other.uri), '160', 'a wording accepted in one draft is still flagged in another');

    // In all drafts: the other draft clears too.
    const otherFinding = api
      .lastResult(other.uri)!
      .result.findings.find((f) => f.factId === 'h200.memory_capacity' && f.verdict === 'contradicted') as Finding;
    api.answerQuestions(['']);
    try {
      const all = (await vscode.commands.executeCommand(
        'factdesk.acceptWording',
        other.uri.toString(),
        otherFinding,
        'all',
      )) as typeof written;
      assert.strictEqual(all.entry['draft'], undefined);
      assert.deepStrictEqual(
        api.asked.map((q) => q.title),
        ['Fact Desk: Accept this wording in all drafts (desk record)'],
      );
    } finally {
      api.answerQuestions(undefined);
    }
    await waitFor(
      () => factDiagnostics(other.uri).length === 0,
      'the wording accepted in all drafts to clear the other draft',
    );
    await vscode.window.showTextDocument(other);
    await waitFor(
      () => {
        const g = api.claimsTree().groups.find((x) => x.verdict === 'waived');
        return api.claimsTree().draft === other.uri.toString() &&
          g?.claims[0]?.description.includes('accepted in all drafts by Anna Field')
          ? g
          : undefined;
      },
      `the other draft's Claims view to say it is accepted in all drafts; got ${JSON.stringify(api.claimsTree())}`,
    );
    await vscode.window.showTextDocument(doc);
  });

  it('“Add to the record…” is a short form (value, URL, title, publisher, tier for a new host, date, quote) that writes a valid entry', async () => {
    // The re-check after the last test's pack change first: the light bulb reads the stored result.
    await settled(doc);
    const result = api.lastResult(doc.uri)!.result;
    const unknown = result.findings.find(
      (f) => f.verdict === 'unknown' && f.entityId === 'huawei-ascend-910c',
    ) as Finding;
    assert.ok(unknown, `an unknown claim; got ${JSON.stringify(result.findings.map((f) => [f.verdict, f.claim]))}`);
    // The light bulb offers it on the claim, without a diagnostic there.
    const at = doc.positionAt(unknown.span.start + 1);
    let titles: string[] = [];
    await waitFor(
      async () => {
        titles = (
          (await vscode.commands.executeCommand<vscode.CodeAction[]>(
            'vscode.executeCodeActionProvider',
            doc.uri,
            new vscode.Range(at, at),
            vscode.CodeActionKind.QuickFix.value,
          )) ?? []
        ).map((a) => a.title);
        return titles.includes('Add to the record…');
      },
      `“Add to the record…” in the light bulb; last seen ${JSON.stringify(titles)}`,
    );

    // A bad URL is refused by the form's own validation: nothing is written.
    api.answerQuestions(['310 W', 'huawei.com/ascend']);
    try {
      assert.strictEqual(
        await vscode.commands.executeCommand('factdesk.addToRecord', doc.uri.toString(), unknown),
        undefined,
      );
      assert.deepStrictEqual(
        api.asked.map((q) => [q.kind, q.title, q.validation]),
        [
          ['input', 'Fact Desk: Add to the record (1/6): value', undefined],
          [
            'input',
            'Fact Desk: Add to the record (2/6): source URL',
            'Not a web address: paste the page’s URL, starting with https://.',
          ],
        ],
      );
      assert.strictEqual(api.asked[0]!.value, '310 W', 'the value box starts with the claim’s words');
    } finally {
      api.answerQuestions(undefined);
    }
    const before = decode(await vscode.workspace.fs.readFile(deskUri()));

    api.answerQuestions([
      '310 W',
      'https://newsroom.example/ascend-910c',
      'Desk note on the Ascend 910C',
      'The Newsroom',
      'named outlet',
      '2026-01-20',
      'The Ascend 910C draws 310 W.',
    ]);
    let written: { file: string; list: string; entry: Record<string, unknown>; line: number };
    try {
      written = (await vscode.commands.executeCommand(
        'factdesk.addToRecord',
        doc.uri.toString(),
        unknown,
      )) as typeof written;
      assert.deepStrictEqual(
        api.asked.map((q) => `${q.kind}: ${q.title}`),
        [
          'input: Fact Desk: Add to the record (1/6): value',
          'input: Fact Desk: Add to the record (2/6): source URL',
          'input: Fact Desk: Add to the record (3/6): page title',
          'input: Fact Desk: Add to the record (4/6): publisher',
          'pick: Fact Desk: Add to the record: how strong a source is The Newsroom?',
          'input: Fact Desk: Add to the record (5/6): date on the page',
          'input: Fact Desk: Add to the record (6/6): quote',
        ],
      );
      assert.deepStrictEqual(
        api.asked[4]!.items!.map((i) => i.label),
        ['primary', 'major press', 'named outlet', 'weak'],
      );
    } finally {
      api.answerQuestions(undefined);
    }
    assert.ok(written, 'written');
    assert.strictEqual(written.file, deskUri().fsPath);
    assert.strictEqual(written.list, 'facts');
    assert.deepStrictEqual(written.entry['value'], { amount: 310, unit: 'W' });
    assert.deepStrictEqual(written.entry['citations'], [
      { source: 'desk-newsroom-example-2026-01-20', quote: 'The Ascend 910C draws 310 W.' },
    ]);
    const text = decode(await vscode.workspace.fs.readFile(deskUri()));
    assert.ok(text.startsWith(before.trimEnd()), 'the pack’s earlier entries are kept as they were');
    assert.match(
      text,
      /publishers:\n {2}- id: desk-newsroom-example\n {4}name: The Newsroom\n {4}tier: named-outlet\n {4}hosts:\n {6}- newsroom\.example\n/,
    );
    assert.match(
      text,
      /sources:\n {2}- id: desk-newsroom-example-2026-01-20\n {4}title: Desk note on the Ascend 910C\n {4}publisher: The Newsroom\n {4}url: https:\/\/newsroom\.example\/ascend-910c\n {4}date: 2026-01-20\n/,
    );
    // Valid: no Problems entry on the pack, and the claim is now supported by the desk's record.
    await waitFor(() => {
      const f = api
        .lastResult(doc.uri)
        ?.result.findings.find((x) => x.entityId === 'huawei-ascend-910c' && x.claimed.attribute === 'tdp');
      return f && f.verdict !== 'unknown' ? f : undefined;
    }, 'the claim judged by the new entry');
    assert.deepStrictEqual(
      packDiagnostics(deskUri()).map((p) => p.message),
      [],
    );
    assert.deepStrictEqual(rootPacks()!.errors, []);
  });
});
