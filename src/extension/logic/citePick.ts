/** The source picker of "Replace and cite another source…", as plain data. No `vscode` import: unit-tested. */
import { displayDate, TIER_LABELS, type SourceRef } from '../../engine';

export const REPLACE_AND_CITE_COMMAND = 'factdesk.replaceAndCite';
/** "Ignore this claim here…": asks for an optional reason, then writes the ignore comment with it, who and when. */
export const IGNORE_CLAIM_COMMAND = 'factdesk.ignoreClaim';

export interface SourcePickRow {
  /** The publisher. */
  label: string;
  /** "7 October 2022 · primary". */
  description: string;
  /** The page's title. */
  detail: string;
  source: SourceRef;
}

/** One row per source, in the engine's order (strongest first): publisher, then date and tier, then the title. */
export function sourcePickRows(sources: readonly SourceRef[]): SourcePickRow[] {
  // A quick pick reads "$(name)" as an icon: record text is shown as written.
  const plain = (text: string) => text.replace(/\$\(/g, '$\u200b(');
  return sources.map((source) => ({
    label: plain(source.publisher),
    description: [source.date ? displayDate(source.date) : 'undated', TIER_LABELS[source.tier]].join(' · '),
    detail: plain(source.title),
    source,
  }));
}
