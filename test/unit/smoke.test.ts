import assert from 'node:assert/strict';
import { testEngine } from '../helpers/record';

describe('engine smoke', () => {
  it('flags the seed-002 H100 date', () => {
    const r = testEngine().check("The U.S. government's April 2023 restrictions on the sale of Nvidia's H100 chips.", { asOf: '2025-11-27' });
    assert.equal(r.findings.length, 1);
    assert.equal(r.findings[0]!.verdict, 'contradicted');
  });
});
