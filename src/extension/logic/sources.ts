/**
 * "Open the sources": what factdesk.openSources accepts and what it offers.
 * The command takes source ids (built by the extension: a hover link, a quick
 * fix, the fact card) and looks them up in the draft's record again; a URL is
 * never taken from an argument. Only https: sources are offered, in one quick
 * pick that lists each with its publisher and host. No `vscode` import: unit-tested.
 */
import { plainLine, safeSourceLink } from '../../engine';
import type { OpenSourcesArgs } from './hover';

/** More than any finding cites; an argument past it is not ours. */
const MAX_SOURCE_IDS = 500;
const ID = /^[a-z0-9][a-z0-9._-]*$/;

/** The argument of factdesk.openSources, or undefined when it is anything else (a URL list, garbage). */
export function parseOpenSourcesArgs(arg: unknown): OpenSourcesArgs | undefined {
  if (!arg || typeof arg !== 'object' || Array.isArray(arg)) return undefined;
  const { sources, draft } = arg as Record<string, unknown>;
  if (
    !Array.isArray(sources) ||
    sources.length > MAX_SOURCE_IDS ||
    !sources.every((s) => typeof s === 'string' && s.length <= 200 && ID.test(s))
  )
    return undefined;
  if (draft !== undefined && typeof draft !== 'string') return undefined;
  return { sources: [...new Set(sources as string[])], ...(typeof draft === 'string' ? { draft } : {}) };
}

export interface SourceLike {
  id: string;
  title: string;
  publisher: string;
  url: string;
  date?: string | null;
}

/** One source offered to open: a QuickPickItem's fields, and the https URL to open. */
export interface SourcePickItem {
  label: string;
  description: string;
  detail: string;
  picked: boolean;
  /** The URL to open: the record's https URL, normalised and percent-encoded. */
  href: string;
  host: string;
  sourceId: string;
}

/** Quick-pick labels render `$(icon)`: record text must not. */
const noIcons = (text: string) => plainLine(text).replace(/\$\(/g, '$\u200b(');

export function sourcePickItem(s: SourceLike): SourcePickItem | undefined {
  const link = safeSourceLink(s.url);
  if (!link) return undefined;
  return {
    label: noIcons(s.title),
    description: noIcons(`${s.publisher} · ${link.host}${s.date ? ` · ${s.date}` : ''}`),
    detail: noIcons(link.href),
    picked: true,
    href: link.href,
    host: link.host,
    sourceId: s.id,
  };
}

export interface SourcePlan {
  items: SourcePickItem[];
  /** Sources without an https URL: listed in the log, never opened. */
  notLinked: SourceLike[];
  /** Ids the record does not have (any more). */
  unknown: string[];
}

export function planOpenSources(ids: readonly string[], lookup: (id: string) => SourceLike | undefined): SourcePlan {
  const plan: SourcePlan = { items: [], notLinked: [], unknown: [] };
  for (const id of ids) {
    const s = lookup(id);
    if (!s) {
      plan.unknown.push(id);
      continue;
    }
    const item = sourcePickItem(s);
    if (item) plan.items.push(item);
    else plan.notLinked.push(s);
  }
  return plan;
}

/** The quick pick's title: "Open 3 sources in the browser?" */
export function sourcePickTitle(plan: SourcePlan): string {
  const n = plan.items.length;
  const skipped = plan.notLinked.length ? ` (${plan.notLinked.length} without an https link left out)` : '';
  return `Fact Desk: open ${n === 1 ? 'this source' : `these ${n} sources`} in the browser?${skipped}`;
}
