/**
 * Source titles show in hovers, fact cards and inserted citations as the page's headline, so a
 * title that stands in for a headline nobody read ("(slug) …", "(headline not shown …)",
 * "… (title from URL slug)") or that was cut off ("…") fails `record test`.
 */
import assert from 'node:assert/strict';
import { placeholderTitleReason, sourceConsistency } from '../../../../src/engine';
import { bundledRecord } from '../../../helpers/record';

describe('record: no placeholder source titles', () => {
  it('flags titles that stand in for a headline not read or that are cut off', () => {
    for (const title of [
      '(slug) nvidia-exports-us-government-license-requirements-china-hong-kong',
      '(headline not shown in the text read) US House boosts bill on Nvidia AI chips',
      '(headline not shown in the text read; URL slug us-bans-nvidia-ai-china)',
      'Nvidia expects $5.5 billion in charges (title from URL slug)',
      'Alibaba and ByteDance move AI training offshore (forum copy; title from the URL)',
      'BIS guidance targets PRC advanced computing integrated circuits in high-probability …',
      'Megaspeed faces twin probes for breach of...',
      '(topic listing: exports to China)',
    ]) {
      assert.ok(placeholderTitleReason(title), title);
    }
  });
  it('accepts headlines and honest descriptions, including ones that mention slugs or ellipses inside', () => {
    for (const title of [
      "Nvidia writes off $5.5 billion in GPUs as US gov't chokes off supply of H20s to China",
      'Report on the US licence requirement for Nvidia A100 and H100 exports to China and Hong Kong',
      "Topic page 'Exports to China' (list of article summaries, page 2)",
      'Implementation of Additional Export Controls … Entity List Modification, 87 FR 62186 (Federal Register text)',
      'Why URL slugs matter for SEO',
    ]) {
      assert.equal(placeholderTitleReason(title), undefined, title);
    }
  });
  it('record test reports a placeholder title with the source id and where it is defined', () => {
    const base = bundledRecord();
    const good = base.sources.find((s) => s.id === 'tomshardware-h20-writeoff')!;
    const slugged = {
      ...good,
      id: 'slugged',
      url: 'https://www.tomshardware.com/x',
      title: '(slug) nvidia-writes-off',
    };
    const problems = sourceConsistency({ publishers: base.publishers, sources: [...base.sources, slugged] });
    assert.deepEqual(
      problems.map((p) => `${p.check} ${p.sourceId}`),
      ['placeholder-title slugged'],
    );
    assert.match(problems[0]!.message, /"\(slug\) nvidia-writes-off" is a URL slug: give the headline as published/);
    assert.equal(problems[0]!.origin, `${good.origin.file}:${good.origin.line}`);
  });
  it('the bundled record has no placeholder title', () => {
    const placeholders = bundledRecord().sources.filter((s) => placeholderTitleReason(s.title));
    assert.deepEqual(
      placeholders.map((s) => `${s.id}: ${s.title}`),
      [],
    );
  });
});
