/**
 * The stale-version guard: a check result is applied only if the document's
 * version is still the one the check read, and no later check of the same
 * document has started since. No `vscode` import: unit-tested.
 */

export interface CheckTicket {
  readonly key: string;
  readonly version: number;
  readonly seq: number;
}

export class VersionGuard {
  private seq = 0;
  private readonly latest = new Map<string, number>();

  /** Call when a check reads the document's text. */
  begin(key: string, version: number): CheckTicket {
    const seq = ++this.seq;
    this.latest.set(key, seq);
    return { key, version, seq };
  }

  /**
   * Whether a finished check may be applied. `currentVersion` is the
   * document's version now, or undefined when it has been closed.
   */
  shouldApply(ticket: CheckTicket, currentVersion: number | undefined): boolean {
    return currentVersion === ticket.version && this.latest.get(ticket.key) === ticket.seq;
  }

  /** Forget a document (closed): its pending checks will not apply. */
  forget(key: string): void {
    this.latest.delete(key);
  }
}
