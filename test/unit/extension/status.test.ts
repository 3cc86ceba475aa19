import assert from 'node:assert/strict';
import { countVerdicts, statusText } from '../../../src/extension/logic/status';
import { check } from './fixtures';

describe('status-bar text', () => {
  it('counts contradicted, outdated + disputed, and supported claims', () => {
    const counts = { contradicted: 2, outdated: 1, disputed: 0, supported: 14, unknown: 3, quoted: 0 };
    const s = statusText({ kind: 'result', counts, asOf: '2025-11-27', asOfOrigin: 'front-matter' });
    assert.equal(s.text, '✗ 2 ⚠ 1 ✓ 14');
    assert.match(s.tooltip, /2 contradicted, 1 outdated, 0 disputed, 14 supported/);
    assert.match(s.tooltip, /As of 2025-11-27 \(from the draft's front matter\)/);
  });

  it('counts a real check', () => {
    const r = check("The Nvidia H200 has 80 GB of HBM3 memory. Huawei's Ascend 910C has 64 GB of memory.");
    const c = countVerdicts(r.findings);
    assert.deepEqual([c.contradicted, c.disputed, c.supported], [2, 1, 1]);
    assert.equal(statusText({ kind: 'result', counts: c, asOf: r.asOf, asOfOrigin: r.asOfOrigin }).text, '✗ 2 ⚠ 1 ✓ 1');
  });

  it('counts a contradicted quotation with the information findings, as the Problems panel shows it', () => {
    const r = check('“The H200 has 96 GB of memory,” one analyst said. The H20 has 141 GB of memory.');
    const c = countVerdicts(r.findings);
    assert.deepEqual([c.contradicted, c.quoted], [1, 1]);
    assert.equal(statusText({ kind: 'result', counts: c, asOf: r.asOf, asOfOrigin: r.asOfOrigin }).text.slice(0, 7), '✗ 1 ⚠ 1');
  });

  it('says when a large draft is checked on save only', () => {
    const s = statusText({ kind: 'saveOnly', size: 2_000_000, limit: 1_000_000 });
    assert.equal(s.text, 'Fact Desk: checks on save');
    assert.match(s.tooltip, /2,000,000 characters/);
    assert.match(s.tooltip, /factdesk\.maxDocumentSize/);
    const counts = countVerdicts([]);
    const r = statusText({ kind: 'result', counts, asOf: '2025-01-01', asOfOrigin: 'today', saveOnly: true, stale: true });
    assert.equal(r.text, '✗ 0 ⚠ 0 ✓ 0 (on save)');
    assert.match(r.tooltip, /changed since the last check/);
  });

  it('shows errors, refusals and the disabled state', () => {
    assert.equal(statusText({ kind: 'error', message: 'boom' }).text, 'Fact Desk: error');
    assert.match(statusText({ kind: 'error', message: 'boom' }).tooltip, /boom/);
    assert.equal(statusText({ kind: 'refused', reason: 'too big' }).text, 'Fact Desk: not checked');
    assert.equal(statusText({ kind: 'disabled' }).text, 'Fact Desk: off');
  });
});
