/** Status-bar text and tooltip for the active draft. No `vscode` import: unit-tested. */
import { shortDate, type AsOfOrigin, type Finding, type Severity } from '../../engine';

export interface VerdictCounts {
  contradicted: number;
  outdated: number;
  disputed: number;
  supported: number;
  unknown: number;
  /** Contradicted or outdated inside a quotation: shown as information, as in the Problems panel. */
  quoted: number;
}

export function countVerdicts(findings: readonly (Pick<Finding, 'verdict'> & { quoted?: boolean })[]): VerdictCounts {
  const c: VerdictCounts = { contradicted: 0, outdated: 0, disputed: 0, supported: 0, unknown: 0, quoted: 0 };
  for (const f of findings) {
    if (f.quoted && (f.verdict === 'contradicted' || f.verdict === 'outdated')) c.quoted++;
    else c[f.verdict]++;
  }
  return c;
}

export type StatusState =
  | { kind: 'disabled' }
  | { kind: 'pending' }
  | { kind: 'error'; message: string }
  | { kind: 'refused'; reason: string }
  | {
      kind: 'result';
      counts: VerdictCounts;
      /**
       * The severities of the draft's Fact Desk diagnostics (what the Problems panel shows):
       * errors and warnings are "to fix", information and hints "to check". Absent: from the counts.
       */
      shown?: Severity[];
      asOf: string;
      asOfOrigin: AsOfOrigin;
      /** The record's review date (record.yaml `reviewed`). */
      recordReviewed?: string;
      /** The newest date a source confirms a fact behind the draft's claims. */
      newestSource?: string;
      /** The draft is past the size limit: it is checked on save only. */
      saveOnly?: boolean;
      /** The draft changed since the shown result (save-only drafts). */
      stale?: boolean;
      /** Restricted Mode: checked against the bundled record only (workspace packs not loaded). */
      restricted?: boolean;
      /** The desk record is broken (the last good one in use) or was written for an older bundled record. */
      deskNotes?: string[];
    }
  | { kind: 'saveOnly'; size: number; limit: number };

const ORIGIN_WORDS: Record<AsOfOrigin, string> = {
  option: 'set by Fact Desk: Set as-of date or the factdesk.asOf setting',
  'front-matter': "from the draft's front matter",
  today: 'today: the draft has no date (add date: to its front matter)',
};

/** After the as-of date in the status text: why that date. */
const ORIGIN_TAG: Record<AsOfOrigin, string> = { option: ' (set)', 'front-matter': '', today: ' (no date in draft)' };

/** To fix (errors and warnings in the Problems panel) and to check (information): the same count as there. */
export function fixCounts(state: { counts: VerdictCounts; shown?: Severity[] }): { toFix: number; toCheck: number } {
  if (state.shown) {
    const toFix = state.shown.filter((s) => s === 'error' || s === 'warning').length;
    return { toFix, toCheck: state.shown.length - toFix };
  }
  const c = state.counts;
  return { toFix: c.contradicted + c.outdated, toCheck: c.disputed + c.quoted };
}

/** "2 to fix · 1 to check", "nothing to fix", "no claims". */
export function countsText(c: VerdictCounts, shown?: Severity[]): string {
  const total = c.contradicted + c.outdated + c.disputed + c.supported + c.unknown + c.quoted;
  if (!total) return 'no claims';
  const { toFix, toCheck } = fixCounts({ counts: c, ...(shown ? { shown } : {}) });
  return `${toFix ? `${toFix} to fix` : 'nothing to fix'}${toCheck ? ` · ${toCheck} to check` : ''}`;
}

/** What Restricted Mode means for Fact Desk (status-bar tooltip, the one-time message). */
export const RESTRICTED_NOTE =
  'Restricted Mode: checked against the bundled record only. Workspace fact packs (.factdesk/, factdesk.packs) are not loaded until you trust this workspace.';

export function statusText(state: StatusState): { text: string; tooltip: string } {
  switch (state.kind) {
    case 'disabled':
      return { text: 'Fact Desk: off', tooltip: 'Fact Desk is disabled (factdesk.enable).' };
    case 'pending':
      return { text: 'Fact Desk …', tooltip: 'Fact Desk is checking this draft.' };
    case 'error':
      return {
        text: 'Fact Desk: error',
        tooltip: `Fact Desk could not check this draft: ${state.message}\nClick for the claims view; Fact Desk: Show log for details.`,
      };
    case 'refused':
      return { text: 'Fact Desk: not checked', tooltip: `Fact Desk did not check this draft: ${state.reason}` };
    case 'saveOnly':
      return {
        text: 'Fact Desk: checks on save',
        tooltip: `This draft has ${state.size.toLocaleString('en-US')} characters, more than factdesk.maxDocumentSize (${state.limit.toLocaleString('en-US')}): Fact Desk checks it when you save.`,
      };
    case 'result': {
      const c = state.counts;
      const text =
        `Fact Desk: ${countsText(c, state.shown)} · as of ${shortDate(state.asOf)}${ORIGIN_TAG[state.asOfOrigin]}` +
        (state.saveOnly ? ' (on save)' : '');
      const quoted = c.quoted ? `, ${c.quoted} in quotations` : '';
      const lines = [
        `Fact Desk: ${c.contradicted} contradicted, ${c.outdated} outdated, ${c.disputed} disputed${quoted}, ${c.unknown} not in the record, ${c.supported} supported`,
        `As of ${state.asOf} (${ORIGIN_WORDS[state.asOfOrigin]})`,
      ];
      const currency = [
        state.recordReviewed ? `Record reviewed ${shortDate(state.recordReviewed)}` : '',
        state.newestSource ? `newest source for this draft's claims ${shortDate(state.newestSource)}` : '',
      ].filter(Boolean);
      if (currency.length) lines.push(currency.join('; '));
      if (state.saveOnly)
        lines.push('Large draft: checked on save only' + (state.stale ? '; changed since the last check.' : '.'));
      if (state.restricted) lines.push(RESTRICTED_NOTE);
      if (state.deskNotes) lines.push(...state.deskNotes);
      lines.push('Click to open the claims view.');
      return { text, tooltip: lines.join('\n') };
    }
  }
}
