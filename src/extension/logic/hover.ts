/**
 * Hover markdown for a position in a draft: the claims under the cursor
 * (verdict, what the record says, sources) and the card of each entity
 * involved (entityCard, compact). No `vscode` import: unit-tested.
 */
import { entityCard, TIER_LABELS, type CheckResult, type Finding, type Mention, type RecordIndex, type Span } from '../../engine';
import { overrideOf, provenanceText } from '../../packs/provenance';
import { commandLink, escapeMarkdown, VERDICT_LABEL, VERDICT_SIGN } from './markdown';

/** Commands a hover links to; the adapter trusts exactly these. */
export const HOVER_COMMANDS = ['factdesk.showFactCard', 'factdesk.openSources'] as const;

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
  const links = o.sources.slice(0, MAX_SOURCES).map((s) => `[${escapeMarkdown(s.publisher)}](${s.url}) _${TIER_LABELS[s.tier]}_`);
  if (o.sources.length > MAX_SOURCES) links.push(`… ${o.sources.length - MAX_SOURCES} more`);
  const code = (t: string) => `\`${t.replace(/`/g, "'")}\``;
  const from = o.replacedOrigin === 'bundled' ? 'bundled value' : `value from ${code(o.replacedOrigin)}`;
  return `⟲ Overridden by ${code(`${o.by.file}:${o.by.line}`)}; ${from} **${escapeMarkdown(o.value)}**${links.length ? ` (${links.join(', ')})` : ''}`;
}

export function claimMarkdown(finding: Finding, asOf: string, index?: RecordIndex): string {
  const lines: string[] = [];
  lines.push(`${VERDICT_SIGN[finding.verdict] ?? ''} **Fact Desk · ${VERDICT_LABEL[finding.verdict] ?? finding.verdict}** (${finding.kind} claim${finding.quoted ? ', in a quotation' : ''})`, '');
  lines.push(`Draft says: “${escapeMarkdown(finding.claim)}”  `);
  lines.push(`Record says: **${escapeMarkdown(finding.recorded)}** (as of ${asOf})`, '');
  if (finding.verdict !== 'supported') {
    const detail = finding.message.replace(/^.*?\(as of \d{4}-\d{2}-\d{2}\)\.\s*/, '');
    if (detail && detail !== finding.message) lines.push(escapeMarkdown(detail), '');
  } else if (finding.sourceTier === 'weak') lines.push('Weakly sourced: the record has only weak sources for this (aggregators, wikis, copies).', '');
  if (finding.sources.length) {
    lines.push('Sources:', '');
    for (const s of finding.sources.slice(0, MAX_SOURCES)) {
      lines.push(`- [${escapeMarkdown(s.title)}](${s.url}) — ${escapeMarkdown(s.publisher)}${s.date ? `, ${s.date}` : ''} · _${TIER_LABELS[s.tier]}_`);
    }
    if (finding.sources.length > MAX_SOURCES) lines.push(`- … ${finding.sources.length - MAX_SOURCES} more`);
    lines.push('');
    lines.push(`[Open the sources](${commandLink('factdesk.openSources', [finding.sources.map((s) => s.url)])})`, '');
  }
  const override = index && finding.factId ? overrideMarkdown(index, finding.factId) : undefined;
  if (override) lines.push(override, '');
  lines.push(`_Fact \`${finding.factId}\` · ${escapeMarkdown(provenanceText(finding.provenance))}_`);
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
export function hoverAt(index: RecordIndex, result: Pick<CheckResult, 'asOf' | 'findings' | 'mentions'>, offset: number): HoverContent | undefined {
  const claims: Finding[] = result.findings.filter((f) => contains(f.span, offset));
  const mention: Mention | undefined = result.mentions.find((m) => contains(m.span, offset));
  if (!claims.length && !mention) return undefined;
  const parts: string[] = claims.map((c) => claimMarkdown(c, result.asOf, index));
  const entities: string[] = [];
  if (mention) entities.push(mention.entityId);
  for (const c of claims) if (c.entityId && !entities.includes(c.entityId)) entities.push(c.entityId);
  for (const id of entities) if (index.entities.has(id)) parts.push(mentionMarkdown(index, id, result.asOf));
  const spans = claims.length ? claims.map((c) => c.span) : [mention!.span];
  const span = { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
  return { markdown: parts.join('\n\n---\n\n'), span };
}
