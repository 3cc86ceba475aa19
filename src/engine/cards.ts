/**
 * An entity's card in markdown: what the record knows, with sources. Shared by
 * the CLI's `explain`, the extension's hovers and its fact-card preview.
 */
import { statusAt } from './compare/compare';
import { displayDate } from './dates/dates';
import { sourcesOf } from './findings/findings';
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
  architecture: 'Architecture',
  vendor: 'Vendor',
  maker: 'Maker',
  parent: 'Parent company',
  role: 'Role',
  training_chip: 'Training chips',
  memory: 'Memory',
};

export const STATUS_LABELS: Record<ExportStatus, string> = {
  unrestricted: 'No US licence needed',
  licence_required: 'US licence required; none granted',
  licensed: 'Exportable under US licences',
  approved_pending: 'Approved for approved customers; licences under review',
  prohibited: 'Not exportable',
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
  if (timeline.length) {
    const now = statusAt(index, entityId, options.asOf);
    lines.push(`**China export status on ${options.asOf}:** ${now ? STATUS_LABELS[now.status] : 'not in the record'}`, '');
  }
  const events = facts.filter((f) => f.kind === 'event').sort((a, b) => (a.kind === 'event' && b.kind === 'event' ? byText(a.date, b.date) : 0));
  if (events.length) {
    lines.push('**Timeline**', '');
    for (const e of events.slice(0, options.compact ? 8 : 100)) {
      if (e.kind !== 'event') continue;
      lines.push(`- ${displayDate(e.date)} — ${e.summary} ${sourceLinks(sourcesOf([e], index), 2)}`);
    }
    if (options.compact && events.length > 8) lines.push(`- … ${events.length - 8} more (Fact Desk: Show fact card)`);
    lines.push('');
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
