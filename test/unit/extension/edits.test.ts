import assert from 'node:assert/strict';
import { houseStyleText, TIER_RANK } from '../../../src/engine';
import { sourcePickRows } from '../../../src/extension/logic/citePick';
import {
  applyEdits,
  citableSources,
  fixAllEdits,
  fixValueText,
  IGNORE_LINE_COMMENT,
  ignoreComment,
  ignoreEdits,
  ignoreNoteOn,
  replaceAndCiteEdits,
  replaceEdits,
} from '../../../src/extension/logic/edits';
import { DEFAULT_SETTINGS } from '../../../src/extension/logic/settings';
import { waiverText } from '../../../src/extension/logic/tree';
import { check, findingFor, flagged, H200 } from './fixtures';

const MEM = 'h200.memory_capacity';

/** Applies the edits and re-runs the engine on the result. */
const fixAndRecheck = (text: string, edits: ReturnType<typeof replaceEdits>) => {
  assert.ok(edits, 'the quick fix is offered');
  const out = applyEdits(text, edits);
  return { out, findings: check(out).findings };
};

describe('quick-fix edits', () => {
  describe('replace with the recorded value', () => {
    it('replaces the value, and the engine no longer flags the claim', () => {
      const f = findingFor(H200, MEM);
      const { out, findings } = fixAndRecheck(H200, replaceEdits(f));
      assert.equal(out, 'The Nvidia H200 has 141 GB of HBM3 memory.');
      assert.equal(findings.find((x) => x.factId === MEM)?.verdict, 'supported');
    });

    it('is not offered without an engine fix (disputed claims)', () => {
      const f = findingFor("Huawei's Ascend 910C has 64 GB of memory.", 'ascend-910c.memory_capacity');
      assert.equal(replaceEdits(f), undefined);
    });
  });

  describe('replace and cite', () => {
    const definition = (f: ReturnType<typeof findingFor>, n = 1) => {
      const s = f.fix!.sources![0]!;
      return `[^${n}]: ${houseStyleText(s)}, <${s.url}>.`;
    };

    it('footnote: appends the next number to the value and defines it once at the end, in the house style', () => {
      const text = `# H200\n\n${H200}\n`;
      const f = findingFor(text, MEM);
      const { out, findings } = fixAndRecheck(text, replaceAndCiteEdits(f, text, 'footnote'));
      assert.ok(out.includes('141 GB[^1] of HBM3'), out);
      assert.ok(out.endsWith(`\n\n${definition(f)}\n`), out);
      assert.match(
        definition(f),
        /^\[\^1\]: [^‘]+, ‘[^’]+’(?:, (?:\d{1,2} )?\w+ \d{4})?, <https:\/\/[^>]+>\.$/,
        'Publisher, ‘Title’, date, <url>.',
      );
      assert.equal(out.split('[^1]:').length, 2, 'one definition');
      assert.equal(findings.find((x) => x.factId === MEM)?.verdict, 'supported');
    });

    it('footnote: a source the draft already cites keeps its number; no second definition', () => {
      const text = `${H200}\n\nLater: the H200 has 80 GB of memory.\n`;
      const first = check(text).findings.filter((x) => x.factId === MEM);
      assert.equal(first.length, 2);
      const once = applyEdits(text, replaceAndCiteEdits(first[0]!, text, 'footnote')!);
      const second = check(once).findings.find((x) => x.factId === MEM && x.verdict === 'contradicted')!;
      const edits = replaceAndCiteEdits(second, once, 'footnote')!;
      assert.equal(edits.length, 1, 'only the value edit: the definition exists');
      const twice = applyEdits(once, edits);
      assert.equal(twice.split('[^1]:').length, 2, 'still one definition');
      assert.equal(twice.split('[^1]').length, 4, 'two references and one definition');
      assert.equal(flagged(twice).filter((x) => x.factId === MEM).length, 0);
    });

    it('footnote: numbers follow the draft’s own footnotes, and a new definition goes right under them', () => {
      const text = `${H200}[^2]\n\n[^a]: An earlier note.\n[^2]: Another.`;
      const f = findingFor(text, MEM);
      const out = applyEdits(text, replaceAndCiteEdits(f, text, 'footnote')!);
      assert.ok(out.includes('141 GB[^3] of HBM3'), out);
      assert.ok(out.endsWith(`[^2]: Another.\n${definition(f, 3)}\n`), out);
    });

    it('footnote: keeps CRLF line endings', () => {
      const text = `# H200\r\n\r\n${H200}`;
      const f = findingFor(text, MEM);
      const out = applyEdits(text, replaceAndCiteEdits(f, text, 'footnote')!);
      assert.ok(out.endsWith(`memory.\r\n\r\n${definition(f)}\r\n`), JSON.stringify(out));
      assert.ok(!/[^\r]\n/.test(out), 'no bare LF');
    });

    it('footnote: the house style setting shapes the definition', () => {
      const f = findingFor(H200, MEM);
      const s = f.fix!.sources![0]!;
      const out = applyEdits(H200, replaceAndCiteEdits(f, H200, 'footnote', undefined, '{title} ({publisher}) {url}')!);
      assert.ok(out.endsWith(`[^1]: ${houseStyleText(s, '{title} ({publisher}) {url}')}.\n`), out);
      assert.ok(out.includes(`<${s.url}>`), 'the URL once, where the style puts it');
      assert.equal(out.split(s.url).length, 2);
    });

    it('inline (the default): links the recorded value to the strongest source', () => {
      const f = findingFor(H200, MEM);
      const { out, findings } = fixAndRecheck(H200, replaceAndCiteEdits(f, H200, 'inline'));
      assert.equal(out, `The Nvidia H200 has [141 GB](${f.fix!.sources![0]!.url}) of HBM3 memory.`);
      assert.equal(f.fix!.sources![0]!.url, f.fix!.citation!.url, 'the strongest source is the one the CLI cites');
      assert.ok(!out.includes('[^'));
      assert.equal(findings.find((x) => x.factId === MEM)?.verdict, 'supported');
      assert.equal(DEFAULT_SETTINGS.citationStyle, 'inline');
    });

    it('inline: a date cited with a long URL before its keyword is still read, so the claims view lists it as supported', () => {
      // Seed 002's sentence: the link's brackets and URL are blanked out of the prose, which once put
      // "restrictions" out of the date's reach and the re-checked claim vanished from the view.
      const text =
        "---\ndate: 2025-11-27\n---\n\nThe decision is motivated by the U.S. government's April 2023 restrictions on the sale of Nvidia's H100 chips to Chinese entities.\n";
      const f = check(text).findings.find((x) => x.verdict === 'contradicted' && x.claim === 'April 2023');
      assert.ok(f?.fix, 'the date is flagged with a fix');
      for (const source of citableSources(f)) {
        const { out, findings } = fixAndRecheck(text, replaceAndCiteEdits(f, text, 'inline', source));
        assert.ok(out.includes(`[October 2022](${source.url}) restrictions`), out);
        const cited = findings.find((x) => x.claim === 'October 2022');
        assert.equal(
          cited?.verdict,
          'supported',
          `cited ${source.url}: ${JSON.stringify(findings.map((x) => `${x.verdict}:${x.claim}`))}`,
        );
      }
      // A wrong date inside a long link is still caught.
      const wrong = text.replace('April 2023', `[April 2023](https://bis.gov/press-release/${'x'.repeat(120)})`);
      assert.equal(check(wrong).findings.find((x) => x.claim === 'April 2023')?.verdict, 'contradicted');
    });

    it('inline: cites the source picked instead of the strongest', () => {
      const f = findingFor(H200, MEM);
      const sources = citableSources(f);
      assert.ok(sources.length > 1, 'the H200 memory has several sources');
      const out = applyEdits(H200, replaceAndCiteEdits(f, H200, 'inline', sources[1])!);
      assert.ok(out.includes(`[141 GB](${sources[1]!.url})`), out);
    });

    it('the source picker lists publisher, date and tier, strongest first', () => {
      const f = findingFor(H200, MEM);
      const rows = sourcePickRows(citableSources(f));
      const rank = rows.map((r) => TIER_RANK[r.source.tier]);
      assert.deepEqual(
        rank,
        [...rank].sort((a, b) => a - b),
        'by tier, strongest first',
      );
      for (const r of rows)
        assert.match(
          r.description,
          /^(?:\d{1,2} )?(?:\w+ )?\d{4} · (?:primary|major press|named outlet|weak)$|^undated · /,
        );
      assert.equal(rows[0]!.label, f.fix!.sources![0]!.publisher);
    });

    it('fix titles keep the unit the draft writes after the value (15 before % reads 15%)', () => {
      const text =
        '---\ndate: 2025-12-15\n---\n\nNvidia agreed to pay the US government 25% of its H20 revenue from China.\n';
      const f = check(text).findings.find((x) => x.fix && x.claimed.attribute === 'revenue_share');
      assert.ok(f, 'the revenue share claim is flagged with a fix');
      assert.equal(f.fix!.newText, '15');
      assert.equal(fixValueText(f, text), '15%');
    });
  });

  describe('ignore this claim here (suppression comment round trip)', () => {
    const cases: [string, string][] = [
      ['a one-line paragraph', H200],
      ['a line inside a hard-wrapped paragraph', `Intro about chips.\n${H200}\nMore text.`],
      ['a list item', `- First item.\n- ${H200}\n- Third.`],
      ['an indented list continuation', `- First item\n  ${H200}`],
      ['a blockquote', `> Quoted intro.\n> ${H200}`],
      ['a table row', `| Chip | Memory |\n|---|---|\n| H200 | 80 GB |`],
    ];
    for (const [name, text] of cases) {
      it(`works on ${name}, on the claim's own line`, () => {
        const f = findingFor(text, MEM);
        const edits = ignoreEdits(f, text)!;
        assert.equal(edits.length, 1);
        const out = applyEdits(text, edits);
        assert.equal(
          out.split('\n').length,
          text.split('\n').length,
          'no line added: the paragraph, list or table stays whole',
        );
        assert.ok(out.split('\n')[f.range.start.line]!.includes(IGNORE_LINE_COMMENT));
        assert.equal(
          check(out).findings.filter((x) => x.factId === MEM).length,
          0,
          'the engine no longer reports the claim',
        );
        assert.equal(ignoreEdits(findingFor(text, MEM), out), undefined, 'not offered twice');
      });
    }

    it('keeps a reason, who and when in the comment, and the engine still ignores the claim', () => {
      const text = `| Chip | Memory |\n|---|---|\n| H200 | 80 GB |\n\n${H200}`;
      for (const line of [2, 4]) {
        const f = check(text).findings.find((x) => x.factId === MEM && x.range.start.line === line)!;
        const note = { reason: 'the analyst’s figure --> kept <b>as said</b>', who: 'Anna Field', date: '2026-12-02' };
        const out = applyEdits(text, ignoreEdits(f, text, note)!);
        const written = out.split('\n')[line]!;
        assert.ok(
          written.includes(
            '<!-- factdesk-ignore-line: the analyst’s figure – kept bas said/b (by Anna Field, 2026-12-02) -->',
          ),
          written,
        );
        assert.equal(
          check(out).findings.filter((x) => x.factId === MEM && x.range.start.line === line).length,
          0,
          'ignored',
        );
        assert.deepEqual(ignoreNoteOn(written), {
          reason: 'the analyst’s figure – kept bas said/b',
          who: 'Anna Field',
          date: '2026-12-02',
        });
      }
      assert.equal(
        ignoreComment({ who: 'anna', date: '2026-12-02' }),
        '<!-- factdesk-ignore-line (by anna, 2026-12-02) -->',
      );
      assert.equal(ignoreComment({}), IGNORE_LINE_COMMENT);
      assert.deepEqual(ignoreNoteOn(`x ${IGNORE_LINE_COMMENT}`), {});
      assert.equal(
        waiverText({ reason: 'quoted from the filing', who: 'anna', date: '2026-12-02' }),
        'ignored by anna, 2 Dec 2026: quoted from the filing',
      );
      assert.equal(waiverText(undefined), 'ignored');
    });

    it('leaves other lines alone', () => {
      const text = `${H200}\n\nThe H100 was announced in 2019.`;
      const out = applyEdits(text, ignoreEdits(findingFor(text, MEM), text)!);
      assert.deepEqual(
        flagged(out).map((x) => x.factId),
        ['h100.announced.2022-03-22'],
      );
    });
  });

  describe('fix all', () => {
    it('applies every recorded-value fix and leaves nothing flagged that had a fix', () => {
      const text = `${H200}\n\nThe H100 was announced in 2019.`;
      const before = flagged(text);
      assert.equal(before.length, 3);
      const out = applyEdits(text, fixAllEdits(before));
      assert.equal(out, 'The Nvidia H200 has 141 GB of HBM3e memory.\n\nThe H100 was announced in 2022.');
      assert.deepEqual(flagged(out), []);
    });

    it('skips overlapping fixes instead of corrupting the text', () => {
      const f = findingFor(H200, MEM);
      const edits = fixAllEdits([f, { ...f, fix: { ...f.fix!, newText: 'other' } }]);
      assert.equal(edits.length, 1);
    });
  });
});
