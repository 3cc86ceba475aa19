/**
 * The extension's settings as plain data: defaults, and a reader that turns
 * whatever the user wrote into a valid settings object (bad values fall back
 * to the default instead of throwing). No `vscode` import: unit-tested.
 */
import { DEFAULT_HOUSE_STYLE, houseStyleProblem } from '../../engine';
import { DEFAULT_PACK_GLOBS, packGlobsFromSetting } from '../../packs/globs';

export type SeverityLevel = 'error' | 'warning' | 'information' | 'hint' | 'off';
export type FlaggedVerdict = 'contradicted' | 'outdated' | 'disputed';
export type CitationStyle = 'footnote' | 'inline';

export interface Settings {
  enable: boolean;
  severity: Record<FlaggedVerdict, SeverityLevel>;
  debounceMs: number;
  /** Global as-of override (YYYY-MM-DD) or '' for none. */
  asOf: string;
  citationStyle: CitationStyle;
  /** How a footnote cites a source: "{publisher}, ‘{title}’, {date}" (engine/findings/citations.ts). */
  citationHouseStyle: string;
  /** Past this many characters a draft is checked on save only. */
  maxDocumentSize: number;
  /** Globs of workspace fact packs, relative to the workspace folder (src/packs: the same reading as the CLI's). */
  packs: string[];
  /** Hovers on plain chip, company and rule names (claims always have theirs). */
  entityNames: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  enable: true,
  severity: { contradicted: 'error', outdated: 'warning', disputed: 'information' },
  debounceMs: 200,
  asOf: '',
  citationStyle: 'inline',
  citationHouseStyle: DEFAULT_HOUSE_STYLE,
  maxDocumentSize: 1_000_000,
  packs: [...DEFAULT_PACK_GLOBS],
  entityNames: true,
};

export const SEVERITY_LEVELS: readonly SeverityLevel[] = ['error', 'warning', 'information', 'hint', 'off'];
export const FLAGGED_VERDICTS: readonly FlaggedVerdict[] = ['contradicted', 'outdated', 'disputed'];

const oneOf = <T extends string>(value: unknown, allowed: readonly T[], fallback: T): T =>
  typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;

const intIn = (value: unknown, min: number, max: number, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, Math.round(value))) : fallback;

/** Reads settings through `get(key)` (keys relative to the `factdesk.` section). */
export function readSettings(get: (key: string) => unknown): Settings {
  const d = DEFAULT_SETTINGS;
  const asOf = get('asOf');
  const packs = get('packs');
  const house = get('citationHouseStyle');
  return {
    enable: typeof get('enable') === 'boolean' ? (get('enable') as boolean) : d.enable,
    severity: {
      contradicted: oneOf(get('severity.contradicted'), SEVERITY_LEVELS, d.severity.contradicted),
      outdated: oneOf(get('severity.outdated'), SEVERITY_LEVELS, d.severity.outdated),
      disputed: oneOf(get('severity.disputed'), SEVERITY_LEVELS, d.severity.disputed),
    },
    debounceMs: intIn(get('debounceMs'), 0, 10_000, d.debounceMs),
    asOf: typeof asOf === 'string' && validateAsOf(asOf.trim()) === undefined ? asOf.trim() : '',
    citationStyle: oneOf(get('citationStyle'), ['footnote', 'inline'] as const, d.citationStyle),
    citationHouseStyle: typeof house === 'string' && !houseStyleProblem(house) ? house : d.citationHouseStyle,
    maxDocumentSize: intIn(get('maxDocumentSize'), 1, Number.MAX_SAFE_INTEGER, d.maxDocumentSize),
    // One reading for the editor and `factdesk check` (which reads .vscode/settings.json).
    packs: packGlobsFromSetting(packs),
    entityNames: typeof get('entityNames') === 'boolean' ? (get('entityNames') as boolean) : d.entityNames,
  };
}

/**
 * Validates an as-of date typed by the user: YYYY-MM-DD and a real calendar
 * day. Returns the problem in words, or undefined when the date is good.
 * The empty string is not a date (callers treat it as "no override").
 */
export function validateAsOf(input: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input.trim());
  if (!m) return 'Enter a date as YYYY-MM-DD, e.g. 2025-11-27.';
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12) return `Month ${m[2]} does not exist.`;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d < 1 || d > days) return `${m[1]}-${m[2]} has no day ${m[3]}.`;
  return undefined;
}

/** The as-of option a check runs with: the draft's own override, then the global setting, else the engine decides. */
export function effectiveAsOf(
  documentOverride: string | undefined,
  settings: Pick<Settings, 'asOf'>,
): string | undefined {
  return documentOverride || settings.asOf || undefined;
}
