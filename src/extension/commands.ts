/** The "Fact Desk: …" commands. Every handler is wrapped by Log.command: nothing throws into the editor. */
import * as vscode from 'vscode';
import type { Finding, Range, Verdict } from '../engine';
import type { ActiveDraft } from './activeDraft';
import type { Checker } from './checker';
import { CLAIMS_VIEW_ID } from './claimsView';
import { toRange, toWorkspaceEdit } from './convert';
import { FactCards } from './factCard';
import type { Log } from './log';
import { disagreementDiagnostics, type DisagreementDiagnosticData, type WorkspaceDraft } from './logic/disagreements';
import { Ask } from './ask';
import { IGNORE_CLAIM_COMMAND, REPLACE_AND_CITE_COMMAND, sourcePickRows } from './logic/citePick';
import { whoAmI } from './who';
import {
  citableSources,
  fixValueText,
  frontMatterDateEdits,
  ignoreEdits,
  replaceAndCiteEdits,
  replaceEdits,
} from './logic/edits';
import { parseApplyFixArgs } from './logic/hover';
import { validateAsOf } from './logic/settings';
import { parseOpenSourcesArgs, planOpenSources } from './logic/sources';
import { countVerdicts, type VerdictCounts } from './logic/status';
import { SourceOpener, windowPrompts, type ExternalOpener, type SourcePrompts } from './sources';

export type { ExternalOpener } from './sources';

export interface WorkspaceCheckSummary {
  files: number;
  counts: VerdictCounts;
  cancelled: boolean;
  /** Pairs of drafts that disagree where the record is silent or disputed. */
  disagreements: number;
}

function toRelatedDiagnostic(d: DisagreementDiagnosticData): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toRange(d.range), d.message, vscode.DiagnosticSeverity.Information);
  diagnostic.source = d.source;
  diagnostic.code = d.code;
  diagnostic.relatedInformation = d.related.map(
    (r) =>
      new vscode.DiagnosticRelatedInformation(
        new vscode.Location(vscode.Uri.parse(r.uri, true), toRange(r.range)),
        r.message,
      ),
  );
  return diagnostic;
}

/**
 * `prompts`: how "open the sources" asks (the editor's quick pick and modal by
 * default); `cards`: the fact-card panel (made here when not given).
 */
export function registerCommands(
  checker: Checker,
  active: ActiveDraft,
  log: Log,
  opener: ExternalOpener,
  prompts: SourcePrompts = windowPrompts,
  cards?: FactCards,
  ask: Ask = new Ask(),
): vscode.Disposable[] {
  const sources = new SourceOpener(log, opener, prompts);
  const ownCards = cards ? undefined : new FactCards(checker, log, sources);
  const factCards = cards ?? ownCards!;
  const draftOrTell = (): vscode.TextDocument | undefined => {
    const doc =
      active.document ??
      (vscode.window.activeTextEditor && checker.isDraft(vscode.window.activeTextEditor.document)
        ? vscode.window.activeTextEditor.document
        : undefined);
    if (!doc) void vscode.window.showInformationMessage('Fact Desk: open a markdown draft first.');
    return doc;
  };

  const register = <A extends unknown[], R>(id: string, fn: (...args: A) => R | Promise<R>) =>
    vscode.commands.registerCommand(`factdesk.${id}`, log.command(`factdesk.${id}`, fn));

  // Disagreements between drafts, from the last workspace check: apart from each draft's own diagnostics (a
  // draft's check replaces those), and dropped from a draft when it is edited (its places may have moved).
  const workspaceDiagnostics = vscode.languages.createDiagnosticCollection('factdesk-workspace');
  const dropOnEdit = vscode.workspace.onDidChangeTextDocument((e) => {
    if (e.contentChanges.length && workspaceDiagnostics.get(e.document.uri))
      workspaceDiagnostics.delete(e.document.uri);
  });

  return [
    workspaceDiagnostics,
    dropOnEdit,
    ...(ownCards ? [ownCards] : []),
    register('checkDocument', async (uri?: vscode.Uri) => {
      const doc =
        uri instanceof vscode.Uri
          ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())
          : draftOrTell();
      if (!doc) return undefined;
      if (!checker.settings.enable) {
        void vscode.window.showInformationMessage('Fact Desk is disabled (factdesk.enable).');
        return undefined;
      }
      // On the check thread: the editor thread waits for nothing.
      return (await checker.check(doc, 'command'))?.result;
    }),

    register('checkWorkspace', async (): Promise<WorkspaceCheckSummary | undefined> => {
      if (!checker.settings.enable) {
        void vscode.window.showInformationMessage('Fact Desk is disabled (factdesk.enable).');
        return undefined;
      }
      const files = await vscode.workspace.findFiles('**/*.{md,markdown}', '{**/node_modules/**,**/.git/**}');
      const all: { verdict: Verdict }[] = [];
      const drafts: WorkspaceDraft[] = [];
      let checked = 0;
      const cancelled = await vscode.window.withProgress(
        {
          location: vscode.ProgressLocation.Notification,
          title: 'Fact Desk: checking the workspace',
          cancellable: true,
        },
        async (progress, token) => {
          for (const uri of files) {
            if (token.isCancellationRequested) return true;
            progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / files.length });
            const stored = await log.safelyAsync(
              `workspace check of ${uri.toString(true)}`,
              async () => {
                const open = checker.openDocument(uri);
                if (open) return checker.check(open, 'workspace');
                const text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
                // Opened (and maybe edited) while the file was read: the editor's text is the draft, not the disk's.
                const openedMeanwhile = checker.openDocument(uri);
                if (openedMeanwhile) return checker.check(openedMeanwhile, 'workspace');
                return checker.checkTextSoon(uri, text);
              },
              undefined,
            );
            if (stored) {
              checked++;
              all.push(...stored.result.findings);
              drafts.push({
                uri: uri.toString(),
                label: vscode.workspace.asRelativePath(uri),
                findings: stored.result.findings,
              });
            }
            // Let the editor breathe between files.
            await new Promise((resolve) => setImmediate(resolve));
          }
          return false;
        },
      );
      const counts = countVerdicts(all);
      const byDraft = disagreementDiagnostics(drafts, (id) => checker.engineFor(undefined).index.entityName(id));
      workspaceDiagnostics.clear();
      for (const [uri, list] of byDraft)
        workspaceDiagnostics.set(vscode.Uri.parse(uri, true), list.map(toRelatedDiagnostic));
      // Each pair is one diagnostic in each of its two drafts.
      const disagreements = [...byDraft.values()].reduce((n, list) => n + list.length, 0) / 2;
      const summary = `Fact Desk checked ${checked} of ${files.length} drafts${cancelled ? ' (cancelled)' : ''}: ${counts.contradicted} contradicted, ${counts.outdated} outdated, ${counts.disputed} disputed, ${counts.supported} supported; ${disagreements} disagreement(s) between drafts.`;
      log.info(summary);
      void vscode.window.showInformationMessage(summary);
      return { files: checked, counts, cancelled, disagreements };
    }),

    register('showFactCard', async (entityId?: string) => {
      // The record of the active draft's folder (bundled + its packs).
      const doc = active.document;
      const index = checker.engineFor(doc?.uri).index;
      let id = typeof entityId === 'string' && index.entities.has(entityId) ? entityId : undefined;
      if (!id) {
        const items = [...index.entities.values()]
          .sort((a, b) => a.name.localeCompare(b.name))
          .map((e) => ({ label: e.name, description: e.kind, detail: e.description, id: e.id }));
        const picked = await vscode.window.showQuickPick(items, {
          title: 'Fact Desk: Show fact card',
          placeHolder: 'Chip, company, rule, model…',
          matchOnDescription: true,
          matchOnDetail: true,
        });
        if (!picked) return undefined;
        id = picked.id;
      }
      const asOf = doc
        ? checker.asOfFor(doc).asOf
        : checker.engine.asOfFor('', checker.settings.asOf ? { asOf: checker.settings.asOf } : {}).asOf;
      return factCards.show(id, asOf, doc ? checker.packs.rootFor(doc.uri) : undefined);
    }),

    // Interactive: the date goes into the draft's front matter (saved with it), unless the user picks
    // "this session only". Called with a date (tests, other extensions): the session override, as before,
    // unless `where` is 'front-matter'.
    register('setAsOf', async (date?: string, where?: 'front-matter' | 'session') => {
      const doc = draftOrTell();
      if (!doc) return undefined;
      let value = typeof date === 'string' ? date.trim() : undefined;
      let place = where === 'front-matter' || where === 'session' ? where : value === undefined ? undefined : 'session';
      if (value === undefined) {
        const current = checker.asOfFor(doc);
        value = (
          await vscode.window.showInputBox({
            title: 'Fact Desk: Set as-of date for this draft',
            prompt: `Check ${vscode.workspace.asRelativePath(doc.uri)} as of this date (YYYY-MM-DD). Now: ${current.asOf} (${current.asOfOrigin}).`,
            value: current.asOf,
            validateInput: (input) => validateAsOf(input) ?? null,
          })
        )?.trim();
        if (value === undefined) return undefined;
      }
      const problem = validateAsOf(value);
      if (problem) {
        void vscode.window.showErrorMessage(`Fact Desk: ${problem}`);
        return undefined;
      }
      if (!place) {
        const picked = await vscode.window.showQuickPick(
          [
            {
              label: `Write date: ${value} into the front matter`,
              description: 'saved with the draft',
              place: 'front-matter' as const,
            },
            {
              label: `Check as of ${value} in this session only`,
              description: 'not saved; the status bar shows “(set)”',
              place: 'session' as const,
            },
          ],
          { title: 'Fact Desk: Where should the date go?' },
        );
        if (!picked) return undefined;
        place = picked.place;
      }
      if (place === 'front-matter') {
        const ok = await vscode.workspace.applyEdit(
          toWorkspaceEdit(doc.uri, frontMatterDateEdits(doc.getText(), value)),
        );
        if (!ok) return undefined;
        // The front matter now holds the date: a session override would hide it.
        checker.setAsOfOverride(doc.uri, undefined);
        log.info(`as-of for ${doc.uri.toString(true)} written to its front matter: ${value}`);
      } else {
        checker.setAsOfOverride(doc.uri, value);
        log.info(`as-of for ${doc.uri.toString(true)} set to ${value} for this session`);
      }
      void checker.check(doc, 'command');
      return value;
    }),

    register('clearAsOf', () => {
      const doc = draftOrTell();
      if (!doc) return undefined;
      checker.setAsOfOverride(doc.uri, undefined);
      log.info(`as-of override for ${doc.uri.toString(true)} cleared`);
      void checker.check(doc, 'command');
      return true;
    }),

    // factdesk.reloadPacks, addToRecord and acceptWording: packCommands.ts.

    register('showLog', () => log.show()),

    register('focusClaims', () => vscode.commands.executeCommand(`${CLAIMS_VIEW_ID}.focus`)),

    // Source ids from a hover link or a quick fix, looked up again in the draft's record; never URLs.
    register('openSources', async (arg?: unknown) => {
      const request = parseOpenSourcesArgs(arg);
      if (!request) {
        log.warn(
          `open sources: ignored an argument that is not a list of source ids: ${JSON.stringify(arg)?.slice(0, 200)}`,
        );
        return 0;
      }
      let draft: vscode.Uri | undefined = active.document?.uri;
      if (request.draft) {
        try {
          draft = vscode.Uri.parse(request.draft, true);
        } catch {
          return 0;
        }
      }
      const index = checker.engineFor(draft).index;
      return sources.openMany(planOpenSources(request.sources, (id) => index.sources.get(id)));
    }),

    // From a hover's fix link: a place, never text; the fix is looked up again in the stored result.
    register('applyFix', async (arg?: unknown) => {
      const request = parseApplyFixArgs(arg);
      if (!request) return false;
      const doc = checker.openDocument(vscode.Uri.parse(request.draft, true));
      // The last result (never a check here); a keystroke behind, only a fix whose lines still read the same.
      const last = doc && checker.lastResult(doc);
      const finding = last?.result.findings.find(
        (f) =>
          f.fix &&
          f.range.start.line === request.line &&
          f.range.start.character === request.character &&
          last.holds(f.range) &&
          last.holds(f.fix.range),
      );
      const edits = finding && replaceEdits(finding);
      if (!doc || !edits) return false;
      return vscode.workspace.applyEdit(toWorkspaceEdit(doc.uri, edits));
    }),

    // "Replace and cite another source…": the value's sources, strongest first (publisher, date, tier), then the edit.
    vscode.commands.registerCommand(
      REPLACE_AND_CITE_COMMAND,
      log.command(REPLACE_AND_CITE_COMMAND, async (arg?: unknown) => {
        const request = parseApplyFixArgs(arg);
        if (!request) return false;
        const doc = checker.openDocument(vscode.Uri.parse(request.draft, true));
        // The last result (never a check here); a keystroke behind, only a fix whose lines still read the same.
        const last = doc && checker.lastResult(doc);
        const finding = last?.result.findings.find(
          (f) =>
            f.fix &&
            f.range.start.line === request.line &&
            f.range.start.character === request.character &&
            last.holds(f.fix.range),
        );
        if (!doc || !finding) return false;
        const { citationStyle: style, citationHouseStyle: house } = checker.settings;
        const picked = await ask.pick(sourcePickRows(citableSources(finding)), {
          title: `Fact Desk: cite a source for ${fixValueText(finding, doc.getText())}`,
          placeHolder: `Strongest first · cited as ${style === 'inline' ? 'an inline link' : 'a footnote'} (factdesk.citationStyle)`,
          matchOnDescription: true,
          matchOnDetail: true,
        });
        if (!picked) return false;
        // The draft may have changed while the picker was open: the fix is looked up again.
        const again = checker.lastResult(doc);
        const now = again?.result.findings.find(
          (f) =>
            f.fix &&
            f.range.start.line === request.line &&
            f.range.start.character === request.character &&
            f.factId === finding.factId &&
            again.holds(f.fix.range),
        );
        const edits = now && replaceAndCiteEdits(now, doc.getText(), style, picked.source, house);
        if (!edits) return false;
        return vscode.workspace.applyEdit(toWorkspaceEdit(doc.uri, edits));
      }),
    ),

    vscode.commands.registerCommand(
      IGNORE_CLAIM_COMMAND,
      log.command(IGNORE_CLAIM_COMMAND, async (arg?: unknown, factId?: unknown) => {
        const request = parseApplyFixArgs(arg);
        if (!request) return false;
        const doc = checker.openDocument(vscode.Uri.parse(request.draft, true));
        const at = (f: Finding) =>
          f.range.start.line === request.line &&
          f.range.start.character === request.character &&
          (typeof factId !== 'string' || f.factId === factId);
        const last = doc && checker.lastResult(doc);
        const finding = last?.result.findings.find((f) => at(f) && last.holds(f.range));
        if (!doc || !finding) return false;
        const reason = await ask.input({
          title: 'Fact Desk: Ignore this claim here',
          prompt: `Why? Optional — kept in the comment with your name and today’s date, and listed in the Claims view under “Ignored / accepted”. (${finding.message})`,
          value: '',
          validateInput: (input) => (input.length > 160 ? 'At most 160 characters.' : null),
        });
        if (reason === undefined) return false;
        const again = checker.lastResult(doc);
        const now = again?.result.findings.find((f) => at(f) && again.holds(f.range));
        const edits =
          now &&
          ignoreEdits(now, doc.getText(), {
            reason: reason.trim(),
            who: whoAmI(),
            date: new Date().toISOString().slice(0, 10),
          });
        if (!edits) return false;
        return vscode.workspace.applyEdit(toWorkspaceEdit(doc.uri, edits));
      }),
    ),

    register('revealClaim', async (uri?: string, range?: Range) => {
      if (typeof uri !== 'string' || !range) return;
      const target = toRange(range);
      const editor = await vscode.window.showTextDocument(vscode.Uri.parse(uri, true), {
        selection: target,
        preserveFocus: false,
      });
      editor.revealRange(target, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }),
  ];
}
