/**
 * Source tiers: every source's tier comes from the publisher list by its host;
 * a fact resting only on weak sources is at most a warning and says so; "Replace
 * and cite" cites the strongest source; `record stats` counts facts by best tier;
 * `record test` flags unresolved tiers and copies of originals the record cites.
 */
import assert from 'node:assert/strict';
import {
  compileRecord,
  createEngine,
  entityCard,
  parseRecordFile,
  RecordIndex,
  type CompiledRecord,
} from '../../../../src/engine';
import { claimMarkdown } from '../../../../src/extension/logic/hover';
import type { Publisher } from '../../../../src/engine/record/schema';
import { publisherFor, resolveTier, sourceConsistency, tierStats } from '../../../../src/engine';
import { statsOutput } from '../../../../src/cli/record-commands';
import { bundledRecord } from '../../../helpers/record';

const pub = (p: Partial<Publisher> & Pick<Publisher, 'id' | 'tier'>): Publisher => ({ name: p.id, hosts: [], ...p });
const LIST = new Map<string, Publisher>(
  [
    pub({ id: 'tomshardware', tier: 'major-press', hosts: ['tomshardware.com'] }),
    pub({ id: 'hf-users', tier: 'weak', hosts: ['huggingface.co'] }),
    pub({ id: 'qwen', tier: 'primary', hosts: ['huggingface.co/Qwen'] }),
    pub({ id: 'reuters', tier: 'major-press' }),
    pub({ id: 'bnn', tier: 'named-outlet', hosts: ['bnnbloomberg.ca'] }),
    pub({ id: 'mirror', tier: 'weak', hosts: ['vuink.com'], copies: true }),
    pub({ id: 'farm', tier: 'weak', hosts: ['farm.example'] }),
  ].map((p) => [p.id, p]),
);
const tierOf = (url: string, extra: { syndicatedFrom?: string; copyOf?: string } = {}) => {
  const r = resolveTier({ url, ...extra }, LIST);
  return r.ok ? `${r.publisher.id}:${r.tier}` : `error:${r.message}`;
};

describe('tiers: resolution from the publisher list', () => {
  it('a host matches itself and its subdomains', () => {
    assert.equal(tierOf('https://www.tomshardware.com/pc-components/gpus/x'), 'tomshardware:major-press');
    assert.equal(tierOf('https://tomshardware.com/x'), 'tomshardware:major-press');
    assert.equal(tierOf('https://nottomshardware.com/x').startsWith('error:'), true);
  });
  it('the most specific host/path prefix wins, on a path-segment boundary', () => {
    assert.equal(tierOf('https://huggingface.co/Qwen/Qwen-14B-Chat'), 'qwen:primary');
    assert.equal(tierOf('https://huggingface.co/datasets/someone/x'), 'hf-users:weak');
    assert.equal(tierOf('https://huggingface.co/QwenFan/model'), 'hf-users:weak');
    assert.equal(publisherFor('https://huggingface.co/qwen/x', LIST.values())?.id, 'qwen');
  });
  it('a syndicated copy on a named outlet takes the wire’s tier; on a weak or copy host it stays weak', () => {
    assert.equal(tierOf('https://www.bnnbloomberg.ca/business/x'), 'bnn:named-outlet');
    assert.equal(tierOf('https://www.bnnbloomberg.ca/business/x', { syndicatedFrom: 'reuters' }), 'bnn:major-press');
    assert.equal(tierOf('https://farm.example/x', { syndicatedFrom: 'reuters' }), 'farm:weak');
    assert.match(
      tierOf('https://www.bnnbloomberg.ca/x', { syndicatedFrom: 'nobody' }),
      /^error:unknown publisher "nobody"/,
    );
  });
  it('a page on a copy host, or declared a copy, is weak whatever the host', () => {
    assert.equal(tierOf('https://vuink.com/post/x'), 'mirror:weak');
    assert.equal(
      tierOf('https://www.tomshardware.com/x', { copyOf: 'https://www.anandtech.com/show/1' }),
      'tomshardware:weak',
    );
  });
  it('the bundled record resolves every source, and the publisher list is data', () => {
    const r = bundledRecord();
    assert.ok(r.publishers.length > 100);
    for (const s of r.sources) assert.ok(s.publisherId && r.publishers.some((p) => p.id === s.publisherId), s.id);
    assert.equal(r.sources.find((s) => s.id === 'anandtech-h100-nvl')?.tier, 'major-press');
    assert.equal(r.sources.find((s) => s.id === 'bnnbloomberg-b30a')?.tier, 'major-press');
    assert.equal(r.sources.find((s) => s.id === 'hpctech-h100-spec-table')?.tier, 'weak');
    assert.equal(r.sources.find((s) => s.id === 'bis-press-2022-10-07')?.tier, 'primary');
  });
});

const PACK = (publishers: string, sources: string, rest = '') => `${publishers}
sources:
${sources}
${rest}`;

describe('tiers: validation errors name the file and line', () => {
  it('a source on a host the publisher list does not know is an error at its url', () => {
    const text = PACK(
      'publishers: []',
      `  - id: desk-x
    title: A page
    publisher: Somebody
    url: https://unknown.example/page
    date: null
    accessed: 2026-12-01`,
    );
    const parsed = parseRecordFile(text, 'desk.facts.yaml');
    assert.deepEqual(parsed.errors, []);
    const { errors } = compileRecord([parsed], { version: 't', base: bundledRecord() });
    assert.equal(errors.length, 1);
    assert.equal(errors[0]!.file, 'desk.facts.yaml');
    assert.equal(errors[0]!.line, 6);
    assert.equal(errors[0]!.field, 'sources[0].url');
    assert.match(errors[0]!.message, /no publisher for host "unknown\.example" in the publisher list/);
  });
  it('a pack may add a publisher; one that claims a bundled host is refused', () => {
    const ok = parseRecordFile(
      PACK(
        'publishers: [{ id: desk, name: The desk, tier: primary, hosts: [desk.example] }]',
        '  - { id: d1, title: T, publisher: The desk, url: "https://desk.example/a", date: null, accessed: 2026-12-01 }',
      ),
      'a.yaml',
    );
    const a = compileRecord([ok], { version: 't', base: bundledRecord() });
    assert.deepEqual(a.errors, []);
    assert.equal(a.record.sources.find((s) => s.id === 'd1')?.tier, 'primary');
    const clash = parseRecordFile(
      PACK('publishers: [{ id: desk, name: The desk, tier: primary, hosts: [tomshardware.com] }]', '  []'),
      'b.yaml',
    );
    const b = compileRecord([clash], { version: 't', base: bundledRecord() });
    assert.match(
      b.errors.map((e) => `${e.field}: ${e.message}`).join('\n'),
      /publishers\[0\]\.hosts\[0\]: host "tomshardware\.com" is already listed for publisher "tomshardware"/,
    );
  });
  it('the retired quality field says what replaced it', () => {
    const parsed = parseRecordFile(
      PACK(
        'publishers: []',
        '  - { id: d1, title: T, publisher: P, url: "https://www.bis.gov/a", date: null, accessed: 2026-12-01, quality: primary }',
      ),
      'c.yaml',
    );
    assert.match(
      parsed.errors[0]!.message,
      /unknown field "quality" \(a source no longer carries a quality: its tier comes from the publisher list/,
    );
  });
});

/** The bundled record with the H200's memory overridden to `amount` GB, cited to the given sources (weak farm first). */
function overridden(citations: { source: string; quote: string }[], amount = 141): CompiledRecord {
  const text = `publishers: [{ id: test-farm, name: Test farm, tier: weak, hosts: [farm.example] }]
sources:
  - { id: farm-page, title: Farm page, publisher: Test farm, url: "https://farm.example/h200", date: 2026-01-01, accessed: 2026-12-01 }
overrides:
  - id: h200.memory_capacity
    kind: quantity
    entity: nvidia-h200
    attribute: memory_capacity
    value: { amount: ${amount}, unit: GB }
    citations: [${citations.map((c) => `{ source: ${c.source}, quote: ${JSON.stringify(c.quote)} }`).join(', ')}]
    asOf: 2026-12-01
`;
  const parsed = parseRecordFile(text, 'desk.facts.yaml');
  assert.deepEqual(parsed.errors, []);
  const { record, errors } = compileRecord([parsed], { version: 't', base: bundledRecord() });
  assert.deepEqual(errors, []);
  return record;
}

describe('tiers: findings', () => {
  const draft = 'The H200 has 96 GB of memory.\n';
  it('a contradiction of a fact with only weak sources is a warning that says "weakly sourced"', () => {
    const engine = createEngine(overridden([{ source: 'farm-page', quote: 'The H200 has 141 GB.' }]));
    const f = engine.check(draft, { asOf: '2026-12-01' }).findings.find((x) => x.factId === 'h200.memory_capacity')!;
    assert.equal(f.verdict, 'contradicted');
    assert.equal(f.severity, 'warning');
    assert.equal(f.sourceTier, 'weak');
    assert.equal(f.message, 'H200 memory: 141 GB in the record, not 96 GB (weakly sourced)');
    assert.match(f.detail, /Weakly sourced/);
    assert.deepEqual(
      f.sources.map((s) => s.tier),
      ['weak'],
    );
  });
  it('the same contradiction on a bundled fact with a primary source stays an error, without the note', () => {
    const f = createEngine(bundledRecord())
      .check(draft, { asOf: '2026-12-01' })
      .findings.find((x) => x.factId === 'h200.memory_capacity')!;
    assert.equal(f.severity, 'error');
    assert.equal(f.sourceTier, 'primary');
    assert.doesNotMatch(f.message + f.detail, /weakly sourced/i);
    // Best first: the value's own sources by tier, conflict-only sources after.
    const ranks = f.sources.map((s) => ['primary', 'major-press', 'named-outlet', 'weak'].indexOf(s.tier));
    assert.equal(ranks[0], 0);
  });
  it('"Replace and cite" cites the strongest of the fact’s own sources, not the first listed', () => {
    const record = overridden([
      { source: 'farm-page', quote: 'The H200 has 141 GB.' },
      { source: 'mlcommons-nvidia-h200-sxm-v4-1', quote: '"accelerator_memory_capacity": "141 GB",' },
    ]);
    const f = createEngine(record)
      .check(draft, { asOf: '2026-12-01' })
      .findings.find((x) => x.factId === 'h200.memory_capacity')!;
    assert.equal(f.severity, 'error');
    assert.ok(f.fix?.citation);
    assert.equal(f.fix!.citation!.url, record.sources.find((s) => s.id === 'mlcommons-nvidia-h200-sxm-v4-1')!.url);
  });
});

describe('tiers: record stats and record test', () => {
  it('stats count facts by the best tier of their own citations', () => {
    const record = overridden([{ source: 'farm-page', quote: 'x' }]);
    const before = tierStats(bundledRecord());
    const after = tierStats(record);
    assert.equal(after.facts, before.facts);
    assert.equal(after.factsByBestTier.weak, before.factsByBestTier.weak + 1);
    assert.equal(
      Object.values(after.factsByBestTier).reduce((a, b) => a + b, 0),
      after.facts,
    );
    const text = statsOutput(bundledRecord());
    assert.match(
      text,
      /^facts by best source tier: primary \d+ \(\d+\.\d%\), major press \d+ \(\d+\.\d%\), named outlet \d+ \(\d+\.\d%\), weak \d+ \(\d+\.\d%\)$/m,
    );
    assert.match(text, /^ {2}primary or major press: \d+ \(\d+\.\d%\); weak only: \d+/m);
  });
  it('the bundled record has no tier or copy problems', () => {
    assert.deepEqual(sourceConsistency(bundledRecord()), []);
  });
  it('a mirror of a page the record cites, or a declared copy of it, is a problem; so is a tier the publisher list no longer gives', () => {
    const base = bundledRecord();
    const th = base.sources.find((s) => s.id === 'tomshardware-h20-writeoff')!;
    const mirror = {
      ...th,
      id: 'mirror-copy',
      url: 'https://vuink.com/post/abc',
      publisherId: 'vuink',
      tier: 'weak' as const,
    };
    const declared = {
      ...base.sources.find((s) => s.id === 'hpctech-h100-spec-table')!,
      id: 'declared-copy',
      title: 'Other title',
      copyOf: `${th.url}/`,
    };
    const stale = {
      ...base.sources.find((s) => s.id === 'anandtech-h100-nvl')!,
      id: 'stale',
      tier: 'primary' as const,
    };
    const problems = sourceConsistency({
      publishers: base.publishers,
      sources: [...base.sources, mirror, declared, stale],
    });
    assert.deepEqual(problems.map((p) => `${p.check} ${p.sourceId}`).sort(), [
      'copy-of-cited-original declared-copy',
      'copy-of-cited-original mirror-copy',
      'tier-resolved stale',
    ]);
    assert.match(
      problems.find((p) => p.sourceId === 'mirror-copy')!.message,
      /copy of "tomshardware-h20-writeoff".*cite the original/,
    );
  });
});

describe('tiers: shown beside every source', () => {
  it('the fact card (explain) names each source’s tier and marks weakly sourced facts', () => {
    const index = new RecordIndex(bundledRecord());
    const card = entityCard(index, 'nvidia-h100', { asOf: '2026-12-01' });
    const sourceLines = card
      .split('**Sources**')[1]!
      .split('\n')
      .filter((l) => l.startsWith('- '));
    assert.ok(sourceLines.length > 5);
    for (const l of sourceLines) assert.match(l, / · _(primary|major press|named outlet|weak)_$/, l);
    assert.match(card, /\| BF16 Tensor \(H100 SXM\) \| [^|]* · weakly sourced \|/);
    assert.match(card, /_major press_/);
  });
  it('the claim hover lists the tier of each source and says when a supported value is weakly sourced', () => {
    const engine = createEngine(overridden([{ source: 'farm-page', quote: 'The H200 has 141 GB.' }]));
    const ok = engine
      .check('The H200 has 141 GB of memory.\n', { asOf: '2026-12-01', includeSupported: true })
      .findings.find((x) => x.factId === 'h200.memory_capacity')!;
    assert.equal(ok.verdict, 'supported');
    const md = claimMarkdown(ok, '2026-12-01');
    assert.match(md, /Weakly sourced/);
    assert.match(md, /— Test farm \(.*\), 2026-01-01 · _weak_/);
  });
});
