import assert from 'node:assert/strict';
import { VersionGuard } from '../../../src/extension/logic/guard';

describe('stale-version guard', () => {
  it('applies a result when the document is still at the version that was checked', () => {
    const g = new VersionGuard();
    const t = g.begin('file:///a.md', 3);
    assert.equal(g.shouldApply(t, 3), true);
  });

  it('drops a result when the document changed while it was checked', () => {
    const g = new VersionGuard();
    const t = g.begin('file:///a.md', 3);
    assert.equal(g.shouldApply(t, 4), false);
  });

  it('drops a result when the document was closed', () => {
    const g = new VersionGuard();
    const t = g.begin('file:///a.md', 3);
    assert.equal(g.shouldApply(t, undefined), false);
    const u = g.begin('file:///a.md', 3);
    g.forget('file:///a.md');
    assert.equal(g.shouldApply(u, 3), false);
  });

  it('drops an older check that finishes after a newer one started', () => {
    const g = new VersionGuard();
    const older = g.begin('file:///a.md', 5);
    const newer = g.begin('file:///a.md', 5);
    assert.equal(g.shouldApply(older, 5), false);
    assert.equal(g.shouldApply(newer, 5), true);
  });

  it('keeps documents apart', () => {
    const g = new VersionGuard();
    const a = g.begin('file:///a.md', 1);
    const b = g.begin('file:///b.md', 1);
    assert.equal(g.shouldApply(a, 1), true);
    assert.equal(g.shouldApply(b, 1), true);
  });
});
