/**
 * Read-only fact cards: a TextDocumentContentProvider for the `factdesk:`
 * scheme serving entityCard() markdown, shown in the markdown preview.
 */
import * as vscode from 'vscode';
import { entityCard } from '../engine';
import type { Checker } from './checker';
import type { Log } from './log';

export const FACT_CARD_SCHEME = 'factdesk';

/** `packRoot`: the pack root whose record the card shows (a draft's workspace folder); none: the bundled record. */
export function factCardUri(entityId: string, name: string, asOf: string, packRoot?: string): vscode.Uri {
  const safe = name.replace(/[\\/:*?"<>|#%]+/g, ' ').trim() || entityId;
  return vscode.Uri.from({ scheme: FACT_CARD_SCHEME, path: `/${safe}.md`, query: new URLSearchParams({ entity: entityId, asOf, ...(packRoot ? { packs: packRoot } : {}) }).toString() });
}

export class FactCardProvider implements vscode.TextDocumentContentProvider {
  constructor(
    private readonly checker: Checker,
    private readonly log: Log,
  ) {}

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.log.safely(
      `fact card ${uri.toString()}`,
      () => {
        const params = new URLSearchParams(uri.query);
        const entityId = params.get('entity') ?? '';
        const asOf = params.get('asOf') ?? '';
        const packRoot = params.get('packs');
        const index = (packRoot ? this.checker.packs.engineForRoot(packRoot) : this.checker.engine).index;
        const card = entityCard(index, entityId, { asOf });
        const packs = index.record === this.checker.engine.index.record ? '' : ' plus the workspace packs';
        return `${card.trimEnd()}\n\n---\n\n_Fact Desk card, as of ${asOf}. Bundled record ${index.version}${packs}._\n`;
      },
      'Fact Desk could not build this card; see Fact Desk: Show log.\n',
    );
  }
}
