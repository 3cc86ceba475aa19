/**
 * Issue 18, sixth pass: every Nvidia and AMD chip but the RTX Pro 6000D and the L20 (no page read settles them) has
 * a US-export status for China on 30 November 2026, each saying how current it is; the L20's launch-era status holds
 * until the April 2025 requirement; Kimi K2.6 (lead G14) rests on Moonshot AI's own page.
 */
import assert from 'node:assert/strict';
import { entityCard } from '../../../../src/engine';
import { testEngine } from '../../../helpers/record';

const AS_OF = '2026-11-30';

describe('record sixth pass: China status on 30 Nov 2026 and Kimi K2.6', () => {
  it('every Nvidia and AMD chip the record holds but the RTX Pro 6000D and L20 has a US-export status for China, with its newest source', () => {
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
      'nvidia-b200',
      'nvidia-b30a',
      'nvidia-gb200',
      'nvidia-gb200-nvl72',
      'amd-mi308',
      'amd-mi325x',
    ];
    for (const id of chips)
      assert.match(
        entityCard(index, id, { asOf: AS_OF }),
        /China export status on 2026-11-30:\*\* [^\n]*\(newest source [^)]+; as far as the record knows\)/,
        id,
      );
    for (const id of ['nvidia-rtx-pro-6000d', 'nvidia-l20'])
      assert.doesNotMatch(
        entityCard(index, id, { asOf: AS_OF }),
        /China export status on 2026-11-30:\*\* (?!not in the record)/,
        id,
      );
  });

  // The L20's launch-era status (no US licence) is judged only up to the April 2025 requirement: no page read says
  // whether that requirement covers it, so a 2026 claim is "not in the record", never judged on a 2024 page.
  it('the L20 needed no US licence before April 2025; saying it was banned then is flagged, and a 2026 claim is not judged', () => {
    for (const text of [
      'The L20 needs a US export licence for China.',
      'Washington bans exports of the L20 to China.',
      'Exports of the L20 to China require a licence.',
      'The L20 is barred from China.',
    ]) {
      const then = testEngine()
        .check(text, { asOf: '2024-06-01' })
        .findings.find((x) => x.factId === 'l20.china-status.unrestricted');
      assert.ok(then && then.verdict !== 'supported', text);
      assert.ok(
        !testEngine()
          .check(text, { asOf: AS_OF })
          .findings.some((x) => x.factId === 'l20.china-status.unrestricted'),
        text,
      );
    }
    for (const text of [
      'The L20 was designed to comply with US export rules for China.',
      'Nvidia could sell the L20 in China without a licence in 2024.',
    ]) {
      const loud = testEngine()
        .check(text, { asOf: AS_OF })
        .findings.filter((x) => x.severity === 'error' || x.severity === 'warning');
      assert.deepEqual(
        loud.map((x) => x.message),
        [],
        text,
      );
    }
    // Not the L20: another chip, or a hypothetical, is not judged against the L20's status.
    for (const text of [
      'The L40S needs a US export licence for China.',
      'If Washington banned the L20, Nvidia would lose sales.',
    ]) {
      assert.ok(
        !testEngine()
          .check(text, { asOf: '2024-06-01' })
          .findings.some((x) => x.factId === 'l20.china-status.unrestricted'),
        text,
      );
    }
  });

  it('Kimi K2.6: maker and parameter count from Moonshot AI’s own Hugging Face page (primary)', () => {
    const wrong = testEngine().check('Kimi K2.6 was developed by Alibaba. Kimi K2.6 has 2 trillion parameters.', {
      asOf: AS_OF,
    });
    for (const id of ['kimi-k2-6.maker', 'kimi-k2-6.parameters']) {
      const f = wrong.findings.find((x) => x.factId === id);
      assert.equal(f?.severity, 'error', id);
      assert.ok(
        f!.sources.some((s) => s.tier === 'primary'),
        id,
      );
    }
    const right = testEngine().check('Kimi K2.6, from Moonshot AI, has 1 trillion parameters.', { asOf: AS_OF });
    assert.deepEqual(
      right.findings.filter((x) => x.severity === 'error' || x.severity === 'warning').map((x) => x.message),
      [],
    );
  });

  it('E06: Huang’s remark of 7 Nov 2025 (no plans to ship anything to China) is on his card, cited to Tom’s Hardware', () => {
    const card = entityCard(testEngine().index, 'jensen-huang', { asOf: AS_OF });
    assert.match(card, /7 November 2025 — [^\n]*not planning to ship anything to China[^\n]*tomshardware\.com/);
    const r = testEngine().check(
      'In November 2025 Jensen Huang said Nvidia was not planning to ship anything to China.',
      { asOf: AS_OF },
    );
    assert.deepEqual(
      r.findings.filter((x) => x.severity === 'error' || x.severity === 'warning').map((x) => x.message),
      [],
    );
  });
});
