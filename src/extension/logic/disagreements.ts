/**
 * "Check all drafts in the workspace": drafts that disagree where the record is silent or disputed, as
 * information-level diagnostic data with the other draft's claim as related information — one diagnostic in
 * each draft, each linking the other. The pairing is the engine's (draftDisagreements, also used by the CLI).
 */
import { ATTRIBUTE_LABELS, draftDisagreements, type Finding, type Range } from '../../engine';
import { DIAGNOSTIC_SOURCE } from './diagnostics';

export const DISAGREEMENT_CODE = 'factdesk/disagreement';

export interface DisagreementDiagnosticData {
  /** The draft the diagnostic is on (its URI as a string). */
  uri: string;
  range: Range;
  message: string;
  severity: 'information';
  source: typeof DIAGNOSTIC_SOURCE;
  code: typeof DISAGREEMENT_CODE;
  related: { uri: string; range: Range; message: string }[];
}

export interface WorkspaceDraft {
  uri: string;
  /** How the draft is named in messages (its workspace-relative path). */
  label: string;
  findings: readonly Finding[];
}

/** Diagnostic data by draft URI; `entityName` names an entity id for the messages. */
export function disagreementDiagnostics(
  drafts: readonly WorkspaceDraft[],
  entityName: (id: string) => string,
): Map<string, DisagreementDiagnosticData[]> {
  const labels = new Map(drafts.map((d) => [d.uri, d.label]));
  const out = new Map<string, DisagreementDiagnosticData[]>();
  for (const d of draftDisagreements(drafts.map((x) => ({ path: x.uri, findings: x.findings })))) {
    const what = `${entityName(d.entityId)}'s ${(ATTRIBUTE_LABELS[d.attribute] ?? d.attribute.replace(/_/g, ' ')).toLowerCase()}`;
    const why = d.record === 'silent' ? 'the record holds no value for it' : 'the record’s sources disagree';
    for (const [here, there] of [
      [d.a, d.b],
      [d.b, d.a],
    ] as const) {
      const list = out.get(here.path) ?? out.set(here.path, []).get(here.path)!;
      list.push({
        uri: here.path,
        range: here.range,
        message: `Drafts disagree on ${what}: “${here.words}” here, “${there.words}” in ${labels.get(there.path) ?? there.path} (${why}).`,
        severity: 'information',
        source: DIAGNOSTIC_SOURCE,
        code: DISAGREEMENT_CODE,
        related: [
          {
            uri: there.path,
            range: there.range,
            message: `“${there.words}” in ${labels.get(there.path) ?? there.path}`,
          },
        ],
      });
    }
  }
  return out;
}
