/**
 * The stale-version guard: a check result is applied only if the document's
 * version is still the one the check read, the record it was checked against
 * is still the one in use, and no later check of the same document has
 * started since. No `vscode` import: unit-tested.
 */

export interface CheckTicket {
  readonly key: string;
  readonly version: number;
  readonly seq: number;
  /** The record the check runs against (any value that changes when the record is replaced: the Checker passes the engine). */
  readonly record?: unknown;
}

export class VersionGuard {
  private seq = 0;
  private readonly latest = new Map<string, number>();

  /** Call when a check reads the document's text, with the record (engine) it will run against. */
  begin(key: string, version: number, record?: unknown): CheckTicket {
    const seq = ++this.seq;
    this.latest.set(key, seq);
    return record === undefined ? { key, version, seq } : { key, version, seq, record };
  }

  /**
   * Whether a finished check may be applied. `currentVersion` is the
   * document's version now, or undefined when it has been closed;
   * `currentRecord` the record (engine) in use for it now — a result computed
   * with a record replaced meanwhile (a pack reload) is never applied.
   */
  shouldApply(ticket: CheckTicket, currentVersion: number | undefined, currentRecord?: unknown): boolean {
    return (
      currentVersion === ticket.version && currentRecord === ticket.record && this.latest.get(ticket.key) === ticket.seq
    );
  }

  /** Forget a document (closed): its pending checks will not apply. */
  forget(key: string): void {
    this.latest.delete(key);
  }
}
