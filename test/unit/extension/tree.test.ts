import assert from 'node:assert/strict';
import { groupClaims } from '../../../src/extension/logic/tree';
import { testEngine } from '../../helpers/record';
import { check } from './fixtures';

const name = (id: string) => testEngine().index.entityName(id);

describe('claims-tree grouping', () => {
  it('groups claims by verdict in a fixed order, in draft order, leaving out empty groups', () => {
    const text = "Huawei's Ascend 910C has 64 GB of memory.\n\nThe H100 was announced in 2019.\n\nThe Nvidia H200 has 80 GB of HBM3 memory.";
    const groups = groupClaims(check(text).findings, name);
    assert.deepEqual(groups.map((g) => g.label), ['Contradicted (3)', 'Disputed (1)', 'Supported (1)']);
    assert.deepEqual(groups[0]!.claims.map((c) => c.label), ['2019', '80 GB', 'HBM3']);
    assert.equal(groups[0]!.claims[1]!.description, 'Nvidia H200 · line 5');
    assert.equal(groups[0]!.claims[1]!.range.start.line, 4);
    assert.match(groups[0]!.claims[1]!.tooltip, /141 GB/);
    assert.equal(groups[1]!.claims[0]!.factId, 'ascend-910c.memory_capacity');
  });

  it('is empty for a draft without claims', () => {
    assert.deepEqual(groupClaims(check('Nothing about chips.').findings, name), []);
  });

  it('lists claims the record cannot judge under "Not in the record", before the supported ones', () => {
    const groups = groupClaims(check('The MI308 has 192 GB of memory. The Nvidia H200 has 141 GB of memory.').findings, name);
    assert.deepEqual(groups.map((g) => g.label), ['Not in the record (1)', 'Supported (1)']);
    assert.equal(groups[0]!.claims[0]!.label, '192 GB');
  });
});
