/**
 * Opening sources in the browser, always after asking: several at once through
 * one quick pick (publisher and host of each; Escape opens nothing), one from
 * the fact card through a modal question. Only the https URLs the record holds
 * are opened (logic/sources); the prompts are injectable for tests.
 */
import * as vscode from 'vscode';
import type { Log } from './log';
import { sourcePickTitle, type SourcePickItem, type SourcePlan } from './logic/sources';

export interface ExternalOpener {
  open(url: string): Promise<boolean>;
}

export interface SourcePrompts {
  /** Which of these to open; undefined when cancelled. */
  pick(items: readonly SourcePickItem[], title: string): Promise<readonly SourcePickItem[] | undefined>;
  /** Whether to open this one. */
  confirm(item: SourcePickItem): Promise<boolean>;
}

export const windowPrompts: SourcePrompts = {
  async pick(items, title) {
    const picked = await vscode.window.showQuickPick(
      items.map((i) => ({ ...i })),
      {
        title,
        placeHolder: 'Untick what you do not want to open; Escape opens nothing',
        canPickMany: true,
        matchOnDescription: true,
        matchOnDetail: true,
        ignoreFocusOut: false,
      },
    );
    return picked ? items.filter((i) => picked.some((p) => p.sourceId === i.sourceId)) : undefined;
  },
  async confirm(item) {
    const answer = await vscode.window.showInformationMessage(
      `Open ${item.host} in the browser?`,
      { modal: true, detail: `${item.label}\n${item.description}\n${item.href}` },
      'Open',
    );
    return answer === 'Open';
  },
};

export class SourceOpener {
  constructor(
    private readonly log: Log,
    private readonly opener: ExternalOpener,
    private readonly prompts: SourcePrompts = windowPrompts,
  ) {}

  /** Asks once, then opens what was kept; the number opened (0 when cancelled or nothing is https). */
  async openMany(plan: SourcePlan): Promise<number> {
    if (plan.unknown.length) this.log.warn(`open sources: not in the record: ${plan.unknown.join(', ')}`);
    if (plan.notLinked.length)
      this.log.info(`open sources: not opened (no https link): ${plan.notLinked.map((s) => s.id).join(', ')}`);
    if (!plan.items.length) {
      void vscode.window.showInformationMessage('Fact Desk: none of these sources has an https link to open.');
      return 0;
    }
    const chosen = await this.prompts.pick(plan.items, sourcePickTitle(plan));
    if (!chosen) {
      this.log.info('open sources: cancelled');
      return 0;
    }
    let opened = 0;
    for (const item of chosen) if (await this.opener.open(item.href)) opened++;
    this.log.info(`opened ${opened} of ${plan.items.length} source(s): ${chosen.map((i) => i.href).join(' ')}`);
    return opened;
  }

  /** Asks, then opens one source (a fact-card link). */
  async openOne(item: SourcePickItem): Promise<boolean> {
    if (!(await this.prompts.confirm(item))) {
      this.log.info(`open source ${item.sourceId}: cancelled`);
      return false;
    }
    const ok = await this.opener.open(item.href);
    this.log.info(`opened source ${item.sourceId}: ${item.href}`);
    return ok;
  }
}
