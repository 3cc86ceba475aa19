import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { changesWithTime, CLAIM_KINDS, claimKind, createEngine } from '../../../../src/engine';
import { toSarif } from '../../../../src/cli/format/sarif';
import { codeOf } from '../../../../src/extension/logic/diagnostics';
import { labelKindsOf } from '../../../corpus/evaluate';
import { bundledRecord, testEngine } from '../../../helpers/record';

describe('kinds: the registry (src/engine/kinds/registry.ts)', () => {
  it('lists each claim kind once, each with a description, readers and a comparison', () => {
    const ids = CLAIM_KINDS.map((k) => k.id);
    // The four kinds of issue 16 come first, in this order (a new kind adds itself after them: no edit here).
    assert.deepEqual(ids.slice(0, 4), ['quantity', 'category', 'event-date', 'status']);
    assert.equal(new Set(ids).size, ids.length, 'no kind twice');
    for (const k of CLAIM_KINDS) {
      assert.match(k.description, /^[A-Z].+\.$/, k.id);
      assert.ok(k.readers.length > 0, k.id);
      assert.equal(typeof k.compare, 'function', k.id);
    }
  });
  it('deal-term is not a kind: revenue shares are quantities, and the corpus label deal-term answers to that kind', () => {
    assert.ok(!CLAIM_KINDS.some((k) => (k.id as string) === 'deal-term'));
    const findings = testEngine().check('Nvidia agreed to pay the US government 15% of its H20 revenue from China.', {
      asOf: '2025-09-01',
      includeSupported: true,
    }).findings;
    const share = findings.filter((f) => f.claimed.attribute === 'revenue_share');
    assert.deepEqual(
      share.map((f) => f.kind),
      ['quantity'],
    );
    assert.deepEqual(
      labelKindsOf(testEngine()),
      CLAIM_KINDS.flatMap((k) => [k.id, ...(k.corpusLabels ?? [])]),
    );
    assert.deepEqual(CLAIM_KINDS.find((k) => k.id === 'quantity')?.corpusLabels, ['deal-term']);
  });
  it('SARIF names one rule per kind, with its description and level', () => {
    const rules = toSarif({ asOf: '2025-01-01', recordVersion: 't', packs: [], files: [] }, '0').runs[0]!.tool.driver
      .rules!;
    assert.deepEqual(
      rules.map((r) => [r.id, r.shortDescription?.text, r.defaultConfiguration?.level]),
      CLAIM_KINDS.map((k) => [`factdesk/${k.id}`, k.description, k.defaultLevel]),
    );
  });
  it('docs/adding-a-claim-kind.md lists the kinds as the registry does', () => {
    const doc = fs.readFileSync(path.join(__dirname, '..', '..', '..', '..', 'docs', 'adding-a-claim-kind.md'), 'utf8');
    const table = doc.split('## The kinds today')[1]!.split('\n## ')[0]!;
    const rows = [...table.matchAll(/^\| `([^`]+)` \| (.+) \|$/gm)].map((m) => [m[1], m[2]]);
    assert.deepEqual(
      rows,
      CLAIM_KINDS.map((k) => [k.id, k.description]),
    );
  });
  it('tells the fronts what they ask of a finding, so none names a kind: its fact kind, its code, whether time can turn it', () => {
    const text = [
      'The H200 has 96 GB of memory.',
      'Nvidia agreed to pay the US government 15% of its H20 revenue from China.',
      'The H100 draws 700 W.',
      'The H100 is based on the Blackwell architecture.',
      'The H20 was announced in March 2024.',
      'The H100 is banned in China.',
      'Jensen Huang is the CEO of AMD.',
    ].join(' ');
    const rows = testEngine()
      .check(text, { asOf: '2025-09-01', includeSupported: true })
      .findings.map((f) => {
        const kind = claimKind(f.kind);
        return [f.claimed.attribute, kind.factKind, codeOf(f), changesWithTime(f)];
      });
    assert.deepEqual(rows, [
      ['memory_capacity', 'quantity', 'memory', false],
      ['revenue_share', 'quantity', 'US revenue share', false],
      ['vendor', 'category', 'vendor', false],
      ['tdp', 'quantity', 'TDP', false],
      ['architecture', 'category', 'architecture', false],
      ['announce', 'event', 'announcement and launch', false],
      ['status', 'status', 'China status', true],
      ['role', 'category', 'role', true],
    ]);
    for (const k of CLAIM_KINDS) assert.ok(['quantity', 'category', 'event', 'status'].includes(k.factKind), k.id);
  });
  it('an engine given some kinds reads only those', () => {
    const status = CLAIM_KINDS.filter((k) => k.id === 'status');
    const engine = createEngine(bundledRecord(), { kinds: status });
    const text = 'The H200 has 96 GB of memory. The H100 is banned in China.';
    const kinds = (e: typeof engine) =>
      e.check(text, { asOf: '2025-06-01', includeSupported: true }).findings.map((f) => f.kind);
    assert.deepEqual(kinds(engine), ['status']);
    assert.deepEqual(engine.kinds, status);
    assert.deepEqual([...new Set(kinds(testEngine()))].sort(), ['quantity', 'status']);
  });
});
