/**
 * The outside-in reliability probe (../shared/research/reliability-probe.md),
 * CLI part: every flagged case of the groups this suite covers, as a table of
 * input → expected outcome, run against the built CLI in a child process.
 * Case ids are the report's (O20, P61, F36…). FACTDESK_PROBE_CLI runs the
 * table against another build (how the "failing before" figure was counted).
 *
 * The rules: nothing hangs (each run has a 30 s guard, most take 0.2 s), no
 * stack trace, no raw control character in text output or on stderr, one
 * finding per line, exit 2 for unreadable input or an impossible date.
 */
import assert from 'node:assert/strict';
import { spawnSync, type StdioOptions } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Ajv from 'ajv-draft-04';

const ROOT = path.join(__dirname, '..', '..', '..');
const CLI = process.env.FACTDESK_PROBE_CLI ?? path.join(ROOT, 'dist', 'cli.js');
const CLAIM = 'The H200 has 96 GB of HBM3e memory.\n';
const SOURCE = `  - { id: desk-memo, title: Desk memo, publisher: The Desk, url: "https://desk.example/memo", date: 2026-01-05, accessed: 2026-01-05 }\n`;

interface Run {
  code: number | null;
  out: string;
  err: string;
  all: string;
  timedOut: boolean;
}

function factdesk(
  args: string[],
  cwd: string,
  opts: { env?: Record<string, string>; stdio?: StdioOptions; shell?: string; preload?: string } = {},
): Run {
  const env = { ...process.env, FACTDESK_TODAY: '2026-11-23', NO_COLOR: '1', ...opts.env };
  const r = opts.shell
    ? spawnSync('bash', ['-c', opts.shell.replaceAll('$CLI', JSON.stringify(CLI))], {
        cwd,
        encoding: 'utf8',
        timeout: 30_000,
        env,
      })
    : spawnSync(process.execPath, [...(opts.preload ? ['--require', opts.preload] : []), CLI, ...args], {
        cwd,
        encoding: 'utf8',
        timeout: 30_000,
        maxBuffer: 64 * 1024 * 1024,
        env,
        ...(opts.stdio ? { stdio: opts.stdio } : {}),
      });
  const out = r.stdout ?? '';
  const err = r.stderr ?? '';
  return { code: r.status, out, err, all: out + err, timedOut: r.error?.message.includes('ETIMEDOUT') ?? false };
}

const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const noStack = (r: Run) => {
  assert.doesNotMatch(r.all, /internal error|Unhandled 'error'/, r.all);
  assert.ok(!r.all.split('\n').some((l) => /^ +at \S+ \(/.test(l)), r.all);
};
const clean = (r: Run) => {
  assert.equal(r.timedOut, false, 'no hang');
  noStack(r);
  assert.doesNotMatch(r.all, RAW_CONTROL, JSON.stringify(r.all.slice(0, 400)));
};

/** An RFC 3986 relative reference with no scheme, query or fragment: unreserved, sub-delims, ':' '@' (not in the first segment), '/', and %XX. */
const RELATIVE_PATH_REF = /^(?:[\w\-.~!$&'()*+,;=@]|%[0-9A-F]{2})*(?:\/(?:[\w\-.~!$&'()*+,;=:@]|%[0-9A-F]{2})*)*$/;

interface Case {
  id: string;
  what: string;
  /** Files to write (relative to the case's folder); a Buffer is written as bytes. */
  files?: Record<string, string | Buffer>;
  /** Extra setup (links, FIFOs); returns nothing. */
  setup?: (dir: string) => void;
  args?: string[];
  env?: Record<string, string>;
  shell?: string;
  preload?: string;
  stdio?: (dir: string) => StdioOptions;
  expect: (r: Run, dir: string) => void;
}

const lines = (s: string) => s.split('\n').filter(Boolean);

const CASES: Case[] = [
  // --- Terminal injection (BUG-16) ---
  ...(
    [
      ['O20', 'file name with ANSI escapes', '\u001b[31mred\u001b[0m.md'],
      ['O21', 'file name with a carriage return', 'ok\rFAKE.md'],
      ['O22', 'file name with a newline (would forge a finding line)', 'x\nforged.md:1:1: error: injected [x].md'],
      ['O22b', 'file name with a bidi override and a C1 CSI', 'a\u202ebad\u009b.md'],
    ] as const
  ).map(([id, what, name]): Case => ({
    id,
    what,
    files: { [name]: CLAIM },
    args: ['check', name],
    expect: (r) => {
      clean(r);
      assert.equal(r.code, 1);
      // One finding line, its explanation and source lines, the summary: nothing forged.
      assert.equal(lines(r.out).length, 4, r.out);
      assert.equal(lines(r.out).filter((l) => /: error: /.test(l)).length, 1, r.out);
      assert.match(r.out, /\\x1B|\\x0D|\\x0A|\\u202E/);
    },
  })),
  {
    id: 'B07',
    what: 'front-matter date with ANSI/OSC escapes is echoed escaped in the note',
    files: { 'esc.md': `---\ndate: "\\e]0;pwned\\a\\e[2J"\n---\n${CLAIM}` },
    args: ['check', 'esc.md'],
    expect: (r) => {
      clean(r);
      assert.match(r.out, /esc\.md: note: front matter date "\\x1B\]0;pwned\\x07\\x1B\[2J" is not a YYYY-MM-DD date/);
    },
  },
  {
    id: 'O27',
    what: 'vertical tab / CR between number and unit in the claim',
    files: { 'd.md': 'The H200 has 96\u000bGB of HBM3e memory.\n' },
    args: ['check', 'd.md'],
    expect: (r) => {
      clean(r);
      assert.equal(r.code, 1);
      // The claim is quoted as read: a run of whitespace (the vertical tab too) is one space, never a raw control.
      assert.match(r.out, /“96 GB”/);
    },
  },
  {
    id: 'O28/P57',
    what: 'pack source URL and publisher with ESC and newline',
    files: {
      '.factdesk/a.facts.yaml': `publishers: [{ id: the-desk, name: The Desk, tier: named-outlet, hosts: [desk.example] }]\nsources:\n  - { id: desk-memo, title: Desk memo, publisher: "The \\e[31mDesk\\nh200.md:1:1: error: forged", url: "https://desk.example/\\e[2Jmemo", date: 2026-01-05, accessed: 2026-01-05 }\noverrides:\n  - { id: h200.memory_capacity, kind: quantity, entity: nvidia-h200, attribute: memory_capacity, value: { amount: 150, unit: GB }, citations: [{ source: desk-memo, quote: "The H200 has 150 GB." }], asOf: 2026-01-05, conflicts: [{ value: { amount: 96, unit: GB }, citations: [{ source: desk-memo, quote: "96 GB" }] }], conflictResolution: open }\n`,
      'd.md': 'The H200 has 140 GB of HBM3e memory.\n',
    },
    args: ['check', 'd.md'],
    expect: (r) => {
      clean(r);
      assert.equal(lines(r.out).filter((l) => /^d\.md:\d+:\d+: /.test(l)).length, 1, r.out);
      assert.ok(!/^h200\.md/m.test(r.out), r.out);
      assert.match(r.out, /source \(named outlet\): https:\/\/desk\.example\/(%1B|\\x1B)/);
    },
  },
  {
    id: 'P45',
    what: 'pack file name with ESC (stderr)',
    files: { '.factdesk/a \u001b[31mx.facts.yaml': 'facts: [1]\n', 'd.md': CLAIM },
    args: ['check', 'd.md'],
    expect: (r) => {
      clean(r);
      assert.match(r.err, /\.factdesk\/a \\x1B\[31mx\.facts\.yaml:/);
    },
  },
  {
    id: 'P56',
    what: '`record test` echoes a failing example sentence escaped',
    files: {
      '.factdesk/a.facts.yaml': `publishers: [{ id: the-desk, name: The Desk, tier: named-outlet, hosts: [desk.example] }]\nsources:\n${SOURCE}entities:\n  - { id: acme-x1, kind: chip, name: Acme X1, description: A chip. }\nfacts:\n  - { id: acme-x1.memory_capacity, kind: quantity, entity: acme-x1, attribute: memory_capacity, value: { amount: 48, unit: GB }, citations: [{ source: desk-memo, quote: "48 GB" }], asOf: 2026-01-05, examples: { flags: ["Nothing \\e]0;pwned\\a here\\rFAKE"] } }\n`,
    },
    args: ['record', 'test'],
    expect: (r) => {
      clean(r);
      assert.equal(r.code, 1);
      assert.match(r.out, /FAIL \[acme-x1\.memory_capacity\].*"Nothing \\x1B\]0;pwned\\x07 here\\x0DFAKE"/);
    },
  },
  // --- Packs that are not regular files (BUG-02) ---
  {
    id: 'P47',
    what: 'workspace pack symlinked to /dev/zero: refused by name, never read',
    files: { 'd.md': CLAIM },
    setup: (dir) => fs.symlinkSync('/dev/zero', path.join(dir, '.factdesk', 'a.facts.yaml')),
    args: ['check', 'd.md'],
    expect: (r) => {
      clean(r);
      assert.equal(r.code, 1);
      assert.match(
        r.err,
        /\.factdesk\/a\.facts\.yaml: warning: pack file is a symbolic link to a file outside the workspace folder: not read/,
      );
    },
  },
  {
    id: 'P61',
    what: '--pack naming a FIFO (no writer): exit 2, one line',
    files: { 'd.md': CLAIM },
    setup: (dir) => spawnSync('mkfifo', [path.join(dir, 'p.facts.yaml')]),
    args: ['check', '--pack', 'p.facts.yaml', 'd.md'],
    expect: (r) => {
      clean(r);
      assert.equal(r.code, 2);
      assert.match(r.err, /^p\.facts\.yaml:1:1: error: cannot read: not a regular file/m);
    },
  },
  {
    id: 'P62',
    what: 'pack symlinked to a FIFO inside .factdesk: no hang',
    files: { 'd.md': CLAIM },
    setup: (dir) => {
      spawnSync('mkfifo', [path.join(dir, '.factdesk', 'fifo')]);
      fs.symlinkSync('fifo', path.join(dir, '.factdesk', 'b.facts.yaml'));
    },
    args: ['record', 'validate'],
    expect: (r) => clean(r),
  },
  {
    id: 'P61b',
    what: '`record validate` on a FIFO: exit 2',
    files: {},
    setup: (dir) => spawnSync('mkfifo', [path.join(dir, 'p.facts.yaml')]),
    args: ['record', 'validate', 'p.facts.yaml'],
    expect: (r) => {
      clean(r);
      assert.equal(r.code, 2);
    },
  },
  // --- A pack of errors (BUG-14) ---
  {
    id: 'P68',
    what: 'a pack of 130,000 invalid facts on one line: a clear, capped error list',
    files: { '.factdesk/a.facts.yaml': `facts: [${'0,'.repeat(130000)}0]\n`, 'd.md': CLAIM },
    args: ['check', 'd.md'],
    expect: (r) => {
      clean(r);
      assert.equal(r.code, 1);
      assert.match(r.err, /and 129901 more errors in this file/);
      assert.ok(lines(r.err).length <= 102, `${lines(r.err).length} lines`);
      assert.match(r.out, /^d\.md:1:14: error/m);
    },
  },
  // --- Missing --pack (BUG-19) ---
  ...(
    [
      ['P58', ['check', '--pack', 'typo.facts.yaml', 'ok.md']],
      ['P59', ['check', '--pack', 'typo.facts.yaml', '--fail-on', 'never', 'ok.md']],
      ['F30', ['record', 'validate', 'typo.facts.yaml']],
    ] as const
  ).map(([id, args]): Case => ({
    id,
    what: `a missing pack file exits 2 (${args.join(' ')})`,
    files: { 'ok.md': 'The H200 has 141 GB of HBM3e memory.\n' },
    args: [...args],
    expect: (r) => {
      clean(r);
      assert.equal(r.code, 2, r.all);
      assert.match(
        r.err,
        /typo\.facts\.yaml:1:1: error: cannot read: no such file|typo\.facts\.yaml:1:1: cannot read: no such file/,
      );
    },
  })),
  // --- Dates (BUG-24) ---
  ...(['2025-02-30', '2023-02-29', '2025-04-31'] as const).map((date, i): Case => ({
    id: `B0${i + 1}`,
    what: `front matter date ${date} is refused with a note; checked as of today`,
    files: { 'd.md': `---\ndate: ${date}\n---\n${CLAIM}` },
    args: ['check', '--format', 'json', 'd.md'],
    expect: (r) => {
      clean(r);
      const file = JSON.parse(r.out).files[0];
      assert.equal(file.asOf, '2026-11-23');
      assert.match(
        file.notes.join(' '),
        new RegExp(`front matter date "${date}" is not a day of the calendar; checked as of today`),
      );
    },
  })),
  {
    id: 'B13',
    what: 'front matter date: [2024-05-01] (a list) is refused with a note',
    files: { 'd.md': `---\ndate: [2024-05-01]\n---\n${CLAIM}` },
    args: ['check', '--format', 'json', 'd.md'],
    expect: (r) => {
      clean(r);
      const file = JSON.parse(r.out).files[0];
      assert.equal(file.asOf, '2026-11-23');
      assert.match(file.notes.join(' '), /front matter date is a list, not a YYYY-MM-DD date; checked as of today/);
    },
  },
  ...(['2025-02-30', '2023-02-29'] as const).map((date, i): Case => ({
    id: `B2${6 + i}`,
    what: `--as-of ${date}: exit 2, one line`,
    files: { 'd.md': CLAIM },
    args: ['check', '--as-of', date, 'd.md'],
    expect: (r) => {
      clean(r);
      assert.equal(r.code, 2);
      assert.equal(r.out, '');
      assert.deepEqual(lines(r.err), [
        `factdesk: --as-of ${date}: expected a date YYYY-MM-DD (that day is not in the calendar)`,
      ]);
    },
  })),
  {
    id: 'F31',
    what: 'FACTDESK_TODAY=2025-02-30: exit 2, one line',
    files: { 'd.md': CLAIM },
    args: ['check', 'd.md'],
    env: { FACTDESK_TODAY: '2025-02-30' },
    expect: (r) => {
      clean(r);
      assert.equal(r.code, 2);
      assert.deepEqual(lines(r.err), [
        'factdesk: FACTDESK_TODAY=2025-02-30: expected a date YYYY-MM-DD that is in the calendar',
      ]);
    },
  },
  // --- Settings that reach outside the folder (BUG-22, BUG-15) ---
  {
    id: 'F36',
    what: 'factdesk.packs reaching outside the workspace folder: refused by path, its keys never printed',
    files: {
      'outside-secret.yaml': 'API_TOKEN: s3cr3t\nDB_PASSWORD: hunter2\n',
      'ws/.vscode/settings.json': '{"factdesk.packs": ["../outside-secret.yaml", "../*.yaml", "/etc/hostname"]}',
      'ws/x.md': CLAIM,
    },
    args: ['check', 'ws/x.md'],
    expect: (r) => {
      clean(r);
      assert.equal(r.code, 1);
      assert.doesNotMatch(r.all, /API_TOKEN|DB_PASSWORD|s3cr3t/);
      assert.match(r.err, /outside-secret\.yaml: warning: pack file is outside the workspace folder: not read/);
    },
  },
  {
    id: 'F38',
    what: 'settings.json of arrays nested 10,000 deep: a warning, the draft checked',
    files: { '.vscode/settings.json': `${'['.repeat(10000)}${']'.repeat(10000)}`, 'x.md': CLAIM },
    args: ['check', 'x.md'],
    expect: (r) => {
      clean(r);
      assert.equal(r.code, 1);
      assert.match(r.err, /^\.vscode\/settings\.json:1:65: warning: nested deeper than 64 levels/m);
    },
  },
  {
    id: 'F38b',
    what: 'a 9 MB settings.json: refused by size before reading, the draft checked',
    files: { '.vscode/settings.json': `${'['.repeat(4_500_000)}${']'.repeat(4_500_000)}`, 'x.md': CLAIM },
    args: ['check', 'x.md'],
    expect: (r) => {
      clean(r);
      assert.equal(r.code, 1);
      assert.match(r.err, /^\.vscode\/settings\.json:1:1: warning: 8\.6 MB, larger than 1 MB: not read/m);
    },
  },
  // --- Folder walks (BUG-21) ---
  {
    id: 'F10b',
    what: 'a symlinked draft inside a checked folder is named in a note',
    files: { 'other/real.md': CLAIM, 'drafts/plain.md': 'Nothing.\n' },
    setup: (dir) => fs.symlinkSync('../other/real.md', path.join(dir, 'drafts', 'link.md')),
    args: ['check', 'drafts'],
    expect: (r) => {
      clean(r);
      assert.match(r.err, /^drafts\/link\.md: note: skipped: a symbolic link/m);
    },
  },
  {
    id: 'F13',
    what: 'an unreadable sub-folder is named in a note (EACCES injected: the suite may run as root)',
    files: { 'drafts/plain.md': 'Nothing.\n', 'drafts/locked/x.md': CLAIM },
    preload: 'eacces',
    args: ['check', 'drafts'],
    expect: (r) => {
      clean(r);
      assert.match(r.err, /^drafts\/locked: note: skipped: folder not readable \(EACCES\)/m);
    },
  },
  {
    id: 'F04',
    what: 'a file name that is not valid UTF-8 is checked and shown escaped',
    setup: (dir) => {
      fs.writeFileSync(
        Buffer.concat([Buffer.from(`${dir}/`), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2e, 0x6d, 0x64])]),
        CLAIM,
      );
    },
    args: ['check', '.'],
    expect: (r) => {
      clean(r);
      assert.equal(r.code, 1);
      assert.match(r.out, /^caf\\xE9\.md:1:14: error:/m);
    },
  },
  {
    id: 'R10-06',
    what: 'SARIF names a file name that is not valid UTF-8 by its own bytes (caf%E9.md), not by its escaped display',
    setup: (dir) => {
      fs.mkdirSync(`${dir}/sub`);
      fs.writeFileSync(
        Buffer.concat([
          Buffer.from(`${dir}/sub/`),
          Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x31, 0x2e, 0x6d, 0x64]),
        ]),
        CLAIM,
      );
    },
    args: ['check', '--format', 'sarif', '.'],
    expect: (r) => {
      assert.equal(r.code, 1);
      const uris = [...r.out.matchAll(/"uri": "([^"]*)"/g)].map((m) => m[1]);
      assert.ok(uris.length > 0);
      for (const uri of uris) assert.equal(uri, 'sub/caf%E9%201.md');
    },
  },
  // --- UTF-16 drafts (not counted in the report; a clear message is the fix) ---
  ...(
    [
      ['A05', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CLAIM, 'utf16le')])],
      ['A06', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(CLAIM, 'utf16le').swap16()])],
    ] as const
  ).map(([id, bytes]): Case => ({
    id,
    what: 'UTF-16 draft: "save it as UTF-8"',
    files: { 'd.md': bytes },
    args: ['check', 'd.md'],
    expect: (r) => {
      clean(r);
      assert.equal(r.code, 2);
      assert.match(r.out, /^d\.md: error: UTF-16 text: save it as UTF-8 to check it$/m);
    },
  })),
  // --- Output contracts (BUG-12, BUG-17, BUG-20) ---
  {
    id: 'O25',
    what: 'stdout closed early (| head -1): quiet, exit 1 as the findings decide',
    files: { 'many.md': CLAIM.concat('\n').repeat(3000) },
    shell: 'node $CLI check many.md | head -1 >/dev/null; echo "rc=${PIPESTATUS[0]}" >&2',
    expect: (r) => {
      clean(r);
      assert.deepEqual(lines(r.err), ['rc=1']);
    },
  },
  {
    id: 'O26',
    what: 'stdout is /dev/full (ENOSPC): one line, exit 2',
    files: { 'many.md': CLAIM.concat('\n').repeat(50) },
    args: ['check', 'many.md'],
    stdio: () => ['ignore', fs.openSync('/dev/full', 'w'), 'pipe'],
    expect: (r) => {
      clean(r);
      assert.equal(r.code, 2);
      assert.deepEqual(lines(r.err), ['factdesk: cannot write the output (ENOSPC)']);
    },
  },
  {
    id: 'O02–O11',
    what: 'SARIF artifactLocation.uri percent-encoded for odd names, valid against the schema',
    files: Object.fromEntries(
      [
        'my draft.md',
        'issue#12.md',
        '100%.md',
        'what?.md',
        'café-中文.md',
        'a\\b.md',
        'c:draft.md',
        '🚀.md',
        "it's (1).md",
        'x/y.md',
      ].map((n) => [n, CLAIM]),
    ),
    args: ['check', '--format', 'sarif', '.'],
    expect: (r) => {
      clean(r);
      const log = JSON.parse(r.out) as import('sarif').Log;
      const schema = JSON.parse(
        fs.readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'),
      );
      const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false, logger: false }).compile(schema);
      assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 3)));
      const uris = log.runs[0]!.results!.map((x) => x.locations![0]!.physicalLocation!.artifactLocation!.uri!);
      assert.equal(uris.length, 10);
      for (const uri of uris) {
        assert.match(uri, RELATIVE_PATH_REF, uri);
        // Resolved against a base, the URI names the file itself: no fragment, no query, no scheme.
        const resolved = new URL(uri, 'file:///root/');
        assert.equal(resolved.hash + resolved.search, '', uri);
        assert.equal(resolved.protocol, 'file:', uri);
      }
      const names = uris.map((u) => u.split('/').map(decodeURIComponent).join('/')).sort();
      assert.deepEqual(
        names,
        [
          '100%.md',
          'a\\b.md',
          'c:draft.md',
          'café-中文.md',
          "it's (1).md",
          'issue#12.md',
          'my draft.md',
          'what?.md',
          'x/y.md',
          '🚀.md',
        ].sort(),
      );
      assert.deepEqual(log.runs[0]!.invocations, [{ executionSuccessful: true }]);
    },
  },
  {
    id: 'O29',
    what: 'JSON and SARIF say that part of a draft was not checked',
    files: { 'd.md': `${'a_b '.repeat(6000)}\n${CLAIM}` },
    args: ['check', '--format', 'json', 'd.md'],
    expect: (r) => {
      clean(r);
      assert.match(JSON.parse(r.out).files[0].notes.join(' '), /not checked/);
    },
  },
  {
    id: 'O30',
    what: 'SARIF for an unreadable draft: executionSuccessful false, an error notification',
    files: { 'bad.md': Buffer.from([0xff, 0x41, 0x42]) },
    args: ['check', '--format', 'sarif', 'bad.md'],
    expect: (r) => {
      clean(r);
      assert.equal(r.code, 2);
      const inv = JSON.parse(r.out).runs[0].invocations[0];
      assert.equal(inv.executionSuccessful, false);
      assert.equal(inv.toolExecutionNotifications[0].level, 'error');
      assert.match(inv.toolExecutionNotifications[0].message.text, /bad\.md: not valid UTF-8/);
    },
  },
  // --- Code span holding <!-- (BUG-03) ---
  {
    id: 'A34',
    what: '`<!--` in a code span, then 70 KB of claims: every claim read',
    files: { 'comment.md': `Write \`<!--\` to open an HTML comment.\n\n${`${CLAIM}\n`.repeat(1900)}` },
    args: ['check', 'comment.md'],
    expect: (r) => {
      clean(r);
      assert.equal(r.code, 1);
      assert.match(lines(r.out).pop()!, /^1900 errors/);
    },
  },
];

describe('hardening: the outside probe, CLI cases (reliability-probe.md)', function () {
  this.timeout(120_000);
  let dir: string;
  let eacces: string;
  before(function () {
    if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build (npm test does)`);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factdesk-probe-cli-'));
    // Injects EACCES for folders named "locked" (chmod 000 does not stop root).
    eacces = path.join(dir, 'eacces.js');
    fs.writeFileSync(
      eacces,
      `const fs = require('fs'); const real = fs.readdirSync; fs.readdirSync = function (p, ...rest) { if (String(p).endsWith('/locked')) { const e = new Error('EACCES: permission denied'); e.code = 'EACCES'; throw e; } return real.call(this, p, ...rest); };\n`,
    );
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  for (const c of CASES) {
    it(`${c.id}: ${c.what}`, () => {
      const root = path.join(dir, c.id.replace(/[^\w-]/g, '_'));
      fs.mkdirSync(path.join(root, '.factdesk'), { recursive: true });
      for (const [rel, content] of Object.entries(c.files ?? {})) {
        fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
        fs.writeFileSync(path.join(root, rel), content);
      }
      c.setup?.(root);
      const r = factdesk(c.args ?? [], root, {
        ...(c.env ? { env: c.env } : {}),
        ...(c.shell ? { shell: c.shell } : {}),
        ...(c.stdio ? { stdio: c.stdio(root) } : {}),
        ...(c.preload ? { preload: eacces } : {}),
      });
      c.expect(r, root);
    });
  }
});
