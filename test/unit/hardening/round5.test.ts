/**
 * The fifth outside probe (bench/probe/round5.ts; docs/hardening.md, "Round five"): the cases it found failing,
 * as a table. Engine cases run in-process; work is counted (test/helpers/work.ts), never timed.
 */
import assert from 'node:assert/strict';
import { toSarif } from '../../../src/cli/format/sarif';
import { createEngine, type CheckResult } from '../../../src/engine';
import { bundledRecord } from '../../helpers/record';
import { workOf } from '../../helpers/work';

const check = (text: string): CheckResult => createEngine(bundledRecord()).check(text, { asOf: '2025-11-27' });
const facts = (r: CheckResult) => r.findings.map((f) => f.factId);
const notes = (r: CheckResult) => (r.notes ?? []).join(' | ');

describe('hardening: round five (fifth outside probe)', () => {
  describe('look-alike and bidi characters in a name or number get a note, never a silent miss', () => {
    const CASES: { id: string; text: string; note: RegExp; finding?: string }[] = [
      {
        id: 'P30',
        text: 'The Nvidia H200 has \u202e69\u202c GB of memory.',
        note: /invisible characters? inside a word or number or at its edge \(bidi control \(U\+202E\).*line 1/,
      },
      { id: 'P30b', text: 'The Nvidia H200 has \u200f96 GB of memory.', note: /bidi control \(U\+200F\)/ },
      {
        id: 'P30c',
        text: 'The Nvidia H200\u2066 has 96 GB of memory.',
        note: /bidi control \(U\+2066\)/,
        finding: 'h200.memory_capacity',
      },
      {
        id: 'P32',
        text: 'Nvidia announced the H100 in 2021\u2013\u200b2022.',
        note: /invisible character inside a word or number.*zero-width space/,
      },
      { id: 'P32b', text: 'The Nvidia H200 has 96-\u2060141 GB of memory.', note: /word joiner/ },
      {
        id: 'P31',
        text: 'The Nvidia H200 has ９６ GB of memory.',
        note: /look-alike characters .* in 1 word: “９６” \(U\+FF19\) at line 1/,
      },
      { id: 'P31b', text: 'The Nvidia H200 has 96 ＧＢ of memory.', note: /“ＧＢ” \(U\+FF27\)/ },
      { id: 'P33', text: 'The Nvidia \u041d200 has 96 GB of memory.', note: /in 1 word: “Н200” \(U\+041D\) at line 1/ },
      {
        id: 'P33b',
        text: 'Intro.\n\nThe Nvid\u0456a H200 has 96 GB of memory.',
        note: /“Nvidіa” \(U\+0456\) at line 3/,
        finding: 'h200.memory_capacity',
      },
      {
        id: 'P33c',
        text: 'The Ascend 910\u0392 and the \u0391100.',
        note: /in 2 words: “910Β” \(U\+0392\), “Α100” \(U\+0391\)/,
      },
    ];
    for (const c of CASES) {
      it(`${c.id}: ${JSON.stringify(c.text).slice(0, 60)}`, () => {
        const r = check(c.text);
        assert.match(notes(r), c.note);
        if (c.finding)
          assert.ok(facts(r).includes(c.finding), `expected ${c.finding}, got ${JSON.stringify(facts(r))}`);
        // A finding never starts or ends against a hidden character, nor is half a range or a number.
        if (/[\u2013-]\p{Cf}/u.test(c.text)) assert.deepEqual(facts(r), []);
        for (const f of r.findings)
          assert.ok(
            !/^[\u202a-\u202e\u2066-\u2069\u200e\u200f]|[\u202a-\u202e\u2066-\u2069\u200e\u200f]$/.test(
              c.text.slice(f.span.start, f.span.end),
            ),
          );
      });
    }

    // Look-alikes that are not: whole words of another script, units, fullwidth among Chinese characters.
    const NOT: { id: string; text: string }[] = [
      { id: 'N1', text: 'Россия купила H200, сообщает агентство.' },
      { id: 'N2', text: 'Latency fell to 10μs and the load to 5 Ω on the H200.' },
      { id: 'N3', text: 'Huawei reported ２０２３年 sales for the Ascend 910B.' },
      { id: 'N4', text: 'The Greek letter α and the word Ωmega-free are not chip names.' },
      { id: 'N5', text: 'The Nvidia H200 has 96 GB of memory.' },
      { id: 'N6', text: 'A well-\u200bknown chip: the Nvidia H200.' },
    ];
    for (const c of NOT) {
      it(`${c.id}: no look-alike note for ${JSON.stringify(c.text).slice(0, 50)}`, () => {
        assert.doesNotMatch(notes(check(c.text)), /look-alike|invisible/);
      });
    }

    it('an edit elsewhere keeps the note at its new line; retyping the letter removes it', () => {
      const engine = createEngine(bundledRecord());
      const draft = 'The Nvidia \u041d200 has 96 GB of memory.\n\nAnother paragraph.\n';
      const at = (text: string) => notes(engine.check(text, { asOf: '2025-11-27', draft: 'd.md' }));
      assert.match(at(draft), /“Н200” \(U\+041D\) at line 1/);
      assert.match(at('Intro.\n\n' + draft), /“Н200” \(U\+041D\) at line 3/);
      assert.doesNotMatch(at('Intro.\n\n' + draft.replace('\u041d', 'H')), /look-alike/);
    });

    it('the note counts every word and names five at most', () => {
      const r = check(Array.from({ length: 12 }, (_, i) => `The \u041d${100 + i} chip.`).join('\n\n'));
      assert.match(notes(r), /in 12 words: “Н100” .*, …/);
    });

    it('doubling a draft full of look-alikes and bidi runs at most about doubles the work', () => {
      const make = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length));
      for (const unit of [
        '\u041dН200 Nvіdia ９６ ',
        '\u202e\u2066H200 96 GB\u2069\u202c ',
        '\u202e'.repeat(500) + ' ',
        'Н'.repeat(300) + 'a ',
      ]) {
        const small = workOf(make(unit, 8 * 1024)).work;
        const large = workOf(make(unit, 16 * 1024)).work;
        assert.ok(
          large / small < 2.6,
          `${JSON.stringify(unit.slice(0, 12))}: work ×${(large / small).toFixed(2)} per doubling`,
        );
      }
    });
  });

  describe('days the calendar does not have, written in the text, get a note (P52–P55)', () => {
    const CASES: { id: string; text: string; note: RegExp }[] = [
      {
        id: 'P52',
        text: 'Nvidia announced the H100 on February 30, 2022.',
        note: /a date is not a day of the calendar: “February 30, 2022” at line 1 \(February 2022 has 28 days\)/,
      },
      { id: 'P53', text: 'Nvidia announced the H100 on February 29, 2022.', note: /“February 29, 2022” at line 1/ },
      { id: 'P54', text: 'Intro.\n\nNvidia announced the H100 on 2022-02-30.', note: /“2022-02-30” at line 3/ },
      {
        id: 'P55',
        text: 'Nvidia announced the H100 on 31 April 2022.',
        note: /“31 April 2022” at line 1 \(April 2022 has 30 days\)/,
      },
      {
        id: 'P55b',
        text: 'On 31 June 2023 and on Sept. 31st, 2024 the H20 shipped.',
        note: /2 dates are not days of the calendar: “31 June 2023” at line 1 \(June 2023 has 30 days\), “Sept\. 31st, 2024” at line 1 \(September 2024 has 30 days\)/,
      },
      {
        id: 'P55c',
        text: 'On 32 March 2023 the H20 shipped.',
        note: /“32 March 2023” at line 1 \(March 2023 has 31 days\)/,
      },
    ];
    for (const c of CASES) {
      it(`${c.id}: ${c.text.slice(0, 60)}`, () => assert.match(notes(check(c.text)), c.note));
    }
    const NOT = [
      'Nvidia announced the H100 on March 22, 2022.',
      'On 29 February 2024 and on February 29, 2000 it shipped.',
      'It has 30 GB and 31 cores; on March 31, 2022 and 30 June 2023.',
      'Version 2025-12-31 of the rule.',
    ];
    for (const text of NOT)
      it(`no note: ${text.slice(0, 50)}`, () =>
        assert.doesNotMatch(notes(check(text)), /not a day of the calendar|not days of the calendar/));

    it('an edit elsewhere keeps the note; fixing the date removes it', () => {
      const engine = createEngine(bundledRecord());
      const draft = 'Nvidia announced the H100 on February 30, 2022.\n\nAnother paragraph.\n';
      assert.match(notes(engine.check(draft, { asOf: '2025-11-27', draft: 'd.md' })), /February 30, 2022/);
      assert.match(
        notes(engine.check(draft.replace('Another', 'One more'), { asOf: '2025-11-27', draft: 'd.md' })),
        /February 30, 2022” at line 1/,
      );
      assert.doesNotMatch(
        notes(engine.check(draft.replace('30', '28'), { asOf: '2025-11-27', draft: 'd.md' })),
        /calendar/,
      );
    });

    it('a draft dense with day-like numbers: doubling it at most about doubles the work', () => {
      const make = (size: number) => '30 GB and 31 cores on 30 June, 29 of them; '.repeat(Math.ceil(size / 44));
      const small = workOf(make(8 * 1024)).work;
      const large = workOf(make(16 * 1024)).work;
      assert.ok(large / small < 2.6, `work ×${(large / small).toFixed(2)} per doubling`);
    });
  });

  it('P84: SARIF says its columns are UTF-16 code units, and they are (an emoji before a claim)', () => {
    const line = '😀😀 The Nvidia H200 has 96 GB of memory.';
    const r = check(line + '\n');
    const log = toSarif(
      {
        asOf: r.asOf,
        recordVersion: 't',
        packs: [],
        files: [{ path: 'd.md', asOf: r.asOf, asOfOrigin: r.asOfOrigin, findings: r.findings, notes: [] }],
      },
      '0',
    );
    const run = log.runs[0]!;
    assert.equal(run.columnKind, 'utf16CodeUnits');
    const region = run.results![0]!.locations![0]!.physicalLocation!.region!;
    assert.equal(line.slice(region.startColumn! - 1, region.endColumn! - 1), '96 GB');
  });
});
