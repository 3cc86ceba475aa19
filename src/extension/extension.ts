/**
 * Fact Desk's VS Code front: diagnostics, hovers, quick fixes, the claims
 * view, the status bar, fact cards and commands over the engine. Activation
 * (onLanguage:markdown) only wires things up; the engine is created on the
 * first check. Nothing here touches the network.
 */
import * as vscode from 'vscode';
import { ActiveDraft } from './activeDraft';
import { Ask, type ScriptedAnswer } from './ask';
import type { FactDeskApi } from './api';
import { Checker, type CheckEvent } from './checker';
import { ClaimsView } from './claimsView';
import { registerCommands } from './commands';
import { FactCards } from './factCard';
import { Log } from './log';
import { readSettings } from './logic/settings';
import type { SourcePickItem } from './logic/sources';
import { RESTRICTED_NOTE } from './logic/status';
import { SourceOpener, windowPrompts, type SourcePrompts } from './sources';
import { registerPackCommands } from './packCommands';
import { WorkspacePacks } from './packs';
import { isInside } from '../packs/packs';
import { CodeActionProvider, HoverProvider } from './providers';
import { PlainNames } from './plainNames';
import { PlainTextHint } from './plainTextHint';
import { StatusBar } from './statusBar';

const MARKDOWN: vscode.DocumentSelector = [
  { language: 'markdown', scheme: 'file' },
  { language: 'markdown', scheme: 'untitled' },
  { language: 'markdown', scheme: 'vscode-vfs' },
  { language: 'markdown', scheme: 'vscode-remote' },
  { language: 'markdown', scheme: 'vscode-test-web' },
  { language: 'markdown', scheme: 'memfs' },
];

export function activate(context: vscode.ExtensionContext): FactDeskApi {
  const log = new Log();
  context.subscriptions.push(log);
  const started = Date.now();

  // Workspace packs: per folder, the CLI's discovery; one engine per folder's record; watched.
  const packs = new WorkspacePacks(
    log,
    (folder) => readSettings((key) => vscode.workspace.getConfiguration('factdesk', folder.uri).get(key)).packs,
  );
  context.subscriptions.push(packs);
  const checker = new Checker(log, packs);
  const active = new ActiveDraft(checker);
  const claims = new ClaimsView(checker, active, log);
  const status = new StatusBar(checker, active, log);
  const plainNames = new PlainNames(checker, log);
  context.subscriptions.push(checker, active, claims, status, plainNames);

  const opened: string[] = [];
  let intercept = false;
  const opener = {
    async open(url: string): Promise<boolean> {
      if (intercept) {
        opened.push(url);
        return true;
      }
      return vscode.env.openExternal(vscode.Uri.parse(url, true));
    },
  };
  // Tests answer the "open the sources?" questions instead of a person (api.testing.answerSourcePrompts).
  let promptAnswer: 'accept' | 'cancel' | undefined;
  const prompted: { kind: 'pick' | 'confirm'; title: string; items: SourcePickItem[] }[] = [];
  const prompts: SourcePrompts = {
    pick: async (items, title) => {
      if (!promptAnswer) return windowPrompts.pick(items, title);
      prompted.push({ kind: 'pick', title, items: [...items] });
      return promptAnswer === 'accept' ? items : undefined;
    },
    confirm: async (item) => {
      if (!promptAnswer) return windowPrompts.confirm(item);
      prompted.push({ kind: 'confirm', title: `Open ${item.host} in the browser?`, items: [item] });
      return promptAnswer === 'accept';
    },
  };
  const cards = new FactCards(checker, log, new SourceOpener(log, opener, prompts));
  const ask = new Ask();
  context.subscriptions.push(cards);
  const plainTextHint = new PlainTextHint(context.globalState, checker, log);
  context.subscriptions.push(plainTextHint);
  context.subscriptions.push(
    vscode.commands.registerCommand(
      'factdesk.getStarted',
      log.command('factdesk.getStarted', () =>
        vscode.commands.executeCommand(
          'workbench.action.openWalkthrough',
          `${context.extension.id}#factdesk.getStarted`,
          false,
        ),
      ),
    ),
  );

  context.subscriptions.push(
    vscode.languages.registerHoverProvider(MARKDOWN, new HoverProvider(checker, log)),
    vscode.languages.registerCodeActionsProvider(
      MARKDOWN,
      new CodeActionProvider(checker, log),
      CodeActionProvider.metadata,
    ),
    ...registerCommands(checker, active, log, opener, prompts, cards, ask),
    ...registerPackCommands(checker, log, ask),
    // A pack changed (watcher, save, quick fix, reload): re-check the drafts of the folders involved.
    packs.onDidChange((e) =>
      log.safely(
        'packs changed',
        () => {
          const scopes = e.roots.map((r) => packs.folderOf(r) ?? r);
          log.info(`packs reloaded (${e.reason}): re-checking open drafts under ${scopes.join(', ')}`);
          const under = (uri: vscode.Uri) => uri.scheme === 'file' && scopes.some((s) => isInside(uri.fsPath, s));
          checker.recheckOpenDrafts('packs', under);
          cards.refresh();
          // Drafts checked from disk (workspace check) are read again, so their Problems entries follow the new record.
          const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
          for (const stored of checker.allResults()) {
            if (stored.version !== -1 || open.has(stored.uri.toString()) || !under(stored.uri)) continue;
            void log.safelyAsync(
              `re-check ${stored.uri.toString(true)}`,
              async () =>
                checker.checkTextSoon(
                  stored.uri,
                  new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(stored.uri)),
                ),
              undefined,
            );
          }
        },
        undefined,
      ),
    ),
    vscode.workspace.onDidOpenTextDocument((doc) => log.safely('open', () => checker.onOpen(doc), undefined)),
    vscode.workspace.onDidChangeTextDocument((e) => log.safely('change', () => checker.onChange(e), undefined)),
    vscode.workspace.onDidSaveTextDocument((doc) => log.safely('save', () => checker.onSave(doc), undefined)),
    vscode.workspace.onDidCloseTextDocument((doc) => log.safely('close', () => checker.onClose(doc), undefined)),
    vscode.workspace.onDidChangeConfiguration((e) =>
      log.safely(
        'settings',
        () => {
          if (!e.affectsConfiguration('factdesk')) return;
          checker.reloadSettings();
          if (e.affectsConfiguration('factdesk.packs')) {
            log.info('factdesk.packs changed: watching and reloading the packs');
            packs.rewatch();
            packs.reloadAll('settings');
          }
          log.info(`settings changed: ${JSON.stringify(checker.settings)}`);
          checker.recheckOpenDrafts('settings');
        },
        undefined,
      ),
    ),
  );

  // Pack files: loaded now (their errors show in Problems), watched from here on; in Restricted Mode, once trust is granted.
  log.safely('load packs', () => packs.start(), undefined);
  if (!packs.trusted) {
    // Once per workspace: the status-bar tooltip and the log say it every time.
    const key = 'factdesk.restrictedModeNoticeShown';
    if (!context.workspaceState.get<boolean>(key)) {
      void context.workspaceState.update(key, true);
      void vscode.window.showInformationMessage(`Fact Desk: ${RESTRICTED_NOTE}`);
    }
  }

  // Drafts already open when the extension activates.
  log.safely('initial check', () => vscode.workspace.textDocuments.forEach((doc) => checker.onOpen(doc)), undefined);
  log.info(`Fact Desk activated in ${Date.now() - started} ms`);

  const whenChecked = (uri: vscode.Uri, minVersion = 0): Promise<CheckEvent> => {
    const stored = checker.stored(uri);
    if (stored && (stored.version >= minVersion || stored.version === -1)) {
      return Promise.resolve({ uri, version: stored.version, reason: 'command', result: stored.result });
    }
    return new Promise((resolve) => {
      const sub = checker.onDidCheck((e) => {
        if (e.uri.toString() === uri.toString() && e.version >= minVersion) {
          sub.dispose();
          resolve(e);
        }
      });
    });
  };

  return {
    apiVersion: 1,
    testing: {
      lastResult: (uri) => {
        const s = checker.stored(uri);
        return s && { version: s.version, result: s.result };
      },
      lastError: (uri) => checker.lastError(uri),
      claimsTree: () => claims.snapshot(),
      statusBar: () => status.snapshot(),
      plainNames: (uri) => plainNames.plainCount(uri),
      failNextCheck: (message) => checker.failNextCheck(message),
      onDidCheck: checker.onDidCheck,
      whenChecked,
      isPending: (uri) => checker.isPending(uri),
      asOfOverride: (uri) => checker.asOfOverride(uri),
      checkCount: () => checker.checkCount,
      interceptExternal: (on) => {
        intercept = on;
      },
      openedExternal: opened,
      packs: () => packs.snapshot(),
      trusted: () => packs.trusted,
      factCard: () => cards.snapshot(),
      factCardMessage: (message) => cards.receive(message),
      answerSourcePrompts: (answer) => {
        promptAnswer = answer;
      },
      sourcePrompts: prompted,
      answerQuestions: (answers: ScriptedAnswer[] | undefined) => ask.answer(answers),
      asked: ask.asked,
      plainTextHints: () => ({ shown: [...plainTextHint.shown], remembered: plainTextHint.done }),
      resetPlainTextHint: () => plainTextHint.reset(),
      onDidLoadPacks: packs.onDidLoad,
    },
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
