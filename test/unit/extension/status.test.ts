import assert from 'node:assert/strict';
import { diagnosticsFor } from '../../../src/extension/logic/diagnostics';
import { DEFAULT_SETTINGS } from '../../../src/extension/logic/settings';
import { countVerdicts, fixCounts, statusText } from '../../../src/extension/logic/status';
import { check } from './fixtures';

describe('status-bar text', () => {
  it('says how many to fix and how current the check is: "Fact Desk: 2 to fix · as of 2 Dec 2026 (no date in draft)"', () => {
    const counts = { contradicted: 2, outdated: 0, disputed: 0, supported: 14, unknown: 3, quoted: 0 };
    const s = statusText({
      kind: 'result',
      counts,
      asOf: '2026-12-02',
      asOfOrigin: 'today',
      recordReviewed: '2026-11-30',
      newestSource: '2025-12-09',
    });
    assert.equal(s.text, 'Fact Desk: 2 to fix · as of 2 Dec 2026 (no date in draft)');
    assert.deepEqual(s.tooltip.split('\n'), [
      'Fact Desk: 2 contradicted, 0 outdated, 0 disputed, 3 not in the record, 14 supported',
      'As of 2026-12-02 (today: the draft has no date (add date: to its front matter))',
      "Record reviewed 30 Nov 2026; newest source for this draft's claims 9 Dec 2025",
      'Click to open the claims view.',
    ]);
    assert.equal(
      statusText({ kind: 'result', counts, asOf: '2025-11-27', asOfOrigin: 'front-matter' }).text,
      'Fact Desk: 2 to fix · as of 27 Nov 2025',
    );
    assert.equal(
      statusText({ kind: 'result', counts, asOf: '2025-11-27', asOfOrigin: 'option' }).text,
      'Fact Desk: 2 to fix · as of 27 Nov 2025 (set)',
    );
  });

  it('"no claims" on a draft without claims, "nothing to fix" when all is well: never a row of zeros', () => {
    const none = countVerdicts([]);
    assert.equal(
      statusText({ kind: 'result', counts: none, asOf: '2026-12-02', asOfOrigin: 'today' }).text,
      'Fact Desk: no claims · as of 2 Dec 2026 (no date in draft)',
    );
    const fine = { ...none, supported: 4 };
    assert.equal(
      statusText({ kind: 'result', counts: fine, asOf: '2026-12-02', asOfOrigin: 'front-matter' }).text,
      'Fact Desk: nothing to fix · as of 2 Dec 2026',
    );
  });

  it('counts what the Problems panel shows: errors and warnings to fix, information to check', () => {
    const r = check("The Nvidia H200 has 80 GB of HBM3 memory. Huawei's Ascend 910C has 64 GB of memory.");
    const c = countVerdicts(r.findings);
    assert.deepEqual([c.contradicted, c.disputed, c.supported], [2, 1, 1]);
    const shown = diagnosticsFor(r.findings, DEFAULT_SETTINGS.severity).map((d) => d.severity);
    assert.equal(
      statusText({ kind: 'result', counts: c, shown, asOf: '2025-12-15', asOfOrigin: 'front-matter' }).text,
      'Fact Desk: 2 to fix · 1 to check · as of 15 Dec 2025',
    );
    // A severity turned off in the settings leaves the Problems panel, and the count.
    const quiet = diagnosticsFor(r.findings, { ...DEFAULT_SETTINGS.severity, disputed: 'off' }).map((d) => d.severity);
    assert.deepEqual(fixCounts({ counts: c, shown: quiet }), { toFix: 2, toCheck: 0 });
  });

  it('a contradicted quotation is information, to check, as the Problems panel shows it', () => {
    const r = check('“The H200 has 96 GB of memory,” one analyst said. The H20 has 141 GB of memory.');
    const c = countVerdicts(r.findings);
    assert.deepEqual([c.contradicted, c.quoted], [1, 1]);
    const shown = diagnosticsFor(r.findings, DEFAULT_SETTINGS.severity).map((d) => d.severity);
    assert.deepEqual(fixCounts({ counts: c, shown }), { toFix: 1, toCheck: 1 });
    assert.deepEqual(fixCounts({ counts: c }), { toFix: 1, toCheck: 1 });
  });

  it('says when a large draft is checked on save only', () => {
    const s = statusText({ kind: 'saveOnly', size: 2_000_000, limit: 1_000_000 });
    assert.equal(s.text, 'Fact Desk: checks on save');
    assert.match(s.tooltip, /2,000,000 characters/);
    assert.match(s.tooltip, /factdesk\.maxDocumentSize/);
    const counts = countVerdicts([]);
    const r = statusText({
      kind: 'result',
      counts,
      asOf: '2025-01-01',
      asOfOrigin: 'today',
      saveOnly: true,
      stale: true,
    });
    assert.equal(r.text, 'Fact Desk: no claims · as of 1 Jan 2025 (no date in draft) (on save)');
    assert.match(r.tooltip, /changed since the last check/);
  });

  it('shows errors, refusals and the disabled state', () => {
    assert.equal(statusText({ kind: 'error', message: 'boom' }).text, 'Fact Desk: error');
    assert.match(statusText({ kind: 'error', message: 'boom' }).tooltip, /boom/);
    assert.equal(statusText({ kind: 'refused', reason: 'too big' }).text, 'Fact Desk: not checked');
    assert.equal(statusText({ kind: 'disabled' }).text, 'Fact Desk: off');
  });
});
