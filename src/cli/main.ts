/**
 * The `factdesk` command line: a thin front over the engine.
 *   factdesk check [--format text|json|sarif|github] [--as-of DATE] [--pack FILE]... [--fail-on error|warning|never] PATH...
 *   factdesk explain ENTITY|FACT-ID [--as-of DATE]
 *   factdesk record validate [PACK...] | record test [--pack FILE]... | record stats [--pack FILE]...
 *   factdesk mcp [--pack FILE]... [--no-workspace-packs]   (a Model Context Protocol server on stdio: mcp.ts)
 * Packs: `--pack FILE` plus the workspace packs found by src/packs exactly as the
 * extension finds them: a draft's workspace folder is the one holding the nearest
 * .vscode/settings.json, whose `factdesk.packs` globs apply (default
 * .factdesk/*.facts.yaml); without one, the nearest folder holding .factdesk/.
 * Exit codes: 0 clean (below --fail-on), 1 findings at or above it (or record or pack errors), 2 bad usage or unreadable input
 * (a draft or a --pack file that cannot be read, an impossible date, output that cannot be written).
 * Text output and stderr are terminal-safe (format/escape.ts): control characters in names and packs are escaped.
 */
import bundled from 'factdesk:bundled-record';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  createEngine,
  entityCard,
  factCard,
  factEntities,
  isCalendarDate,
  type CompiledRecord,
  type RecordVersion,
} from '../engine';
import { CliPackFinder, type SettingsProblem } from '../packs/folder-settings';
import { loadPacks } from '../packs/packs';
import { checkFile, type CheckedFile, type CheckSettings, type CheckTask } from './check-file';
import { expandPaths, readDraft, UsageError } from './files';
import { checkInWorkers } from './pool';
import { safe, safeLines } from './format/escape';
import { toJson } from './format/json';
import { writeJson } from './format/json-chunks';
import type { FileReport, Report } from './format/report';
import { bytesToUri, toSarif } from './format/sarif';
import { formatGithub } from './format/github';
import { formatText } from './format/text';
import { disagreements, whyText } from './consistency';
import {
  factsChangedSince,
  formatSweepMarkdown,
  formatSweepText,
  sweepDraft,
  type SweepDraft,
  type SweepLimit,
} from './sweep';
import { consistencyOutcomes, consistencyProblems, runExamples, statsOutput, validateOutput } from './record-commands';
import { serveMcp } from './mcp';

declare const process: NodeJS.Process;
const VERSION = '0.1.0';

const USAGE = `Usage:
  factdesk check [--format text|json|jsonl|sarif|github] [--jobs N] [--as-of YYYY-MM-DD] [--pack FILE]... [--no-workspace-packs] [--fail-on error|warning|never] PATH...
  factdesk sweep [--at YYYY-MM-DD] [--since-record VERSION] [--format text|json|markdown] PATH...
  factdesk explain ENTITY|FACT-ID [--as-of YYYY-MM-DD] [--pack FILE]... [--no-workspace-packs]
  factdesk record validate [--pack FILE]... [PACK...]
  factdesk record test [--pack FILE]... [--no-workspace-packs]
  factdesk record stats [--pack FILE]... [--no-workspace-packs]
  factdesk mcp [--pack FILE]... [--no-workspace-packs]     MCP server on stdio for writing agents (offline)

Workspace packs apply unless --no-workspace-packs: the files matching the
factdesk.packs globs of the folder holding the nearest .vscode/settings.json
(as VS Code reads it for that workspace folder), by default
.factdesk/*.facts.yaml in the nearest folder holding .factdesk/.
\`record validate\` without PACK checks the current folder's packs.
`;

/** `factdesk COMMAND --help`: that command's usage and what its options do. */
const COMMAND_HELP: Record<string, string> = {
  check: `Usage: factdesk check [options] PATH...

Checks markdown drafts (files, folders or globs) against the bundled record.
  --format text|json|jsonl|sarif|github   output format (default text)
  --as-of YYYY-MM-DD                      check as of this date (default: the draft's own date, else today)
  --pack FILE                             add a desk record pack (repeatable)
  --no-workspace-packs                    ignore the workspace's .factdesk packs
  --fail-on error|warning|never           lowest severity that makes the exit code 1 (default error)
  --workspace                             also report drafts that disagree with each other
  --jobs N                                worker threads (default: from the number of drafts)
Exit codes: 0 clean, 1 findings at or above --fail-on (or pack errors), 2 bad usage or unreadable input.
`,
  sweep: `Usage: factdesk sweep [options] PATH...

A corrections sweep of published drafts: each is checked at its own date and at --at, and the
claims wrong when published (correction due) or no longer right (update due) are listed.
  --at YYYY-MM-DD                      sweep as of this date (default today)
  --since-record VERSION               only the facts the record changed after VERSION
  --format text|json|markdown          output format (default text)
  --pack FILE, --no-workspace-packs    as for check
Exit codes: 0 nothing due, 1 something due, 2 bad usage.
`,
  explain: `Usage: factdesk explain ENTITY|FACT-ID [--as-of YYYY-MM-DD] [--pack FILE]... [--no-workspace-packs]

Prints the record's card for a chip, company or rule as of a date (default today); given a fact id (the\nbracketed id after a finding), the fact with its sources and quotes first, then its entity's card.
`,
  record: `Usage:
  factdesk record validate [--pack FILE]... [PACK...]            check desk record packs (default: this folder's)
  factdesk record test [--pack FILE]... [--no-workspace-packs]   the record's examples and consistency checks
  factdesk record stats [--pack FILE]... [--no-workspace-packs]  what the record covers
`,
  mcp: `Usage: factdesk mcp [--pack FILE]... [--no-workspace-packs]

Serves the checker to writing agents over the Model Context Protocol on stdio (offline).
`,
};

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  isTty: boolean;
  cwd: string;
  today?: string;
}

const rel = (cwd: string, f: string) => (path.relative(cwd, f) || f).split(path.sep).join('/');
/** A path's bytes relative to the working folder when inside it (as `rel` gives a string), with '/' between folders. */
function relativeBytes(cwd: string, bytes: Buffer): Buffer {
  const prefix = Buffer.from(cwd.endsWith(path.sep) ? cwd : cwd + path.sep);
  const inside = bytes.length > prefix.length && bytes.subarray(0, prefix.length).equals(prefix);
  const own = inside ? bytes.subarray(prefix.length) : bytes;
  return path.sep === '/' ? own : Buffer.from(own.map((b) => (b === path.sep.charCodeAt(0) ? 0x2f : b)));
}

/** Finds workspace packs for the run; a settings file that cannot be used is reported once, as a warning. */
const packFinder = (io: Io) => {
  /** Pack files the globs matched but that are refused (outside the workspace folder): named once, by path only. */
  const refusedSeen = new Set<string>();
  const finder = new CliPackFinder((p: SettingsProblem) =>
    io.err(`${safe(rel(io.cwd, p.file))}:${p.line}:${p.column}: warning: ${safe(p.message)}\n`),
  );
  const scopeFor = finder.scopeFor.bind(finder);
  finder.scopeFor = (target: string) => {
    const scope = scopeFor(target);
    for (const r of scope.refused ?? []) {
      if (refusedSeen.has(r.file)) continue;
      refusedSeen.add(r.file);
      io.err(`${safe(rel(io.cwd, r.file))}: warning: pack file ${safe(r.reason)}\n`);
    }
    return scope;
  };
  return finder;
};

function recordWith(
  packFiles: string[],
  cwd: string,
): { record: CompiledRecord; errors: string[]; packs: string[]; unreadable: string[]; refused: string[] } {
  if (!packFiles.length) return { record: bundled, errors: [], packs: [], unreadable: [], refused: [] };
  const loaded = loadPacks(bundled, packFiles, (f) => rel(cwd, f));
  return {
    record: loaded.record,
    errors: loaded.errors.map((e) =>
      safe(`${e.file}:${e.line}:${e.column}: error: ${e.field ? `${e.field}: ` : ''}${e.message}`),
    ),
    // Only the packs that apply: a refused or unreadable pack is named in its error, not as part of the record.
    packs: packFiles
      .filter((f) => !loaded.rejected.includes(f) && !loaded.unreadable.includes(f))
      .map((f) => rel(cwd, f)),
    unreadable: loaded.unreadable,
    refused: [...loaded.rejected, ...loaded.unreadable],
  };
}

/** Whether a pack named with --pack could not be used (unreadable or refused): the answer lacks what was asked. */
const namedPackFailed = (refused: string[], explicitPacks: string[]) =>
  refused.some((f) => explicitPacks.some((p) => path.resolve(p) === path.resolve(f)));

const unique = (files: string[]) => [...new Set(files.map((f) => path.resolve(f)))];

/** The exit code; a promise when drafts are checked on worker threads, or while `factdesk mcp` serves its client. */
export function run(argv: string[], io: Io): number | Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    // `factdesk help check` is `factdesk check --help`.
    io.out((command === 'help' && rest[0] && COMMAND_HELP[rest[0]]) || USAGE);
    return command ? 0 : 2;
  }
  if (command === '--version') {
    io.out(`${VERSION} (record ${bundled.version})\n`);
    return 0;
  }
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      'as-of': { type: 'string' },
      pack: { type: 'string', multiple: true, default: [] },
      'fail-on': { type: 'string', default: 'error' },
      'no-workspace-packs': { type: 'boolean', default: false },
      workspace: { type: 'boolean', default: false },
      at: { type: 'string' },
      'since-record': { type: 'string' },
      jobs: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help && COMMAND_HELP[command]) {
    io.out(COMMAND_HELP[command]);
    return 0;
  }
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1 && jobs <= 256))
    throw new UsageError(`--jobs ${values.jobs}: expected a whole number from 1 to 256`);
  const asOf = values['as-of'];
  if (asOf !== undefined && !isCalendarDate(asOf))
    throw new UsageError(
      `--as-of ${asOf}: expected a date YYYY-MM-DD${/^\d{4}-\d{2}-\d{2}$/.test(asOf) ? ' (that day is not in the calendar)' : ''}`,
    );
  const explicitPacks = (values.pack ?? []).map((p) => path.resolve(io.cwd, p));
  const finder = packFinder(io);

  switch (command) {
    case 'sweep':
      return sweep(
        positionals,
        {
          format: values.format!,
          at: values.at,
          sinceRecord: values['since-record'],
          workspacePacks: !values['no-workspace-packs'],
          explicitPacks,
          finder,
        },
        io,
      );
    case 'check':
      return check(
        positionals,
        {
          format: values.format!,
          asOf,
          failOn: values['fail-on']!,
          explicitPacks,
          workspacePacks: !values['no-workspace-packs'],
          finder,
          workspace: !!values.workspace,
          ...(jobs ? { jobs } : {}),
        },
        io,
      );
    case 'mcp': {
      if (positionals.length)
        throw new UsageError(
          `mcp: unexpected ${positionals.join(' ')} (the server reads drafts from its client, not from files)`,
        );
      const { record, errors, packs } = recordWith(
        unique([...explicitPacks, ...(values['no-workspace-packs'] ? [] : finder.scopeFor(io.cwd).files)]),
        io.cwd,
      );
      errors.forEach((e) => io.err(e + '\n'));
      return serveMcp({
        engine: createEngine(record),
        version: VERSION,
        packs,
        today: () => io.today ?? new Date().toISOString().slice(0, 10),
      });
    }
    case 'explain': {
      if (!positionals.length) throw new UsageError('explain needs an entity name, e.g. factdesk explain H100');
      const { record, errors, refused } = recordWith(
        unique([...explicitPacks, ...(values['no-workspace-packs'] ? [] : finder.scopeFor(io.cwd).files)]),
        io.cwd,
      );
      errors.forEach((e) => io.err(e + '\n'));
      const engine = createEngine(record);
      // A name or alias ("H100"), or the fact id a finding prints in brackets ("h20.revenue-share.2025-08").
      const asked = positionals.join(' ');
      const fact = engine.index.facts.get(asked);
      const entity = fact ? engine.index.entities.get(factEntities(fact)[0]!) : engine.index.resolve(asked);
      if (!entity)
        throw new UsageError(
          `explain: no entity or fact "${asked}" in the record (try a name such as H100, or: factdesk record stats)`,
        );
      const card = entityCard(engine.index, entity.id, {
        asOf: asOf ?? io.today ?? new Date().toISOString().slice(0, 10),
      });
      io.out(safeLines(fact ? `${factCard(engine.index, fact.id)}\n${card}` : card));
      // A pack named with --pack that could not be used: the card is the record's without it (unreadable input).
      return namedPackFailed(refused, explicitPacks) ? 2 : 0;
    }
    case 'record': {
      const [sub, ...packArgs] = positionals;
      // The current folder's workspace packs (the same discovery as `check` and the extension).
      const discovered = values['no-workspace-packs'] ? [] : finder.scopeFor(io.cwd).files;
      if (sub === 'validate') {
        const named = [...explicitPacks, ...packArgs.map((p) => path.resolve(io.cwd, p))];
        const files = unique(named.length ? named : discovered);
        const loaded = loadPacks(bundled, files, (f) => rel(io.cwd, f));
        const { text, ok } = validateOutput(
          loaded.errors,
          files.map((f) => rel(io.cwd, f)),
        );
        (ok ? io.out : io.err)(safeLines(text));
        // A pack named that cannot be read is unreadable input (2), not a pack with errors (1).
        return loaded.unreadable.length ? 2 : ok ? 0 : 1;
      }
      if (packArgs.length) throw new UsageError(`record ${sub}: unexpected ${packArgs.join(' ')} (use --pack FILE)`);
      const { record, errors, refused } = recordWith(unique([...explicitPacks, ...discovered]), io.cwd);
      errors.forEach((e) => io.err(e + '\n'));
      const packFailed = namedPackFailed(refused, explicitPacks);
      if (sub === 'stats') {
        io.out(statsOutput(record));
        return packFailed ? 2 : errors.length ? 1 : 0;
      }
      if (sub === 'test') {
        const outcomes = runExamples(record);
        const packExamples = outcomes.filter((o) => !o.origin.startsWith('bundled:')).length;
        for (const o of outcomes.filter((x) => !x.ok))
          io.out(
            `${safe(o.origin)}: FAIL [${o.factId}] expected ${o.expected === 'flag' ? 'a finding' : 'no finding'}: "${safe(o.sentence)}" — got ${safe(o.got)}\n`,
          );
        const problems = consistencyProblems(record);
        for (const p of problems) io.out(`record: FAIL consistency: ${safe(p)}\n`);
        const sourceProblems = consistencyOutcomes(record).problems;
        for (const p of sourceProblems)
          io.out(`${safe(p.origin)}: FAIL [${p.check}] source ${safe(p.sourceId)} ${safe(p.message)}\n`);
        const failedExamples = outcomes.filter((x) => !x.ok).length;
        const failed = failedExamples + problems.length + sourceProblems.length;
        io.out(
          `record consistency: ${problems.length} problem(s) (aggregates, current values, explain names, statuses, confirmations)\n`,
        );
        io.out(
          `record sources: ${sourceProblems.length} problem(s) in ${record.sources.length} (every tier from the publisher list; no copy of an original the record cites; no placeholder title)\n`,
        );
        io.out(
          `record test: ${outcomes.length - failedExamples} passed, ${failed} failed${packExamples ? ` (${packExamples} from packs)` : ''}\n`,
        );
        return packFailed ? 2 : failed || errors.length ? 1 : 0;
      }
      throw new UsageError(`record ${sub ?? ''}: expected validate, test or stats`);
    }
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

function sweep(
  paths: string[],
  opts: {
    format: string;
    at?: string;
    sinceRecord?: string;
    explicitPacks: string[];
    workspacePacks: boolean;
    finder: CliPackFinder;
  },
  io: Io,
): number {
  if (!['text', 'json', 'markdown'].includes(opts.format))
    throw new UsageError(`--format ${opts.format}: expected text, json or markdown for sweep`);
  const today = io.today ?? new Date().toISOString().slice(0, 10);
  const at = opts.at ?? today;
  if (!isCalendarDate(at)) throw new UsageError(`--at ${at}: expected a date YYYY-MM-DD`);
  if (!paths.length) throw new UsageError('sweep needs at least one file, folder or glob');
  // --since-record: only the facts the bundled record's changelog says changed after that version.
  let limit: SweepLimit | undefined;
  let only: Set<string> | undefined;
  if (opts.sinceRecord !== undefined) {
    const versions: readonly RecordVersion[] = bundled.changes ?? [];
    const changed = factsChangedSince(versions, opts.sinceRecord);
    if (!changed)
      throw new UsageError(
        `--since-record ${opts.sinceRecord}: no such record version (the record's versions: ${versions.map((v) => v.version).join(', ') || 'none'})`,
      );
    only = changed.facts;
    limit = { since: opts.sinceRecord, through: changed.through, facts: changed.facts.size, removed: changed.removed };
  }
  const { files, skipped } = expandPaths(paths, io.cwd);
  for (const s of skipped) io.err(`${safe(rel(io.cwd, s.path))}: note: skipped: ${safe(s.reason)}\n`);
  if (!files.length) throw new UsageError(`no markdown files in ${paths.join(' ')}`);
  const engines = new Map<string, ReturnType<typeof createEngine>>();
  const drafts: SweepDraft[] = [];
  for (const { path: file, fsPath } of files) {
    const scope = opts.workspacePacks ? opts.finder.scopeFor(file) : { files: [] as string[] };
    const key = scope.files.join('\0');
    let engine = engines.get(key);
    if (!engine) {
      const { record, errors } = recordWith(unique([...opts.explicitPacks, ...scope.files]), io.cwd);
      errors.forEach((e) => io.err(e + '\n'));
      engine = createEngine(record);
      engines.set(key, engine);
    }
    const read = readDraft(fsPath);
    if ('error' in read) {
      drafts.push({
        path: rel(io.cwd, file),
        corrections: [],
        updates: [],
        rechecks: [],
        note: `not read: ${read.error}`,
      });
      continue;
    }
    drafts.push(sweepDraft(engine, rel(io.cwd, file), read.text, at, today, only));
  }
  const newest = bundled.changes?.[bundled.changes.length - 1]?.version;
  // The record version the sweep used (the next sweep's --since-record), and the limit when there was one.
  const record = { ...(newest ? { changelogVersion: newest } : {}), version: bundled.version };
  const sinceRecord = limit
    ? { since: limit.since, through: limit.through, facts: [...only!].sort(), removed: limit.removed }
    : undefined;
  if (opts.format === 'json')
    io.out(JSON.stringify({ version: 1, at, record, ...(sinceRecord ? { sinceRecord } : {}), drafts }, null, 2) + '\n');
  else if (opts.format === 'markdown') io.out(formatSweepMarkdown(drafts, at, limit));
  else io.out(formatSweepText(drafts, at, limit));
  return drafts.some((d) => d.corrections.length || d.updates.length || d.rechecks.length) ? 1 : 0;
}

function check(
  paths: string[],
  opts: {
    format: string;
    asOf?: string;
    failOn: string;
    explicitPacks: string[];
    workspacePacks: boolean;
    finder: CliPackFinder;
    workspace?: boolean;
    jobs?: number;
  },
  io: Io,
): number | Promise<number> {
  if (!['text', 'json', 'jsonl', 'sarif', 'github'].includes(opts.format))
    throw new UsageError(`--format ${opts.format}: expected text, json, jsonl, sarif or github`);
  if (!['error', 'warning', 'never'].includes(opts.failOn))
    throw new UsageError(`--fail-on ${opts.failOn}: expected error, warning or never`);
  if (!paths.length) throw new UsageError('check needs at least one file, folder or glob');
  const { files, skipped } = expandPaths(paths, io.cwd);
  // What a folder walk did not check is named, never dropped without a word.
  for (const s of skipped) io.err(`${safe(rel(io.cwd, s.path))}: note: skipped: ${safe(s.reason)}\n`);
  if (!files.length) throw new UsageError(`no markdown files in ${paths.join(' ')}`);

  // Packs: the ones named, plus each file's workspace packs (the same discovery the extension uses,
  // with its folder's factdesk.packs: several folders checked at once each use their own).
  // Pack errors go to stderr once each (a named pack is loaded for every root); they fail the run unless --fail-on never.
  const packErrors = new Set<string>();
  /** A --pack file that cannot be read: unreadable input, exit 2 whatever --fail-on says. */
  let packUnreadable = false;
  const records = new Map<string, { record: CompiledRecord; packs: string[]; packFiles: string[] }>();
  /** A draft's record (its packs loaded once per set, their errors reported once). */
  const recordFor = (file: string) => {
    const scope = opts.workspacePacks ? opts.finder.scopeFor(file) : { files: [] as string[] };
    // One record per set of pack files (a root's globs decide them).
    const key = scope.files.join('\0');
    let entry = records.get(key);
    if (!entry) {
      const packFiles = unique([...opts.explicitPacks, ...scope.files]);
      const { record, errors, packs, unreadable } = recordWith(packFiles, io.cwd);
      if (unreadable.some((f) => opts.explicitPacks.includes(f))) packUnreadable = true;
      for (const e of errors) {
        if (packErrors.has(e)) continue;
        packErrors.add(e);
        io.err(e + '\n');
      }
      entry = { record, packs, packFiles };
      records.set(key, entry);
    }
    return { ...entry, root: 'root' in scope ? scope.root : undefined };
  };
  const engines = new Map<string, ReturnType<typeof createEngine>>();
  const engineFor = (packFiles: string[]) => {
    const key = packFiles.join('\0');
    let engine = engines.get(key);
    if (!engine) {
      engine = createEngine([...records.values()].find((r) => r.packFiles.join('\0') === key)!.record);
      engines.set(key, engine);
    }
    return engine;
  };

  const today = io.today ?? new Date().toISOString().slice(0, 10);
  const settings: CheckSettings = { ...(opts.asOf ? { asOf: opts.asOf } : {}), today };
  const reports: FileReport[] = [];
  const allPacks = new Set<string>();
  let unreadable = false;
  const jsonl = opts.format === 'jsonl';
  /** Each draft's report in file order; --format jsonl writes its lines at once (a long run streams). */
  const take = (c: CheckedFile) => {
    reports.push(c.report);
    if (c.unreadable) unreadable = true;
    if (jsonl) io.out(jsonLines(c.report));
  };
  const tasks: CheckTask[] = files.map(({ path: file, fsPath }, index) => {
    const { packs, packFiles, root } = recordFor(file);
    packs.forEach((p) => allPacks.add(p));
    // The draft's path from its pack root: the wordings a pack accepts in this draft only.
    const fromRoot = root ? path.relative(root, file) : '';
    const draftPath =
      fromRoot && !fromRoot.startsWith('..') && !path.isAbsolute(fromRoot)
        ? fromRoot.split(path.sep).join('/')
        : undefined;
    const uri = Buffer.isBuffer(fsPath) ? bytesToUri(relativeBytes(io.cwd, fsPath)) : undefined;
    return {
      index,
      display: rel(io.cwd, file),
      fsPath,
      packFiles,
      ...(draftPath ? { draftPath } : {}),
      ...(uri ? { uri } : {}),
    };
  });
  const jobs = Math.min(opts.jobs ?? defaultJobs(tasks.length), tasks.length);
  const finish = () => finishCheck(reports, allPacks, unreadable, packErrors, packUnreadable, today, opts, io);
  if (jobs > 1 && workerFile()) return checkInWorkers(workerFile()!, tasks, settings, jobs, take).then(finish);
  for (const task of tasks) take(checkFile(engineFor(task.packFiles), task.packFiles.length > 0, task, settings));
  return finish();
}

/** Drafts a thread is worth starting for: below this many, one thread is faster than starting another. */
const DRAFTS_PER_WORKER = 8;
function defaultJobs(drafts: number): number {
  return Math.max(1, Math.min(availableParallelism(), Math.floor(drafts / DRAFTS_PER_WORKER)));
}

/** dist/cli-worker.js beside the running bundle, if it is there (running from source, it is not: one thread). */
function workerFile(): string | undefined {
  const file = path.join(__dirname, 'cli-worker.js');
  return existsSync(file) ? file : undefined;
}

/** --format jsonl: one line per finding (with its file's path), then one line for the file. */
function jsonLines(file: FileReport): string {
  const json = (
    toJson({ asOf: file.asOf, recordVersion: bundled.version, packs: [], files: [file] }) as {
      files: Record<string, unknown>[];
    }
  ).files[0]!;
  const { findings, ...rest } = json as { findings: unknown[] } & Record<string, unknown>;
  let out = '';
  for (const f of findings) out += JSON.stringify({ type: 'finding', path: file.path, ...(f as object) }) + '\n';
  return out + JSON.stringify({ type: 'file', ...rest, findings: findings.length }) + '\n';
}

function finishCheck(
  reports: FileReport[],
  allPacks: Set<string>,
  unreadable: boolean,
  packErrors: Set<string>,
  packUnreadable: boolean,
  today: string,
  opts: { format: string; asOf?: string; failOn: string; workspace?: boolean },
  io: Io,
): number {
  const report: Report = {
    asOf: opts.asOf ?? today,
    recordVersion: bundled.version,
    ...(bundled.reviewed ? { recordReviewed: bundled.reviewed } : {}),
    packs: [...allPacks],
    ...(packErrors.size ? { packErrors: [...packErrors] } : {}),
    files: reports,
  };
  if (opts.workspace) {
    const names = new Map((bundled.entities as { id: string; name: string }[]).map((e) => [e.id, e.name]));
    report.disagreements = disagreements(reports, (id) => names.get(id) ?? id);
  }
  // JSON and SARIF are written in pieces: the report of a large draft may be longer than any one string.
  if (opts.format === 'json') writeJson(toJson(report), io.out);
  else if (opts.format === 'sarif') writeJson(toSarif(report, VERSION), io.out);
  else if (opts.format === 'github') io.out(formatGithub(report));
  else if (opts.format !== 'jsonl') io.out(formatText(report, io.isTty));
  // --workspace: drafts that disagree where the record cannot settle it (information; the exit code is the findings').
  if (opts.workspace) {
    const pairs = report.disagreements ?? [];
    if (opts.format === 'text') {
      for (const d of pairs) {
        io.out(
          `${safe(d.a.path)}:${d.a.line}:${d.a.column}: information: drafts disagree on ${safe(d.what)}: “${safe(d.a.words)}” here, “${safe(d.b.words)}” in ${safe(d.b.path)}:${d.b.line}:${d.b.column} (${whyText(d)}) [${d.entityId} ${d.attribute}]\n`,
        );
      }
      io.out(`${pairs.length} disagreement(s) between drafts\n`);
    } else if (opts.format === 'jsonl')
      for (const d of pairs) io.out(JSON.stringify({ type: 'disagreement', ...d }) + '\n');
  }
  if (unreadable) {
    if (opts.format !== 'text')
      for (const r of reports.filter((x) => x.error)) io.err(`${safe(r.path)}: error: ${safe(r.error!)}\n`);
    return 2;
  }
  if (packUnreadable) return 2;
  const levels = opts.failOn === 'never' ? [] : opts.failOn === 'warning' ? ['error', 'warning'] : ['error'];
  if (packErrors.size && opts.failOn !== 'never') return 1;
  return reports.some((r) => r.findings.some((f) => levels.includes(f.severity))) ? 1 : 0;
}

/** Entry point: one-line errors, never a stack trace. */
export function main(argv = process.argv.slice(2)): void {
  // Output that cannot be written: a closed pipe (`| head -1`) ends quietly with the exit code the findings
  // decided; any other failure (a full disk) is one line and exit 2. Never a stack trace.
  let outputClosed = false;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (outputClosed) return;
    outputClosed = true;
    if (e.code !== 'EPIPE') {
      process.stderr.write(`factdesk: cannot write the output (${e.code ?? e.message})\n`);
      process.exitCode = 2;
      process.exit();
    }
    // A closed pipe: nothing more is written, and the run goes on to its end, so the exit code is the findings'
    // (round ten's probe: `--format jsonl` with threads streams, the pipe closed mid-run and it exited 0).
  });
  const fail = (message: string) => {
    process.stderr.write(`factdesk: ${safe(message)}\n`);
    process.exitCode = 2;
  };
  // FACTDESK_TODAY pins "today" (tests, reproducible CI runs); an impossible one is bad usage, not today.
  const pinned = process.env.FACTDESK_TODAY;
  if (pinned && !isCalendarDate(pinned))
    return fail(`FACTDESK_TODAY=${pinned}: expected a date YYYY-MM-DD that is in the calendar`);
  const io: Io = {
    out: (s) => {
      if (!outputClosed) process.stdout.write(s);
    },
    err: (s) => process.stderr.write(s),
    isTty: !!process.stdout.isTTY && !process.env.NO_COLOR,
    cwd: process.cwd(),
    ...(pinned ? { today: pinned } : {}),
  };
  const failed = (e: unknown) => {
    const usage = e instanceof UsageError || String((e as { code?: string }).code ?? '').startsWith('ERR_PARSE_ARGS');
    fail(`${usage ? '' : 'internal error: '}${(e as Error).message}`);
  };
  try {
    const code = run(argv, io);
    if (typeof code === 'number') process.exitCode = code;
    else code.then((c) => (process.exitCode = c), failed);
  } catch (e) {
    failed(e);
  }
}

if (require.main === module) main();
