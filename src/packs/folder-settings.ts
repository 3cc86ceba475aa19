/**
 * The CLI's workspace folders and their `factdesk.packs`, so `factdesk check`
 * finds the packs the extension finds.
 *
 * A draft's workspace folder, for the CLI, is the folder holding the nearest
 * `.vscode/settings.json` at or above it — the folder that would be opened in
 * VS Code. Its `factdesk.packs` (read as VS Code reads settings: JSON with
 * comments and trailing commas) gives the globs through packGlobsFromSetting,
 * the function the extension passes VS Code's value to; the packs are then
 * found by packScopeInFolders, the extension's discovery for that folder (the
 * `.factdesk/` search stops at the folder; without one the folder is the
 * root). Several folders checked at once: each draft its own folder's settings
 * and packs, as each workspace folder in a multi-root window. A draft with no
 * `.vscode/settings.json` above it: the nearest `.factdesk/` with the default
 * globs (workspacePacksFor), as before.
 *
 * A settings file that cannot be used (malformed JSON, not an object,
 * `factdesk.packs` not a list of strings, unreadable) gives one problem with
 * file, line and column, and the folder uses the default globs. Never throws.
 * Only the folder's own settings are read: user settings and `.code-workspace`
 * files are the editor's alone.
 */
import fs from 'node:fs';
import path from 'node:path';
// jsonc-parser's ESM build: its `main` is a UMD module whose internal requires esbuild cannot follow.
import {
  createScanner,
  parseTree,
  printParseErrorCode,
  type Node,
  type ParseError,
} from 'jsonc-parser/lib/esm/main.js';
import { LineIndex } from '../engine';
import { DEFAULT_PACK_GLOBS, isPackGlobList, packGlobsFromSetting, PACKS_SETTING } from './globs';
import { packScopeInFolders, workspacePacksFor, type PackScope } from './packs';

/** jsonc-parser's SyntaxKind values (a const enum, which isolated modules cannot read). */
const TOKEN = { openBrace: 1, closeBrace: 2, openBracket: 3, closeBracket: 4, eof: 17 } as const;

/** Where a folder's settings live, relative to it. */
export const SETTINGS_FILE = '.vscode/settings.json';
/** Settings files larger than this are not read (the folder uses the defaults); VS Code's own are a few KB. */
export const MAX_SETTINGS_BYTES = 1024 * 1024;
/** Arrays and objects nested deeper than this are refused before the (recursive) parser sees them. */
export const MAX_SETTINGS_DEPTH = 64;

/** Why a folder's settings were not used; line and column are 1-based. */
export interface SettingsProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface FolderPackSettings {
  /** The workspace folder (absolute). */
  folder: string;
  /** Its settings file (absolute). */
  file: string;
  /** The globs that apply: `factdesk.packs` as written, else the defaults. */
  globs: string[];
  /** True when `factdesk.packs` is set (and usable) in the file. */
  fromSettings: boolean;
  problem?: SettingsProblem;
}

const settingsPath = (folder: string) => path.join(folder, ...SETTINGS_FILE.split('/'));

/** 1-based line and column (UTF-16 units) of an offset in a text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const { line, character } = new LineIndex(text).position(Math.max(0, Math.min(offset, text.length)));
  return { line: line + 1, column: character + 1 };
}

/** "CommaExpected" → "comma expected". */
const words = (code: string) => code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

const fallback = `the default ${PACKS_SETTING} (${DEFAULT_PACK_GLOBS.join(', ')}) applies`;

/**
 * The `factdesk.packs` value node in a settings object: the flat key
 * (`"factdesk.packs": [...]`) or the nested form (`"factdesk": { "packs": [...] }`),
 * which VS Code also reads; the last one in the file wins, as in VS Code.
 */
function packsNode(root: Node): Node | undefined {
  let found: Node | undefined;
  for (const prop of root.children ?? []) {
    const [key, value] = prop.children ?? [];
    if (!key || !value) continue;
    if (key.value === PACKS_SETTING) found = value;
    else if (key.value === 'factdesk' && value.type === 'object') {
      for (const inner of value.children ?? []) {
        const [k, v] = inner.children ?? [];
        if (k?.value === 'packs' && v) found = v;
      }
    }
  }
  return found;
}

/** The JSON value of a parse-tree node (strings, numbers, booleans, null, arrays, objects). */
function nodeValue(node: Node): unknown {
  if (node.type === 'array') return (node.children ?? []).map(nodeValue);
  if (node.type === 'object') {
    const out: Record<string, unknown> = Object.create(null);
    for (const prop of node.children ?? []) {
      const [k, v] = prop.children ?? [];
      if (k && v) out[String(k.value)] = nodeValue(v);
    }
    return out;
  }
  return node.value;
}

/**
 * `factdesk.packs` from the text of a settings file (`file` names it in the
 * problem). Comments and trailing commas are allowed, an empty file is no
 * settings; anything unusable gives a problem and the default globs.
 */
export function packSettingsFromText(
  text: string,
  file: string,
  folder = path.dirname(path.dirname(file)),
): FolderPackSettings {
  const base = { folder, file, globs: [...DEFAULT_PACK_GLOBS], fromSettings: false };
  // A byte-order mark is not a column.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const problem = (offset: number, message: string): FolderPackSettings => ({
    ...base,
    problem: { file, ...lineColumn(body, offset), message },
  });
  // jsonc-parser's parseTree recurses once per level: 10,000 nested arrays overflow the stack. Count levels first (its scanner does not recurse).
  const scanner = createScanner(body, true);
  let depth = 0;
  for (let kind: number = scanner.scan(); kind !== TOKEN.eof; kind = scanner.scan()) {
    if (kind === TOKEN.openBrace || kind === TOKEN.openBracket) {
      if (++depth > MAX_SETTINGS_DEPTH)
        return problem(
          scanner.getTokenOffset(),
          `nested deeper than ${MAX_SETTINGS_DEPTH} levels; its settings are not read and ${fallback}`,
        );
    } else if (kind === TOKEN.closeBrace || kind === TOKEN.closeBracket) depth--;
  }
  const errors: ParseError[] = [];
  const root = parseTree(body, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
  if (errors.length) {
    const e = errors[0]!;
    return problem(
      e.offset,
      `not valid JSON with comments (${words(printParseErrorCode(e.error))}); its settings are not read and ${fallback}`,
    );
  }
  if (!root) return base;
  if (root.type !== 'object')
    return problem(
      root.offset,
      `expected an object of settings, found ${root.type === 'array' ? 'an array' : `a ${root.type}`}; ${fallback}`,
    );
  const node = packsNode(root);
  if (!node) return base;
  const value = nodeValue(node);
  if (!isPackGlobList(value)) {
    const bad = node.type === 'array' ? node.children?.find((c) => c.type !== 'string') : undefined;
    return problem(
      (bad ?? node).offset,
      `${PACKS_SETTING} must be a list of glob strings, e.g. [".factdesk/*.facts.yaml"]; ${fallback}`,
    );
  }
  return { ...base, globs: packGlobsFromSetting(value), fromSettings: true };
}

/** A folder's `factdesk.packs` from its `.vscode/settings.json` (defaults when it has none). Never throws. */
export function readFolderPackSettings(folder: string): FolderPackSettings {
  const abs = path.resolve(folder);
  const file = settingsPath(abs);
  const base = { folder: abs, file, globs: [...DEFAULT_PACK_GLOBS], fromSettings: false };
  const problem = (message: string): FolderPackSettings => ({
    ...base,
    problem: { file, line: 1, column: 1, message: `${message}; ${fallback}` },
  });
  let text: string;
  try {
    const stat = fs.statSync(file);
    // A FIFO or device would block the read.
    if (!stat.isFile()) return problem('not a regular file');
    if (stat.size > MAX_SETTINGS_BYTES)
      return problem(
        `${(stat.size / 1024 / 1024).toFixed(1)} MB, larger than ${MAX_SETTINGS_BYTES / 1024 / 1024} MB: not read`,
      );
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return base;
    return problem(`cannot read (${code ?? (e as Error).message})`);
  }
  try {
    return packSettingsFromText(text, file, abs);
  } catch (e) {
    // Never throws: whatever the parser cannot take is a problem of this file, not of the run.
    return problem(`cannot be read as settings (${(e as Error).message})`);
  }
}

/** Whether a folder has a `.vscode/settings.json` (of any kind: an unreadable one is reported, not skipped). */
function hasSettings(dir: string): boolean {
  try {
    fs.lstatSync(settingsPath(dir));
    return true;
  } catch {
    return false;
  }
}

const isDir = (p: string) => {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
};

export interface CliPackScope extends PackScope {
  /** The workspace folder (the one holding the settings file), if any. */
  folder?: string;
  globs: readonly string[];
  settings?: FolderPackSettings;
}

/**
 * Finds packs for the CLI, caching folders and their settings for a run. Each
 * settings file is read once, so its problem is reported once (`onProblem`).
 */
export class CliPackFinder {
  private readonly folderOfDir = new Map<string, string | undefined>();
  private readonly settingsOf = new Map<string, FolderPackSettings>();

  constructor(private readonly onProblem: (problem: SettingsProblem) => void = () => {}) {}

  /** The folder holding the nearest `.vscode/settings.json` at or above a path. */
  folderFor(target: string): string | undefined {
    let dir = path.resolve(target);
    if (!isDir(dir)) dir = path.dirname(dir);
    const walked: string[] = [];
    let found: string | undefined;
    for (;;) {
      if (this.folderOfDir.has(dir)) {
        found = this.folderOfDir.get(dir);
        break;
      }
      walked.push(dir);
      if (hasSettings(dir)) {
        found = dir;
        break;
      }
      const parent = path.dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
    for (const d of walked) this.folderOfDir.set(d, found);
    return found;
  }

  /** A folder's settings, read once per run. */
  settings(folder: string): FolderPackSettings {
    const abs = path.resolve(folder);
    let s = this.settingsOf.get(abs);
    if (!s) {
      s = readFolderPackSettings(abs);
      this.settingsOf.set(abs, s);
      if (s.problem) this.onProblem(s.problem);
    }
    return s;
  }

  /** The packs for a draft or folder: its workspace folder's globs and the extension's discovery there. */
  scopeFor(target: string): CliPackScope {
    const folder = this.folderFor(target);
    if (!folder) return { ...workspacePacksFor(target), globs: DEFAULT_PACK_GLOBS };
    const settings = this.settings(folder);
    const scope = packScopeInFolders(target, [{ path: folder, globs: settings.globs }]);
    return { ...scope, settings };
  }
}
