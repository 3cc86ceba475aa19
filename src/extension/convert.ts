/** Engine/logic data ↔ vscode objects. */
import * as vscode from 'vscode';
import type { Range, Severity } from '../engine';
import { DIAGNOSTIC_SOURCE, type DiagnosticData } from './logic/diagnostics';
import type { TextEdit } from './logic/edits';

export const toRange = (r: Range): vscode.Range =>
  new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);

export const fromRange = (r: vscode.Range): Range => ({
  start: { line: r.start.line, character: r.start.character },
  end: { line: r.end.line, character: r.end.character },
});

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export function toDiagnostic(d: DiagnosticData, uri?: vscode.Uri): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toRange(d.range), d.message, SEVERITY[d.severity]);
  diagnostic.source = d.source;
  diagnostic.code = { value: d.code.value, target: vscode.Uri.parse(d.code.target, true) };
  // The detail a one-row message leaves out, shown under it in the Problems view.
  if (uri)
    diagnostic.relatedInformation = d.related.map(
      (line) => new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, toRange(d.range)), line),
    );
  return diagnostic;
}

/** A note that is not a finding (an undated draft): its own code, no link. */
export function toNoteDiagnostic(n: {
  range: Range;
  message: string;
  severity: Severity;
  code: string;
}): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toRange(n.range), n.message, SEVERITY[n.severity]);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = n.code;
  return diagnostic;
}

export function toWorkspaceEdit(uri: vscode.Uri, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(uri, toRange(e.range), e.newText);
  return edit;
}
