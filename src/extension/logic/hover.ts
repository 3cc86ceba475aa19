/**
 * Hover markdown for a position in a draft: the claims under the cursor
 * (verdict, what the record says, sources) and the card of each entity
 * involved (entityCard, compact). No `vscode` import: unit-tested.
 *
 * Record and pack text is escaped (entityCard, escapeMarkdown, sourceMarkdown):
 * the only links are https: sources and the two command links below, whose
 * arguments are ids the command looks up again (never a URL or other text
 * from the record). The adapter renders it with HTML off and trusts exactly
 * HOVER_COMMANDS.
 */
import { entityCard, escapeMarkdown, TIER_LABELS, plainLine, safeSourceLink, sourceHost, sourceMarkdown, type CheckResult, type Finding, type Mention, type RecordIndex, type SourceRef, type Span } from '../../engine';
import { overrideOf, provenanceText } from '../../packs/provenance';
import { commandLink, VERDICT_LABEL, VERDICT_SIGN } from './markdown';

/** Commands a hover links to; the adapter trusts exactly these. */
export const HOVER_COMMANDS = ['factdesk.showFactCard', 'factdesk.openSources'] as const;

/** factdesk.openSources' argument: source ids to look up in the draft's record (never URLs). */
export interface OpenSourcesArgs {
  sources: string[];
  /** The draft whose record the ids belong to (its URI as a string). */
  draft?: string;
}

export function openSourcesLink(sources: readonly Pick<SourceRef, 'id'>[], draft?: string): string {
  const args: OpenSourcesArgs = { sources: sources.map((s) => s.id), ...(draft ? { draft } : {}) };
  return commandLink('factdesk.openSources', [args]);
}

export interface HoverContent {
  markdown: string;
  /** The span the hover is about (the union of the claims and mention under the cursor). */
  span: Span;
}

const MAX_SOURCES = 5;

const contains = (span: Span, offset: number) => span.start <= offset && offset <= span.end && span.end > span.start;

/**
 * For a claim whose fact a workspace pack overrode: "overridden by <pack>:<line>;
 * bundled value … (sources)", so both the pack's and the bundled sources show.
 */
export function overrideMarkdown(index: RecordIndex, factId: string): string | undefined {
  const o = overrideOf(index, factId);
  if (!o) return undefined;
  const links = o.sources.slice(0, MAX_SOURCES).map((s) => {
    const link = safeSourceLink(s.url);
    const host = link?.host ?? sourceHost(s.url);
    // The link's text is the host: record text inside link text is parsed again by VS Code's renderer.
    const tier = ` _${TIER_LABELS[s.tier]}_`;
    if (link) return `${escapeMarkdown(s.publisher)} ([${escapeMarkdown(link.host)}](${link.href}))${tier}`;
    return `${escapeMarkdown(s.publisher)}${host ? ` (${escapeMarkdown(host)}, not linked: not https)` : ''}${tier}`;
  });
  if (o.sources.length > MAX_SOURCES) links.push(`… ${o.sources.length - MAX_SOURCES} more`);
  // A pack file name in a code span: nothing in it is markdown; a backquote would end the span.
  const code = (t: string) => `\`${plainLine(t).replace(/`/g, "'")}\``;
  const from = o.replacedOrigin === 'bundled' ? 'bundled value' : `value from ${code(o.replacedOrigin)}`;
  return `⟲ Overridden by ${code(`${o.by.file}:${o.by.line}`)}; ${from} **${escapeMarkdown(o.value)}**${links.length ? ` (${links.join(', ')})` : ''}`;
}

export function claimMarkdown(finding: Finding, asOf: string, index?: RecordIndex, draft?: string): string {
  const lines: string[] = [];
  lines.push(`${VERDICT_SIGN[finding.verdict] ?? ''} **Fact Desk · ${VERDICT_LABEL[finding.verdict] ?? finding.verdict}** (${finding.kind} claim${finding.quoted ? ', in a quotation' : ''})`, '');
  lines.push(`Draft says: “${escapeMarkdown(finding.claim)}”  `);
  lines.push(`Record says: **${escapeMarkdown(finding.recorded)}** (as of ${asOf})`, '');
  if (finding.verdict !== 'supported') {
    const detail = finding.detail.replace(/^.*?\(as of \d{4}-\d{2}-\d{2}\)\.\s*/, '');
    if (detail && detail !== finding.detail) lines.push(escapeMarkdown(detail), '');
  } else if (finding.sourceTier === 'weak') lines.push('Weakly sourced: the record has only weak sources for this (aggregators, wikis, copies).', '');
  if (finding.sources.length) {
    lines.push('Sources:', '');
    for (const s of finding.sources.slice(0, MAX_SOURCES)) {
      lines.push(`- ${sourceMarkdown(s)}`);
    }
    if (finding.sources.length > MAX_SOURCES) lines.push(`- … ${finding.sources.length - MAX_SOURCES} more`);
    lines.push('');
    lines.push(`[Open the sources](${openSourcesLink(finding.sources, draft)})`, '');
  }
  const override = index && finding.factId ? overrideMarkdown(index, finding.factId) : undefined;
  if (override) lines.push(override, '');
  lines.push(`_Fact \`${plainLine(finding.factId).replace(/`/g, "'")}\` · ${escapeMarkdown(provenanceText(finding.provenance))}_`);
  return lines.join('\n');
}

export function mentionMarkdown(index: RecordIndex, entityId: string, asOf: string): string {
  const card = entityCard(index, entityId, { asOf, compact: true }).trimEnd();
  return `${card}\n\n[Show the fact card](${commandLink('factdesk.showFactCard', [entityId])})`;
}

/**
 * The hover at `offset`, or undefined when nothing Fact Desk knows is there.
 * `result` must come from a check with `includeSupported: true`.
 */
export function hoverAt(index: RecordIndex, result: Pick<CheckResult, 'asOf' | 'findings' | 'mentions'>, offset: number, draft?: string): HoverContent | undefined {
  const claims: Finding[] = result.findings.filter((f) => contains(f.span, offset));
  const mention: Mention | undefined = result.mentions.find((m) => contains(m.span, offset));
  if (!claims.length && !mention) return undefined;
  const parts: string[] = claims.map((c) => claimMarkdown(c, result.asOf, index, draft));
  const entities: string[] = [];
  if (mention) entities.push(mention.entityId);
  for (const c of claims) if (c.entityId && !entities.includes(c.entityId)) entities.push(c.entityId);
  for (const id of entities) if (index.entities.has(id)) parts.push(mentionMarkdown(index, id, result.asOf));
  const spans = claims.length ? claims.map((c) => c.span) : [mention!.span];
  const span = { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
  return { markdown: parts.join('\n\n---\n\n'), span };
}
