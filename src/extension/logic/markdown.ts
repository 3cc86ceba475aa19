/** Small markdown helpers shared by the hover and the fact card. */

/** Escapes text so markdown shows it literally. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&').replace(/\r?\n/g, ' ');
}

/** A `command:` link target with JSON arguments, as VS Code's markdown renderer expects. */
export function commandLink(command: string, args: unknown[]): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
}

/** The verdict's sign, shared by the status bar, hovers and the claims view. */
export const VERDICT_SIGN: Record<string, string> = {
  contradicted: '✗',
  outdated: '⚠',
  disputed: '⚠',
  supported: '✓',
  unknown: '·',
};

export const VERDICT_LABEL: Record<string, string> = {
  contradicted: 'Contradicted',
  outdated: 'Outdated',
  disputed: 'Disputed',
  supported: 'Supported',
  unknown: 'Not in the record',
};
