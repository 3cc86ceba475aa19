/**
 * `factdesk check --workspace`: drafts that disagree where the record is silent or disputed (the pairing is the
 * engine's draftDisagreements, shared with the extension), with 1-based places for the text and JSON outputs.
 */
import { ATTRIBUTE_LABELS, draftDisagreements, type DisagreementPlace } from '../engine';
import type { FileReport } from './format/report';

export interface Place {
  path: string;
  /** 1-based. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  words: string;
}

export interface Disagreement {
  entityId: string;
  attribute: string;
  /** What the drafts disagree on, for a reader: "AMD Instinct MI308's memory" (as the extension words it). */
  what: string;
  /** Why the record cannot settle it. */
  record: 'silent' | 'disputed';
  a: Place;
  b: Place;
}

const place = (p: DisagreementPlace): Place => ({
  path: p.path,
  line: p.range.start.line + 1,
  column: p.range.start.character + 1,
  endLine: p.range.end.line + 1,
  endColumn: p.range.end.character + 1,
  words: p.words,
});

/** `entityName`: an entity id's name for the messages. */
export function disagreements(files: FileReport[], entityName: (id: string) => string = (id) => id): Disagreement[] {
  const drafts = files.map((file) => ({
    path: file.path,
    findings: [...file.findings, ...(file.notInRecord ?? [])].sort((x, y) => x.span.start - y.span.start),
  }));
  return draftDisagreements(drafts).map((d) => ({
    entityId: d.entityId,
    attribute: d.attribute,
    what: `${entityName(d.entityId)}'s ${(ATTRIBUTE_LABELS[d.attribute] ?? d.attribute.replace(/_/g, ' ')).toLowerCase()}`,
    record: d.record,
    a: place(d.a),
    b: place(d.b),
  }));
}

/** Why the record cannot settle it, for a reader (as the extension words it). */
export const whyText = (d: Disagreement) =>
  d.record === 'silent' ? 'the record holds no value for it' : 'the record’s sources disagree';
