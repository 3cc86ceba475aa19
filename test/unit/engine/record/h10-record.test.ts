/**
 * Issue 18, eighth pass (branch h10-record): the AMD MI308's US-export status between the August 2025 licences and
 * the January 2026 rule; each status's `confirmed` is the newest date a read page gives, never the day a page was
 * read or the record typed; the Blackwell ban confirmed by pages of 31 May 2026; Inventec and Zhipu on Reuters pages,
 * leads A24 and E08 recorded but flagged weak.
 */
import assert from 'node:assert/strict';
import { entityCard, factBestTier } from '../../../../src/engine';
import { bundledRecord, testEngine } from '../../../helpers/record';

const licensedFinding = (text: string, asOf: string) =>
  testEngine()
    .check(text, { asOf })
    .findings.find((x) => x.factId === 'mi308.china-status.licensed');

describe('record eighth pass (h10-record)', () => {
  it('the MI308 was exportable under US licences from August 2025 until the January 2026 rule, newest source 4 Nov 2025', () => {
    const index = testEngine().index;
    assert.match(
      entityCard(index, 'amd-mi308', { asOf: '2025-11-30' }),
      /China export status on 2025-11-30:\*\* Exportable under US licences \(newest source 4 November 2025; as far as the record knows\)/,
    );
    assert.match(
      entityCard(index, 'amd-mi308', { asOf: '2026-11-30' }),
      /China export status on 2026-11-30:\*\* US licence required; reviewed case by case/,
    );
  });

  it('in late 2025, saying the MI308 needed no licence or was banned is flagged; after the January 2026 rule the licensed status no longer judges', () => {
    for (const text of [
      'The MI308 can be exported to China without a licence.',
      "AMD's MI308 needs no US export licence for China.",
      'The MI308 is banned from export to China.',
      'AMD cannot sell the MI308 to China.',
    ]) {
      const f = licensedFinding(text, '2025-11-30');
      assert.ok(f && f.verdict !== 'supported', text);
      assert.match(f!.detail, /newest source 4 November 2025/, text);
      assert.equal(licensedFinding(text, '2026-11-30'), undefined, text);
    }
    // Look-alikes that agree with the record (or say nothing about the US side) are not flagged.
    for (const text of [
      'In November 2025 AMD held US licences to sell some MI308 chips to China.',
      'AMD reported its fourth-quarter 2025 results in February 2026.',
    ]) {
      const loud = testEngine()
        .check(text, { asOf: '2025-11-30' })
        .findings.filter((x) => x.verdict !== 'supported');
      assert.deepEqual(
        loud.map((x) => x.message),
        [],
        text,
      );
    }
  });

  it('no status or event is confirmed on a mere access date: confirmed is a date a cited page gives, or the event’s own date', () => {
    const record = bundledRecord();
    const sources = new Map(record.sources.map((s) => [s.id, s]));
    for (const f of record.facts) {
      if (f.kind !== 'status' && f.kind !== 'event') continue;
      const cited = f.citations.map((c) => sources.get(c.source)!);
      const dated = cited.map((s) => s.date).filter((d): d is string => !!d);
      const accessed = new Set(cited.filter((s) => !s.date).map((s) => s.accessed));
      if (dated.some((d) => d >= f.confirmed)) continue;
      assert.ok(!accessed.has(f.confirmed), `${f.id}: confirmed ${f.confirmed} is an access date`);
      assert.ok(f.confirmed < '2026-11', `${f.id}: confirmed ${f.confirmed}`);
    }
  });

  it('the Blackwell ban is confirmed by the pages on the guidance of 31 May 2026', () => {
    const index = testEngine().index;
    for (const id of ['nvidia-b200', 'nvidia-gb200', 'nvidia-gb200-nvl72'])
      assert.match(
        entityCard(index, id, { asOf: '2026-11-30' }),
        /China export status on 2026-11-30:\*\* Not exportable \(newest source 31 May 2026; as far as the record knows\)/,
        id,
      );
    const f = testEngine()
      .check('The B200 can be exported to China.', { asOf: '2026-11-30' })
      .findings.find((x) => x.factId === 'b200.china-status.prohibited');
    assert.ok(f && f.verdict !== 'supported');
    assert.match(f!.detail, /newest source 31 May 2026/);
  });

  it('Inventec and Zhipu now rest on Reuters; leads A24 and E08 are recorded but only on weak pages', () => {
    const record = bundledRecord();
    const sources = new Map(record.sources.map((s) => [s.id, s]));
    const tier = (id: string) =>
      factBestTier(
        record.facts.find((f) => f.id === id)!,
        sources,
      );
    assert.equal(tier('inventec.h200-stuck-china-side.2026-01-20'), 'major-press');
    assert.equal(tier('zhipu.listed.2026-01-08'), 'major-press');
    assert.equal(tier('mi308.china-status.licensed'), 'named-outlet');
    assert.equal(tier('amd.results.q4-2025'), 'weak');
    assert.equal(tier('h200.ten-chinese-buyers-cleared-report.2026-05'), 'weak');
  });
});
