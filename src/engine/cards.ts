/**
 * An entity's card in markdown: what the record knows, with sources. Shared by
 * the CLI's `explain`, the extension's hovers and its fact-card preview.
 */
import { statusAt } from './compare/compare';
import { displayDate, recordDateBounds } from './dates/dates';
import { sourcesOf, staleSince } from './findings/findings';
import type { OriginFact } from './record/load';
import type { RecordIndex } from './record/record-index';
import type { ExportStatus, Quantity } from './record/schema';
import type { SourceRef } from './types';
import { byText, withThousands } from './format';

export const ATTRIBUTE_LABELS: Record<string, string> = {
  memory_capacity: 'Memory',
  memory_type: 'Memory type',
  memory_bandwidth: 'Memory bandwidth',
  fp16_tensor: 'FP16 Tensor',
  bf16_tensor: 'BF16 Tensor',
  fp8_tensor: 'FP8 Tensor',
  fp64: 'FP64',
  tdp: 'TDP',
  transistors: 'Transistors',
  dies: 'Dies',
  nvlink_bandwidth: 'NVLink',
  gpu_count: 'GPUs',
  cpu_count: 'CPUs',
  relative_performance: 'Relative performance',
  revenue_share: 'Revenue share to the US',
  charge: 'Charge',
  parameters: 'Parameters',
  active_parameters: 'Active parameters',
  tariff: 'Tariff',
  architecture: 'Architecture',
  vendor: 'Vendor',
  maker: 'Maker',
  parent: 'Parent company',
  role: 'Role',
  memory: 'Memory',
};

export const STATUS_LABELS: Record<ExportStatus, string> = {
  unrestricted: 'No US licence needed',
  licence_required: 'US licence required; none granted',
  licensed: 'Exportable under US licences',
  approved_pending: 'Approved for approved customers; licences under review',
  prohibited: 'Not exportable',
  case_by_case: 'US licence required; reviewed case by case',
  import_blocked: 'China does not let it in',
  purchase_discouraged: 'Chinese guidance discourages buying it',
  import_conditional: 'China lets some buyers import it, with conditions',
  import_allowed: 'No Chinese import restriction',
};

const num = (n: number) => withThousands(n);

export function quantityText(q: Quantity): string {
  const unit = q.unit === 'count' ? '' : q.unit === '%' ? '%' : ` ${q.unit}`;
  return `${q.approximate ? '~' : ''}${num(q.amount)}${unit}${q.sparse !== undefined ? ` dense (${num(q.sparse)}${unit} sparse)` : ''}`;
}

export function factValueText(f: OriginFact, index: RecordIndex): string {
  switch (f.kind) {
    case 'quantity':
      return quantityText(f.value) + (f.attribute === 'relative_performance' && f.relativeTo ? `× ${index.entityName(f.relativeTo)}` : '');
    case 'category':
      return (index.entities.has(f.value) ? index.entityName(f.value) : f.value) + (f.at ? ` at ${index.entityName(f.at)}` : '');
    case 'event':
      return `${displayDate(f.date)}: ${f.summary}`;
    case 'status':
      return STATUS_LABELS[f.status];
  }
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function sourceLinks(sources: SourceRef[], limit = 3): string {
  const shown = sources.slice(0, limit).map((s, i) => `[${i + 1}](${s.url} "${cell(s.title)} — ${cell(s.publisher)}${s.date ? `, ${s.date}` : ''}")`);
  return shown.join(' ') + (sources.length > limit ? ` +${sources.length - limit}` : '');
}

export interface CardOptions {
  asOf: string;
  /** Hovers are narrow: fewer rows and no source list. */
  compact?: boolean;
}

export function entityCard(index: RecordIndex, entityId: string, options: CardOptions): string {
  const entity = index.entities.get(entityId);
  if (!entity) return `No entity "${entityId}" in the record.`;
  const facts = index.factsAbout(entityId);
  const lines: string[] = [`**${entity.name}** — ${entity.description}`, ''];
  const specs = facts.filter((f) => f.kind === 'quantity' || f.kind === 'category');
  if (specs.length) {
    lines.push('| | Record | Sources |', '|---|---|---|');
    const variants = new Map(entity.variants.map((v) => [v.id, v.name]));
    for (const f of specs.slice(0, options.compact ? 14 : 100)) {
      const label = ATTRIBUTE_LABELS[(f as { attribute: string }).attribute] ?? (f as { attribute: string }).attribute;
      const variant = 'variant' in f && f.variant ? ` (${variants.get(f.variant) ?? f.variant})` : '';
      const disputed = f.conflicts.length ? ' ⚠︎ disputed' : '';
      lines.push(`| ${cell(label + variant)} | ${cell(factValueText(f, index))}${disputed} | ${sourceLinks(sourcesOf([f], index), 2)} |`);
    }
    lines.push('');
  }
  const timeline = index.statusTimeline(entityId);
  const sideLabel = { 'us-export': 'China export status', 'china-import': 'China import status' } as const;
  for (const side of ['us-export', 'china-import'] as const) {
    if (!timeline.some((s) => s.side === side)) continue;
    const now = statusAt(index, entityId, options.asOf, side);
    const known = now ? ` (newest source ${displayDate(now.confirmed)}${staleSince([now], options.asOf) ? '; as far as the record knows' : ''})` : '';
    lines.push(`**${sideLabel[side]} on ${options.asOf}:** ${now ? STATUS_LABELS[now.status] : 'not in the record'}${known}`, '');
  }
  const events = facts.filter((f) => f.kind === 'event').sort((a, b) => (a.kind === 'event' && b.kind === 'event' ? byText(a.date, b.date) : 0));
  if (events.length) {
    // Entries after the as-of date are not mixed in: they come last, marked, under their own heading.
    const isLater = (f: OriginFact) => f.kind === 'event' && recordDateBounds(f.date).from > options.asOf;
    const before = events.filter((e) => !isLater(e));
    const later = events.filter(isLater);
    const limit = options.compact ? 8 : 100;
    lines.push('**Timeline**', '');
    for (const e of before.slice(0, limit)) {
      if (e.kind !== 'event') continue;
      lines.push(`- ${displayDate(e.date)} — ${e.summary} ${sourceLinks(sourcesOf([e], index), 2)}`);
    }
    if (options.compact && before.length > limit) lines.push(`- … ${before.length - limit} more (Fact Desk: Show fact card)`);
    if (later.length) {
      lines.push('', `**After ${displayDate(options.asOf)} (later than the draft’s as-of date)**`, '');
      for (const e of later.slice(0, options.compact ? 3 : 100)) {
        if (e.kind !== 'event') continue;
        lines.push(`- ⏭ ${displayDate(e.date)} — ${e.summary} ${sourceLinks(sourcesOf([e], index), 2)}`);
      }
      if (options.compact && later.length > 3) lines.push(`- … ${later.length - 3} more later`);
    }
    lines.push('');
  }
  const newest = facts.map((f) => f.confirmed).sort().pop();
  if (newest || index.record.reviewed) {
    lines.push(`_Record reviewed ${index.record.reviewed ? displayDate(index.record.reviewed) : 'at an unstated date'}${newest ? `; newest source for this card ${displayDate(newest)}` : ''}._`, '');
  }
  if (!options.compact) {
    const sources = sourcesOf(facts, index);
    if (sources.length) {
      lines.push('**Sources**', '');
      for (const s of sources) lines.push(`- [${s.title}](${s.url}) — ${s.publisher}${s.date ? `, ${s.date}` : ''}`);
    }
  }
  return lines.join('\n').trimEnd() + '\n';
}
