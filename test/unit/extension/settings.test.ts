import assert from 'node:assert/strict';
import { DEFAULT_SETTINGS, effectiveAsOf, readSettings, validateAsOf } from '../../../src/extension/logic/settings';

describe('extension settings', () => {
  it('falls back to the defaults when nothing is set', () => {
    assert.deepEqual(
      readSettings(() => undefined),
      DEFAULT_SETTINGS,
    );
    assert.equal(DEFAULT_SETTINGS.maxDocumentSize, 1_000_000);
    assert.deepEqual(DEFAULT_SETTINGS.packs, ['.factdesk/*.facts.yaml']);
  });

  it('reads valid values and replaces invalid ones with the default', () => {
    const values: Record<string, unknown> = {
      enable: false,
      'severity.contradicted': 'warning',
      'severity.outdated': 'off',
      'severity.disputed': 'loud',
      debounceMs: -5,
      asOf: '2024-02-30',
      citationStyle: 'inline',
      maxDocumentSize: 'big',
      packs: ['a.yaml', 3],
    };
    const s = readSettings((k) => values[k]);
    assert.equal(s.enable, false);
    assert.deepEqual(s.severity, { contradicted: 'warning', outdated: 'off', disputed: 'information' });
    assert.equal(s.debounceMs, 0);
    assert.equal(s.asOf, '', 'an impossible date is no override');
    assert.equal(s.citationStyle, 'inline');
    assert.equal(s.maxDocumentSize, DEFAULT_SETTINGS.maxDocumentSize);
    assert.deepEqual(s.packs, DEFAULT_SETTINGS.packs);
  });

  it('validates as-of dates as real YYYY-MM-DD days', () => {
    assert.equal(validateAsOf('2025-11-27'), undefined);
    assert.equal(validateAsOf(' 2024-02-29 '), undefined);
    assert.match(validateAsOf('2025-02-29')!, /no day 29/);
    assert.match(validateAsOf('2025-13-01')!, /Month 13/);
    assert.match(validateAsOf('27/11/2025')!, /YYYY-MM-DD/);
    assert.match(validateAsOf('')!, /YYYY-MM-DD/);
  });

  it('lets the draft override win over the global setting', () => {
    assert.equal(effectiveAsOf('2024-01-01', { asOf: '2023-01-01' }), '2024-01-01');
    assert.equal(effectiveAsOf(undefined, { asOf: '2023-01-01' }), '2023-01-01');
    assert.equal(effectiveAsOf(undefined, { asOf: '' }), undefined);
  });
});
