/**
 * Issue 18: a draft dated 30 November 2026 that states the 2026 events correctly passes; the same draft
 * with ten 2026 facts altered has each flagged, citing a 2026 source. Also: the China sides, currency fields.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { bundledRecord, testEngine } from '../../../helpers/record';
import { consistencyProblems } from '../../../../src/cli/record-commands';
import { entityCard } from '../../../../src/engine';

const fixture = (name: string) =>
  fs.readFileSync(path.join(__dirname, '..', '..', '..', 'fixtures', 'record-2026', name), 'utf8');

describe('record 2026: current to 30 November 2026', () => {
  it('the correct 2026 draft gets no error or warning', () => {
    const r = testEngine().check(fixture('correct.md'));
    assert.equal(r.asOf, '2026-11-30');
    const loud = r.findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
    assert.deepEqual(
      loud.map((f) => f.message),
      [],
    );
    assert.equal(r.recordReviewed, '2026-12-08');
  });

  it('each of the ten altered 2026 facts is flagged, with a source from 2026', () => {
    const r = testEngine().check(fixture('altered.md'));
    const loud = r.findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
    const lines = new Set(loud.map((f) => f.range.start.line));
    assert.equal(lines.size, 10, loud.map((f) => f.message).join('\n'));
    for (const f of loud)
      assert.ok(
        f.sources.some((s) => s.date?.startsWith('2026')),
        `${f.factId} cites no 2026 source`,
      );
  });

  it('second sourcing pass: the correct draft passes; each of its five altered figures is flagged with a named source', () => {
    const ok = testEngine().check(fixture('correct-2.md'));
    assert.deepEqual(
      ok.findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => f.message),
      [],
    );
    const r = testEngine().check(fixture('altered-2.md'));
    const loud = r.findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
    assert.equal(new Set(loud.map((f) => f.range.start.line)).size, 5, loud.map((f) => f.message).join('\n'));
    for (const f of loud)
      assert.ok(
        f.sources.some((s) => s.tier !== 'weak' && (s.date ?? '') >= '2024'),
        `${f.factId} cites no named source of 2024 or later`,
      );
  });

  it('fourth pass: Blackwell systems, makers, the 950DT, the MI308 charge and the T-Head PPU pass when right; each of the eight altered is flagged with a source above the weak tier', () => {
    const ok = testEngine().check(fixture('correct-4.md'));
    assert.deepEqual(
      ok.findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => f.message),
      [],
    );
    const r = testEngine().check(fixture('altered-4.md'));
    const loud = r.findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
    assert.equal(new Set(loud.map((f) => f.range.start.line)).size, 8, loud.map((f) => f.message).join('\n'));
    assert.deepEqual(loud.map((f) => f.factId).sort(), [
      'alibaba-t-head-ppu.memory_capacity',
      'deepseek-v3-2-exp.maker',
      'gb200-nvl72.china-status.prohibited',
      'gb200.china-status.prohibited',
      'glm-5.maker',
      'huawei-ascend-950dt.memory_capacity',
      'mi308.charge.q2-2025',
      'qwen3.maker',
    ]);
    for (const f of loud)
      assert.ok(
        f.sources.some((s) => s.tier !== 'weak'),
        `${f.factId} cites only weak sources`,
      );
    // Every Blackwell system now has a US-export status for China through 30 Nov 2026.
    const index = testEngine().index;
    for (const id of ['nvidia-b200', 'nvidia-gb200', 'nvidia-gb200-nvl72'])
      assert.match(
        entityCard(index, id, { asOf: '2026-11-30' }),
        /China export status on 2026-11-30:\*\* Not exportable/,
        id,
      );
  });

  it('fourth pass: every Nvidia and AMD chip the record holds (but the never-shipped B30A) has a China-import status on 30 Nov 2026, and a claim of unrestricted import is flagged', () => {
    const index = testEngine().index;
    const chips = [
      'nvidia-h100',
      'nvidia-h200',
      'nvidia-h20',
      'nvidia-h800',
      'nvidia-a100',
      'nvidia-a800',
      'nvidia-l40s',
      'nvidia-rtx-4090',
      'nvidia-l20',
      'nvidia-rtx-pro-6000d',
      'nvidia-b200',
      'nvidia-gb200',
      'nvidia-gb200-nvl72',
      'amd-mi308',
      'amd-mi325x',
    ];
    for (const id of chips)
      assert.match(entityCard(index, id, { asOf: '2026-11-30' }), /China import status on 2026-11-30:\*\*/, id);
    const r = testEngine().check('Chinese buyers can import the MI325X without any restriction from Beijing.', {
      asOf: '2026-11-30',
    });
    const f = r.findings.find((x) => x.entityId === 'amd-mi325x');
    assert.equal(f?.severity, 'error');
    assert.equal(f?.factId, 'mi325x.china-import.state-datacentre-ban');
    assert.ok(
      f!.sources.some((s) => s.tier === 'major-press'),
      'cites major press',
    );
  });

  it('China’s side: the H20 is import-blocked from the October 2025 customs checks, the H200 from the January 2026 order pause', () => {
    const index = testEngine().index;
    assert.match(
      entityCard(index, 'nvidia-h20', { asOf: '2025-11-01' }),
      /China import status on 2025-11-01:\*\* China does not let it in/,
    );
    assert.match(
      entityCard(index, 'nvidia-h200', { asOf: '2026-01-10' }),
      /China import status on 2026-01-10:\*\* China does not let it in/,
    );
  });

  it('a US-export claim is judged against the US side, not China’s import block', () => {
    // On 20 Jan 2026 China blocked H200 imports, but the US side allowed case-by-case licences.
    const r = testEngine().check('The H200 is restricted in China.', { asOf: '2026-01-20', includeSupported: true });
    const f = r.findings.find((x) => x.entityId === 'nvidia-h200');
    assert.equal(f?.verdict, 'supported');
    assert.equal(f?.factId, 'h200.china-status.case-by-case-rule');
  });

  it('the H100 ban is outdated from the January 2026 rule, and the finding says how far the record knows', () => {
    const r = testEngine().check('The H100 is banned in China.', { asOf: '2026-11-30' });
    const f = r.findings.find((x) => x.entityId === 'nvidia-h100');
    assert.equal(f?.verdict, 'outdated');
    assert.match(f!.detail, /as far as the record knows; newest source 15 January 2026/);
    assert.equal(f?.confirmed, '2026-01-15');
    const before = testEngine().check('The H100 is banned in China.', { asOf: '2025-06-01' });
    assert.equal(before.findings.filter((x) => x.entityId === 'nvidia-h100').length, 0);
  });

  it('explain finds the January 2026 rule by its id, and the card marks later entries', () => {
    const index = testEngine().index;
    assert.equal(index.resolve('bis-2026-h200-licence-review-rule')?.id, 'bis-2026-h200-licence-review-rule');
    const card = entityCard(index, 'nvidia-h200', { asOf: '2025-12-20' });
    assert.match(card, /\*\*After 20 December 2025 \(later than the draft’s as-of date\)\*\*/);
    const after = card.slice(card.indexOf('**After'));
    assert.match(after, /Chinese customs|customs/);
    assert.match(card, /China import status on 2025-12-20:\*\* not in the record/);
    assert.match(
      entityCard(index, 'nvidia-h200', { asOf: '2026-01-20' }),
      /China import status on 2026-01-20:\*\* China does not let it in/,
    );
    assert.match(card, /_Record reviewed 8 December 2026/);
  });

  it('the record is consistent: aggregates, current values, explain, statuses, confirmations', () => {
    assert.deepEqual(consistencyProblems(bundledRecord()), []);
  });

  it('every fact carries a confirmed date no later than the review date', () => {
    const reviewed = bundledRecord().reviewed!;
    assert.equal(reviewed, '2026-12-08');
    for (const f of bundledRecord().facts) assert.ok(f.confirmed && f.confirmed <= reviewed, f.id);
  });
});
