/**
 * Which pack globs apply to a folder, from its `factdesk.packs` setting: one
 * function for the extension (the value VS Code's configuration gives for the
 * workspace folder) and the CLI (the value in the folder's
 * `.vscode/settings.json`). No imports: pure data.
 */

/** The default `factdesk.packs` (package.json contributes the same default). */
export const DEFAULT_PACK_GLOBS: readonly string[] = ['.factdesk/*.facts.yaml'];
/** The setting that lists a folder's pack globs (scope resource: each workspace folder its own). */
export const PACKS_SETTING = 'factdesk.packs';

/**
 * The pack globs a folder's `factdesk.packs` value gives: a list of strings is
 * used as written (blank entries match nothing; an empty list means no packs);
 * anything else — unset, not a list, a list with a non-string — gives the
 * defaults. The extension and the CLI both call this, so one value means the
 * same packs in the editor and on the command line.
 */
export function packGlobsFromSetting(value: unknown): string[] {
  return isPackGlobList(value) ? [...value] : [...DEFAULT_PACK_GLOBS];
}

/** Whether a value is one packGlobsFromSetting uses as written (not the defaults' fallback). */
export function isPackGlobList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((g) => typeof g === 'string');
}
