/** Status-bar text and tooltip for the active draft. No `vscode` import: unit-tested. */
import type { AsOfOrigin, Finding } from '../../engine';

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
      asOf: string;
      asOfOrigin: AsOfOrigin;
      /** The draft is past the size limit: it is checked on save only. */
      saveOnly?: boolean;
      /** The draft changed since the shown result (save-only drafts). */
      stale?: boolean;
      /** Restricted Mode: checked against the bundled record only (workspace packs not loaded). */
      restricted?: boolean;
    }
  | { kind: 'saveOnly'; size: number; limit: number };

const ORIGIN_WORDS: Record<AsOfOrigin, string> = {
  option: 'set by Fact Desk: Set as-of date or the factdesk.asOf setting',
  'front-matter': "from the draft's front matter",
  today: 'today',
};

/** "✗ 2 ⚠ 1 ✓ 14": contradicted, then outdated, disputed and quoted, then supported. */
export function countsText(c: VerdictCounts): string {
  return `✗ ${c.contradicted} ⚠ ${c.outdated + c.disputed + c.quoted} ✓ ${c.supported}`;
}

/** What Restricted Mode means for Fact Desk (status-bar tooltip, the one-time message). */
export const RESTRICTED_NOTE = 'Restricted Mode: checked against the bundled record only. Workspace fact packs (.factdesk/, factdesk.packs) are not loaded until you trust this workspace.';

export function statusText(state: StatusState): { text: string; tooltip: string } {
  switch (state.kind) {
    case 'disabled':
      return { text: 'Fact Desk: off', tooltip: 'Fact Desk is disabled (factdesk.enable).' };
    case 'pending':
      return { text: 'Fact Desk …', tooltip: 'Fact Desk is checking this draft.' };
    case 'error':
      return { text: 'Fact Desk: error', tooltip: `Fact Desk could not check this draft: ${state.message}\nClick for the claims view; Fact Desk: Show log for details.` };
    case 'refused':
      return { text: 'Fact Desk: not checked', tooltip: `Fact Desk did not check this draft: ${state.reason}` };
    case 'saveOnly':
      return {
        text: 'Fact Desk: checks on save',
        tooltip: `This draft has ${state.size.toLocaleString('en-US')} characters, more than factdesk.maxDocumentSize (${state.limit.toLocaleString('en-US')}): Fact Desk checks it when you save.`,
      };
    case 'result': {
      const c = state.counts;
      const text = countsText(c) + (state.saveOnly ? ' (on save)' : '');
      const lines = [
        `Fact Desk: ${c.contradicted} contradicted, ${c.outdated} outdated, ${c.disputed} disputed, ${c.supported} supported`,
        `As of ${state.asOf} (${ORIGIN_WORDS[state.asOfOrigin]})`,
      ];
      if (state.saveOnly) lines.push('Large draft: checked on save only' + (state.stale ? '; changed since the last check.' : '.'));
      if (state.restricted) lines.push(RESTRICTED_NOTE);
      lines.push('Click to open the claims view.');
      return { text, tooltip: lines.join('\n') };
    }
  }
}
