/**
 * Entry point VS Code calls inside the extension host (extensionTestsPath).
 *
 * VS Code requires this bundle and awaits `run()`: resolve = pass (exit 0),
 * reject = fail (exit 1). Mocha is not bundled: it is required from the root
 * project's node_modules by absolute path (the extension host is plain Node).
 *
 * Extension-host environment (set by test/integration/run.js through the
 * `extensionEnvironment` payload):
 *   FACTDESK_MOCHA_PATH  folder of the mocha package (default: <repo>/node_modules/mocha)
 *   FACTDESK_IT_GREP     only run tests whose full title matches this pattern
 *   FACTDESK_IT_TIMEOUT  per-test timeout in ms (default 60000)
 *   FACTDESK_IT_TAG      when set, prefix the suite's output lines with OUTPUT_TAG
 */
import * as fs from 'fs';
import * as path from 'path';
import * as util from 'util';

// The bundle lives in <repo>/dist-test/integration/index.js.
const REPO_ROOT = path.resolve(__dirname, '..', '..');

type MochaCtor = typeof import('mocha');

function loadMocha(): MochaCtor {
  const dir = process.env.FACTDESK_MOCHA_PATH || path.join(REPO_ROOT, 'node_modules', 'mocha');
  // A runtime require of an absolute path: esbuild leaves it alone, Node resolves it.
  // Mocha >= 11 is an ES module whose index re-exports a CommonJS build; Node's
  // require(esm) hands back a namespace object, so take its default export.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a test file found at run time: its path is not known to import
  const mod = require(dir);
  return (mod && mod.default) || mod;
}

/**
 * Console output of the extension host reaches run.js mixed with the
 * workbench's own log. With FACTDESK_IT_TAG set (run.js sets it), the suite's
 * lines are tagged so run.js streams exactly them. VS Code locks `console.*`
 * in the extension host (its setters are no-ops), so the tag goes through
 * mocha's `Base.consoleLog`, which all built-in reporters use, and `report()`.
 * Tests may call `report()` to print a line of their own.
 */
export const OUTPUT_TAG = '[factdesk-it] ';

export function report(...args: unknown[]): void {
  const line = util.format(...args);
  console.log(process.env.FACTDESK_IT_TAG ? OUTPUT_TAG + line : line);
}

export function run(): Promise<void> {
  return runMocha();
}

function runMocha(): Promise<void> {
  const Mocha = loadMocha();
  const Base = (
    Mocha as unknown as {
      reporters: {
        Base: { consoleLog: (...a: unknown[]) => void; useColors: boolean; symbols: Record<string, string> };
      };
    }
  ).reporters.Base;
  Base.consoleLog = report;
  // Plain text unless asked: the output ends up in CI logs, not a terminal.
  const colors = Boolean(process.env.FACTDESK_IT_COLOR);
  const mocha = new Mocha({
    ui: 'bdd',
    color: colors,
    reporter: 'spec',
    timeout: Number(process.env.FACTDESK_IT_TIMEOUT) || 60_000,
  });
  if (process.env.FACTDESK_IT_GREP) {
    mocha.grep(process.env.FACTDESK_IT_GREP);
  }
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js'))
    .sort();
  if (files.length === 0) {
    return Promise.reject(new Error(`no *.test.js files next to ${__filename}`));
  }
  for (const f of files) {
    mocha.addFile(path.join(__dirname, f));
  }
  Base.useColors = colors;
  if (!colors) {
    // Mocha picks coloured ✔/✖ symbols at load time (e.g. when CI=true); strip them.
    for (const k of Object.keys(Base.symbols))
      Base.symbols[k] = String(Base.symbols[k]).replace(/\u001b\[[0-9;]*m/g, '');
  }
  return new Promise<void>((resolve, reject) => {
    try {
      const runner = mocha.run((failures: number) => {
        const { passes = 0, pending = 0 } = runner.stats ?? {};
        // The plain closing line CI reads, whatever the reporter printed above it.
        report(`integration: ${passes} passed, ${failures} failed` + (pending ? `, ${pending} skipped` : ''));
        if (failures > 0) {
          reject(new Error(`${failures} integration test(s) failed`));
        } else if (passes === 0) {
          reject(new Error('no integration test ran'));
        } else {
          resolve();
        }
      });
    } catch (err) {
      reject(err);
    }
  });
}
