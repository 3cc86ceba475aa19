/** SARIF 2.1.0: one rule per claim kind; sources and provenance in each result's properties. */
import type { Log, Notification, ReportingDescriptor, Result } from 'sarif';
import { CLAIM_KINDS, type Severity } from '../../engine';
import { whyText, type Disagreement } from '../consistency';
import type { Report } from './report';

/** With --workspace: drafts that disagree where the record cannot settle it (consistency.ts). */
const DISAGREEMENT_RULE: ReportingDescriptor = {
  id: 'factdesk/disagreement',
  name: 'Disagreement',
  shortDescription: {
    text: 'Two drafts give one entity’s attribute different values where the record is silent or disputed.',
  },
  defaultConfiguration: { level: 'note' },
};

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', information: 'note', hint: 'none' };

/**
 * A report path as a SARIF `artifactLocation.uri`: a relative URI reference
 * (RFC 3986) resolved against %SRCROOT%. Each segment is percent-encoded
 * (UTF-8), so spaces, `%`, `#`, `?`, `:`, backslashes, controls and non-ASCII
 * names stay one path: `issue#12.md` is `issue%2312.md`, not the file `issue`
 * with a fragment, and `c:draft.md` is `c%3Adraft.md`, not a scheme.
 * Lone surrogates (not in any real file name) become U+FFFD first.
 */
export function pathToUri(p: string): string {
  return p
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .split('/')
    .map((segment) =>
      encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`),
    )
    .join('/');
}

/**
 * A relative (or absolute) path given as bytes as a URI reference: each byte outside RFC 3986's unreserved set is
 * percent-encoded, so a name that is not UTF-8 ("lat\xE9.md" on screen) is `lat%E9.md`, the file's own bytes.
 */
export function bytesToUri(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) {
    const c = String.fromCharCode(b);
    out += b === 0x2f || /[\w.~-]/.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

export function toSarif(report: Report, toolVersion: string): Log {
  // One rule per claim kind, from the engine's registry of kinds.
  const kinds: string[] = CLAIM_KINDS.map((k) => k.id);
  const rules: ReportingDescriptor[] = CLAIM_KINDS.map(({ id, description, defaultLevel }) => ({
    id: `factdesk/${id}`,
    name: id.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: description },
    defaultConfiguration: { level: defaultLevel },
  }));
  if (report.disagreements) rules.push(DISAGREEMENT_RULE);
  const results: Result[] = [];
  const notifications: Notification[] = [];
  // A pack refused for errors: the run was judged without it, which is no successful run.
  for (const e of report.packErrors ?? []) notifications.push({ level: 'error', message: { text: e } });
  for (const file of report.files) {
    const uri = file.uri ?? pathToUri(file.path);
    const where = [{ physicalLocation: { artifactLocation: { uri, uriBaseId: '%SRCROOT%' } } }];
    // What text output prints as notes and errors: a file not read, a part of a draft not checked.
    if (file.error)
      notifications.push({ level: 'error', message: { text: `${file.path}: ${file.error}` }, locations: where });
    for (const note of file.notes)
      notifications.push({ level: 'note', message: { text: `${file.path}: ${note}` }, locations: where });
    for (const f of file.findings) {
      results.push({
        ruleId: `factdesk/${f.kind}`,
        ruleIndex: kinds.indexOf(f.kind),
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
              region: {
                startLine: f.range.start.line + 1,
                startColumn: f.range.start.character + 1,
                endLine: f.range.end.line + 1,
                endColumn: f.range.end.character + 1,
              },
            },
          },
        ],
        partialFingerprints: { factId: f.factId },
        ...(f.fix
          ? {
              fixes: [
                {
                  description: { text: `Replace with the recorded value: ${f.fix.newText}` },
                  artifactChanges: [
                    {
                      artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
                      replacements: [
                        {
                          deletedRegion: {
                            startLine: f.fix.range.start.line + 1,
                            startColumn: f.fix.range.start.character + 1,
                            endLine: f.fix.range.end.line + 1,
                            endColumn: f.fix.range.end.character + 1,
                          },
                          insertedContent: { text: f.fix.newText },
                        },
                      ],
                    },
                  ],
                },
              ],
            }
          : {}),
        properties: {
          verdict: f.verdict,
          factId: f.factId,
          claim: f.claim,
          recorded: f.recorded,
          asOf: file.asOf,
          sources: f.sources.map((s) => ({
            title: s.title,
            publisher: s.publisher,
            url: s.url,
            date: s.date,
            tier: s.tier,
          })),
          ...(f.sourceTier ? { sourceTier: f.sourceTier, weaklySourced: f.sourceTier === 'weak' } : {}),
          provenance: f.provenance,
          ...(f.confirmed ? { confirmed: f.confirmed } : {}),
        },
      });
    }
  }
  // One result per pair, at the first draft's claim; the other draft's claim is its related location (id 1),
  // linked from the message as SARIF embedded links allow ("[text](1)").
  for (const d of report.disagreements ?? []) {
    const region = (p: Disagreement['a']) => ({
      startLine: p.line,
      startColumn: p.column,
      endLine: p.endLine,
      endColumn: p.endColumn,
    });
    const at = (p: Disagreement['a']) => ({
      artifactLocation: { uri: pathToUri(p.path), uriBaseId: '%SRCROOT%' },
      region: region(p),
    });
    // Square brackets in message text are escaped, so only our link is one.
    const esc = (text: string) => text.replace(/[\\[\]]/g, '\\$&');
    results.push({
      ruleId: DISAGREEMENT_RULE.id,
      ruleIndex: kinds.length,
      level: 'note',
      message: {
        text: `Drafts disagree on ${esc(d.what)}: “${esc(d.a.words)}” here, “${esc(d.b.words)}” in [${esc(`${d.b.path}:${d.b.line}:${d.b.column}`)}](1) (${whyText(d)}).`,
      },
      locations: [{ physicalLocation: at(d.a) }],
      relatedLocations: [
        { id: 1, physicalLocation: at(d.b), message: { text: `“${esc(d.b.words)}” in ${esc(d.b.path)}` } },
      ],
      partialFingerprints: { disagreement: `${d.entityId}|${d.attribute}` },
      properties: { entityId: d.entityId, attribute: d.attribute, record: d.record, words: [d.a.words, d.b.words] },
    });
  }
  return {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: { driver: { name: 'Fact Desk', version: toolVersion, rules } },
        // Columns are counted as the engine and VS Code count them, in UTF-16 code units: said, so that a reader
        // counting code points puts a finding after an emoji where it is.
        columnKind: 'utf16CodeUnits',
        invocations: [
          {
            executionSuccessful: !report.files.some((f) => f.error) && !report.packErrors?.length,
            ...(notifications.length ? { toolExecutionNotifications: notifications } : {}),
          },
        ],
        results,
        properties: {
          recordVersion: report.recordVersion,
          ...(report.recordReviewed ? { recordReviewed: report.recordReviewed } : {}),
          packs: report.packs,
        },
      },
    ],
  };
}
