/**
 * The fact card: a webview panel (one, reused) showing an entity's card from
 * the record of the draft's folder. Not a markdown preview: that renders raw
 * HTML from the record and follows the active editor to the draft. The page
 * (logic/factCardHtml) is escaped HTML under a strict Content-Security-Policy;
 * a click on a source sends its number, and the extension opens the https URL
 * it holds for that number after asking (SourceOpener).
 */
import * as vscode from 'vscode';
import { randomBytes } from 'node:crypto';
import { entityCardModel, plainLine, type RecordIndex } from '../engine';
import type { Checker } from './checker';
import type { Log } from './log';
import { factCardHtml, parseFactCardMessage } from './logic/factCardHtml';
import type { SourcePickItem } from './logic/sources';
import type { SourceOpener } from './sources';

export const FACT_CARD_VIEW_TYPE = 'factdesk.factCard';

export interface FactCardSnapshot {
  entityId: string;
  title: string;
  asOf: string;
  packRoot?: string;
  html: string;
  /** The sources the page can open, by number. */
  links: string[];
  enableScripts: boolean;
  visible: boolean;
}

interface Shown {
  entityId: string;
  asOf: string;
  packRoot?: string;
  links: SourcePickItem[];
  html: string;
}

export class FactCards implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private shown: Shown | undefined;
  /** The open panel's listeners (disposed with it). */
  private panelSubscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly checker: Checker,
    private readonly log: Log,
    private readonly sources: SourceOpener,
  ) {}

  private indexFor(packRoot: string | undefined): RecordIndex {
    return (packRoot ? this.checker.packs.engineForRoot(packRoot) : this.checker.engine).index;
  }

  /** Shows (or replaces) the card; `packRoot`: whose record (none: the bundled one). */
  show(entityId: string, asOf: string, packRoot?: string): FactCardSnapshot | undefined {
    const panel = this.ensurePanel();
    this.render(panel, entityId, asOf, packRoot);
    panel.reveal(panel.viewColumn ?? vscode.ViewColumn.Beside, false);
    return this.snapshot();
  }

  /** The record changed (packs reloaded, trust granted): draw the open card again. */
  refresh(): void {
    if (this.panel && this.shown)
      this.log.safely(
        'fact card refresh',
        () => this.render(this.panel!, this.shown!.entityId, this.shown!.asOf, this.shown!.packRoot),
        undefined,
      );
  }

  private ensurePanel(): vscode.WebviewPanel {
    if (this.panel) return this.panel;
    const panel = vscode.window.createWebviewPanel(
      FACT_CARD_VIEW_TYPE,
      'Fact card',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false },
      {
        enableScripts: true,
        enableForms: false,
        enableCommandUris: false,
        localResourceRoots: [],
        enableFindWidget: true,
        retainContextWhenHidden: false,
      },
    );
    this.panel = panel;
    this.panelSubscriptions = [
      panel.onDidDispose(() => {
        this.panel = undefined;
        this.shown = undefined;
        for (const s of this.panelSubscriptions) s.dispose();
        this.panelSubscriptions = [];
      }),
      panel.webview.onDidReceiveMessage(
        (message: unknown) => void this.log.safelyAsync('fact card message', () => this.receive(message), undefined),
      ),
    ];
    return panel;
  }

  private render(panel: vscode.WebviewPanel, entityId: string, asOf: string, packRoot: string | undefined): void {
    const index = this.indexFor(packRoot);
    const card = entityCardModel(index, entityId, { asOf });
    const packs = index.record === this.checker.engine.index.record ? '' : ' plus the workspace packs';
    const footer = `Fact Desk card, as of ${asOf}. Bundled record ${index.version}${packs}.`;
    const page = factCardHtml(card, {
      cspSource: panel.webview.cspSource,
      nonce: randomBytes(18).toString('base64'),
      footer,
      entityId,
    });
    panel.title = `Fact card: ${plainLine(card?.name ?? entityId)}`;
    panel.webview.html = page.html;
    this.shown = { entityId, asOf, ...(packRoot ? { packRoot } : {}), links: page.links, html: page.html };
  }

  /** A message from the page: open one source (asks first) or all of them (one quick pick). */
  async receive(message: unknown): Promise<number> {
    const shown = this.shown;
    if (!shown) return 0;
    const m = parseFactCardMessage(message, shown.links.length);
    if (!m) {
      this.log.warn(`fact card: ignored a message that is not ours: ${JSON.stringify(message)?.slice(0, 200)}`);
      return 0;
    }
    if (m.type === 'openSource') return (await this.sources.openOne(shown.links[m.index]!)) ? 1 : 0;
    return this.sources.openMany({ items: shown.links, notLinked: [], unknown: [] });
  }

  snapshot(): FactCardSnapshot | undefined {
    if (!this.panel || !this.shown) return undefined;
    return {
      entityId: this.shown.entityId,
      title: this.panel.title,
      asOf: this.shown.asOf,
      ...(this.shown.packRoot ? { packRoot: this.shown.packRoot } : {}),
      html: this.shown.html,
      links: this.shown.links.map((l) => l.href),
      enableScripts: this.panel.webview.options.enableScripts === true,
      visible: this.panel.visible,
    };
  }

  dispose(): void {
    this.panel?.dispose();
    for (const s of this.panelSubscriptions) s.dispose();
  }
}
