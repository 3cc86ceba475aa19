/**
 * Read-only fact cards: a TextDocumentContentProvider for the `factdesk:`
 * scheme serving entityCard() markdown, shown in the markdown preview.
 */
import * as vscode from 'vscode';
import { entityCard } from '../engine';
import type { Checker } from './checker';
import type { Log } from './log';

export const FACT_CARD_SCHEME = 'factdesk';

export function factCardUri(entityId: string, name: string, asOf: string): vscode.Uri {
  const safe = name.replace(/[\\/:*?"<>|#%]+/g, ' ').trim() || entityId;
  return vscode.Uri.from({ scheme: FACT_CARD_SCHEME, path: `/${safe}.md`, query: new URLSearchParams({ entity: entityId, asOf }).toString() });
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
        const index = this.checker.engine.index;
        const card = entityCard(index, entityId, { asOf });
        return `${card.trimEnd()}\n\n---\n\n_Fact Desk card, as of ${asOf}. Bundled record ${index.version}._\n`;
      },
      'Fact Desk could not build this card; see Fact Desk: Show log.\n',
    );
  }
}
