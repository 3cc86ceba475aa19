/** Who is at the keyboard, for the notes Fact Desk writes (ignores, desk-record entries): the setting, else the system user. */
import * as vscode from 'vscode';
import os from 'node:os';

export function whoAmI(): string {
  const configured = vscode.workspace.getConfiguration('factdesk').get<string>('yourName');
  if (typeof configured === 'string' && configured.trim()) return configured.trim().replace(/\s+/g, ' ').slice(0, 60);
  try {
    return os.userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}
