/** Hover cards and quick fixes, thin adapters over logic/hover and logic/edits. */
import * as vscode from 'vscode';
import type { Finding, Range } from '../engine';
import type { Checker } from './checker';
import { fromRange, toWorkspaceEdit } from './convert';
import type { Log } from './log';
import { DIAGNOSTIC_SOURCE, findingForDiagnostic, NO_DATE_CODE, severityFor } from './logic/diagnostics';
import {
  citableSources,
  fixAllEdits,
  fixValueText,
  frontMatterDateEdits,
  ignoreEdits,
  replaceAndCiteEdits,
  replaceEdits,
  type TextView,
} from './logic/edits';
import { IGNORE_CLAIM_COMMAND, REPLACE_AND_CITE_COMMAND } from './logic/citePick';
import { HOVER_COMMANDS, hoverAt, type ApplyFixArgs, type OpenSourcesArgs } from './logic/hover';
import { acceptTitle, canAccept, canAddToRecord } from './logic/packEntries';
import { ACCEPT_WORDING_COMMAND, ADD_TO_RECORD_COMMAND } from './packCommands';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('factdesk');

export class HoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly checker: Checker,
    private readonly log: Log,
  ) {}

  provideHover(doc: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    return this.log.safely(
      'hover',
      () => {
        if (!this.checker.settings.enable || !this.checker.isDraft(doc)) return undefined;
        // The last result without waiting and without checking here (checks run on the check thread).
        const last = this.checker.lastResult(doc);
        if (!last) return undefined;
        const content = hoverAt(last.engine.index, last.result, last.offsetOf(position), doc.uri.toString(), {
          names: this.checker.settings.entityNames,
          // The fix link only where the Problems panel flags the claim (and never in a quotation: the engine gives none).
          flagged: (f) => severityFor(f, this.checker.settings.severity) !== 'off',
        });
        if (!content) return undefined;
        const span = { start: last.positionOf(content.span.start), end: last.positionOf(content.span.end) };
        // A keystroke behind: only what still reads the same in the draft (the lines of the span unchanged).
        if (!last.holds(span)) return undefined;
        // Record text in it is escaped (logic/hover); no HTML, no theme icons; only Fact Desk's own commands run.
        const md = new vscode.MarkdownString(content.markdown, false);
        md.supportHtml = false;
        md.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
        return new vscode.Hover(
          md,
          new vscode.Range(span.start.line, span.start.character, span.end.line, span.end.character),
        );
      },
      undefined,
    );
  }
}

export class CodeActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(
    private readonly checker: Checker,
    private readonly log: Log,
  ) {}

  provideCodeActions(
    doc: vscode.TextDocument,
    range: vscode.Range,
    context: vscode.CodeActionContext,
  ): vscode.CodeAction[] {
    return this.log.safely(
      'code actions',
      () => {
        if (!this.checker.settings.enable || !this.checker.isDraft(doc)) return [];
        const only = context.only;
        const wantsFixAll = only ? FIX_ALL_KIND.contains(only) || only.contains(FIX_ALL_KIND) : false;
        const wantsQuickFix =
          !only || vscode.CodeActionKind.QuickFix.contains(only) || only.contains(vscode.CodeActionKind.QuickFix);
        const ours = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
        if (!wantsFixAll && !wantsQuickFix) return [];
        // The last result, never a check on the spot (the light bulb asks on every cursor move). A keystroke
        // behind, only its findings whose lines still read the same are offered: an edit never lands on moved text.
        const last = this.checker.lastResult(doc);
        if (!last) return [];
        const findings = last.fresh
          ? last.result.findings
          : last.result.findings.filter((f) => last.holds(f.range) && (!f.fix || last.holds(f.fix.range)));
        const result = { ...last.result, findings };
        if (wantsFixAll) {
          const action = this.fixAll(doc, result.findings, FIX_ALL_KIND, 'Fix all Fact Desk claims (recorded values)');
          return action ? [action] : [];
        }
        const actions: vscode.CodeAction[] = [];
        const text = doc.getText();
        const handled = new Set<Finding>();
        for (const diagnostic of ours) {
          if (diagnostic.code === NO_DATE_CODE) {
            actions.push(...this.dateActions(doc, result.asOf, diagnostic));
            continue;
          }
          const finding = findingForDiagnostic(result.findings, fromRange(diagnostic.range), diagnostic.code);
          if (!finding) continue;
          handled.add(finding);
          actions.push(...this.quickFixes(doc, text, finding, diagnostic));
        }
        // Claims under the cursor without a diagnostic: unknown ones (and flagged ones set to "off") can go to the workspace record.
        const at = fromRange(range);
        for (const finding of result.findings) {
          if (handled.has(finding) || !overlaps(finding.range, at)) continue;
          if (finding.verdict === 'unknown' || !this.flagged(finding))
            actions.push(...this.recordActions(doc, finding));
        }
        const fixable = result.findings.filter((f) => f.fix && this.flagged(f));
        if (fixable.length > 1 && actions.some((a) => a.title.startsWith('Replace with'))) {
          const all = this.fixAll(
            doc,
            fixable,
            vscode.CodeActionKind.QuickFix,
            `Replace all ${fixable.length} flagged claims with the recorded values`,
          );
          if (all) actions.push(all);
        }
        return actions;
      },
      [],
    );
  }

  /** On an undated draft: write the date it was checked at into the front matter, or pick another. */
  private dateActions(doc: vscode.TextDocument, asOf: string, diagnostic: vscode.Diagnostic): vscode.CodeAction[] {
    const add = new vscode.CodeAction(`Add date: ${asOf} to the front matter`, vscode.CodeActionKind.QuickFix);
    add.edit = toWorkspaceEdit(doc.uri, frontMatterDateEdits(doc.getText(), asOf));
    add.diagnostics = [diagnostic];
    add.isPreferred = true;
    const other = new vscode.CodeAction('Set another date…', vscode.CodeActionKind.QuickFix);
    other.command = { command: 'factdesk.setAsOf', title: 'Set as-of date for this draft…' };
    other.diagnostics = [diagnostic];
    return [add, other];
  }

  private flagged(f: Finding): boolean {
    return severityFor(f, this.checker.settings.severity) !== 'off';
  }

  private quickFixes(
    doc: vscode.TextDocument,
    text: string,
    finding: Finding,
    diagnostic: vscode.Diagnostic,
  ): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    const make = (title: string, edits: ReturnType<typeof replaceEdits>, preferred = false) => {
      if (!edits) return;
      const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      action.edit = toWorkspaceEdit(doc.uri, edits);
      action.diagnostics = [diagnostic];
      action.isPreferred = preferred;
      actions.push(action);
    };
    if (finding.fix) {
      const view = viewOf(doc);
      make(`Replace with the recorded value: ${fixValueText(finding, text, view)}`, replaceEdits(finding), true);
      const { citationStyle: style, citationHouseStyle: house } = this.checker.settings;
      const form = style === 'inline' ? 'inline link' : 'footnote';
      const [strongest, ...others] = citableSources(finding);
      // The strongest source in one step, named in the title; any other through the picker.
      if (strongest)
        make(
          `Replace and cite ${strongest.publisher} (${form})`,
          replaceAndCiteEdits(finding, text, style, strongest, house, view),
        );
      if (others.length) {
        const pick = new vscode.CodeAction(
          `Replace and cite another source… (${others.length + 1})`,
          vscode.CodeActionKind.QuickFix,
        );
        const args: ApplyFixArgs = {
          draft: doc.uri.toString(),
          line: finding.range.start.line,
          character: finding.range.start.character,
        };
        pick.command = {
          command: REPLACE_AND_CITE_COMMAND,
          title: 'Replace and cite another source…',
          arguments: [args],
        };
        pick.diagnostics = [diagnostic];
        actions.push(pick);
      }
    }
    if (ignoreEdits(finding, text, undefined, viewOf(doc))) {
      // Asks for an optional reason first; the comment keeps it with who and when (the Claims view lists it).
      const ignore = new vscode.CodeAction('Ignore this claim here…', vscode.CodeActionKind.QuickFix);
      const args: ApplyFixArgs = {
        draft: doc.uri.toString(),
        line: finding.range.start.line,
        character: finding.range.start.character,
      };
      ignore.command = {
        command: IGNORE_CLAIM_COMMAND,
        title: 'Ignore this claim here…',
        arguments: [args, finding.factId],
      };
      ignore.diagnostics = [diagnostic];
      actions.push(ignore);
    }
    actions.push(...this.recordActions(doc, finding, diagnostic));
    if (finding.sources.length) {
      const open = new vscode.CodeAction(
        `Open the sources (${finding.sources.length})`,
        vscode.CodeActionKind.QuickFix,
      );
      // Source ids, looked up again by the command (which asks once before opening anything).
      const args: OpenSourcesArgs = { sources: finding.sources.map((s) => s.id), draft: doc.uri.toString() };
      open.command = { command: 'factdesk.openSources', title: 'Open the sources…', arguments: [args] };
      open.diagnostics = [diagnostic];
      actions.push(open);
    }
    return actions;
  }

  /** "Add to the record…" (unknown or disputed) and "Accept this wording": entries in the desk's pack, not editor state. */
  private recordActions(
    doc: vscode.TextDocument,
    finding: Finding,
    diagnostic?: vscode.Diagnostic,
  ): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    // Restricted Mode: workspace packs are off, so nothing offers to write to one.
    if (!this.checker.packs.trusted) return actions;
    const make = (title: string, command: string, ...more: unknown[]) => {
      const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      action.command = { command, title, arguments: [doc.uri.toString(), finding, ...more] };
      if (diagnostic) action.diagnostics = [diagnostic];
      actions.push(action);
    };
    if (canAddToRecord(finding)) make('Add to the record…', ADD_TO_RECORD_COMMAND);
    if (canAccept(finding)) {
      // The title says where the wording is accepted; "this draft" needs a saved draft (it is kept by its path).
      if (doc.uri.scheme === 'file') make(acceptTitle('draft'), ACCEPT_WORDING_COMMAND, 'draft');
      make(acceptTitle('all'), ACCEPT_WORDING_COMMAND, 'all');
    }
    return actions;
  }

  private fixAll(
    doc: vscode.TextDocument,
    findings: readonly Finding[],
    kind: vscode.CodeActionKind,
    title: string,
  ): vscode.CodeAction | undefined {
    const edits = fixAllEdits(findings.filter((f) => this.flagged(f)));
    if (!edits.length) return undefined;
    const action = new vscode.CodeAction(title, kind);
    action.edit = toWorkspaceEdit(doc.uri, edits);
    return action;
  }
}

const overlaps = (a: Range, b: Range): boolean => !before(a.end, b.start) && !before(b.end, a.start);
const before = (x: Range['start'], y: Range['start']): boolean =>
  x.line < y.line || (x.line === y.line && x.character < y.character);

/** The document's own line model (VS Code keeps it): a quick fix on a long draft never indexes the whole text here. */
function viewOf(doc: vscode.TextDocument): TextView {
  return {
    offsetAt: (p) => doc.offsetAt(new vscode.Position(p.line, p.character)),
    get end() {
      const end = doc.lineAt(doc.lineCount - 1).range.end;
      return { line: end.line, character: end.character };
    },
    lineAt: (line) => (line >= 0 && line < doc.lineCount ? doc.lineAt(line).text : undefined),
  };
}
