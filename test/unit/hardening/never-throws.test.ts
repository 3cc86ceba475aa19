/**
 * Never throws into the editor: every entry point VS Code calls (providers,
 * tree view, status bar, commands, document events, the debounce timer)
 * must turn a fault into a log line and a fallback, never an exception.
 * Runs the real extension classes against fake-vscode.ts with faults
 * injected: the engine throws (failNextCheck and a throwing engine), the
 * document throws, the engine returns malformed data, commands get garbage
 * arguments.
 *
 * What the real-host test should add (test/integration, another engineer):
 * with api.testing.failNextCheck() armed, type in a draft and (a) wait for
 * onDidCheck with `error`, (b) hover the claim, (c) request code actions
 * (vscode.executeCodeActionProvider), (d) expand the claims view, (e) run
 * every factdesk.* command — asserting no "Extension host error"/uncaught
 * exception in the exthost log, the status bar showing "Fact Desk: error",
 * and the next good check clearing it.
 */
import './use-fake-vscode';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import * as vscode from 'vscode';
import type { CheckResult, Engine } from '../../../src/engine';
import { Checker } from '../../../src/extension/checker';
import { ClaimsView } from '../../../src/extension/claimsView';
import { registerCommands } from '../../../src/extension/commands';
import { FactCards } from '../../../src/extension/factCard';
import { SourceOpener } from '../../../src/extension/sources';
import { Log } from '../../../src/extension/log';
import { CodeActionProvider, FIX_ALL_KIND, HoverProvider } from '../../../src/extension/providers';
import { StatusBar } from '../../../src/extension/statusBar';
import { testEngine } from '../../helpers/record';
import * as fake from './fake-vscode';

const WRONG = 'The H200 has 96 GB of memory.\n';

const throwingEngine = (base: Engine): Engine => ({
  index: base.index,
  kinds: base.kinds,
  check: () => {
    throw new Error('engine exploded');
  },
  asOfFor: () => {
    throw new Error('engine exploded');
  },
});

/** An engine whose result is malformed (negative line, missing fields): a bug the fronts must survive. */
const malformedEngine = (base: Engine): Engine => ({
  index: base.index,
  kinds: base.kinds,
  asOfFor: (t, o) => base.asOfFor(t, o),
  check: (t, o) => {
    const r = base.check(t, o);
    return {
      ...r,
      findings: r.findings.map((f) => ({
        ...f,
        range: { start: { line: -1, character: -5 }, end: { line: -1, character: 2 } },
      })),
    } as CheckResult;
  },
});

let faultsInjected = 0;

describe('hardening: never throws into the editor (fault injection)', function () {
  this.timeout(30_000);
  let log: Log;
  let checker: Checker;
  let engine: Engine;
  const bundled = testEngine();
  const channel = () => log.channel as unknown as fake.FakeOutputChannel;
  const errorsLogged = () => channel().lines.filter((l) => l.startsWith('error '));

  beforeEach(() => {
    fake.workspace.reset();
    engine = bundled;
    log = new Log();
    const packs = {
      trusted: true,
      get bundled() {
        return bundled;
      },
      engineFor: () => engine,
      engineForRoot: () => engine,
      rootFor: () => undefined,
      draftPathOf: () => undefined,
      deskNotes: () => [],
      onDidLoad: () => ({ dispose() {} }),
    };
    checker = new Checker(log, packs as never);
  });
  afterEach(() => {
    checker.dispose();
    assert.deepEqual(fake.listenerErrors, [], 'an event listener threw');
  });
  after(() => console.log(`      faults injected: ${faultsInjected}`));

  const doc = (text = WRONG, uri = 'file:///w/a.md') => fake.workspace.open(uri, text);
  const position = new vscode.Position(0, 16);
  /** An open draft with a stored result: hovers and quick fixes read the last result, they never check. */
  const checkedDoc = (text = WRONG, uri = 'file:///w/a.md') => {
    const d = doc(text, uri);
    checker.checkNow(d as never, 'command');
    return d;
  };

  /** Runs `fn` under each fault in turn; it must not throw and must give the fallback. */
  const underFaults = <T>(
    name: string,
    make: () => fake.FakeDocument,
    fn: (d: fake.FakeDocument) => T,
    fallback: (v: T) => boolean,
  ) => {
    const faults: [string, (d: fake.FakeDocument) => void][] = [
      ['failNextCheck', () => checker.failNextCheck('injected fault')],
      ['the engine throws', () => (engine = throwingEngine(bundled))],
      [
        'getText throws',
        (d) =>
          (d.getText = () => {
            throw new Error('getText exploded');
          }),
      ],
      [
        'offsetAt/positionAt throw',
        (d) => (
          (d.offsetAt = () => {
            throw new Error('offsetAt exploded');
          }),
          (d.positionAt = () => {
            throw new Error('positionAt exploded');
          })
        ),
      ],
      [
        'lineAt throws',
        (d) =>
          (d.lineAt = () => {
            throw new Error('lineAt exploded');
          }),
      ],
      ['settings missing', () => ((checker as { settings: unknown }).settings = undefined)],
    ];
    for (const [fault, inject] of faults) {
      const saved = checker.settings;
      engine = bundled;
      const d = make();
      inject(d);
      faultsInjected++;
      let value: T;
      assert.doesNotThrow(() => (value = fn(d)), `${name} threw under "${fault}"`);
      assert.ok(fallback(value!), `${name} under "${fault}" gave ${JSON.stringify(value!)}`);
      checker.settings = saved;
      fake.workspace.close(d);
    }
  };

  it('hover provider: a fault gives no hover and a log line, never an exception', () => {
    const hover = new HoverProvider(checker, log);
    assert.ok(hover.provideHover(checkedDoc() as never, position as never), 'a hover when nothing is wrong');
    underFaults(
      'provideHover',
      () => checkedDoc(),
      (d) => hover.provideHover(d as never, position as never),
      (v) => v === undefined || v instanceof fake.Hover,
    );
    assert.ok(errorsLogged().length >= 3);
  });

  it('code action provider (quick fixes, fix-all, any "only" kind): a fault gives [] and a log line', () => {
    const actions = new CodeActionProvider(checker, log);
    const d0 = checkedDoc();
    const result = bundled.check(WRONG, { includeSupported: true });
    const diagnostic = new fake.Diagnostic(new fake.Range(0, 13, 0, 18), result.findings[0]!.message);
    diagnostic.source = 'Fact Desk';
    diagnostic.code = { value: 'h200.memory_capacity', target: fake.Uri.parse('https://x.test') };
    const contexts = [
      { diagnostics: [diagnostic], only: undefined },
      { diagnostics: [diagnostic], only: fake.CodeActionKind.QuickFix },
      { diagnostics: [], only: FIX_ALL_KIND },
      { diagnostics: [], only: fake.CodeActionKind.SourceFixAll },
      { diagnostics: [diagnostic], only: new fake.CodeActionKind('refactor.weird') },
      // Garbage a misbehaving host or another extension could hand over.
      {
        diagnostics: [
          Object.assign(new fake.Diagnostic(new fake.Range(99, 0, 99, 1), 'x'), {
            source: 'Fact Desk',
            code: undefined,
          }),
        ],
        only: undefined,
      },
      {
        diagnostics: [
          Object.assign(new fake.Diagnostic(new fake.Range(0, 0, 0, 0), 'x'), {
            source: 'Fact Desk',
            code: { value: 42 },
          }),
        ],
        only: undefined,
      },
    ];
    assert.ok(
      actions.provideCodeActions(d0 as never, diagnostic.range as never, contexts[0] as never).length >= 2,
      'quick fixes when nothing is wrong',
    );
    fake.workspace.close(d0);
    for (const context of contexts) {
      underFaults(
        'provideCodeActions',
        () => checkedDoc(),
        (d) => actions.provideCodeActions(d as never, diagnostic.range as never, context as never),
        (v) => Array.isArray(v),
      );
    }
  });

  it('claims view and status bar: refresh, children and items survive a throwing checker and a throwing document', () => {
    const d = doc();
    const changed = new fake.EventEmitter<void>();
    const active = {
      get document() {
        return d;
      },
      onDidChange: changed.event,
    };
    const view = new ClaimsView(checker, active as never, log);
    const bar = new StatusBar(checker, active as never, log);
    checker.checkNow(d as never, 'command');
    const roots = view.getChildren();
    assert.ok(roots.length >= 1);
    for (const node of [undefined, ...roots, ...roots.flatMap((r) => view.getChildren(r))])
      assert.ok(node === undefined || view.getTreeItem(node));
    // Faults: every checker method the views read throws.
    for (const method of ['stored', 'lastError', 'isTooLarge', 'engineFor', 'sizeOf'] as const) {
      const saved = checker[method];
      (checker as unknown as Record<string, unknown>)[method] = () => {
        throw new Error(`${method} exploded`);
      };
      faultsInjected++;
      assert.doesNotThrow(() => view.refresh());
      assert.doesNotThrow(() => bar.refresh());
      assert.doesNotThrow(() => changed.fire());
      assert.ok(Array.isArray(view.getChildren()));
      (checker as unknown as Record<string, unknown>)[method] = saved;
    }
    // A node the view never made.
    faultsInjected++;
    assert.ok(view.getTreeItem({ type: 'claim', item: null, uri: null } as never));
    assert.deepEqual(view.getChildren({ type: 'bogus' } as never), []);
    view.dispose();
    bar.dispose();
  });

  it('fact cards: unknown entities, odd as-of dates, a missing pack root, garbage messages from the page — a card, never an exception', async () => {
    const cards = new FactCards(checker, log, new SourceOpener(log, { open: async () => true }));
    assert.match(cards.show('nvidia-h200', '2025-11-27')!.html, /H200/);
    for (const [id, asOf, root] of [
      ['no-such-entity', '2025-11-27'],
      ['', ''],
      ['nvidia-h200', 'not-a-date'],
      ['nvidia-h200', '2025-11-27', '/no/such/root'],
      ['__proto__', '2025-11-27'],
    ] as [string, string, string?][]) {
      faultsInjected++;
      let html = '';
      assert.doesNotThrow(() => (html = cards.show(id, asOf, root)?.html ?? ''));
      assert.equal(typeof html, 'string');
    }
    for (const message of [
      undefined,
      null,
      42,
      'openAll',
      { type: 'openSource', index: -1 },
      { type: 'openSource', index: 1e9 },
      { type: 'openSource', index: '0' },
      { type: 'open', url: 'https://evil.example' },
      { type: 'openSource', index: 0.5 },
    ]) {
      faultsInjected++;
      await assert.doesNotReject(async () => assert.equal(await cards.receive(message), 0));
    }
    cards.dispose();
  });

  it('commands: every factdesk.* command, with garbage arguments and an engine fault armed, resolves (never rejects)', async () => {
    const d = doc();
    fake.window.activeTextEditor = new fake.FakeEditor(d);
    const active = { document: d, onDidChange: new fake.EventEmitter<void>().event };
    const disposables = registerCommands(checker, active as never, log, { open: async () => true });
    try {
      const garbage: unknown[][] = [
        [],
        [undefined],
        [null],
        [42],
        ['not a uri'],
        [{}],
        [[]],
        ['file:///w/a.md', { start: { line: -1 } }],
        [fake.Uri.parse('file:///nowhere.md')],
        ['9999-99-99'],
        ['2025-02-30'],
        [['javascript:alert(1)', 'file:///etc/passwd']],
      ];
      for (const [id, run] of fake.registeredCommands) {
        for (const args of garbage) {
          checker.failNextCheck('injected fault');
          faultsInjected++;
          await assert.doesNotReject(async () => run(...args), `${id}(${JSON.stringify(args)}) rejected`);
        }
      }
    } finally {
      for (const x of disposables) x.dispose();
    }
  });

  it('checker: failNextCheck on a check, a disk check and a save — each logged and recorded, none thrown', () => {
    const d = doc();
    // A disk check is of a file not open in the editor (an open one's disk text is dropped, never checked).
    const onDisk = fake.Uri.parse('file:///w/on-disk.md');
    for (const [run, uri] of [
      [() => checker.checkNow(d as never, 'command'), d.uri],
      [() => checker.checkText(onDisk as never, WRONG), onDisk],
      [() => checker.onSave(d as never), d.uri],
    ] as const) {
      checker.failNextCheck('injected fault');
      faultsInjected++;
      assert.doesNotThrow(run);
      assert.equal(checker.lastError(uri as never), 'injected fault');
    }
    assert.ok(errorsLogged().length >= 3);
    checker.checkNow(d as never, 'command');
    assert.equal(checker.lastError(d.uri as never), undefined, 'the next good check clears the error');
  });

  // BUG-TIMER-THROW: Checker.schedule()'s setTimeout callback calls
  // checkNow() unguarded, and checkNow() guards only the engine call: a
  // throw in apply() (e.g. toDiagnostic on a malformed range — vscode.Range
  // rejects negative numbers — or a disposed DiagnosticCollection) escapes
  // the timer as an uncaught exception in the extension host, and the
  // document's state (stored result vs diagnostics) is left half-updated.
  // Repro: an engine returning a finding with range line -1, then
  // checker.onOpen(doc) and one tick. Fix: wrap the timer body in
  // log.safely (and/or apply()'s conversion).
  // Fixed: the timer body is guarded and logs.
  it('a malformed engine result on a debounced check is logged, not thrown from the timer', async () => {
    const errors = await timerErrors();
    assert.deepEqual(errors, []);
  });

  async function timerErrors(): Promise<unknown[]> {
    engine = malformedEngine(bundled);
    const errors: unknown[] = [];
    const real = globalThis.setTimeout;
    globalThis.setTimeout = ((fn: () => void, ms?: number) =>
      real(() => {
        try {
          fn();
        } catch (e) {
          errors.push(e);
        }
      }, ms)) as typeof setTimeout;
    try {
      const d = doc();
      checker.onOpen(d as never);
      await new Promise((r) => real(r, 5));
    } finally {
      globalThis.setTimeout = real;
    }
    return errors;
  }

  it('extension.ts wires every editor event and the pack watcher through log.safely (static check of the source)', () => {
    const file = path.join(__dirname, '..', '..', '..', 'src', 'extension', 'extension.ts');
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const unguarded: string[] = [];
    let subscriptions = 0;
    const visit = (node: ts.Node) => {
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        /^onDid/.test(node.expression.name.text)
      ) {
        const handler = node.arguments[0];
        if (handler && (ts.isArrowFunction(handler) || ts.isFunctionExpression(handler))) {
          subscriptions++;
          const body = handler.body;
          const expr = ts.isBlock(body)
            ? body.statements.length === 1 && ts.isExpressionStatement(body.statements[0]!)
              ? body.statements[0]!.expression
              : undefined
            : body;
          const guarded =
            !!expr &&
            ts.isCallExpression(expr) &&
            ts.isPropertyAccessExpression(expr.expression) &&
            /^(?:safely|safelyAsync)$/.test(expr.expression.name.text);
          // Handlers that only resolve a promise or fire an emitter are harmless; anything else must be guarded.
          const trivial =
            /^(?:resolve|sub\.dispose|this\.|emitter\.fire)/.test(expr?.getText(source) ?? '') ||
            /whenChecked|resolve\(e\)/.test(handler.getText(source));
          if (!guarded && !trivial)
            unguarded.push(`${node.expression.getText(source)}: ${handler.getText(source).slice(0, 80)}`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    assert.ok(subscriptions >= 6, `found ${subscriptions} event subscriptions`);
    assert.deepEqual(unguarded, []);
  });
});
