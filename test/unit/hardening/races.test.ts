/**
 * Races, with a fake document model (fake-vscode.ts) — unit level; the
 * real-host race tests live in test/integration.
 *
 * Two layers:
 *  1. The real Checker (src/extension/checker.ts) over fake documents: edits,
 *     closes, reopens, pack reloads and a second view act *while a check
 *     runs* (from inside the document's getText(), i.e. after the check read
 *     its version). Every applied result is audited at the moment it is
 *     applied: it must be for the document's current version and text.
 *  2. A model of the stale-version guard (src/extension/logic/guard.ts) with
 *     checks that take time (begin → … → finish), random interleavings by
 *     fast-check: what the guard promises if checks ever become asynchronous
 *     (today checkNow() is synchronous, so nothing can interleave inside one
 *     check in the real editor).
 */
import './use-fake-vscode';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import * as vscode from 'vscode';
import { compileRecord, createEngine, parseRecordFile, type CheckResult, type Engine } from '../../../src/engine';
import { Checker, type CheckEvent } from '../../../src/extension/checker';
import { registerCommands } from '../../../src/extension/commands';
import { Log } from '../../../src/extension/log';
import { VersionGuard, type CheckTicket } from '../../../src/extension/logic/guard';
import { bundledRecord, testEngine } from '../../helpers/record';
import * as fake from './fake-vscode';

const WRONG = 'The H200 has 96 GB of memory.\n';
const RIGHT = 'The H200 has 141 GB of memory.\n';
const TEXTS = [
  WRONG,
  RIGHT,
  'The H20 draws 700 W.\n',
  `# Draft\n\n${WRONG}\n${RIGHT}`,
  'No claims here.\n',
  `> ${WRONG}`,
];

/** The bundled record plus a pack that says the H200 has 96 GB: under it, WRONG is not contradicted. */
function packedEngine(): Engine {
  const pack = parseRecordFile(
    `publishers: [{ id: the-desk, name: The desk, tier: primary, hosts: [desk.test] }]
sources:
  - { id: desk-note, title: Desk note, publisher: The desk, url: "https://desk.test/h200", date: 2026-01-01, accessed: 2026-11-23 }
overrides:
  - id: h200.memory_capacity
    kind: quantity
    entity: nvidia-h200
    attribute: memory_capacity
    value: { amount: 96, unit: GB }
    citations: [{ source: desk-note, quote: "96 GB" }]
    asOf: 2026-11-23
`,
    'desk.facts.yaml',
  );
  assert.deepEqual(pack.errors, []);
  const { record, errors } = compileRecord([pack], { version: 'packed', base: bundledRecord() });
  assert.deepEqual(errors, []);
  return createEngine(record);
}

const flaggedH200 = (r: CheckResult) =>
  r.findings.some((f) => f.factId === 'h200.memory_capacity' && f.verdict === 'contradicted');

/** A tick of the event loop: lets the checker's setTimeout(…, 0) checks run. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

let racesSimulated = 0;

describe('hardening: races (fake document model)', function () {
  this.timeout(60_000);
  after(() => console.log(`      races simulated: ${racesSimulated}`));

  describe('the real Checker', () => {
    let log: Log;
    let checker: Checker;
    let current: Engine;
    const subs: { dispose(): unknown }[] = [];
    const events: CheckEvent[] = [];
    const violations: string[] = [];
    const bundled = testEngine();
    let packed: Engine;

    before(() => {
      packed = packedEngine();
    });

    beforeEach(() => {
      fake.workspace.reset();
      current = bundled;
      log = new Log();
      const packs = {
        trusted: true,
        get bundled() {
          return bundled;
        },
        engineFor: () => current,
        rootFor: () => undefined,
        draftPathOf: () => undefined,
        deskNotes: () => [],
        onDidLoad: () => ({ dispose() {} }),
      };
      checker = new Checker(log, packs as never);
      events.length = 0;
      violations.length = 0;
      // Wired as extension.ts wires it (each handler inside log.safely).
      subs.push(
        vscode.workspace.onDidOpenTextDocument((d) => log.safely('open', () => checker.onOpen(d), undefined)),
        vscode.workspace.onDidChangeTextDocument((e) => log.safely('change', () => checker.onChange(e), undefined)),
        vscode.workspace.onDidCloseTextDocument((d) => log.safely('close', () => checker.onClose(d), undefined)),
        // The audit: whenever a result is applied, it must be for the document as it is now, under the record in use now.
        checker.onDidCheck((e) => {
          events.push(e);
          if (!e.result) return;
          const doc = fake.workspace.textDocuments.find((d) => d.uri.toString() === e.uri.toString());
          if (!doc) return void violations.push(`applied a result to a closed document (v${e.version})`);
          if (e.version !== doc.version) violations.push(`applied v${e.version} to a document at v${doc.version}`);
          const verdict = judge(e.result, doc.content);
          if (verdict === 'stale record')
            violations.push(`stale record: applied v${doc.version}'s findings under the record replaced meanwhile`);
          else if (verdict !== 'current')
            violations.push(`applied findings that are not those of v${doc.version}'s text`);
        }),
      );
    });

    afterEach(() => {
      checker.dispose();
      for (const s of subs.splice(0)) s.dispose();
      assert.deepEqual(fake.listenerErrors, [], 'a listener threw');
      assert.deepEqual(
        log.channel
          ? (log.channel as unknown as fake.FakeOutputChannel).lines.filter((l) => l.startsWith('error '))
          : [],
        [],
        'an error was logged',
      );
    });

    /** Whether findings are the current text's under the record in use, under the other record, or neither. */
    const judge = (r: CheckResult, text: string): 'current' | 'stale record' | 'wrong' => {
      const other = current === bundled ? packed : bundled;
      const got = JSON.stringify(r.findings);
      if (got === JSON.stringify(current.check(text, { includeSupported: true }).findings)) return 'current';
      if (got === JSON.stringify(other.check(text, { includeSupported: true }).findings)) return 'stale record';
      return 'wrong';
    };

    const settle = async () => {
      for (let i = 0; i < 20 && fake.workspace.textDocuments.some((d) => checker.isPending(d.uri as never)); i++)
        await tick();
      await tick();
    };
    const diagnosticsOf = (doc: fake.FakeDocument) => fake.languages.collections.at(-1)!.get(doc.uri) ?? [];
    const assertSettled = (doc: fake.FakeDocument) => {
      const stored = checker.stored(doc.uri as never)!;
      assert.ok(stored, 'a result is stored');
      assert.equal(stored.version, doc.version);
      assert.equal(
        JSON.stringify(stored.result.findings),
        JSON.stringify(current.check(doc.content, { includeSupported: true }).findings),
      );
    };

    it('an edit arriving while a check runs: that result is dropped, never applied; the edit’s own check applies', async () => {
      const doc = fake.workspace.open('file:///w/edit.md', WRONG);
      let once = true;
      doc.onGetText = (d) => {
        if (once) {
          once = false;
          d.edit(RIGHT);
        }
      };
      await settle();
      racesSimulated++;
      assert.deepEqual(violations, []);
      assert.ok(
        events.some((e) => e.dropped && e.version === 1),
        'the v1 result was dropped',
      );
      assertSettled(doc);
      assert.equal(doc.version, 2);
      assert.ok(!diagnosticsOf(doc).some((d) => /96 GB/.test(d.message)), 'no diagnostic of the old text');
    });

    it('closed while the check runs: nothing applied, nothing stored, no diagnostics, nothing pending', async () => {
      const doc = fake.workspace.open('file:///w/close.md', WRONG);
      doc.onGetText = (d) => fake.workspace.close(d);
      await settle();
      racesSimulated++;
      assert.deepEqual(violations, []);
      assert.ok(
        events.every((e) => !e.result),
        'no result applied',
      );
      assert.equal(checker.stored(doc.uri as never), undefined);
      assert.equal(diagnosticsOf(doc).length, 0);
      assert.equal(checker.isPending(doc.uri as never), false);
    });

    it('closed and reopened (a new document, version 1 again, other text) while the old check runs: the old result never lands on the new document', async () => {
      const old = fake.workspace.open('file:///w/reopen.md', WRONG);
      let reopened: fake.FakeDocument | undefined;
      old.onGetText = () => {
        if (reopened) return;
        fake.workspace.close(old);
        reopened = fake.workspace.open('file:///w/reopen.md', RIGHT);
      };
      await settle();
      racesSimulated++;
      assert.deepEqual(violations, []);
      assert.equal(reopened!.version, 1);
      assertSettled(reopened!);
      assert.equal(
        flaggedH200(checker.stored(reopened!.uri as never)!.result),
        false,
        'the old text’s finding is not shown on the new document',
      );
    });

    it('a new document under a closed one’s name (untitled names are reused, versions restart at 1), the close arriving late: the old result is never the new one’s, the late close clears nothing of it', async () => {
      const old = fake.workspace.open('untitled:Untitled-1', RIGHT);
      await settle();
      assert.equal(checker.stored(old.uri as never)?.version, 1);
      // The editor has closed the old document, but its close event comes after the new one opens.
      old.isClosed = true;
      fake.workspace.textDocuments = fake.workspace.textDocuments.filter((d) => d !== old);
      const successor = fake.workspace.open('untitled:Untitled-1', WRONG);
      assert.equal(successor.version, 1);
      assert.equal(checker.freshResult(successor as never), undefined, 'the old v1 result is not fresh for the new v1');
      assert.equal(checker.stored(successor.uri as never), undefined, 'nor reported as its stored result');
      assert.equal(checker.lastResult(successor as never), undefined, 'a hover never reads the old document’s result');
      await settle();
      assert.equal(flaggedH200(checker.lastResult(successor as never)!.result), true, 'a hover now reads the new text');
      assertSettled(successor);
      fake.workspace.close(old);
      racesSimulated++;
      assertSettled(successor);
      assert.ok(
        diagnosticsOf(successor).some((d) => /96 GB/.test(d.message)),
        'the new document keeps its diagnostics',
      );
      assert.deepEqual(violations, []);
    });

    it('a pack reloaded while a check runs: the drafts are re-checked and the last result applied is the new record’s', async () => {
      const doc = fake.workspace.open('file:///w/pack.md', WRONG);
      let reloaded = false;
      doc.onGetText = () => {
        if (reloaded) return;
        reloaded = true;
        // What extension.ts does on packs.onDidChange.
        current = packed;
        checker.recheckOpenDrafts('packs', () => true);
      };
      const applied: string[] = [];
      subs.push(
        checker.onDidCheck((e) => e.result && applied.push(flaggedH200(e.result) ? 'old record' : 'new record')),
      );
      await settle();
      racesSimulated++;
      assertSettled(doc);
      assert.equal(flaggedH200(checker.stored(doc.uri as never)!.result), false);
      assert.equal(applied.at(-1), 'new record');
      // The check that was running when the pack changed read the old record:
      // the guard (its ticket holds the record) drops that result; the
      // re-check applies the new record's.
      assert.deepEqual(applied, ['new record']);
      assert.ok(
        events.some((e) => e.dropped && e.version === 1),
        'the old record’s result was dropped',
      );
      assert.deepEqual(violations, []);
    });

    it('two views on one document: an edit typed in the second view while the first view’s check runs is never overwritten by the stale result', async () => {
      const doc = fake.workspace.open('file:///w/split.md', WRONG);
      const left = new fake.FakeEditor(doc);
      const right = new fake.FakeEditor(doc);
      assert.equal(left.document, right.document);
      let n = 0;
      doc.onGetText = () => {
        if (n++ < 3) right.document.edit(n % 2 ? RIGHT : `${WRONG}${RIGHT}`);
      };
      checker.checkNow(left.document as never, 'command');
      await settle();
      racesSimulated++;
      assert.deepEqual(violations, []);
      assertSettled(doc);
      assert.equal(doc.version, 4);
    });

    it('a failing check (injected engine fault) between two good ones: no throw, the error is recorded and cleared, no stale apply', async () => {
      const doc = fake.workspace.open('file:///w/fault.md', WRONG);
      await settle();
      checker.failNextCheck('injected');
      doc.edit(RIGHT);
      await settle();
      assert.equal(checker.lastError(doc.uri as never), 'injected');
      assert.ok(events.some((e) => e.error === 'injected'));
      doc.edit(`${RIGHT}\n`);
      await settle();
      racesSimulated++;
      assert.equal(checker.lastError(doc.uri as never), undefined);
      assertSettled(doc);
      assert.deepEqual(violations, []);
      // The logged error is expected here: clear it for the afterEach audit.
      const channel = log.channel as unknown as fake.FakeOutputChannel;
      assert.ok(channel.lines.some((l) => l.startsWith('error ') && /injected/.test(l)));
      channel.lines.length = 0;
    });

    it(`random interleavings of edits from two views, closes, reopens, pack reloads and commands, some of them mid-check (fast-check): every applied result is current; once quiet, the stored result is the current text’s`, async () => {
      type Op =
        | { t: 'edit'; text: number }
        | { t: 'editMidCheck'; text: number }
        | { t: 'closeMidCheck' }
        | { t: 'reopen'; text: number }
        | { t: 'reload' }
        | { t: 'reloadMidCheck' }
        | { t: 'command' }
        | { t: 'hover' }
        | { t: 'tick' };
      const op: fc.Arbitrary<Op> = fc.oneof(
        fc.record({ t: fc.constant('edit' as const), text: fc.nat(TEXTS.length - 1) }),
        fc.record({ t: fc.constant('editMidCheck' as const), text: fc.nat(TEXTS.length - 1) }),
        fc.constant({ t: 'closeMidCheck' as const }),
        fc.record({ t: fc.constant('reopen' as const), text: fc.nat(TEXTS.length - 1) }),
        fc.constant({ t: 'reload' as const }),
        fc.constant({ t: 'reloadMidCheck' as const }),
        fc.constant({ t: 'command' as const }),
        fc.constant({ t: 'hover' as const }),
        fc.constant({ t: 'tick' as const }),
      );
      await fc.assert(
        fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 14 }), async (ops) => {
          const uri = `file:///w/prop-${racesSimulated}.md`;
          let doc: fake.FakeDocument = fake.workspace.open(uri, WRONG);
          const swap = () => {
            current = current === bundled ? packed : bundled;
            checker.recheckOpenDrafts('packs', () => true);
          };
          for (const o of ops) {
            racesSimulated++;
            const live = !doc.isClosed;
            switch (o.t) {
              case 'edit':
                if (live) doc.edit(TEXTS[o.text]!);
                break;
              case 'editMidCheck':
                if (live) doc.onGetText = (d) => ((d.onGetText = undefined), !d.isClosed && d.edit(TEXTS[o.text]!));
                break;
              case 'closeMidCheck':
                if (live) doc.onGetText = (d) => ((d.onGetText = undefined), !d.isClosed && fake.workspace.close(d));
                break;
              case 'reopen':
                if (live) fake.workspace.close(doc);
                doc = fake.workspace.open(uri, TEXTS[o.text]!);
                break;
              case 'reload':
                swap();
                break;
              case 'reloadMidCheck':
                if (live) doc.onGetText = (d) => ((d.onGetText = undefined), swap());
                break;
              case 'command':
                if (live) checker.checkNow(doc as never, 'command');
                break;
              case 'hover': {
                // Hovers and quick fixes read lastResult(), never a check on the spot: fresh, it is the current
                // text's; a keystroke behind, every finding it still offers (lines unchanged) is one of the current text's.
                if (!live) break;
                // (A hover is synchronous in the editor: no edit can land inside it, so the mid-check hooks stay off.)
                const hook = doc.onGetText;
                doc.onGetText = undefined;
                const checks = checker.checkCount;
                const r = checker.lastResult(doc as never);
                doc.onGetText = hook;
                assert.equal(checker.checkCount, checks, 'a hover ran a check');
                // Right after a pack reload too (before the re-check it scheduled has run): stored results are keyed by record.
                if (r) assert.equal(r.engine, current, 'lastResult served a replaced record’s result');
                if (r?.fresh)
                  assert.equal(judge(r.result, doc.content), 'current', 'a fresh lastResult is not the current text’s');
                if (r && !r.fresh) {
                  const now = current
                    .check(doc.content, { includeSupported: true })
                    .findings.map((f) => JSON.stringify([f.range, f.factId, f.verdict]));
                  for (const f of r.result.findings.filter((x) => r.holds(x.range))) {
                    assert.ok(
                      now.includes(JSON.stringify([f.range, f.factId, f.verdict])),
                      `a stale finding offered: ${f.claim}`,
                    );
                  }
                }
                break;
              }
              case 'tick':
                await tick();
                break;
            }
          }
          doc.onGetText = undefined;
          if (doc.isClosed) doc = fake.workspace.open(uri, RIGHT);
          await settle();
          assert.deepEqual(violations, []);
          assertSettled(doc);
          fake.workspace.close(doc);
          violations.length = 0;
        }),
        { seed: 4242, numRuns: 150 },
      );
    });

    it('in the tick between a pack reload and its re-check, hovers never read the old record’s result (stored results are keyed by record)', async () => {
      const doc = fake.workspace.open('file:///w/window.md', WRONG);
      await settle();
      current = packed;
      checker.recheckOpenDrafts('packs', () => true);
      assert.equal(
        checker.freshResult(doc as never),
        undefined,
        'the stored result is the replaced record’s: not fresh',
      );
      assert.equal(
        checker.lastResult(doc as never),
        undefined,
        'nor served to hovers (and nothing is checked on the spot)',
      );
      await settle();
      racesSimulated++;
      assert.equal(judge(checker.lastResult(doc as never)!.result, doc.content), 'current');
      assertSettled(doc);
    });

    // BUG-PACK-SAVEONLY (fixed): a draft past factdesk.maxDocumentSize is
    // checked on save only. A pack reload used to re-apply its STORED
    // findings — computed with the old record — and currentResult() kept
    // serving them (the version still matched): diagnostics, hovers and
    // "Replace with the recorded value" quick fixes used the replaced record
    // until the writer saved. Now stored results carry the engine (record)
    // they were computed with: a stale one is not fresh, and on a reload a
    // save-only draft whose result is the old record's is re-checked once.
    it('a save-only (large) draft does not keep the replaced record’s findings after a pack reload', async () => {
      fake.workspace.configuration['maxDocumentSize'] = 10;
      checker.reloadSettings();
      const doc = fake.workspace.open('file:///w/large.md', WRONG);
      checker.onSave(doc as never);
      assert.equal(flaggedH200(checker.stored(doc.uri as never)!.result), true);
      current = packed;
      checker.recheckOpenDrafts('packs', () => true);
      await settle();
      const r = checker.lastResult(doc as never)?.result;
      assert.ok(!r || judge(r, doc.content) === 'current', 'hovers and quick fixes read the old record');
      assert.ok(!diagnosticsOf(doc).some((d) => /96 GB/.test(d.message)), 'diagnostics of the old record');
      // Re-checked once with the new record (not dropped): the writer keeps seeing findings.
      assertSettled(doc);
      racesSimulated++;
    });

    it('a save-only (large) draft: a settings change (same record) re-applies its stored findings and does not re-check it', async () => {
      fake.workspace.configuration['maxDocumentSize'] = 10;
      checker.reloadSettings();
      const doc = fake.workspace.open('file:///w/large-settings.md', WRONG);
      checker.onSave(doc as never);
      const checks = checker.checkCount;
      checker.recheckOpenDrafts('settings');
      await settle();
      assert.equal(checker.checkCount, checks);
      assert.equal(flaggedH200(checker.lastResult(doc as never)!.result), true);
      assert.ok(diagnosticsOf(doc).some((d) => /96 GB/.test(d.message)));
    });

    // BUG-RACE-WORKSPACE (fixed): "Check all drafts in the workspace" decided
    // whether a file was open BEFORE awaiting vscode.workspace.fs.readFile();
    // if the writer opened (and edited) the file during that await,
    // checker.checkText() stored the DISK text's result (version -1) over the
    // open document's fresh one. Now the command looks again after the read
    // (and checks the open document), and checkText() drops a disk result
    // for a document that is open.
    it('a draft opened and edited while "Check all drafts" reads it from disk keeps the editor text’s result', async () => {
      const { stored, summary } = await workspaceRace();
      racesSimulated++;
      assert.equal(stored.version, 2);
      assert.equal((summary as { files: number }).files, 1, 'the open draft counts as checked');
    });

    it('checkText() never stores a disk result over a document open under that URI', async () => {
      const doc = fake.workspace.open('file:///w/disk.md', RIGHT);
      await settle();
      assert.equal(checker.checkText(doc.uri as never, WRONG), undefined);
      assert.ok(events.some((e) => e.dropped && e.version === -1));
      assertSettled(doc);
      assert.ok(!diagnosticsOf(doc).some((d) => /96 GB/.test(d.message)));
    });

    async function workspaceRace() {
      const uri = 'file:///w/ws.md';
      let release!: (bytes: Uint8Array) => void;
      fake.workspace.findFiles = async () => [vscode.Uri.parse(uri)];
      fake.workspace.fs.readFile = () => new Promise<Uint8Array>((resolve) => (release = resolve));
      const disposables = registerCommands(checker, { document: undefined } as never, log, { open: async () => true });
      try {
        const run = fake.registeredCommands.get('factdesk.checkWorkspace')!();
        await tick();
        // The writer opens the draft and fixes it while the command waits for the disk read.
        const doc = fake.workspace.open(uri, WRONG);
        doc.edit(RIGHT);
        await settle();
        assertSettled(doc);
        release(new TextEncoder().encode(WRONG));
        const summary = await run;
        const stored = checker.stored(doc.uri as never)!;
        assertSettled(doc);
        assert.ok(
          !diagnosticsOf(doc).some((d) => /96 GB/.test(d.message)),
          'diagnostics of the disk text on the open draft',
        );
        return { doc, stored, summary };
      } finally {
        for (const d of disposables) d.dispose();
        fake.workspace.findFiles = async () => [];
      }
    }
  });

  describe('the stale-version guard, with checks that take time (model)', () => {
    /** One document as the editor holds it: a fresh object per open (version restarts at 1). */
    interface Doc {
      id: number;
      version: number;
      text: string;
      closed: boolean;
    }
    interface Pending {
      ticket: CheckTicket;
      doc: Doc;
      text: string;
      generation: number;
    }
    type Op =
      | { t: 'begin' }
      | { t: 'finish'; which: number }
      | { t: 'edit'; text: number; view: 0 | 1 }
      | { t: 'close' }
      | { t: 'reopen'; text: number }
      | { t: 'reload' };
    const ops = fc.array(
      fc.oneof(
        { weight: 3, arbitrary: fc.constant<Op>({ t: 'begin' }) },
        { weight: 3, arbitrary: fc.nat(5).map<Op>((which) => ({ t: 'finish', which })) },
        {
          weight: 3,
          arbitrary: fc.record({
            t: fc.constant('edit' as const),
            text: fc.nat(TEXTS.length - 1),
            view: fc.constantFrom<0 | 1>(0, 1),
          }),
        },
        { weight: 1, arbitrary: fc.constant<Op>({ t: 'close' }) },
        { weight: 1, arbitrary: fc.nat(TEXTS.length - 1).map<Op>((text) => ({ t: 'reopen', text })) },
        { weight: 1, arbitrary: fc.constant<Op>({ t: 'reload' }) },
      ),
      { minLength: 1, maxLength: 30 },
    );

    /**
     * Runs one interleaving the way Checker uses the guard: begin() when a
     * check reads the text, shouldApply(ticket, version or undefined when
     * closed) when it finishes, forget() on close; a pack reload re-checks
     * open drafts (a new begin() on the next tick). Returns what was applied.
     */
    function run(script: Op[]): { problems: string[]; staleRecord: number } {
      const guard = new VersionGuard();
      const key = 'file:///w/model.md';
      let nextId = 0;
      let doc: Doc = { id: nextId++, version: 1, text: TEXTS[0]!, closed: false };
      let generation = 0;
      const pending: Pending[] = [];
      let reloadPending = false;
      const problems: string[] = [];
      let staleRecord = 0;
      const begin = () => {
        if (doc.closed) return;
        pending.push({ ticket: guard.begin(key, doc.version, generation), doc, text: doc.text, generation });
      };
      for (const o of script) {
        racesSimulated++;
        if (reloadPending && o.t !== 'finish') {
          reloadPending = false;
          begin();
        }
        switch (o.t) {
          case 'begin':
            begin();
            break;
          case 'finish': {
            if (!pending.length) break;
            const p = pending.splice(o.which % pending.length, 1)[0]!;
            const apply = guard.shouldApply(p.ticket, p.doc.closed ? undefined : p.doc.version, generation);
            if (!apply) break;
            // Applied: it must be for the document now open, at its version, with its text.
            if (p.doc !== doc || p.doc.closed) problems.push('applied to a closed document');
            else if (p.text !== doc.text || p.ticket.version !== doc.version)
              problems.push(`applied v${p.ticket.version} text to v${doc.version}`);
            if (p.generation !== generation) staleRecord++;
            // The engine really runs on what was read (cached: cheap), so a throw would surface here.
            testEngine().check(p.text, { asOf: '2025-11-27' });
            break;
          }
          case 'edit':
            if (!doc.closed) {
              doc.version++;
              doc.text = TEXTS[o.text]!;
            }
            break;
          case 'close':
            doc.closed = true;
            guard.forget(key);
            break;
          case 'reopen':
            if (!doc.closed) {
              doc.closed = true;
              guard.forget(key);
            }
            doc = { id: nextId++, version: 1, text: TEXTS[o.text]!, closed: false };
            break;
          case 'reload':
            generation++;
            reloadPending = true;
            break;
        }
      }
      return { problems, staleRecord };
    }

    it('never applies a result to a closed document, a reopened one, or an older version — under random interleavings (5,000)', () => {
      fc.assert(
        fc.property(ops, (script) => {
          assert.deepEqual(run(script).problems, []);
        }),
        { seed: 777, numRuns: 5000 },
      );
    });

    // LATENT (fixed before it could bite): the guard keyed on the document
    // version only. Had checks run asynchronously (a worker, chunked async
    // parsing), a check that read the text before a pack reload and finished
    // after it — before the re-check the reload schedules had begun — would
    // have been applied with the OLD record's findings (model: begin, reload,
    // finish). The ticket now holds the record (the Checker passes the
    // engine; the model its generation) and shouldApply compares it.
    it('never applies a result computed with a record that was replaced meanwhile', () => {
      fc.assert(
        fc.property(ops, (script) => {
          assert.equal(run(script).staleRecord, 0);
        }),
        { seed: 778, numRuns: 5000 },
      );
    });

    it('begin → reload → finish: the old record’s result is not applied', () => {
      assert.equal(run([{ t: 'begin' }, { t: 'reload' }, { t: 'finish', which: 0 }]).staleRecord, 0);
    });
  });
});
