/** Small markdown helpers shared by the hover and the fact card. */
export { escapeMarkdown } from '../../engine';

/**
 * A `command:` link target with JSON arguments, as VS Code's markdown renderer
 * expects. Every character but letters, digits and - _ . is percent-encoded
 * (encodeURIComponent leaves ( ) ' ! * ~, and a ")" would end the link).
 */
export function commandLink(command: string, args: unknown[]): string {
  const query = encodeURIComponent(JSON.stringify(args)).replace(
    /[!'()*~]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `command:${command}?${query}`;
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
