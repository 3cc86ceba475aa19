/**
 * The tenth round (docs/hardening.md, "Round ten"): the three items round seven left open (numeric dates, a lone
 * `*` between digits, the start of a status that has no valid.from), and the cases the tenth outside probe
 * (probe-r10.md) flagged, as tables, each with the look-alikes that must stay as they were. Engine cases run
 * in-process.
 */
import assert from 'node:assert/strict';
import {
  createEngine,
  PHRASE_WAYS,
  phraseProblem,
  phraseWays,
  type CheckResult,
  type CompiledRecord,
} from '../../../src/engine';
import { bundledRecord } from '../../helpers/record';
import { DESK_SOURCE, GOOD_PACK, loadPackText } from '../../helpers/packs-fixtures';
import { readingTable } from '../../helpers/reading-table';
import fs from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { checkDraft, MCP_LISTED } from '../../../src/cli/mcp-tools';
import os from 'node:os';
import path from 'node:path';

const withPackText = (text: string) => loadPackText(bundledRecord(), text);
const cuePack = (phrase: string) => `eventCues:\n  - family: restrict\n    phrases: [${JSON.stringify(phrase)}]\n`;

const check = (text: string, asOf = '2025-11-27', record: CompiledRecord = bundledRecord()): CheckResult =>
  createEngine(record).check(text, { asOf, includeSupported: true });
const claims = (r: CheckResult) => r.findings.map((f) => `${f.verdict}:${f.claim}`);
/** The claims holding a figure or a date (not "Nvidia announced the H200", the maker's). */
const dated = (r: CheckResult) => claims(r).filter((c) => /\d/.test(c.replace(/\b[A-Z]+\d+\b/g, '')));
const notes = (r: CheckResult) => (r.notes ?? []).join(' | ');

describe('hardening: round ten', () => {
  describe('a. numeric dates: read when the order is plain, a note naming both readings when it is not', () => {
    // A part over 12 is the day, whichever side it is on; the same number twice reads the same either way.
    readingTable('read: the order is plain', [
      { text: 'Nvidia announced the H200 on 11/14/2023.', report: ['contradicted:nvidia-h200'] },
      { text: 'The Nvidia H200 was unveiled on 14/11/2023.', report: ['contradicted:nvidia-h200'] },
      { text: 'On 3/23/2022, Nvidia announced the H100.', report: ['contradicted:nvidia-h100'] },
      { text: 'The A100 was unveiled by Nvidia on 15.05.2020.', report: ['contradicted:nvidia-a100'] },
      { text: 'Nvidia announced the H100 on 05/05/2022.', report: ['contradicted:nvidia-h100'] },
      // Right in the record's day: nothing to report.
      { text: 'Nvidia announced the H200 on 11/13/2023.', report: [] },
      { text: 'Nvidia announced the H100 on 22/03/2022.', report: [] },
    ]);
    it('a plain numeric date is supported at the day, and its fix writes the month as a word in the same order', () => {
      assert.deepEqual(dated(check('Nvidia announced the H200 on 11/13/2023.')), ['supported:11/13/2023']);
      const mdy = check('Nvidia announced the H200 on 11/14/2023.').findings.find((f) => f.claim === '11/14/2023')!;
      assert.equal(mdy.fix?.newText, 'November 13, 2023');
      const dmy = check('Nvidia announced the H200 on 14/11/2023.').findings.find((f) => f.claim === '14/11/2023')!;
      assert.equal(dmy.fix?.newText, '13 November 2023');
    });

    const EITHER_WAY: [string, string][] = [
      ['Nvidia announced the H100 on 03/04/2022.', '3 April 2022 or 4 March 2022'],
      ['Nvidia announced the H200 on 08/12/2023.', '8 December 2023 or 12 August 2023'],
      ['The Nvidia H200 was unveiled on 8.12.2023.', '8 December 2023 or 12 August 2023'],
      ['| chip | announced |\n|---|---|\n| Nvidia H200 | 11/12/2023 |', '11 December 2023 or 12 November 2023'],
    ];
    for (const [text, readings] of EITHER_WAY) {
      it(`either way: nothing read, not even the year, and a note names both readings: ${JSON.stringify(text)}`, () => {
        const r = check(text);
        assert.deepEqual(dated(r), []);
        assert.ok(notes(r).includes(`(${readings}); Fact Desk reads neither`), notes(r));
      });
    }
    it('before, the year of an ambiguous date was judged alone, and a fix would have left the day behind', () => {
      // "on 08/12/2025" against 13 November 2023: no "2025" finding (whose fix gave "08/12/2023").
      assert.deepEqual(dated(check('Nvidia announced the H200 on 08/12/2025.')), []);
    });

    const IMPOSSIBLE: [string, string][] = [
      ['Nvidia announced the H200 on 31/02/2023.', 'February 2023 has 28 days'],
      ['Nvidia announced the H200 on 02/30/2023.', 'February 2023 has 28 days'],
      ['Nvidia announced the H200 on 13/13/2023.', 'no order of its numbers is a day and a month'],
    ];
    for (const [text, why] of IMPOSSIBLE) {
      it(`no order is a day: the calendar note: ${JSON.stringify(text)}`, () => {
        const r = check(text);
        assert.deepEqual(dated(r), []);
        assert.match(notes(r), /not a day of the calendar/);
        assert.ok(notes(r).includes(why), notes(r));
      });
    }

    // Look-alikes: not a date at all, no note.
    const NOT_DATES = [
      'Nvidia announced the H100 in release 1.2.2022 of its notes.',
      'Nvidia announced the H100, see /docs/03/04/2022/ for it.',
      'Nvidia announced the H100 on 22/03/22.',
      'The Nvidia H100 ships with build v3.4.2022 of the driver.',
      'Nvidia announced the H100 at 10:03/04/2022.',
    ];
    for (const text of NOT_DATES) {
      it(`no date, no note: ${JSON.stringify(text)}`, () => {
        const r = check(text);
        assert.doesNotMatch(notes(r), /numeric date|not a day of the calendar/);
        assert.ok(!r.findings.some((f) => /\d[/.]\d/.test(f.claim)), JSON.stringify(claims(r)));
      });
    }
    it('a front matter date is not noted twice (its own note says it is not YYYY-MM-DD), nor is code', () => {
      const r = createEngine(bundledRecord()).check(
        '---\ndate: 08/12/2025\n---\nThe H200 shipped.\n\n```\n08/12/2025\n```\n',
        { today: '2026-11-23' },
      );
      assert.match(notes(r), /front matter date "08\/12\/2025" is not a YYYY-MM-DD date/);
      assert.doesNotMatch(notes(r), /numeric date/);
    });
  });

  describe('b. a lone "*" between digits is no markup where the page shows it', () => {
    // Where the parser makes the markers emphasis the page shows the digits together: the note, as before.
    const MARKUP = [
      'The Nvidia H200 has 9**6** GB of memory.',
      'The Nvidia H200 has 9*6* GB of memory.',
      'The Nvidia H200 has 4*8 GB and 2*3 GB of memory.', // "*8 GB and 2*" is emphasis
      'The Nvidia H200 has 9`6` GB of memory.',
      'The Nvidia H200 has 1<!-- was 96 -->41 GB of memory.',
    ];
    for (const text of MARKUP) {
      it(`noted: ${JSON.stringify(text)}`, () => {
        const r = check(text);
        assert.match(notes(r), /markup inside/);
        assert.deepEqual(
          r.findings.filter((f) => f.verdict !== 'supported'),
          [],
        );
      });
    }
    // A literal "*" (no partner, or spaced) is shown as it is: no note. The figure after it is one factor of a
    // product ("4*8 GB" is 32 GB), never read as the chip's own figure.
    const LITERAL = [
      'The Nvidia H200 has 4*8 GB of memory.',
      'The Nvidia H200 has 4 * 8 GB of memory.',
      '| chip | memory |\n|---|---|\n| Nvidia H200 | 4*8 GB |',
      '# Nvidia H200: 4*8 GB of memory',
    ];
    for (const text of LITERAL) {
      it(`no note, and no "8 GB" read: ${JSON.stringify(text)}`, () => {
        const r = check(text);
        assert.doesNotMatch(notes(r), /markup inside/);
        assert.deepEqual(claims(r), []);
      });
    }
    readingTable('a multiplication sign before a figure: a product, not read', [
      { text: 'The Nvidia H200 has 4×8 GB of memory.', report: [] },
      { text: 'The Nvidia H200 carries 6 × 24 GB stacks of HBM3e memory.', report: [] },
      { text: 'The Nvidia H200 draws 2✕350 W.', report: [] },
      // Look-alikes: a factor after the figure, and a plain figure, are read as before.
      { text: 'The Nvidia H200 has 96 GB of memory, 2× the H100.', report: ['contradicted:nvidia-h200'] },
      { text: 'The Nvidia H200, 2 x faster, has 96 GB of memory.', report: ['contradicted:nvidia-h200'] },
      { text: 'The Nvidia H200 has 96 GB of memory.', report: ['contradicted:nvidia-h200'] },
    ]);
  });

  describe("c. a status that starts at its chip's first appearance says since when", () => {
    const CASES: [string, string, RegExp][] = [
      // The H20's "unrestricted" has no valid.from: it starts at the H20's announcement (November 2023).
      ['The H20 can be sold to China.', '2024-01-15', /since its announcement in November 2023\)/],
      ['The H20 is banned from sale to China.', '2024-01-15', /since its announcement in November 2023\)/],
      // The H200's licence requirement: from its announcement on 13 November 2023.
      ['The H200 can be sold to China freely.', '2025-11-27', /since its announcement on 13 November 2023\)/],
      // The H800's: from its launch (the record has no announcement of it), in the "never" detail too.
      [
        'The H800 was never exportable to China.',
        '2024-01-15',
        /from its launch on 21 March 2023 to 23 October 2023\./,
      ],
    ];
    for (const [text, asOf, said] of CASES) {
      it(`${JSON.stringify(text)} at ${asOf}`, () => {
        const f = check(text, asOf).findings.find((x) => x.kind === 'status');
        assert.ok(f, 'a status finding');
        assert.match(f.message + ' ' + (f.detail ?? ''), said);
        assert.doesNotMatch(f.message + ' ' + (f.detail ?? ''), /start of the record/);
      });
    }
    it('a status with a valid.from keeps its date', () => {
      const f = check('The H20 can be sold to China freely.', '2025-11-27').findings.find((x) => x.kind === 'status');
      assert.ok(f);
      assert.doesNotMatch(f.detail ?? '', /its announcement|start of the record/);
    });
  });

  describe('R10-01 (hang): an event cue phrase of many optional parts is refused before any draft is read', () => {
    const TOO_FLEXIBLE = [
      Array(24).fill('*?').join(' ') + ' zzz', // the probe's: over a minute per sentence
      Array(20).fill('(and|word)?').join(' ') + ' end',
      Array(14).fill('*?').join(' ') + ' zzz', // 1.3 s per 49-word sentence in the probe
      Array(9).fill('*?').join(' ') + ' zzz',
      Array(5).fill('(word|word|word)?').join(' ') + ' x', // alternatives spelt alike add up
      '*{9} *{9} *{9}',
    ];
    for (const phrase of TOO_FLEXIBLE) {
      it(`refused: ${JSON.stringify(phrase.slice(0, 40))}…`, () => {
        assert.ok(phraseWays(phrase) > PHRASE_WAYS);
        assert.match(phraseProblem(phrase) ?? '', /ways to match it at one place/);
        const { errors, record } = withPackText(cuePack(phrase));
        assert.match(errors.join(' | '), /not a cue phrase: .*ways to match it at one place/);
        // The pack is refused whole: the check reads the bundled cues only, and ends.
        assert.equal(record.eventCues?.length, bundledRecord().eventCues?.length);
      });
    }
    const ACCEPTED = [
      Array(8).fill('*?').join(' ') + ' zzz', // 256 ways, the bound
      'cleared (the)? *{3} committee',
      '(a|an|the|its|their|special|export|US){3} licen(c|s)es?',
      '(announc(e|es|ed|ing)|unveil(s|ed|ing)?) (its|their)? (new)? *?',
    ];
    for (const phrase of ACCEPTED) {
      it(`accepted: ${JSON.stringify(phrase)}`, () => {
        assert.equal(phraseProblem(phrase), undefined);
        assert.deepEqual(withPackText(cuePack(phrase)).errors, []);
      });
    }
    it('every bundled cue phrase is within the bound (the most flexible has 120 ways)', () => {
      const ways = (bundledRecord().eventCues ?? []).flatMap((c) => c.phrases.map(phraseWays));
      assert.ok(ways.length > 50);
      assert.ok(Math.max(...ways) <= PHRASE_WAYS, String(Math.max(...ways)));
    });
    it('a cue at the bound checks a long sentence of matching words with the claims after it read', () => {
      const { record, errors } = withPackText(cuePack(Array(8).fill('*?').join(' ') + ' zzz'));
      assert.deepEqual(errors, []);
      const text = `The US restricted the H20 in April 2023 ${'and word '.repeat(200)}end.\n\nThe H200 has 96 GB of memory.\n`;
      assert.ok(claims(check(text, '2025-11-27', record)).includes('contradicted:96 GB'));
    });
  });

  describe('R10-08 (hang): a check_draft answer lists at most MCP_LISTED findings, and counts them all', () => {
    it('a generated draft of 2,500 claims: 1,000 listed, the rest counted, the work of the answer bounded', () => {
      const text = 'The H200 has 96 GB of memory.\n\n'.repeat(2500);
      const out = checkDraft(createEngine(bundledRecord()), { text }, '2026-11-23');
      assert.equal(out.findings.length, MCP_LISTED);
      assert.equal(out.counts.contradicted, 2500);
      assert.equal(out.truncated?.findings, 1500);
      assert.match(out.truncated?.note ?? '', /counts has them all/);
    });
    it('doubling the draft past the cap leaves the answer the same size', () => {
      const size = (n: number) =>
        JSON.stringify(
          checkDraft(
            createEngine(bundledRecord()),
            { text: 'The H200 has 96 GB of memory.\n\n'.repeat(n) },
            '2026-11-23',
          ).findings,
        ).length;
      assert.equal(size(2400), size(1200));
    });
    it('a draft under the cap is listed whole, with no truncated field', () => {
      const out = checkDraft(createEngine(bundledRecord()), { text: 'The H200 has 96 GB of memory.\n' }, '2026-11-23');
      assert.equal(out.findings.length, 1);
      assert.equal(out.truncated, undefined);
    });
  });

  describe('R10-09 (crash): a message over the transport buffer ends mcp with one line and exit 2, not a silent 0', () => {
    const CLI = path.join(__dirname, '..', '..', '..', 'dist', 'cli.js');
    it('a 12 MB line after initialize', function (done) {
      this.timeout(60_000);
      const p = spawn(process.execPath, [CLI, 'mcp'], { stdio: ['pipe', 'pipe', 'pipe'] });
      let err = '';
      p.stderr.on('data', (d: Buffer) => (err += d.toString()));
      p.stdin.on('error', () => undefined);
      p.on('exit', (code) => {
        try {
          assert.equal(code, 2);
          assert.match(err, /a message was over the 10 MB a message may hold/);
          done();
        } catch (e) {
          done(e as Error);
        }
      });
      const init = {
        jsonrpc: '2.0',
        id: 1,
        method: 'initialize',
        params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 't', version: '1' } },
      };
      p.stdin.write(JSON.stringify(init) + '\n');
      p.stdout.once('data', () => p.stdin.write(' '.repeat(12 * 1024 * 1024) + '{}\n'));
    });
  });

  describe('R10-05 (silently wrong): a directive counts only as an HTML comment the page hides', () => {
    const CLAIM = '\n\nThe H200 has 96 GB of memory.\n';
    const NOT_A_COMMENT = [
      '<a title="<!-- factdesk-ignore-file -->">x</a>',
      'See <a title="<!-- factdesk-ignore-file -->">x</a> here.',
      "See <span data-x='<!-- factdesk-ignore-file -->'>x</span> here.",
      '<textarea><!-- factdesk-ignore-file --></textarea>',
      '<title><!-- factdesk-ignore-file --></title>',
    ];
    for (const html of NOT_A_COMMENT) {
      it(`the draft is still checked: ${JSON.stringify(html)}`, () =>
        assert.deepEqual(claims(check(html + CLAIM)), ['contradicted:96 GB']));
    }
    const COMMENTS = [
      '<!-- factdesk-ignore-file -->',
      'See <!-- factdesk-ignore-file --> here.',
      '<div>\n<!-- factdesk-ignore-file -->\n</div>',
      '<a title="x">y</a> <!-- factdesk-ignore-file -->',
    ];
    for (const html of COMMENTS) {
      it(`a comment still silences the draft: ${JSON.stringify(html)}`, () =>
        assert.deepEqual(claims(check(html + CLAIM)), []));
    }
    it('ignore-next-line in an attribute does not fire, as a comment does', () => {
      assert.deepEqual(
        claims(check('<a title="<!-- factdesk-ignore-next-line -->">x</a>\nThe H200 has 96 GB of memory.\n')),
        ['contradicted:96 GB'],
      );
      assert.deepEqual(claims(check('<!-- factdesk-ignore-next-line -->\nThe H200 has 96 GB of memory.\n')), []);
    });
  });

  describe("R10-03 (silently wrong): a pack's new fact for a bundled chip's attribute is refused, not a second value", () => {
    const fact = (id: string, entity: string, attribute: string, value: string, more = '') =>
      `${DESK_SOURCE}facts:\n  - { id: ${id}, kind: quantity, entity: ${entity}, attribute: ${attribute}, value: ${value}, citations: [{ source: desk-memo, quote: "q" }]${more} }\n`;
    const REFUSED: [string, string][] = [
      [
        "the probe's: the H200 memory at 96 GB",
        fact('h200.memory-two', 'nvidia-h200', 'memory_capacity', '{ amount: 96, unit: GB }'),
      ],
      ["the H200's bandwidth", fact('desk.h200-bw', 'nvidia-h200', 'memory_bandwidth', '{ amount: 5, unit: TB/s }')],
      [
        "the H200's power, for no variant (the record has it per variant)",
        fact('desk.h200-tdp', 'nvidia-h200', 'tdp', '{ amount: 650, unit: W }'),
      ],
      [
        "the H200 memory, dated inside the bundled fact's time",
        fact(
          'desk.h200-mem',
          'nvidia-h200',
          'memory_capacity',
          '{ amount: 96, unit: GB }',
          ', valid: { from: 2025-01-01 }',
        ),
      ],
    ];
    for (const [name, pack] of REFUSED) {
      it(`refused: ${name}`, () => {
        const { errors, record } = withPackText(pack);
        assert.match(errors.join(' | '), /which the bundled fact ".*" already holds .*put it under overrides/);
        // The bundled check stands: "96 GB" is still contradicted.
        assert.deepEqual(claims(check('The H200 has 96 GB of memory.', '2025-11-27', record)), ['contradicted:96 GB']);
      });
    }
    it("a pack fact for its own chip, or for a bundled chip's attribute the record lacks, is accepted", () => {
      assert.deepEqual(withPackText(GOOD_PACK).errors, []);
      const free = bundledRecord().facts.some(
        (f) => f.kind === 'quantity' && f.entity === 'nvidia-h200' && f.attribute === 'dies',
      );
      if (!free)
        assert.deepEqual(
          withPackText(fact('desk.h200-dies', 'nvidia-h200', 'dies', '{ amount: 1, unit: count }')).errors,
          [],
        );
    });
  });

  describe('R10-02 (exit code): a pipe closed mid-run ends with the exit code the findings decide', () => {
    const CLI = path.join(__dirname, '..', '..', '..', 'dist', 'cli.js');
    let dir = '';
    before(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fd-round10-pipe-'));
      for (let i = 0; i < 120; i++) fs.writeFileSync(path.join(dir, `d${i}.md`), 'The H200 has 96 GB of memory.\n');
      fs.writeFileSync(path.join(dir, 'clean.txt'), 'The H200 has 141 GB of memory.\n');
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));
    const status = (args: string) => {
      const r = spawnSync(
        'bash',
        ['-c', `"${process.execPath}" "${CLI}" check ${args} | head -1 > /dev/null; echo \${PIPESTATUS[0]}`],
        {
          cwd: dir,
          encoding: 'utf8',
          timeout: 120_000,
        },
      );
      return r.stdout.trim();
    };
    for (const args of ['--jobs 4 --format jsonl .', '--jobs 1 --format jsonl .', '--jobs 4 --format text .']) {
      it(`\`check ${args} | head -1\`: exit 1 (findings)`, function () {
        this.timeout(120_000);
        assert.equal(status(args), '1');
      });
    }
    it('with --fail-on never: exit 0', function () {
      this.timeout(120_000);
      assert.equal(status('--jobs 4 --format jsonl --fail-on never .'), '0');
    });
  });

  describe('R10-07 (part): a pack refused for errors is named in JSON, SARIF and GitHub output, not only on stderr', () => {
    const CLI = path.join(__dirname, '..', '..', '..', 'dist', 'cli.js');
    let dir = '';
    before(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fd-round10-pack-'));
      fs.writeFileSync(path.join(dir, 'bad.yaml'), 'entities: [\n');
      fs.writeFileSync(path.join(dir, 'clean.md'), 'Nothing here.\n');
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));
    const run = (format: string, pack = 'bad.yaml') =>
      spawnSync(process.execPath, [CLI, 'check', '--format', format, '--pack', pack, 'clean.md'], {
        cwd: dir,
        encoding: 'utf8',
      });
    it('JSON: record.packErrors names the file and line; exit 1 as before', () => {
      const r = run('json');
      assert.equal(r.status, 1);
      assert.match(JSON.parse(r.stdout).record.packErrors.join(' '), /^bad\.yaml:\d+:\d+: error/);
    });
    it('SARIF: an error notification, and the run is not successful', () => {
      const inv = JSON.parse(run('sarif').stdout).runs[0].invocations[0];
      assert.equal(inv.executionSuccessful, false);
      assert.match(inv.toolExecutionNotifications[0].message.text, /bad\.yaml/);
    });
    it('GitHub: an error annotation', () => {
      assert.match(run('github').stdout, /^::error title=Fact Desk%3A pack not used::bad\.yaml/m);
    });
    it('a good pack: no packErrors, a successful SARIF run', () => {
      fs.writeFileSync(path.join(dir, 'good.yaml'), GOOD_PACK);
      assert.equal(JSON.parse(run('json', 'good.yaml').stdout).record.packErrors, undefined);
      assert.equal(JSON.parse(run('sarif', 'good.yaml').stdout).runs[0].invocations[0].executionSuccessful, true);
    });
  });
});
