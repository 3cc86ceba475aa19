/** The "Fact Desk" log channel, and wrappers that keep every error out of the editor. */
import * as vscode from 'vscode';

export class Log implements vscode.Disposable {
  readonly channel: vscode.LogOutputChannel;

  constructor() {
    this.channel = vscode.window.createOutputChannel('Fact Desk', { log: true });
  }

  trace(message: string): void {
    this.channel.trace(message);
  }
  debug(message: string): void {
    this.channel.debug(message);
  }
  info(message: string): void {
    this.channel.info(message);
  }
  warn(message: string): void {
    this.channel.warn(message);
  }
  error(what: string, err: unknown): void {
    const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
    this.channel.error(`${what}: ${detail}`);
  }
  show(): void {
    this.channel.show(true);
  }
  dispose(): void {
    this.channel.dispose();
  }

  /** Runs `fn`; on a throw logs it and returns `fallback`. */
  safely<T>(what: string, fn: () => T, fallback: T): T {
    try {
      return fn();
    } catch (err) {
      this.error(what, err);
      return fallback;
    }
  }

  /** Async `safely`. */
  async safelyAsync<T>(what: string, fn: () => Promise<T> | T, fallback: T): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      this.error(what, err);
      return fallback;
    }
  }

  /** A command handler that logs instead of throwing (and tells the user). Resolves to the handler's value, or undefined on failure. */
  command<A extends unknown[], R>(
    name: string,
    fn: (...args: A) => R | Promise<R>,
  ): (...args: A) => Promise<R | undefined> {
    return async (...args: A) => {
      try {
        return await fn(...args);
      } catch (err) {
        this.error(`command ${name}`, err);
        void vscode.window.showErrorMessage(`Fact Desk: ${name} failed — see Fact Desk: Show log.`);
        return undefined;
      }
    };
  }
}

export const errorMessage = (err: unknown): string => (err instanceof Error ? err.message : String(err));
