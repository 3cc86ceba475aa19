/** The JSON contract, version 1 (pinned by a golden test): ranges 0-based as in VS Code. */
import type { Report } from './report';

export function toJson(report: Report): unknown {
  return {
    version: 1,
    asOf: report.asOf,
    record: {
      version: report.recordVersion,
      ...(report.recordReviewed ? { reviewed: report.recordReviewed } : {}),
      packs: report.packs,
      // Packs refused for errors: the drafts were judged without them (the messages name file and line).
      ...(report.packErrors?.length ? { packErrors: report.packErrors } : {}),
    },
    ...(report.disagreements ? { disagreements: report.disagreements } : {}),
    files: report.files.map((file) => ({
      path: file.path,
      asOf: file.asOf,
      ...(file.error ? { error: file.error } : {}),
      // What the text output prints as notes (a part not checked, a front-matter date not used); absent when none.
      ...(file.notes.length ? { notes: file.notes } : {}),
      // Claims the record cannot judge: listed so nothing passes silently; absent when none.
      ...(file.notInRecord?.length
        ? {
            notInRecord: file.notInRecord.map((f) => ({
              range: f.range,
              kind: f.kind,
              claim: f.claim,
              entityId: f.entityId,
              claimed: f.claimed,
              message: f.message,
            })),
          }
        : {}),
      findings: file.findings.map((f) => ({
        range: f.range,
        severity: f.severity,
        verdict: f.verdict,
        kind: f.kind,
        claim: f.claim,
        recorded: f.recorded,
        message: f.message,
        detail: f.detail,
        factId: f.factId,
        sources: f.sources.map((s) => ({
          title: s.title,
          publisher: s.publisher,
          url: s.url,
          date: s.date,
          tier: s.tier,
        })),
        ...(f.sourceTier ? { sourceTier: f.sourceTier, weaklySourced: f.sourceTier === 'weak' } : {}),
        ...(f.fix
          ? {
              fix: {
                range: f.fix.range,
                newText: f.fix.newText,
                ...(f.fix.citation ? { citation: `[^${f.fix.citation.label}]: ${f.fix.citation.text}` } : {}),
              },
            }
          : {}),
        provenance: f.provenance,
        ...(f.confirmed ? { confirmed: f.confirmed } : {}),
      })),
    })),
  };
}

export function formatJson(report: Report): string {
  return JSON.stringify(toJson(report), null, 2) + '\n';
}
