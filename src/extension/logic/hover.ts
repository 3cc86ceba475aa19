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
import {
  displayDate,
  escapeMarkdown,
  TIER_LABELS,
  plainLine,
  safeSourceLink,
  sourceHost,
  sourceMarkdown,
  statusAt,
  STATUS_LABELS,
  type CheckResult,
  type Finding,
  type Mention,
  type RecordIndex,
  type SourceRef,
  type Span,
} from '../../engine';
import { overrideOf, provenanceText } from '../../packs/provenance';
import { commandLink, VERDICT_LABEL, VERDICT_SIGN } from './markdown';

/** Commands a hover links to; the adapter trusts exactly these. */
export const HOVER_COMMANDS = ['factdesk.showFactCard', 'factdesk.openSources', 'factdesk.applyFix'] as const;

/** factdesk.applyFix's argument: where the claim starts; the command finds its fix again in the stored result. */
export interface ApplyFixArgs {
  draft: string;
  line: number;
  character: number;
}

export function applyFixLink(finding: Pick<Finding, 'range'>, draft: string): string {
  const args: ApplyFixArgs = { draft, line: finding.range.start.line, character: finding.range.start.character };
  return commandLink('factdesk.applyFix', [args]);
}

export function parseApplyFixArgs(arg: unknown): ApplyFixArgs | undefined {
  if (!arg || typeof arg !== 'object') return undefined;
  const { draft, line, character } = arg as Record<string, unknown>;
  if (typeof draft !== 'string' || !Number.isInteger(line) || !Number.isInteger(character)) return undefined;
  return { draft, line: line as number, character: character as number };
}

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

/** What the record's value rests on, after the decision: a dispute, how current it is, how it was read. */
function explanation(finding: Finding): string {
  // The detail's first sentence is the diagnostic's own (what the draft says, the recorded value, the date).
  return finding.detail.replace(/^.*?\(as of \d{4}-\d{2}-\d{2}\)\.\s*/, '').replace(/^Not in the record: .*$/, '');
}

/**
 * A claim's hover, decision first: the verdict, the correction with its date and the fix as a
 * link (when `flagged`: the Problems panel shows it); then what the value rests on (dispute,
 * currency, weak sources; for a flagged claim that is its diagnostic's related information, shown
 * just above), the strongest sources,
 * a pack override, and the entity in one line. Not repeated: the diagnostic's message (VS Code
 * shows it above), fact ids, hashes, the kind of claim.
 */
export function claimMarkdown(
  finding: Finding,
  asOf: string,
  index?: RecordIndex,
  draft?: string,
  flagged = true,
): string {
  const lines: string[] = [];
  const sign = VERDICT_SIGN[finding.verdict] ?? '';
  const label = VERDICT_LABEL[finding.verdict] ?? finding.verdict;
  const correction =
    finding.verdict === 'unknown'
      ? 'the record holds no value for this'
      : `record: **${escapeMarkdown(finding.brief || finding.recorded)}**`;
  const fix =
    finding.fix && flagged && draft
      ? ` · [Replace with ${escapeMarkdown(finding.fix.newText)}](${applyFixLink(finding, draft)})`
      : '';
  lines.push(
    `${sign} **${label}**${finding.quoted ? ' (in a quotation)' : ''} — ${correction} · as of ${displayDate(asOf)}${fix}`,
    '',
  );
  // A flagged claim's explanation is the diagnostic's related information, shown just above.
  const why =
    flagged && (finding.verdict === 'contradicted' || finding.verdict === 'outdated' || finding.verdict === 'disputed')
      ? ''
      : explanation(finding);
  if (why) lines.push(escapeMarkdown(why), '');
  else if (finding.verdict === 'supported' && finding.sourceTier === 'weak')
    lines.push('Weakly sourced: the record has only weak sources for this (aggregators, wikis, copies).', '');
  if (finding.sources.length) {
    for (const s of finding.sources.slice(0, MAX_SOURCES)) lines.push(`- ${sourceMarkdown(s)}`);
    const more = finding.sources.length > MAX_SOURCES ? ` (${finding.sources.length - MAX_SOURCES} more)` : '';
    lines.push('', `[Open the sources](${openSourcesLink(finding.sources, draft)})${more}`, '');
  }
  const override = index && finding.factId ? overrideMarkdown(index, finding.factId) : undefined;
  if (override) lines.push(override, '');
  else if (!finding.provenance.origin.startsWith('bundled@'))
    lines.push(`_From \`${plainLine(provenanceText(finding.provenance)).replace(/`/g, "'")}\`_`, '');
  return lines.join('\n').trimEnd();
}

/** An entity in one line: what it is, its China export status at the as-of date, the full card one click away. */
export function mentionMarkdown(index: RecordIndex, entityId: string, asOf: string): string {
  const entity = index.entities.get(entityId);
  const link = `[Fact card](${commandLink('factdesk.showFactCard', [entityId])})`;
  if (!entity) return link;
  const status = index.statusTimeline(entityId).some((x) => x.side === 'us-export')
    ? statusAt(index, entityId, asOf)
    : undefined;
  const china = status ? ` · China, ${displayDate(asOf)}: ${STATUS_LABELS[status.status]}` : '';
  return `**${escapeMarkdown(entity.name)}** — ${escapeMarkdown(entity.description)}${china} · ${link}`;
}

/**
 * The hover at `offset`, or undefined when nothing Fact Desk knows is there.
 * `result` must come from a check with `includeSupported: true`.
 */
export function hoverAt(
  index: RecordIndex,
  result: Pick<CheckResult, 'asOf' | 'findings' | 'mentions'>,
  offset: number,
  draft?: string,
  options: { names?: boolean; flagged?: (f: Finding) => boolean } = {},
): HoverContent | undefined {
  const claims: Finding[] = result.findings.filter((f) => contains(f.span, offset));
  // factdesk.entityNames off: plain names get no hover (claims still do).
  const mention: Mention | undefined =
    options.names === false ? undefined : result.mentions.find((m) => contains(m.span, offset));
  if (!claims.length && !mention) return undefined;
  const parts: string[] = claims.map((c) => claimMarkdown(c, result.asOf, index, draft, options.flagged?.(c) ?? true));
  const entities: string[] = [];
  if (mention) entities.push(mention.entityId);
  for (const c of claims) if (c.entityId && !entities.includes(c.entityId)) entities.push(c.entityId);
  for (const id of entities) if (index.entities.has(id)) parts.push(mentionMarkdown(index, id, result.asOf));
  const spans = claims.length ? claims.map((c) => c.span) : [mention!.span];
  const span = { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
  return { markdown: parts.join('\n\n---\n\n'), span };
}
